package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.EventCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words quoted without a day of their own, after a sentence that tells no deed done, are a statement of the day the
 * article leads with (decision 0042's addendum of 2026-12-13): on articles of news style written for this test, in
 * several domains, each near miss beside the sentence the rule reads.
 */
class DayOfTheLeadTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 20);

    private static List<String> carried(String text) {
        return Articles.carriedLabels(text, DAY);
    }

    private static void assertNoneCarried(String text) {
        List<String> carried = carried(text);
        assertTrue(carried.isEmpty(), carried::toString);
    }

    @Test
    void wordsAfterAPlanAreAStatementOfTheLeadsDay() {
        String text = "市は19日、中央図書館を5月まで休館すると発表した。休館中は移動図書館を走らせる予定だ。"
                + "館長は「ご不便をおかけする」と話した。\n";
        assertEquals(List.of("2025-03-19 館長が「ご不便をおかけする」と発言"), carried(text));
        assertEquals(EventCategory.STATEMENT, Articles.reports(text, DAY).stream().filter(r -> r.source().dateCarried())
                .findFirst().orElseThrow().category());
    }

    @Test
    void aLengthOfTimeInsideTheQuoteLeavesTheWordsUndated() {
        // the addendum of 2026-12-14: 10年間 is the words', not a time of the saying
        String text = "地裁は19日、住民の訴えを退ける判決を言い渡した。住民側は来週、控訴するか決める予定だ。"
                + "原告団長は「10年間の思いを届けた」と話した。\n";
        assertEquals(List.of("2025-03-19 原告団長が「10年間の思いを届けた」と発言"), carried(text));
        // a length of time outside the quotes still dates the sentence: it is no undated one
        assertNoneCarried("地裁は19日、住民の訴えを退ける判決を言い渡した。住民側は来週、控訴するか決める予定だ。"
                + "原告団長は10年間、「思いを届けたい」と話した。\n");
    }

    /**
     * A paper's report on its edition's day is a happening of its own (decision 0042's addendum of 2026-12-18), but no
     * deed whose day the words after it take: they take the deed's day the paper reported (review rvC, finding 5).
     */
    @Test
    void wordsAfterAPapersReportTakeNoEditionsDay() {
        LocalDate day = LocalDate.of(2024, 6, 8);
        List<String> alone = Articles.carriedLabels("東都新聞は5日の朝刊で、市長の辞職を報じた。市長は「責任を取る」と話した。\n", day);
        assertTrue(alone.isEmpty(), alone::toString);
        List<String> afterTheDeed = Articles.carriedLabels("北浜市議会は4日、市長の不信任決議案を可決した。東都新聞は5日付の朝刊で、可決を報じた。"
                + "市長は「責任を取る」と話した。\n", day);
        assertTrue(!afterTheDeed.isEmpty() && afterTheDeed.stream().allMatch(l -> l.startsWith("2024-06-04 ")), afterTheDeed::toString);
    }

    @Test
    void aBystandersWordsAreNoStatement() {
        String lead = "市内の倉庫で今月2日、2人が死亡した火災で、地検は19日、元従業員を放火の罪で起訴した。"
                + "初公判の期日は決まっていない。";
        assertNoneCarried(lead + "近所の70代の男性は「あの晩の炎が忘れられない」と話した。\n");
        assertNoneCarried(lead + "現場近くに住む女性は「今も怖い」と話した。\n");
        assertNoneCarried(lead + "４０代の会社員は「毎日通る道だった」と話した。\n");
        assertEquals(List.of("2025-03-19 倉庫会社の社長が「再発防止に努める」と発言"),
                carried(lead + "倉庫会社の社長は「再発防止に努める」と話した。\n"), "a speaker named by a role");
        assertFalse(DayOfTheLead.saidThatDay("近所の男性は「　　」と話した。"));
        assertTrue(DayOfTheLead.saidThatDay("山田花子さん（70）は「　　」と話した。"), "a named person, whatever her age");
        assertTrue(DayOfTheLead.saidThatDay("市立中学3年の女子生徒は「　　」と話した。"), "named by a role: no age and sex alone");
    }

    @Test
    void bystanderWordsOutsideTheSpeakersSlotLeaveTheSpeakersWordsSaid() {
        String lead = "市内の倉庫で今月2日、2人が死亡した火災で、地検は19日、元従業員を放火の罪で起訴した。"
                + "初公判の期日は決まっていない。";
        assertEquals(List.of("2025-03-19 倉庫会社の社長が「ご迷惑をおかけした」と発言"),
                carried(lead + "倉庫会社の社長は近所の住民に「ご迷惑をおかけした」と話した。\n"), "a neighbour spoken to");
        assertTrue(DayOfTheLead.saidThatDay("社長は、亡くなった70代の男性について「　　」と話した。"), "a bystander spoken of");
        assertTrue(DayOfTheLead.saidThatDay("市長は、70代の男性が死亡した事故を受け「　　」と述べた。"));
        assertTrue(DayOfTheLead.saidThatDay("近くに住む山田花子さん（60）は「　　」と話した。"), "a neighbour named");
        assertFalse(DayOfTheLead.saidThatDay("現場近くに住む男性（70）は「　　」と話した。"));
        assertFalse(DayOfTheLead.saidThatDay("事故について、近所の住民が「　　」と話した。"));
        assertFalse(DayOfTheLead.saidThatDay("３０代の会社員は「　　」と語った。"));
    }

    @Test
    void wordsAfterAFlashbackAreAStatementOfTheLeadsDayToo() {
        String text = "北浜水族館で18日、ペンギンのひなが2羽誕生した。ひなは昨年も1羽生まれていた。"
                + "飼育員は「元気に育ってほしい」と話した。\n";
        assertEquals(List.of("2025-03-18 飼育員が「元気に育ってほしい」と発言"), carried(text));
    }

    @Test
    void wordsAfterABackgroundRemarkTwoParagraphsOnTakeTheLeadsDay() {
        String text = "県警は19日、空き巣を繰り返したとして無職の男を窃盗の疑いで再逮捕した。\n"
                + "県内では昨年、空き巣の被害が約300件あった。\n"
                + "署長は「地域の不安を取り除きたい」と述べた。\n";
        assertEquals(List.of("2025-03-19 署長が「地域の不安を取り除きたい」と発言"), carried(text));
    }

    @Test
    void wordsAfterADeedOfLongAgoAreAStatementOfTheLeadsDay() {
        // the addendum of 2026-12-16: a deed of more than a week before the article is no day the words were said on
        String text = "農林水産省は19日、備蓄米10万トンを追加で放出すると発表した。"
                + "総務省が先月21日に公表した1月の消費者物価指数では、コメ類が前年同月比で6割上がった。"
                + "農相は「流通の目詰まりを解消したい」と述べた。\n";
        assertEquals(List.of("2025-03-19 農相が「流通の目詰まりを解消したい」と発言"), carried(text));
        String market = "北浜市場で18日、初競りがあった。市場によると、今月3日に大雪が降った後、入荷が減り、先週末には"
                + "マグロの値が上がった。組合長は「客足は戻ってきた」と話した。\n";
        assertEquals(List.of("2025-03-18 組合長が「客足は戻ってきた」と発言"), carried(market));
    }

    @Test
    void wordsAfterARecentDeedOfWordsStayThatDeeds() {
        // a ruling of this week right before: its judge's words are the ruling's, as before
        assertNoneCarried("市は19日、中央図書館を5月まで休館すると発表した。地裁は17日、元館長に有罪の判決を言い渡した。"
                + "裁判長は「信頼を裏切った」と述べた。\n");
    }

    @Test
    void wordsAtAPressConferenceAreTheLeadsNewsToldFurther() {
        String text = "市は19日、中央図書館を5月まで休館すると発表した。休館中は移動図書館を走らせる予定だ。"
                + "市長は記者会見で「ご不便をおかけする」と述べた。\n";
        assertNoneCarried(text);
    }

    @Test
    void wordsOfARulingsReasonsAreTheRulingsOwn() {
        String text = "地裁は19日、元社長に懲役3年の判決を言い渡した。元社長は昨年、会社の資金を私的に使っていた。"
                + "裁判長は判決理由で「経営者の責任は重い」と指摘した。\n";
        assertNoneCarried(text);
    }

    @Test
    void wordsRightAfterTheLeadsRulingStayTheRulings() {
        String text = "地裁は19日、元社長に懲役3年の判決を言い渡した。裁判長は「経営者の責任は重い」と述べた。\n";
        assertNoneCarried(text);
    }

    @Test
    void aLeadOfLongBeforeTheArticleGivesNoDay() {
        String text = "市は1日、中央図書館を5月まで休館すると発表した。休館中は移動図書館を走らせる予定だ。"
                + "館長は「ご不便をおかけする」と話した。\n";
        assertNoneCarried(text);
    }

    @Test
    void aDeedWithoutQuotedWordsTakesNoLeadsDay() {
        String text = "市は19日、中央図書館を5月まで休館すると発表した。休館中は移動図書館を走らせる予定だ。"
                + "館長は利用者に休館を謝罪した。\n";
        assertNoneCarried(text);
    }

    @Test
    void aLeadOfTheWeekBeforeGivesItsDayOneOfEightDaysBeforeNone() {
        String plan = "休館中は移動図書館を走らせる予定だ。館長は「ご不便をおかけする」と話した。\n";
        assertEquals(List.of("2025-03-13 館長が「ご不便をおかけする」と発言"),
                carried("市は13日、中央図書館を5月まで休館すると発表した。" + plan));
        assertNoneCarried("市は12日、中央図書館を5月まで休館すると発表した。" + plan);
    }

    @Test
    void aQuoteInAnotherArticlePastedAfterATitleTakesNoDayOfTheFirst() {
        String first = "動物園は18日、ゾウの赤ちゃんが生まれたと発表した。公開は来月になる見通しだ。"
                + "園長は「無事に育ってほしい」と話した。\n";
        String second = "\n駅前再開発の説明会\nhttps://example.jp/town/42\n"
                + "駅前の商店街では、空き店舗が増えている。住民の男性は「街の景色が変わる」と話した。\n";
        assertEquals(List.of("2025-03-18 園長が「無事に育ってほしい」と発言"), carried(first + second));
        String story = second.substring(second.indexOf("駅前の"));
        assertEquals(List.of("2025-03-18 園長が「無事に育ってほしい」と発言"),
                carried(first + "\nhttps://example.jp/town/42\n" + story));
        assertEquals(List.of("2025-03-18 園長が「無事に育ってほしい」と発言"),
                carried(first + "\n駅前再開発の説明会\n\n" + story));
    }

    @Test
    void aLeadOpenedByADatelineOrAPlanIsTheFirstDeedDone() {
        String story = "休館中は移動図書館を走らせる予定だ。館長は「ご不便をおかけする」と話した。\n";
        assertEquals(List.of("2025-03-19 館長が「ご不便をおかけする」と発言"),
                carried("2025年3月20日 東西新報朝刊\n市は19日、中央図書館を5月まで休館すると発表した。" + story));
        assertEquals(List.of("2025-03-19 館長が「ご不便をおかけする」と発言"),
                carried("市は4月1日から中央図書館を休館する。市が19日、発表した。" + story));
        assertEquals(List.of("2025-03-18 監督が「最高の仲間だ」と発言"),
                carried("チームは来月、全国大会に出場する。県大会の決勝は18日に行われ、チームが初優勝した。"
                        + "大会は来月5日に開幕する予定だ。監督は「最高の仲間だ」と話した。\n"));
    }

    @Test
    void anArticleOfOnlyAPlanHasNoLead() {
        assertNoneCarried("市は4月1日から中央図書館を休館する。休館中は移動図書館を走らせる予定だ。"
                + "館長は「ご不便をおかけする」と話した。\n");
    }

    @Test
    void wordsSaidAtAnotherTimeOrPlaceTheSentenceNamesTakeNoLeadsDay() {
        String lead = "市は19日、中央図書館を5月まで休館すると発表した。休館中は移動図書館を走らせる予定だ。";
        assertNoneCarried("俳優の川上一郎さんが18日、亡くなった。88歳だった。川上さんは生前「舞台が家だ」と語った。\n");
        assertNoneCarried(lead + "館長はかつて「本は街の記憶だ」と語った。\n");
        assertNoneCarried(lead + "館長は就任時に「誰もが通える館に」と述べた。\n");
        assertNoneCarried(lead + "館長は本紙のインタビューに「利用者に申し訳ない」と答えた。\n");
        assertNoneCarried(lead + "館長は取材で「利用者に申し訳ない」と話した。\n");
        assertNoneCarried(lead + "館長は講演で「図書館は街の居間だ」と語った。\n");
        assertNoneCarried(lead + "市長は市議会で「財源が足りない」と答弁した。\n");
        assertNoneCarried(lead + "\n子供の頃から通った館だ。思わず友人に「残念だね」と話した。\n");
        assertNoneCarried(lead + "\n私は「また通いたい」と友人に話した。\n");
    }

    @Test
    void anOccasionNamedInsideTheQuoteIsNoOccasionOfTheWords() {
        assertEquals(List.of("2025-03-19 館長が「会見で話した通りだ」と発言"),
                carried("市は19日、中央図書館を5月まで休館すると発表した。休館中は移動図書館を走らせる予定だ。"
                        + "館長は「会見で話した通りだ」と話した。\n"));
    }

    @Test
    void wordsAfterADeedOfADayLongAgoAreRefusedThoseAfterADeedOfAYearTakeTheLeadsDay() {
        String lead = "市は19日、中央図書館を5月まで休館すると発表した。";
        assertNoneCarried(lead + "館長は1998年4月1日に就任した。館長は「ご不便をおかけする」と話した。\n");
        assertEquals(List.of("2025-03-19 館長が「ご不便をおかけする」と発言"),
                carried(lead + "館長は1998年に就任した。館長は「ご不便をおかけする」と話した。\n"));
    }

    @Test
    void theOccasionsThatAreNotTheLeadsDayAreReadOutsideQuotes() {
        assertTrue(DayOfTheLead.saidThatDay("館長は「　　　　　」と話した。"));
        assertTrue(DayOfTheLead.saidThatDay("市長は式の後、「　　」と述べた。"));
        assertFalse(DayOfTheLead.saidThatDay("社長は記者会見で「　　」と述べた。"));
        assertFalse(DayOfTheLead.saidThatDay("男は調べに対し「　　」と話した。"));
        assertFalse(DayOfTheLead.saidThatDay("弁護側は控訴審で「　　」と主張した。"));
        assertFalse(DayOfTheLead.saidThatDay("監督は当時「　　」と振り返った。"));
        assertFalse(DayOfTheLead.saidThatDay("　僕も「　　」と言った。"));
        assertTrue(DayOfTheLead.saidThatDay("私立高校の校長は「　　」と話した。"));
    }
}
