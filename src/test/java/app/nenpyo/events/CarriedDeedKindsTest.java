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
        assertTrue(makesAReport(said, EventCategory.OTHER, "涙ぐむ", EventCategory.DISASTER, false));
        assertTrue(CarriedDeedKinds.makesAReport(new CarriedDeedKinds.Told(said, EventCategory.STATEMENT, "涙ぐむ", "駅長"),
                new CarriedDeedKinds.Antecedent(EventCategory.STATEMENT, "市長", false, false, "")));
        assertTrue(makesAReport("両社は提携を発表した。", EventCategory.ANNOUNCEMENT, "発表", EventCategory.MEETING, false));
        assertTrue(makesAReport("町は来月10日から運休すると決めた。", EventCategory.OTHER, "決める", EventCategory.OTHER, true));
        // a court's words read as its own kind after a ruling are its reasons; a deed of no kind is a detail
        assertFalse(makesAReport("裁判長は「悪質だ」と判断した。", EventCategory.LEGAL, "判断", EventCategory.LEGAL, false));
        assertFalse(makesAReport("約2千人が駅を利用した。", EventCategory.OTHER, "利用", EventCategory.DISASTER, false));
        assertFalse(makesAReport("住民は「騒音が増える」として反対した。", EventCategory.OTHER, "反対", EventCategory.OTHER, false));
        assertFalse(makesAReport("2本目の路線も開業した。", EventCategory.ECONOMY, "開業", EventCategory.ECONOMY, false));
    }

    @Test
    void onlyAVerbOfSayingOrOfTheSpeakersMannerSaysTheQuote() {
        assertTrue(makesAReport("主将は「全員でつかんだ優勝だ」と胸を張った。", EventCategory.OTHER, "張る", EventCategory.OTHER, false));
        assertTrue(makesAReport("店主は「やっと戻れた」と声を弾ませた。", EventCategory.OTHER, "弾ませる", EventCategory.OTHER, false));
        // a name, a title, an inscription, a document's words, a decision, a chant, a thought: no words said that day
        assertFalse(makesAReport("球団は新しい愛称を「ブルーウェーブ」と命名した。", EventCategory.OTHER, "命名", EventCategory.OTHER, false));
        assertFalse(makesAReport("石碑には「平和の礎」と刻まれた。", EventCategory.OTHER, "刻む", EventCategory.OTHER, false));
        assertFalse(makesAReport("新商品は「春の香り」と呼ばれた。", EventCategory.OTHER, "呼ぶ", EventCategory.OTHER, false));
        assertFalse(makesAReport("答申は「制度を改めるべきだ」と結論づけた。", EventCategory.OTHER, "結論づける", EventCategory.OTHER, false));
        assertFalse(makesAReport("応援団は「勝つぞ」と連呼した。", EventCategory.OTHER, "連呼", EventCategory.OTHER, false));
        assertFalse(makesAReport("観客は「夢のようだ」と感じた。", EventCategory.OTHER, "感じる", EventCategory.OTHER, false));
        // the label's verb is another clause's: the quote is not what the report tells
        assertFalse(makesAReport("前町長は昨年亡くなったが、生前「橋を架けたい」と語った。", EventCategory.OTHER, "死亡",
                EventCategory.OTHER, false));
        // words of another day or the writer's own
        assertFalse(makesAReport("元監督はかつて「ここで勝ちたい」と語った。", EventCategory.OTHER, "語る", EventCategory.OTHER, false));
        assertFalse(makesAReport("私は「きれいだ」と叫んだ。", EventCategory.OTHER, "叫ぶ", EventCategory.OTHER, false));
    }

    @Test
    void aStatementAfterAStatementMustBeAnotherSpeakers() {
        String said = "知事は記者団に「支援を急ぐ」と強調した。";
        assertTrue(makesAReport(said, "知事", "首相"));
        // the same speaker said again, or no speaker named: the words before told further
        assertFalse(makesAReport(said, "知事", "北浜県知事"));
        assertFalse(makesAReport("記者団に「支援を急ぐ」と強調した。", "", "首相"));
        assertFalse(makesAReport("知事は記者団に「支援を急ぐ」とも強調した。", "知事", "首相"));
        assertFalse(makesAReport("知事は記者団に「支援を急ぐ」と繰り返した。", "知事", "首相"));
        // a title alone, which the actors do not name, is read as the topic the sentence opens with
        assertEquals("首相", CarriedDeedKinds.topic("首相は記者団に「支援を急ぐ」と述べた。"));
        assertEquals("", CarriedDeedKinds.topic("記者団に「支援を急ぐ」と述べた。"));
    }

    @Test
    void theSameSpeakersWordsAfterHisStatementAreNoSecondReport() {
        assertEquals(List.of(), Articles.carriedLabels("外相は18日、記者団に「対話を続ける」と述べた。"
                + "外相は記者団に「近く訪問したい」とも強調した。\n", DAY));
        assertEquals(List.of(), Articles.carriedLabels("北浜町長は18日、「財源は確保した」と述べた。"
                + "町長は取材に「計画通り進める」と繰り返した。\n", DAY));
        List<String> another = Articles.carriedLabels("外相は18日、記者団に「対話を続ける」と述べた。"
                + "民政党の佐藤代表は記者会見で「説明が足りない」と批判した。\n", DAY);
        assertEquals(1, another.size(), another::toString);
    }

    @Test
    void aQuoteThatIsNoWordsSaidIsNoReport() {
        assertEquals(List.of(), Articles.carriedLabels("北浜市の新図書館が18日、開館した。入口の石碑には「知の泉」と刻まれた。\n", DAY));
        assertEquals(List.of(), Articles.carriedLabels("北浜牧場で18日、子牛が生まれた。牧場主は「モモ」と名付けた。\n", DAY));
        assertEquals(List.of(), Articles.carriedLabels("北浜線の新駅が18日、開業した。住民は「待ちに待った」と思った。\n", DAY));
        assertEquals(List.of(), Articles.carriedLabels("北浜線の新駅が18日、開業した。"
                + "元町長は完成を見ずに亡くなったが、生前「駅が町を変える」と語った。\n", DAY));
        List<String> said = Articles.carriedLabels("北浜高校が18日、県大会で優勝した。主将は「全員でつかんだ」と胸を張った。\n", DAY);
        assertEquals(1, said.size(), said::toString);
        assertTrue(said.get(0).startsWith("2025-03-18 ") && said.get(0).contains("主将"), said::toString);
    }

    @Test
    void wordsOfNoStatementAfterASentenceOfNoDeedTakeNoDayOfTheLead() {
        String opened = "市は18日、新しい市民公園を開園した。記念の式典はなかった。";
        assertEquals(List.of(), Articles.carriedLabels(opened + "男の子は「楽しい」と笑った。\n", DAY));
        List<String> said = Articles.carriedLabels(opened + "市長は「憩いの場にしたい」と話した。\n", DAY);
        assertEquals(1, said.size(), said::toString);
        assertTrue(said.get(0).startsWith("2025-03-18 ") && said.get(0).contains("市長"), said::toString);
    }

    private static boolean makesAReport(String sentence, EventCategory kind, String predicate, EventCategory before,
                                        boolean datesAhead) {
        return CarriedDeedKinds.makesAReport(new CarriedDeedKinds.Told(sentence, kind, predicate, ""),
                new CarriedDeedKinds.Antecedent(before, "", false, datesAhead, ""));
    }

    private static boolean makesAReport(String statement, String speaker, String speakerBefore) {
        return CarriedDeedKinds.makesAReport(new CarriedDeedKinds.Told(statement, EventCategory.STATEMENT, "強調", speaker),
                new CarriedDeedKinds.Antecedent(EventCategory.STATEMENT, speakerBefore, false, false, ""));
    }
}
