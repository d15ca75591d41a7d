package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document of thousands of dated sentences (a year of posts run together in one file). */
class LongDocumentTest {

    @Test
    void aDocumentOfManyCopiesOfThePostGivesThePostsReportsForEachCopyInOrder() throws Exception {
        String post = Articles.resource("kazakhstan-ukraine-2022-01-11.txt").strip() + "\n\n";
        LocalDate date = LocalDate.of(2022, 1, 11);
        int copies = 40;
        DocumentInput one = Articles.article(post + post, date);
        DocumentInput many = Articles.article(post.repeat(copies), date);

        List<Report> alone = new EventPipeline().analyse(one).reports();
        DocumentReports all = new EventPipeline().analyse(many);

        // every copy after the first reads as the second copy of two does (the first has no post before it)
        List<Report> second = alone.subList(alone.size() / 2, alone.size());
        long datedSentences = all.reports().stream().map(r -> r.source().sentence()).distinct().count();
        assertTrue(datedSentences >= EventExtractor.PARALLEL_SENTENCES, "read on every core: " + datedSentences);
        assertEquals(copies * second.size(), all.reports().size());
        int length = post.length();
        for (int copy = 1; copy < copies; copy++) {
            for (int i = 0; i < second.size(); i++) {
                Report expected = second.get(i);
                Report got = all.reports().get(copy * second.size() + i);
                assertEquals(expected.label(), got.label(), "copy " + copy + ", report " + i);
                assertEquals(expected.time(), got.time());
                assertEquals(expected.source().clause().shift((copy - 1) * length), got.source().clause(),
                        "in the order of the text");
            }
        }
        assertEquals(copies * new EventPipeline().analyse(Articles.article(post, date)).actors().size(), all.actors().size());
    }
}
