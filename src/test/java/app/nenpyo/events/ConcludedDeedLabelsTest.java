package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deed joined by a comma to a later deed of the same doer and day that concludes it (a decision or a vote's result,
 * an arrest, a ruling, an agreement, a notice) is told by the conclusion, led by the deed before it (decision 0037's addendum of 2026-12-18,
 * session 42, rule 38). Sentences written for these tests in the style of news reports.
 */
class ConcludedDeedLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 20);

    private static String label(String text) {
        return Articles.only(text, DAY).label();
    }

    @Test
    void aSearchThenAnArrestIsToldByTheArrest() {
        assertEquals("県警が会社の本社を家宅捜索し社長ら3人を詐欺の疑いで逮捕",
                label("県警は17日、会社の本社を家宅捜索し、社長ら3人を詐欺の疑いで逮捕した。\n"));
    }

    @Test
    void aVoteOrAMeetingThenItsResultIsToldByTheResult() {
        assertEquals("連邦議会が首相の信任投票を行い反対多数で信任案を否決", label("連邦議会は16日、首相の信任投票を行い、反対多数で信任案を否決した。\n"));
        assertEquals("政府が臨時閣議を開き補正予算案を決定", label("政府は13日、臨時閣議を開き、補正予算案を決定した。\n"));
    }

    @Test
    void aRulingANoticeAndAnAgreementAreTheNews() {
        assertEquals("高裁が懲役2年とした一審判決を支持し被告の控訴を棄却", label("高裁は8日、懲役2年とした一審判決を支持し、被告の控訴を棄却した。\n"));
        assertEquals("外務次官が駐日大使を外務省に呼び外交官8人の退去を通告", label("外務次官は5日、駐日大使を外務省に呼び、外交官8人の退去を通告した。\n"));
        assertEquals("建設会社が施工不良を認め管理組合と合意", label("建設会社は2月、施工不良を認め、費用を全額負担することで管理組合と合意した。\n"));
    }

    @Test
    void aFirstDeedThatConcludesOrALaterOneThatDoesNotKeepsTheFirst() {
        assertEquals("県警が男を逮捕", label("県警は12日、男を逮捕し、送検した。\n"));
        assertEquals("県警が会社を家宅捜索", label("県警は12日、会社を家宅捜索し、資料を押収した。\n"));
        assertEquals("首相が記者会見", label("首相は10日、記者会見し、攻撃を非難した。\n"));
    }

    @Test
    void aLaterDeedWithADoerOrADateOfItsOwnIsNotTheFirstDeedsConclusion() {
        assertEquals("市議会が本会議を開催", label("市議会は12日、本会議を開き、議長が辞職を決めた。\n"));
        assertEquals(List.of("2024-06-12 県警が会社を家宅捜索", "2024-06-18 県警が社長を逮捕"),
                Articles.datedLabels("県警は12日、会社を家宅捜索し、18日に社長を逮捕した。\n", DAY));
    }

    @Test
    void aDeedOverSeveralDaysKeepsItsOwnLabel() {
        // review rvD (finding 4): と, 両日 and にかけて name two days of one meeting, whose decision is one day's
        assertEquals("日銀が金融政策決定会合を開催",
                label("日銀は17日と18日に金融政策決定会合を開き、大規模緩和の維持を決めた。\n"));
        assertEquals("日銀が金融政策決定会合を開催",
                label("日銀は17、18両日に金融政策決定会合を開き、大規模緩和の維持を決めた。\n"));
        assertEquals("日銀が金融政策決定会合を開催",
                label("日銀は17日から18日にかけて金融政策決定会合を開き、大規模緩和の維持を決めた。\n"));
        // near miss: one day, the decision is the news
        assertEquals("日銀が金融政策決定会合を開き大規模緩和の維持を決定",
                label("日銀は18日、金融政策決定会合を開き、大規模緩和の維持を決めた。\n"));
    }
}
