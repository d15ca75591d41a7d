package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.TextSpan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tense of a sentence a page's width cut inside a word is read as if it were whole (new
 * sentences, lines of 22 characters, read as an import splits them: one sentence across its lines).
 */
class UnwrappedTenseTest {

    private static final LocalDate ARTICLE = LocalDate.of(2024, 12, 20);

    @Test
    void aNounCutAtTheLinesEndDoesNotHideThatTheVerbNamesWhatOccurred() {
        String text = "　北川原発の2号機では、11月上旬に配管の不具\n"
                + "合で急きょ作業員を退避させ、原子炉を止める場\n"
                + "面もあった。\n";
        assertEquals("2024-11-01/2024-11-10", valueOf(text, "11月上旬"));
    }

    @Test
    void aPastEndingCutAtTheLinesEndIsStillThePast() {
        String text = "　南浜市の田村市長は28日に臨時の会見を開き、\n"
                + "市政の混乱について市民に向け、改めて深く謝罪し\n"
                + "た。\n";
        assertEquals("2024-11-28", valueOf(text, "28日"));
    }

    @Test
    void theSameSentenceOnOneLineReadsTheSame() {
        String text = "北川原発の2号機では、11月上旬に配管の不具合で急きょ作業員を退避させ、原子炉を止める場面もあった。\n";
        assertEquals("2024-11-01/2024-11-10", valueOf(text, "11月上旬"));
    }

    @Test
    void anOccurrenceForeseenIsStillToCome() {
        String text = "北川原発の2号機では、28日に原子炉を止める場面が予想される。\n";
        assertEquals("2024-12-28", valueOf(text, "28日"));
    }

    @Test
    void whatIsStillToComeStaysToComeWhenWrapped() {
        String text = "　南浜市の田村市長は20日、市議会で、28日に臨\n"
                + "時の会見を開いて今後の市政の方針を説明すると述\n"
                + "べた。\n";
        assertEquals("2024-12-28", valueOf(text, "28日"));
    }

    private static String valueOf(String text, String expression) {
        int start = text.indexOf(expression);
        int end = text.indexOf('。', start) + 1;
        TextSpan sentence = new TextSpan(text.startsWith("　") ? 1 : 0, end);
        List<DateMention> found = new DateFinder().find(text, ARTICLE, List.of(sentence));
        return found.stream().filter(m -> m.span().start() == start).findFirst()
                .map(DateMention::formattedValue).orElse("none");
    }
}
