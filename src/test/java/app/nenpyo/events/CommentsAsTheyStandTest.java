package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words quoted and told as they stand (「…」と話している) are a statement of the day the article leads with (decision
 * 0042's addendum of 2026-12-16). Sentences of news style written for this test, from several kinds of story, with the
 * near misses the rule must leave alone.
 */
class CommentsAsTheyStandTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 12);

    @Test
    void aVerbOfSayingInTeiruEndingTheSentence() {
        assertTrue(CommentsAsTheyStand.told("館長は「多くの人に見てほしい」と話している。"));
        assertTrue(CommentsAsTheyStand.told("同社は「原因の特定に時間を要した」と説明している。"));
        assertTrue(CommentsAsTheyStand.told("監督は『次も勝ちたい』と語っています。\n"));
        assertTrue(CommentsAsTheyStand.told("組合は「賃上げが先だ」と訴えている。"));
    }

    @Test
    void notHearsayNorAFlashbackNorAStateOfMindNorAnotherOccasion() {
        assertFalse(CommentsAsTheyStand.told("弁護人によると、男は「覚えていない」と話しているという。"), "hearsay");
        assertFalse(CommentsAsTheyStand.told("館長は「多くの人に見てほしい」と話していた。"), "a flashback");
        assertFalse(CommentsAsTheyStand.told("館長は「多くの人に来てほしい」と期待している。"), "a state of mind");
        assertFalse(CommentsAsTheyStand.told("館長は生前「本は旅をする」と話している。"), "said on another day");
        assertFalse(CommentsAsTheyStand.told("社長は記者会見で「再発を防ぐ」と話している。"), "a press conference's");
        assertFalse(CommentsAsTheyStand.told("館長は「多くの人に見てほしい」と話した。"), "a deed done: the rule of the sentence before's");
        assertFalse(CommentsAsTheyStand.told("「話している」と館長は笑った。"), "the verb inside the quote");
    }

    @Test
    void theCommentTakesTheLeadsDayAfterASentenceOfNoDeed() {
        List<String> library = Articles.carriedLabels("市立図書館は10日、50年前に貸し出された本が返ってきたと発表した。"
                + "本は補修して来月から館内で展示する。館長は「本の旅を多くの人に見てほしい」と話している。\n", DAY);
        assertEquals(1, library.size(), library::toString);
        assertTrue(library.get(0).startsWith("2025-06-10 ") && library.get(0).contains("館長"), library::toString);
        List<String> company = Articles.carriedLabels("食品会社の北浜食品は11日、菓子約3万個を自主回収すると発表した。"
                + "同社は先月20日に最初の苦情を受けていた。同社は「原因の特定に時間がかかった」と説明している。\n", DAY);
        assertEquals(1, company.size(), company::toString);
        assertTrue(company.get(0).startsWith("2025-06-11 "), company::toString);
    }

    @Test
    void hearsayAndAStateOfMindStayUnread() {
        assertEquals(List.of(), Articles.carriedLabels("県警は10日、男を詐欺の疑いで逮捕した。"
                + "現場は住宅街だった。弁護人によると、男は「覚えていない」と話しているという。\n", DAY));
        assertEquals(List.of(), Articles.carriedLabels("新しい駅舎が10日、完成した。"
                + "開業は来月の予定だ。駅長は「多くの人に使ってほしい」と期待している。\n", DAY));
    }
}
