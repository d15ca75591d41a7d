package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A dated clause telling that an incident happened (地震があり, 住宅火災があり) and then what came of it:
 * the label is the incident, where it happened, and what came of it when that fits (東京都内で住宅火災、2人が
 * 死亡), not the consequence owned by the incident (地震の300人死亡と当局が公表).
 */
class IncidentLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2023, 5, 20);

    private static String label(String text) {
        return Articles.only(text, DAY).label();
    }

    @Test
    void anIncidentThatHappenedIsWhatTheDatedClauseTells() {
        assertEquals("トルコ南部で地震、300人が死亡",
                label("トルコ南部で11日、大規模な地震があり、少なくとも300人が死亡したと当局が明らかにした。\n"),
                "what came of it, not who said so");
        assertEquals("東京都内で住宅火災、2人が死亡", label("東京都内で12日未明、住宅火災があり、2人が死亡した。\n"));
        assertEquals("ウィーンで地震、建物が倒壊", label("ウィーンで10日、大規模な地震があり、多数の建物が倒壊した。\n"));
    }

    @Test
    void whereTheIncidentHappenedLeadsWhenNoPlaceNamedAloneSaysIt() {
        assertEquals("トルコ南部で地震", label("トルコ南部で11日、大規模な地震があった。\n"));
    }

    @Test
    void aMeetingThatWasHeldLeavesWhatWasDoneThereToTheClauseAfterIt() {
        assertEquals("首相が新たな対策を指示", label("13日、閣僚会議があり、首相が新たな対策を指示した。\n"),
                "a meeting is no incident: what was done at it is the news");
    }

    @Test
    void whichIncidentTheClauseBeforeItSaysAndAboutTheTimeStaysTheDates() {
        assertEquals("宮城県沖を震源とする地震、岩手県で震度5弱を観測",
                label("10日午前5時ごろ、宮城県沖を震源とする地震があり、岩手県で震度5弱を観測した。\n"));
        assertEquals("千葉県北西部を震源とする地震", label("7日午後10時41分ごろ、千葉県北西部を震源とする地震があった。\n"));
    }

    @Test
    void aCauseBeforeTheDateIsNoPlaceToLeadWith() {
        assertEquals("地震", label("余震の影響で11日、大規模な地震があった。\n"));
        assertEquals("地震", label("トルコ地震の影響で11日、大規模な地震があった。\n"));
    }
}
