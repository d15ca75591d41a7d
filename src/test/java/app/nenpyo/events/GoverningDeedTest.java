package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The deed a sentence without a date of its own goes on from is the one that ends the sentence before, whatever
 * other days that sentence names in its modifiers or its content (decision 0042's addendum of 2026-12-12); a
 * paper's words take no deed's day. Sentences of news style written for this test, each near miss beside a hit.
 */
class GoverningDeedTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 20);

    @Test
    void aDayInAModifierOfTheSentenceBeforeGivesWayToItsDeeds() {
        String text = "北川地裁は18日、昨年5月12日に工場で爆発事故を起こした会社の元社長に有罪判決を言い渡した。"
                + "元社長は閉廷後、控訴する考えを表明した。\n";
        List<String> got = Articles.carriedLabels(text, DAY);
        assertEquals(1, got.size(), got::toString);
        assertTrue(got.get(0).startsWith("2025-03-18 "), got::toString);
    }

    @Test
    void aDayTheDeedSetAfterTheArticlesIsNotTheDeeds() {
        String text = "南田市の市長は19日に記者会見し、31日付で辞職すると表明した。県警は市役所を家宅捜索した。\n";
        List<String> got = Articles.carriedLabels(text, DAY);
        assertEquals(1, got.size(), got::toString);
        assertTrue(got.get(0).startsWith("2025-03-19 "), got::toString);
    }

    @Test
    void aDeedAfterAnotherOfTheSameSentenceGivesItsDay() {
        List<String> got = Articles.carriedLabels("新会社が1日に発足し、3日に発足式を開いた。県警は本社を家宅捜索した。\n", DAY);
        assertEquals(1, got.size(), got::toString);
        assertTrue(got.get(0).startsWith("2025-03-03 "), got::toString);
    }

    @Test
    void anEarlierDayInARelativeClauseOfTheLastClauseIsNoDeed() {
        assertEquals(List.of(), Articles.carriedLabels(
                "政府は18日に臨時閣議を開き、16日に発生した地震を激甚災害に指定した。同社の株価は急落した。\n", DAY));
        assertEquals(List.of(), Articles.carriedLabels(
                "知事は19日に記者会見し、17日に業界団体と協議したことを明らかにした。野党は反発した。\n", DAY));
        Report chain = report("2025-03-18", 0, 30);
        Report relative = report("2025-03-16", 31, 60);
        assertEquals(List.of(), GoverningDeed.first(List.of(chain, relative), DAY, NO_COMMAS), "the 18th's clause ends first");
    }

    @Test
    void ofTwoDatesInTheLastClauseTheOneBeforeACommaIsTheDeeds() {
        List<String> crash = Articles.carriedLabels("昨年12月に高速道路で12台が絡んだ多重事故で、県警は18日、捜査の結果を発表した。"
                + "県警は運転手ら3人を書類送検した。\n", DAY);
        assertEquals(1, crash.size(), crash::toString);
        assertTrue(crash.get(0).startsWith("2025-03-18 "), crash::toString);
        List<String> fire = Articles.carriedLabels("今月3日に倉庫が全焼した火災で、消防は17日、出火原因の調査結果を公表した。"
                + "消防は運営会社に改善を指導した。\n", DAY);
        assertTrue(fire.stream().noneMatch(l -> l.startsWith("2025-03-03 ")), fire::toString);
    }

    @Test
    void aTieGoesToTheOneDateBeforeAComma() {
        Report incident = reportAt("2024-08-02", new TextSpan(0, 60), 1);
        Report deed = reportAt("2025-03-18", new TextSpan(0, 60), 10);
        assertEquals(List.of(deed, incident), GoverningDeed.first(List.of(incident, deed), DAY, withSlotsAt(10)));
        assertEquals(List.of(incident, deed), GoverningDeed.first(List.of(incident, deed), DAY, withSlotsAt(1)),
                "the first date before the comma");
        assertEquals(List.of(incident, deed), GoverningDeed.first(List.of(incident, deed), DAY, withSlotsAt(1, 10)),
                "both before a comma: the first stays");
        assertEquals(List.of(incident, deed), GoverningDeed.first(List.of(incident, deed), DAY, NO_COMMAS),
                "neither: the first stays");
        StringBuilder incidentsSlot = new StringBuilder(withSlotsAt(10));
        incidentsSlot.setCharAt(4, '、');
        assertEquals(List.of(deed, incident), GoverningDeed.first(List.of(incident, deed), DAY, incidentsSlot.toString()),
                "both before a comma, only the second after a topic: the second");
    }

    @Test
    void theSlotIsAfterATopicAndBeforeAnyComma() {
        Report incident = reportAt("2024-08-02", new TextSpan(0, 60), 1);
        Report deed = reportAt("2025-03-18", new TextSpan(0, 60), 10);
        StringBuilder noTopic = new StringBuilder(NO_COMMAS);
        noTopic.setCharAt(13, '、');
        assertEquals(List.of(incident, deed), GoverningDeed.first(List.of(incident, deed), DAY, noTopic.toString()),
                "a comma after the date, no topic before it: a modifier's date, the first stays");
        noTopic.setCharAt(9, '、');
        assertEquals(List.of(incident, deed), GoverningDeed.first(List.of(incident, deed), DAY, noTopic.toString()),
                "between two commas, no topic: the first stays");
        for (String comma : List.of("，", ",")) {
            String text = withSlotsAt(10).replace("、", comma);
            assertEquals(List.of(deed, incident), GoverningDeed.first(List.of(incident, deed), DAY, text), comma);
        }
        StringBuilder topicAndComma = new StringBuilder(NO_COMMAS);
        topicAndComma.setCharAt(8, 'が');
        topicAndComma.setCharAt(9, '、');
        topicAndComma.setCharAt(13, '、');
        assertEquals(List.of(deed, incident), GoverningDeed.first(List.of(incident, deed), DAY, topicAndComma.toString()),
                "a topic, a comma, the date, a comma");
    }

    @Test
    void ofTwoDatesBeforeACommaTheOneAfterATopicIsTheDeeds() {
        // the addendum of 2026-12-17: 昨年8月2日未明、 dates the fire, told after a place's で; 地検は19日、 the deed's slot
        List<String> got = Articles.carriedLabels("市内の住宅で昨年8月2日未明、2人が死亡した火災で、地検は19日、同居の男を起訴した。"
                + "地検は男の認否を明らかにしていない。男は「覚えていない」と起訴内容を否認した。\n", DAY);
        assertTrue(got.stream().noneMatch(l -> l.startsWith("2024-08-02 ")), got::toString);
        List<String> trial = Articles.carriedLabels("県内で一昨年5月、3人が死亡した事故で、業務上過失致死の罪に問われた運転手の初公判が"
                + "18日、地裁で開かれた。運転手は「間違いありません」と起訴内容を認めた。\n", DAY);
        assertEquals(1, trial.size(), trial::toString);
        assertTrue(trial.get(0).startsWith("2025-03-18 "), trial::toString);
    }

    @Test
    void aDayBetweenCommasAfterTheDeedsDayIsAModifiers() {
        LocalDate written = LocalDate.of(2025, 3, 19);
        for (String deedsDay : List.of("18日に、", "18日夜に、")) {
            List<String> got = Articles.carriedLabels("県警は" + deedsDay + "今月3日、市内の住宅に侵入して現金を盗んだ疑いで無職の男を逮捕した。"
                    + "県警は近隣の住民に戸締まりを呼びかけた。\n", written);
            assertEquals(1, got.size(), got::toString);
            assertTrue(got.get(0).startsWith("2025-03-18 "), deedsDay + got);
        }
    }

    /** A sentence of 80 characters with, for each date starting at these places (3 characters long), a topic's は right
     *  before it and a comma right after it. */
    private static String withSlotsAt(int... dateStarts) {
        StringBuilder text = new StringBuilder(NO_COMMAS);
        for (int i : dateStarts) {
            text.setCharAt(i - 1, 'は');
            text.setCharAt(i + 3, '、');
        }
        return text.toString();
    }

    @Test
    void aFiguresPeriodBeforeKeepsItsDayToItself() {
        assertEquals(List.of(), Articles.carriedLabels(
                "同社は18日、2024年4～12月期の純利益が前年同期比2割減ったと発表した。売上高は過去最高を更新した。\n", DAY));
    }

    @Test
    void whenEveryDayIsAfterTheArticlesTheFirstReportStays() {
        Report first = report("2025-03-25", 10, 30);
        Report second = report("2025-03-28", 31, 50);
        assertEquals(List.of(first, second), GoverningDeed.first(List.of(first, second), DAY, NO_COMMAS));
    }

    @Test
    void theReportOfTheClauseEndingLastComesFirst() {
        Report modifier = report("2024-05-12", 10, 40);
        Report deed = report("2025-03-18", 0, 60);
        assertEquals(List.of(deed, modifier), GoverningDeed.first(List.of(modifier, deed), DAY, NO_COMMAS));
        Report sameClause = report("2025-03-17", 0, 60);
        assertEquals(List.of(sameClause, deed), GoverningDeed.first(List.of(sameClause, deed), DAY, NO_COMMAS), "a tie keeps the first");
        Report ahead = report("2025-03-31", 0, 70);
        assertEquals(List.of(deed, modifier, ahead), GoverningDeed.first(List.of(modifier, deed, ahead), DAY, NO_COMMAS),
                "a day after the article's is what the deed set");
        assertEquals(List.of(ahead, modifier, deed), GoverningDeed.first(List.of(modifier, deed, ahead), null, NO_COMMAS), "no article's day");
    }

    /** A sentence of 80 characters, no comma after any date of the reports below. */
    private static final String NO_COMMAS = "あ".repeat(80);

    /** A report of the sentence 0–80 on that day whose clause spans those characters, its date opening it. */
    private static Report report(String day, int clauseStart, int clauseEnd) {
        return reportAt(day, new TextSpan(clauseStart, clauseEnd), clauseStart);
    }

    /** A report of the sentence 0–80 on that day whose clause spans those characters and whose date starts there. */
    private static Report reportAt(String day, TextSpan clause, int dateStart) {
        EventSource source = new EventSource("doc", OptionalLong.empty(), "doc:" + day, 1, new TextSpan(0, 80), clause,
                new TextSpan(dateStart, dateStart + 3), "18日", "");
        return new Report(source, TimeValue.day(LocalDate.parse(day)), "label", EventCategory.OTHER, List.of(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), "");
    }

    @Test
    void aPapersWordsTakeNoDeedsDay() {
        assertEquals(List.of(), Articles.carriedLabels("政府は18日、緊急事態を宣言した。東都新聞は政府の対応の遅れを批判した。\n", DAY));
        assertEquals(List.of(), Articles.carriedLabels("政府は18日、緊急事態を宣言した。ルモンド紙は「遅すぎる」と書き、在留邦人の足止めを伝えた。\n", DAY));
    }

    @Test
    void theUsualNamesOfThePressTakeNoDeedsDayEither() {
        for (String press : List.of("ルモンド紙は", "共同通信は", "ロイター通信が", "新華社は", "NHKは", "米紙ニューヨーク・タイムズは",
                "英紙ガーディアンが")) {
            assertEquals(List.of(), Articles.carriedLabels("政府は18日、緊急事態を宣言した。" + press + "政府の対応の遅れを批判した。\n", DAY),
                    press);
        }
    }

    @Test
    void aPaperAsTheObjectIsNoTeller() {
        List<String> got = Articles.carriedLabels("防衛相は15日、国会で答弁した。防衛相は日報も公開した。\n", DAY);
        assertEquals(1, got.size(), got::toString);
        assertTrue(got.get(0).startsWith("2025-03-15 "), got::toString);
        assertFalse(DayOfTheSentenceBefore.toldByThePress("作業員は倉庫の紙が湿っていたと話した。"), "paper, no press");
        assertFalse(DayOfTheSentenceBefore.toldByThePress("市は段ボールや紙も回収した。"), "paper, no press");
        assertFalse(DayOfTheSentenceBefore.toldByThePress("会社は通信も止めた。"), "communications, no agency");
        assertTrue(DayOfTheSentenceBefore.toldByThePress("東都新聞も社説で批判した。"), "a paper opening the sentence");
    }

    @Test
    void thePressIsTheTellerOnlyOutsideQuotesAndAsTheTopic() {
        assertTrue(DayOfTheSentenceBefore.toldByThePress("共同通信社が首相の辞意を伝えた。"));
        assertTrue(DayOfTheSentenceBefore.toldByThePress("北海日報も社説で批判した。"));
        assertFalse(DayOfTheSentenceBefore.toldByThePress("被災地では携帯電話の通信が一時途絶えた。"), "communications, no agency");
        assertFalse(DayOfTheSentenceBefore.toldByThePress("市は地元の新聞に広告を載せた。"), "a paper not telling");
        assertFalse(DayOfTheSentenceBefore.toldByThePress("市長は「東都新聞は誤りを書いた」と批判した。"), "inside a quote");
        assertFalse(DayOfTheSentenceBefore.toldByThePress("答案用紙は回収された。"));
    }
}
