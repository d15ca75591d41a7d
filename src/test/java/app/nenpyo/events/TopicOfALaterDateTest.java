package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.nlp.ActorMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An actor written as the topic right before a later date of its sentence (Xは24日、) is that date's doer, not the
 * doer of an earlier date the same clause holds (…した事故で、Xは24日、…).
 */
class TopicOfALaterDateTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 9);

    private static List<String> actorsAt(String text, String expression) {
        Report report = Articles.reports(text, DAY).stream().filter(r -> r.source().expressionText().equals(expression))
                .findFirst().orElseThrow(() -> new AssertionError(expression));
        return report.actors().stream().map(ActorMention::canonical).toList();
    }

    @Test
    void theTopicBeforeTheLaterDateIsThatDatesDoer() {
        String text = "昨年5月に西浜市の工場で爆発が起きた事故で、運輸安全委員会は8日、最終報告書を公表した。\n";
        assertTrue(actorsAt(text, "8日").contains("運輸安全委員会"), "the report of its own date keeps it");
        assertTrue(!actorsAt(text, "昨年5月").contains("運輸安全委員会"), "the earlier date's accident was no deed of it");
    }

    /** The near miss: the topic before the report's own date, with a later date after it, stays its doer. */
    @Test
    void theTopicBeforeItsOwnDateStays() {
        String text = "運輸安全委員会は7日、調査官を派遣し、8日から現地で調べを始めた。\n";
        assertEquals(List.of("運輸安全委員会"), actorsAt(text, "7日"));
    }
}
