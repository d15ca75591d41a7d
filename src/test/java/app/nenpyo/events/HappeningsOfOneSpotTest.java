package app.nenpyo.events;

import static app.nenpyo.events.Articles.reasons;
import static app.nenpyo.events.WiderPeriodsTest.holding;
import static app.nenpyo.events.WiderPeriodsTest.merged;
import static app.nenpyo.events.WiderPeriodsTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fire, an escape or a sinking told by its deed in one article and by its noun in a later one ({@link Paraphrases}:
 * 出火 / 火災, 逃げ出す / 脱走, 沈む / 沈没), and two such happenings of one day in two places kept apart
 * ({@link Similarity}'s happenings of one spot; decision 0043's addendum of session 37). Sentences written for this
 * test, none from the held-out sets; each near miss must stay apart. Articles of 2022, read and merged as
 * {@link WiderPeriodsTest} does.
 */
class HappeningsOfOneSpotTest {

    private static final String FIRE = "北浜市東町の木造2階建て住宅から10日午後9時ごろ出火し、約120平方メートルが焼けた。\n";
    private static final String ESCAPE = "北浜市の市立動物園で10日朝、雄のニホンザル1匹が飼育舎から逃げ出した。\n";
    private static final String SINKING = "瀬戸内海の北島沖で1日午後、遊覧船「かもめ号」（12トン）が浸水して沈んだ。乗客10人は全員救助された。\n";

    @Test
    void aFireToldByWhereItBrokeOutJoinsTheFireALaterArticleNames() {
        List<Event> events = merged(read(FIRE, 6, 11),
                read("北浜市東町で10日夜に起きた火災で、北浜署は13日、死亡したのは住人の会社員と確認した。\n", 6, 14));

        assertOneHappening(events, "10日午後9時", "10日夜", "same happening 火災 (in other words)");
    }

    @Test
    void twoFiresOfOneNightInTwoTownsStayApart() {
        // each names its own town: two fires, however alike their words (both 出火 stayed one before the rule)
        List<Event> told = merged(read(FIRE, 6, 11), read("南浜町の倉庫から10日夜、出火し、倉庫1棟が焼けた。\n", 6, 11));
        assertApart(told, "10日午後9時", "10日夜");

        List<Event> named = merged(read(FIRE, 6, 11), read("南浜町の倉庫で10日夜、火災があった。\n", 6, 11));
        assertApart(named, "10日午後9時", "10日夜");
    }

    @Test
    void anAnimalThatGotOutJoinsTheEscapeALaterArticleNames() {
        List<Event> events = merged(read(ESCAPE, 5, 11), read("10日の脱走を受け、動物園は15日、飼育舎の扉を二重にした。\n", 5, 16));

        assertOneHappening(events, "10日朝", "10日", "same happening 脱走 (in other words)");
    }

    @Test
    void anEscapeFromAZooAndOneFromAPrisonOfAnotherCityStayApart() {
        List<Event> events = merged(read(ESCAPE, 5, 11), read("南浜市の刑務所で10日、受刑者の脱走があった。\n", 5, 11));

        assertApart(events, "10日朝", "10日");
    }

    @Test
    void aBoatThatWentDownJoinsTheSinkingAccidentALaterArticleNames() {
        List<Event> events = merged(read(SINKING, 8, 2),
                read("今月1日の北島沖での遊覧船沈没事故を受け、国土交通省は19日、運航会社に立ち入り検査をした。\n", 8, 20));

        assertOneHappening(events, "1日午後", "今月1日", "same happening 沈没");
    }

    @Test
    void twoBoatsSinkingOnOneDayOffTwoTownsStayApart() {
        List<Event> events = merged(read("北浜市沖で1日午後、漁船「第一北浜丸」が転覆して沈んだ。\n", 8, 2),
                read("南浜町沖で1日、遊覧船の沈没事故があった。\n", 8, 2));

        assertApart(events, "1日午後", "1日");
    }

    @Test
    void aVictimsAddressInTheClauseAfterTheFiresIsNoSecondSpot() {
        // 南浜 is where the man lived, named in the clause of the 13th; the fire's clause names 北浜 alone
        List<Event> events = merged(read(FIRE, 6, 11),
                read("北浜市で10日夜に起きた火災で、北浜署は13日、死亡したのは南浜町に住む会社員の男性と確認した。\n", 6, 14));

        assertOneHappening(events, "10日午後9時", "10日夜", "same happening 火災 (in other words)");
    }

    @Test
    void peopleWhoFledAFireAndAFireThatDidNotBreakOutTellNoEscapeNorFire() {
        // the house fire's 逃げ出した is the residents', no escape to join the monkey's
        List<Event> fled = merged(read("北浜市東町の住宅から10日午前3時ごろ出火し、住人の男性は自力で逃げ出した。\n", 5, 11),
                read(ESCAPE, 5, 11));
        assertApart(fled, "10日午前3時", "10日朝");

        // a quake with no fire is no fire to join that day's house fire
        List<Event> none = merged(read("北浜市で15日午前、震度5強の揺れを観測したが、出火はなかった。\n", 6, 16),
                read("北浜市東町の住宅から15日午後9時ごろ出火し、約120平方メートルが焼けた。\n", 6, 16));
        assertApart(none, "15日午前", "15日午後9時");
    }

