package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A later dated clause of a sentence whose doer is the sentence's topic, named before the clause
 * (山本社長は3日に会見を開き、6日付で辞任した): the label says who, and so do its actors.
 */
class SubjectBeforeTheClauseTest {

    private static final LocalDate DAY = LocalDate.of(2023, 3, 8);

    private static Report reportOf(String text, String expression) {
        return Articles.reports(text, DAY).stream().filter(r -> r.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + Articles.reports(text, DAY).stream().map(Report::label).toList()));
    }

    private static List<String> names(Report r) {
        return r.actors().stream().map(m -> m.name()).toList();
    }

    @Test
    void theTopicDoesTheLaterClausesDeed() {
        String text = "東栄化学の山本一郎社長は3日に記者会見を開き、6日付で辞任した。";
        Report resigned = reportOf(text, "6日");
        assertTrue(resigned.label().startsWith("山本"), resigned.label());
        assertTrue(names(resigned).contains("山本一郎"), names(resigned).toString());
        assertEquals("山本一郎社長", resigned.subject().orElseThrow().span().of(text));
    }

    @Test
    void aLaterClauseWithADoerOfItsOwnKeepsItsOwn() {
        String text = "東栄化学の山本一郎社長は3日に記者会見を開き、6日には取締役会が後任に田村修氏を選んだ。";
        Report chosen = reportOf(text, "6日");
        assertTrue(!names(chosen).contains("山本一郎"), chosen.label() + " " + names(chosen));
    }
}
