package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.Paragraph;
import app.nenpyo.nlp.JapaneseTokens;
import app.nenpyo.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens made per paragraph (as import makes them for search) give the sample's events unchanged. */
class SharedTokensTest {

    @Test
    void paragraphTokensGiveTheSameEventsAsSentenceTokens() throws Exception {
        DocumentInput sample = Articles.article(Articles.resource("kazakhstan-ukraine-2022-01-11.txt"),
                LocalDate.of(2022, 1, 11));
        List<Token> documentTokens = new ArrayList<>();
        for (Paragraph p : sample.document().paragraphs()) {
            for (Token t : JapaneseTokens.of(p.span().of(sample.document().text()))) {
                documentTokens.add(t.shift(p.span().start()));
            }
        }
        EventPipeline pipeline = new EventPipeline();
        assertEquals(pipeline.combine(List.of(pipeline.analyse(sample))),
                pipeline.combine(List.of(pipeline.analyse(sample, documentTokens))));
    }
}
