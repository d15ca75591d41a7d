package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A defendant's plea told after the hearing without a date of its own is a report of the hearing's day (decision 0042's
 * addendum of 2026-12-17), on articles written for this test: a fraud, an arson, a bribery, a traffic case.
 */
class PleasToTheChargesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 20);

    private static boolean told(String sentence) {
        return PleasToTheCharges.told(DayOfTheSentenceBefore.unquoted(sentence));
    }

    @Test
    void thePleasWordsOutsideQuotes() {
        assertTrue(told("被告は「間違いありません」と起訴内容を認めた。"));
        assertTrue(told("被告は起訴内容を全面的に認めた。"));
        assertTrue(told("元社長は起訴事実を否認し、「指示していない」と述べた。"));
        assertTrue(told("元課長は公訴事実の一部を否認した。"));
        assertTrue(told("弁護側は無罪を主張した。"));
    }

    @Test
    void noPleaInsideQuotesNorAnAnswerToThePolice() {
        assertFalse(told("被告は「起訴内容を認めます」と述べた。"), "the words said, told as a quote");
        assertFalse(told("男は調べに対し容疑を認めた。"), "a suspect's answer to the police: AnswersToThePolice's");
        assertFalse(told("被告は法廷で「申し訳ない」と謝罪した。"));
    }

    @Test
    void aPleaIsAClauseOfItsOwn() {
        assertTrue(told("被告は起訴内容を認めたうえで、「申し訳ない」と述べた。"));
        assertTrue(told("被告は起訴内容を認めず、無罪を主張した。"));
        assertFalse(told("被告は起訴内容を認めるかどうか明らかにしなかった。"), "asked, not answered");
        assertFalse(told("検察側は冒頭陳述で、被告が起訴事実を認めた経緯を説明した。"), "describing a noun");
        assertFalse(told("弁護側は無罪を主張する方針だ。"), "a plea to come");
    }

    @Test
    void aPleaAfterNoHearingOrAVerdictOrNamingItsHearingTakesNoDay() {
        assertEquals(List.of(), Articles.carriedLabels("県警は19日、男を詐欺の疑いで逮捕した。男は別の事件で起訴され、起訴内容を認めた。\n",
                DAY), "an arrest: the plea of another case");
        assertEquals(List.of(), Articles.carriedLabels("地裁は19日、元従業員に懲役5年の判決を言い渡した。"
                + "元従業員は起訴内容を認めた。\n", DAY), "after a verdict");
        assertEquals(List.of(), Articles.carriedLabels("地裁は19日、元従業員に懲役5年の判決を言い渡した。"
                + "元従業員は公判で起訴内容を認めた。\n", DAY), "a plea recalled, naming its hearing");
        assertEquals(List.of(), Articles.carriedLabels("収賄の罪に問われた元課長の初公判が18日、地裁で開かれた。"
                + "元課長は初公判で起訴内容を認めた。\n", DAY), "naming its hearing");
        assertFalse(PleasToTheCharges.afterItsHearing("元課長は起訴内容を認めた。", "元課長に懲役2年の判決公判が18日、地裁で開かれた。"));
        assertTrue(PleasToTheCharges.afterItsHearing("元課長は起訴内容を認めた。", "裁判員裁判の審理が18日、地裁で始まった。"));
    }

    @Test
    void aPleaAfterTheFirstHearingTakesItsDay() {
        List<String> denied = Articles.carriedLabels("市の補助金をだまし取ったとして詐欺の罪に問われた元理事長の初公判が17日、地裁で開かれた。"
                + "元理事長は起訴内容を否認し、「不正はしていない」と述べた。\n", DAY);
        assertEquals(1, denied.size(), denied::toString);
        assertTrue(denied.get(0).startsWith("2025-03-17 ") && denied.get(0).contains("否認"), denied::toString);
        List<String> admitted = Articles.carriedLabels("会社の倉庫に火をつけたとして放火の罪に問われた元従業員の初公判が18日、地裁で開かれた。"
                + "元従業員は「間違いありません」と起訴内容を認めた。\n", DAY);
        assertEquals(1, admitted.size(), admitted::toString);
        assertTrue(admitted.get(0).startsWith("2025-03-18 "), admitted::toString);
    }

    @Test
    void aPleaToldAgainOrWordsAtTheHearingStayUnread() {
        assertEquals(List.of(), Articles.carriedLabels("贈賄の罪に問われた建設会社社長のやり直し裁判の初公判が18日、地裁で開かれた。"
                + "社長は「賄賂ではない」と述べ、改めて無罪を主張した。\n", DAY), "改めて: the plea told again");
        assertEquals(List.of(), Articles.carriedLabels("過失運転致死の罪に問われた運転手の初公判が18日、地裁で開かれた。"
                + "運転手は「遺族に申し訳ない」と述べた。\n", DAY), "words said at the hearing, no plea");
    }

    @Test
    void theHearingsDayOverTheCrimesBeforeTheComma() {
        List<String> got = Articles.carriedLabels("市内の住宅で昨年8月2日未明、2人が死亡した火災で、放火の罪に問われた男の初公判が18日、"
                + "地裁で開かれた。男は「覚えていない」と起訴内容を否認した。\n", DAY);
        assertEquals(1, got.size(), got::toString);
        assertTrue(got.get(0).startsWith("2025-03-18 "), got::toString);
    }
}
