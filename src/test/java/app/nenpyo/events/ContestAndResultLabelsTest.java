package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A contest's headline tells who won it: a contest held and its result, and a win told by the title it brought
 * (decision 0037's addendum of session 29). Sentences written for these tests in the style of news reports.
 */
class ContestAndResultLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    private static String label(String text) {
        return Articles.only(text, DAY).label();
    }

    @Test
    void aContestHeldIsToldWithItsResult() {
        assertEquals("サッカーの天皇杯の決勝が国立競技場で実施、川崎が2大会ぶり3度目の優勝を果たす",
                label("サッカーの天皇杯は9日、国立競技場で決勝が行われ、川崎が浦和を2―1で破り、2大会ぶり3度目の優勝を果たした。\n"));
    }

    @Test
    void aContestTooLongIsToldByItsNameOrByItsResultAlone() {
        assertEquals("バスケットボールのBリーグの第3戦、宇都宮が2季ぶりの優勝を決定",
                label("バスケットボールのBリーグは27日、横浜アリーナで第3戦が行われ、宇都宮が琉球を破り、2季ぶりの優勝を決めた。\n"));
        assertEquals("前橋育英が7大会ぶり2度目の優勝を果たす", label("第103回全国高校サッカー選手権大会の決勝が13日、"
                + "東京都新宿区の国立競技場で行われ、前橋育英が流通経済大柏を破り、7大会ぶり2度目の優勝を果たした。\n"));
    }

    @Test
    void aWinIsToldByTheTitleItBrought() {
        assertEquals("山田選手が大会初の連覇を達成", label("山田選手は12日、前回王者を2―0で破り、大会初の連覇を達成した。\n"));
    }

    @Test
    void aTitleIsAWordOfItsOwn() {
        assertTrue(ContestResult.namesTheTitle("3度目の優勝を果たした", "優勝"));
        assertTrue(ContestResult.namesTheTitle("初優勝", "優勝"));
        assertTrue(ContestResult.namesTheTitle("大会初の連覇を達成", "連覇"));
        assertFalse(ContestResult.namesTheTitle("準優勝に終わった", "優勝"));
        assertFalse(ContestResult.namesTheTitle("優勝決定戦に進んだ", "優勝"));
        assertFalse(ContestResult.namesTheTitle("当選確実となった", "当選"));
        assertFalse(ContestResult.namesTheTitle("再選挙が決まった", "再選"));
    }

    @Test
    void aWinWithoutATitleOrAMeetingHeldIsToldAsBefore() {
        assertEquals("日本が韓国を3―1で破る", label("日本は5日、韓国を3―1で破り、決勝に進んだ。\n"));
        // a match for the title, a race for it and second place name no title won
        assertEquals("日本が韓国を3―1で破る", label("日本は5日、韓国を3―1で破り、優勝決定戦に進んだ。\n"));
        assertEquals("巨人が首位の阪神を破る", label("巨人は5日、首位の阪神を破り、優勝争いに踏みとどまった。\n"));
        assertEquals("首脳会議の全体会合が東京で実施", label("首脳会議は3日、東京で全体会合が行われ、共同声明が採択された。\n"));
        // what the clause after a final tells, when it says no one won, is not the final's result
        assertEquals("全国高校サッカー選手権大会の決勝が国立競技場で実施", label("全国高校サッカー選手権大会の決勝が13日、"
                + "国立競技場で行われ、試合開始前に選手と観客が黙とうをささげた。\n"));
    }
}
