package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.temporal.DateFinder;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Whether a sentence's dates all lie after the article's day, read among every mention of the document: only the
 * sentence's own count, wherever the others lie (the mentions are looked up where the sentence starts, so that a
 * file of a year's posts is not read once per sentence).
 */
class DatesAheadOfTheDeedTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 20);

    private static final List<String> SENTENCES = List.of(
            "北山市の田中一郎市長は18日、市議会で予算案を説明した。",
            "市長は、来月10日から市立図書館の開館時間を2時間延ばす方針を示した。",
            "市長は19日、来月10日から開館時間を延ばす方針を示した。",
            "市長は来月10日、記者会見し、開館時間を延ばす考えを示した。",
            "委員会は、町長選を来月8日告示、13日投開票の日程で行うと発表した。",
            "県警は15日、窃盗の疑いで男を逮捕した。",
            "市は、4月1日に新しい窓口を開くと発表した。",
            "市は会議を開いた。");

    /** The text of these sentences in this order, its sentences and every mention the finder reads in it, in order. */
    private record Document(String text, List<Sentence> sentences, List<DateMention> mentions) {

        static Document of(List<Integer> order) {
            StringBuilder text = new StringBuilder();
            List<Sentence> sentences = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                int start = text.length();
                text.append(SENTENCES.get(order.get(k)));
                sentences.add(new Sentence(0, k, new TextSpan(start, text.length())));
            }
            String written = text.toString();
            List<DateMention> mentions = new DateFinder().find(written, DAY, sentences.stream().map(Sentence::span).toList())
                    .stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
            return new Document(written, sentences, mentions);
        }

        boolean allAfter(int sentence) {
            return DatesAheadOfTheDeed.allAfter(text, mentions, sentences.get(sentence), DAY);
        }

        /** The same with the sentence's own mentions alone. */
        boolean allAfterAlone(int sentence) {
            TextSpan span = sentences.get(sentence).span();
            return DatesAheadOfTheDeed.allAfter(text, mentions.stream().filter(m -> span.contains(m.span())).toList(),
                    sentences.get(sentence), DAY);
        }
    }

    @Test
    void aDeedWhoseDatesAllLieAheadAmongOthersBeforeAndAfterIt() {
        Document d = Document.of(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        assertFalse(d.allAfter(0), "18日 is before the article's day");
        assertTrue(d.allAfter(1), "来月10日 is what the 方針 set");
        assertFalse(d.allAfter(2), "19日 is a day of the deed's own");
        assertFalse(d.allAfter(3), "来月10日、 is the lead's slot");
        assertTrue(d.allAfter(4), "the schedule's days");
        assertFalse(d.allAfter(5));
        assertTrue(d.allAfter(6), "the day announced");
        assertFalse(d.allAfter(7), "no date at all");
    }

    @Test
    void theFirstAndTheLastSentenceOfTheDocument() {
        Document d = Document.of(List.of(1, 0, 6));
        assertTrue(d.allAfter(0));
        assertFalse(d.allAfter(1));
        assertTrue(d.allAfter(2));
    }

    /** A document's mentions that count how many of them are looked at. */
    private static final class CountedMentions extends AbstractList<DateMention> {

        private final List<DateMention> mentions;
        private int looks;

        CountedMentions(List<DateMention> mentions) {
            this.mentions = mentions;
        }

        @Override
        public DateMention get(int index) {
            looks++;
            return mentions.get(index);
        }

        @Override
        public int size() {
            return mentions.size();
        }
    }

    /**
     * In a file of a few hundred sentences, a sentence's answer looks at its own mentions, one past them and a binary
     * search's, not at every mention of the document (review rv2 of session 34, finding 8: read them all and it is
     * quadratic in the file).
     */
    @Test
    void aSentenceLooksOnlyAtTheMentionsNearIt() {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < 400; k++) {
            order.add(k % SENTENCES.size());
        }
        Document d = Document.of(order);
        int middle = 201;
        CountedMentions counted = new CountedMentions(d.mentions());
        assertEquals(1, order.get(middle));
        assertTrue(DatesAheadOfTheDeed.allAfter(d.text(), counted, d.sentences().get(middle), DAY), "来月10日 is what the 方針 set");
        // its own mentions (来月10日, 2時間), each read twice, the one past them, and a binary search's halvings
        TextSpan span = d.sentences().get(middle).span();
        long own = d.mentions().stream().filter(m -> span.contains(m.span())).count();
        int search = 32 - Integer.numberOfLeadingZeros(counted.size());
        assertTrue(counted.looks <= 2 * own + 1 + search, counted.looks + " looks among " + counted.size());
    }

    @Property(tries = 60)
    void onlyTheSentencesOwnMentionsCount(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 7) Integer> order) {
        Document d = Document.of(order);
        for (int k = 0; k < order.size(); k++) {
            assertEquals(d.allAfterAlone(k), d.allAfter(k), "sentence " + k + " of " + order);
        }
    }
}
