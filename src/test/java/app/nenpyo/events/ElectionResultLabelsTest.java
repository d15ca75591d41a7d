package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An election's headline tells who was elected, and a title won is told by its name (decision 0037's addendum of
 * session 40): an election too long to be told with its result is told with the winner by name, an election held
 * (…市長選が行われ、) as a contest is, a term counted (3選) and 世界一 as titles. Sentences written for these tests in
 * the style of news reports.
 */
class ElectionResultLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    private static String label(String text) {
        return Articles.only(text, DAY).label();
    }

    @Test
    void anElectionTooLongIsToldWithTheOneElectedByName() {
        assertEquals("北山県緑川市の初の市長選が投開票、高田一郎氏（58）が初当選",
                label("合併で生まれた北山県緑川市の初の市長選が14日に投開票され、無所属新人で元副市長の高田一郎氏（58）が初当選した。\n"));
    }

    @Test
    void aTermCountedIsATitleWon() {
        assertEquals("県知事選が投開票、山本花子氏が3選を果たす", label("県知事選は7日投開票され、現職の山本花子氏が新人2人を破り、3選を果たした。\n"));
        assertTrue(ContestResult.namesATitle("3選を果たした"));
        assertTrue(ContestResult.namesATitle("三選"));
        assertTrue(ContestResult.namesATitle("2年ぶりの優勝"));
        // a constituency counted, and a win told by no title
        assertFalse(ContestResult.namesATitle("3選挙区で議席を得た"));
        assertFalse(ContestResult.namesATitle("決勝に進んだ"));
    }

    @Test
    void anElectionHeldIsToldWithTheOneElected() {
        assertEquals("市長選が実施、佐藤次郎氏が初当選", label("青葉市で10日、市長選が行われ、新人の佐藤次郎氏が初当選した。\n"));
    }

    @Test
    void firstInTheWorldIsWhatWasWon() {
        assertEquals("日本代表が3大会ぶりの世界一に輝く", label("日本代表は20日、決勝で米国を3―2で破り、3大会ぶりの世界一に輝いた。\n"));
    }

    @Test
    void anElectionWhoseResultNamesNoOneElectedIsToldAsBefore() {
        assertEquals("市長選が実施", label("青葉市で10日、市長選が行われ、投票率は過去最低の38％だった。\n"));
        assertEquals("衆院選が投開票、自民、公明両党が計215議席にとどまる",
                label("衆院選は27日投開票され、自民、公明両党は計215議席にとどまり、過半数（233）を割り込んだ。\n"));
    }

    @Test
    void anElectionToldByItsNameKeepsItsVoteForTheMerge() {
        var events = Articles.events(DAY, "北山県緑川市の市長選は7日告示、14日投開票の日程で行われる。\n",
                "合併で生まれた北山県緑川市の初の市長選が14日に投開票され、無所属新人で元副市長の高田一郎氏（58）が初当選した。\n");
        assertEquals(1, events.stream().filter(e -> e.time().start().equals(LocalDate.of(2024, 6, 14))).count(),
                () -> events.stream().map(e -> e.time() + " " + e.label()).toList().toString());
    }
}
