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
    void theOccasionsThatAreNotTheLeadsDayAreReadOutsideQuotes() {
        assertTrue(DayOfTheLead.saidThatDay("館長は「　　　　　」と話した。"));
        assertTrue(DayOfTheLead.saidThatDay("市長は式の後、「　　」と述べた。"));
        assertFalse(DayOfTheLead.saidThatDay("社長は記者会見で「　　」と述べた。"));
        assertFalse(DayOfTheLead.saidThatDay("男は調べに対し「　　」と話した。"));
        assertFalse(DayOfTheLead.saidThatDay("弁護側は控訴審で「　　」と主張した。"));
    }
}