    @Test
    void aHappeningOfOneSpotIsReadOnceAReportAsItsBits() {
        int crash = Similarity.oneSpotKinds(List.of("衝突事故"));
        assertNotEquals(0, crash & Similarity.oneSpotKinds(List.of("事故", "発生")), "衝突事故 ends 事故");
        assertNotEquals(0, Similarity.oneSpotKinds(List.of("出火", "火災")) & Similarity.oneSpotKinds(List.of("住宅火災")));
        // near misses: another happening of one spot, and words naming none
        assertEquals(0, Similarity.oneSpotKinds(List.of("火災")) & Similarity.oneSpotKinds(List.of("脱走")));
        assertEquals(0, Similarity.oneSpotKinds(List.of("地震", "観測")));
    }

    /** The reports told by these expressions are one event, merged for the reason given. */
    private static void assertOneHappening(List<Event> events, String first, String later, String reason) {
        Event event = holding(events, first);
        assertEquals(event.id(), holding(events, later).id(), "one happening: " + events);
        assertTrue(reasons(event).contains(reason), reasons(event));
    }

    private static void assertApart(List<Event> events, String one, String other) {
        assertNotEquals(holding(events, one).id(), holding(events, other).id(), reasons(holding(events, other)));
    }

    @Test
    void onlyTheseDeedsNameTheirHappening() {
        assertEquals(List.of("火災"), Paraphrases.happeningsIn("調理場から火の手が上がった"));
        assertEquals(List.of("沈没"), Paraphrases.happeningsIn("旅客船「北浜丸」が浸水して沈んだ"));
        assertEquals(List.of("脱走"), Paraphrases.happeningsIn("受刑者2人が作業場から逃げ出した"));
        // near misses: a risk, a house burnt down in a crime's name, a market or a sun that sinks, a suspect's flight
        assertEquals(List.of(), Paraphrases.happeningsIn("配線から火が出る恐れがある"));
        assertEquals(List.of(), Paraphrases.happeningsIn("住宅が全焼し夫婦が死亡した事件"));
        assertEquals(List.of(), Paraphrases.happeningsIn("日経平均株価は大きく沈んだ"));
        assertEquals(List.of(), Paraphrases.happeningsIn("夕日が海に沈んだ"));
        assertEquals(List.of(), Paraphrases.happeningsIn("男は車で逃走した"));
    }

    @Test
    void aFireThatBrokeOutIsTheFireNotOneThatDidNotNorItsRiskNorAProtest() {
        assertEquals(List.of("火災"), Paraphrases.happeningsIn("北浜市東町の住宅から15日午後9時ごろ出火し、全焼した"));
        assertEquals(List.of("火災"), Paraphrases.happeningsIn("飲食店の厨房で火の手が上がり、客が避難した"));
        assertEquals(List.of("火災"), Paraphrases.happeningsIn("工場の倉庫から火が出た"));
        // near misses: a quake or a crash with no fire, a recall for a fire's risk, a protest that flares
        assertEquals(List.of(), Paraphrases.happeningsIn("北浜市で15日午前、震度5強の揺れを観測したが、出火はなかった"));
        assertEquals(List.of(), Paraphrases.happeningsIn("乗用車とトラックが正面衝突したが、出火はなかった"));
        assertEquals(List.of(), Paraphrases.happeningsIn("モバイルバッテリーから出火する恐れがあるとして、約1万台を自主回収する"));
        assertEquals(List.of(), Paraphrases.happeningsIn("与党内から15日、首相の発言に批判の火の手が上がった"));
    }

    @Test
    void aBoatThatSankIsASinkingNotACountNorAFlagNorASunBesideABoat() {
        assertEquals(List.of("沈没"), Paraphrases.happeningsIn("遊覧船「かもめ号」が浸水して沈んだ"));
        assertEquals(List.of("沈没"), Paraphrases.happeningsIn("漁船「第三南浜丸」が高波を受けて沈み、2人が不明"));
        // near misses, each with a boat's word: a home run's count, the flag, a shipyard's ups and downs, a sunset
        assertEquals(List.of(), Paraphrases.happeningsIn("先発投手が5回に10号2ランを浴び、延長戦の末に沈んだ"));
        assertEquals(List.of(), Paraphrases.happeningsIn("日の丸を背負った日本代表は準決勝で韓国に敗れ、沈んだ"));
        assertEquals(List.of(), Paraphrases.happeningsIn("造船業界は浮き沈みが激しいとして、事業を縮小する"));
        assertEquals(List.of(), Paraphrases.happeningsIn("フェリーから見た夕日が沈んだ"));
    }

    @Test
    void anAnimalOrInmateThatGotOutEscapedNotPeopleWhoFled() {
        assertEquals(List.of("脱走"), Paraphrases.happeningsIn("牛2頭が牧場の柵を越えて逃げ出した"));
        assertEquals(List.of("脱走"), Paraphrases.happeningsIn("ペンギンが水族館の水槽から逃げ出し、職員が捕まえた"));
        // near misses: a fire's residents, a robber, a measure against a second escape, a quake's crowd
        assertEquals(List.of("火災"), Paraphrases.happeningsIn("住宅から10日午前3時ごろ出火し、住人の男性は自力で逃げ出した"));
        assertEquals(List.of(), Paraphrases.happeningsIn("男が刃物を示して現金を奪い、逃げ出した"));
        assertEquals(List.of(), Paraphrases.happeningsIn("動物園は同日、サルが再び逃げ出さないよう、飼育舎の扉を二重にした"));
        assertEquals(List.of(), Paraphrases.happeningsIn("揺れが収まると、住民が一斉に屋外へ逃げ出した"));
    }
}
