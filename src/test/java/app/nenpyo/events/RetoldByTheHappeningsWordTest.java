package app.nenpyo.events;

import static app.nenpyo.events.Articles.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A later article's clause naming a happening of a day by its word alone, a deed noun the report's clause says
 * ({@link RetoldByTheHappeningsWord}, decision 0043's addendum of 2026-12-17). Sentences written for this test, none
 * from the held-out sets; each near miss must stay apart.
 */
class RetoldByTheHappeningsWordTest {

    private static final LocalDate DAY = LocalDate.of(2023, 11, 20);

    /** A vote told by its holding, its result a word of the clause: labelled by 住民投票, not by 否決. */
    private static final String VOTE = "北浜県で12日、県庁舎の移転の賛否を問う住民投票が行われ、反対が約6割を占めて移転案は否決された。\n";

    /** Another article's look back at the result, by 否決 alone and with no doer. */
    private static final String RESULT = "今月12日に移転案が否決されてから、1週間がたった。\n";

    @Test
    void aLaterArticleNamingTheResultOfTheDaysVoteIsTheVote() {
        List<Event> events = Articles.events(DAY, VOTE, RESULT);

        List<Event> holdingBoth = events.stream().filter(e -> e.sources().size() == 2).toList();
        assertEquals(1, holdingBoth.size(), events.toString());
        assertTrue(reasons(holdingBoth.get(0)).contains("same happening retold by its word 否決"), reasons(holdingBoth.get(0)));
    }

    @Test
    void anotherTownsResultOfThatDayStaysApart() {
        // the retelling names a town the report does not, and the report a prefecture the retelling does not: two places
        assertApart(VOTE, "南浜町で今月12日に庁舎の建て替え案が否決されてから、1週間がたった。\n");
    }

    @Test
    void aThingTheReportsClauseNamesIsNoHappeningItRetells() {
        // 条例 is a thing (名詞-一般), not a deed: the volunteers' leaflets name the ordinance put in force, not its happening
        String inForce = "北浜市で12日、駅前での客引きを禁じる条例が施行され、違反には罰金が科される。\n";
        assertApart(inForce, "12日は駅前で、ボランティアが条例を知らせるチラシを配った。\n");
    }

    @Test
    void wordsSaidInAStatementAreNoHappeningOfTheDay() {
        // the mayor's words name a postponement he argues for, not one that happened: a statement retells nothing
        String said = "北浜市の市長は12日、記者会見で「安全を考えれば祭りの延期もやむを得ない」と述べた。\n";
        assertApart(said, "12日に延期が決まった夜のことを、今も覚えている。\n");
    }

    @Test
    void talksOfADayAreNoRetellingOfAnotherTalksWord() {
        // a day holds many talks: one's clause names what was talked over, another's begins talks of the same matter elsewhere
        String talks = "市長は12日、知事と会談し、ごみ処理の広域化について協議した。\n";
        assertApart(talks, "12日にはごみ処理の広域化の協議も始まった。\n");
    }

    /** Two articles' reports, of which neither is retold by the other's word. */
    private static void assertApart(String report, String retelling) {
        List<Event> events = Articles.events(DAY, report, retelling);

        assertFalse(events.stream().anyMatch(e -> reasons(e).contains("retold by its word")), events.toString());
    }
}
