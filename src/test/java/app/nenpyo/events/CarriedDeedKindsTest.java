package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.EventCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words quoted and said after the day's deed are a statement of their own whatever verb says them (decision 0042's
 * addendum of 2026-12-14); a deed of no kind or of the antecedent's kind stays no report. Sentences of news style
 * written for this test, from several domains, with the near misses the rule must leave alone.
 */
class CarriedDeedKindsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 19);

    @Test
    void wordsSaidWithAVerbOfNoKindAreAStatement() {
        List<String> got = Articles.carriedLabels("北浜線の新駅が18日、開業した。駅長は「地域の足になりたい」と涙ぐんだ。\n", DAY);
        assertEquals(1, got.size(), got::toString);
        assertTrue(got.get(0).startsWith("2025-03-18 ") && got.get(0).contains("駅長"), got::toString);
        List<String> greeting = Articles.carriedLabels(
                "市立美術館が18日、改装を終えて再び開館した。館長が入口で「お待たせしました」とあいさつした。\n", DAY);
        assertEquals(1, greeting.size(), greeting::toString);
        assertTrue(greeting.get(0).startsWith("2025-03-18 ") && greeting.get(0).contains("館長"), greeting::toString);
    }

    @Test
    void anothersWordsAfterAStatementAreAStatementOfTheirOwn() {
        List<String> got = Articles.carriedLabels("東西電機は18日、「誠に遺憾だ」とのコメントを出した。"
                + "南北工業の田中社長は記者会見で「両社の力を合わせたい」と強調した。\n", DAY);
        assertEquals(1, got.size(), got::toString);
        assertTrue(got.get(0).startsWith("2025-03-18 ") && got.get(0).contains("田中"), got::toString);
    }

    @Test
    void aDetailOfTheDayOrAReasonQuotedStaysNoReport() {
        assertEquals(List.of(), Articles.carriedLabels("北浜線の新駅が18日、開業した。初日は約2千人が駅を利用した。\n", DAY));
        assertEquals(List.of(), Articles.carriedLabels("北浜線の新駅が18日、開業した。"
                + "一部の住民は「騒音が増える」として反対した。\n", DAY));
    }

    @Test
    void theKindsThatMakeAReport() {
        String said = "駅長は「地域の足になりたい」と涙ぐんだ。";
        assertTrue(CarriedDeedKinds.makesAReport(said, EventCategory.OTHER, EventCategory.DISASTER, false));
        assertTrue(CarriedDeedKinds.makesAReport(said, EventCategory.STATEMENT, EventCategory.STATEMENT, false));
        assertTrue(CarriedDeedKinds.makesAReport("両社は提携を発表した。", EventCategory.ANNOUNCEMENT, EventCategory.MEETING, false));
        assertTrue(CarriedDeedKinds.makesAReport("町は来月10日から運休すると決めた。", EventCategory.OTHER, EventCategory.OTHER, true));
        // a court's words read as its own kind after a ruling are its reasons; a deed of no kind is a detail
        assertFalse(CarriedDeedKinds.makesAReport("裁判長は「悪質だ」と判断した。", EventCategory.LEGAL, EventCategory.LEGAL, false));
        assertFalse(CarriedDeedKinds.makesAReport("約2千人が駅を利用した。", EventCategory.OTHER, EventCategory.DISASTER, false));
        assertFalse(CarriedDeedKinds.makesAReport("住民は「騒音が増える」として反対した。", EventCategory.OTHER, EventCategory.OTHER, false));
        assertFalse(CarriedDeedKinds.makesAReport("2本目の路線も開業した。", EventCategory.ECONOMY, EventCategory.ECONOMY, false));
    }
}
