package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A journey joined by a comma to a later deed of its clause brings its doer to the deed, and the deed is the news,
 * told with the journey (decision 0037's addendum of session 27). Sentences written for these tests in the style of news
 * reports.
 */
class JourneyThenDeedLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 20);

    private static String label(String text) {
        return Articles.only(text, DAY).label();
    }

    @Test
    void theDeedAfterTheJourneyIsTheNewsToldWithIt() {
        assertEquals("外相がインドネシアを訪れジャカルタで同国の外相と会談",
                label("外相は12日、インドネシアを訪れ、ジャカルタで同国の外相と会談した。\n"));
        assertEquals("知事が被災地を訪れ住民を見舞う", label("知事は3日、被災地を訪れ、住民を見舞った。\n"));
        assertEquals("主将がチームの拠点に戻り全体練習に参加", label("主将は2日、チームの拠点に戻り、全体練習に参加した。\n"));
    }

    @Test
    void aJourneyNamedWithSuruOrJoinedByTeToo() {
        assertEquals("サウジアラビアの皇太子が来日し首相と会談", label("サウジアラビアの皇太子は4日に来日し、首相と会談した。\n"));
        assertEquals("視察団が被災地に到着し避難所の様子を確かめる", label("視察団は18日、被災地に到着して、避難所の様子を確かめた。\n"));
    }

    @Test
    void aJourneyThatEndsItsClauseOrIsFollowedByAnotherDoerStays() {
        assertEquals("外相がインドネシアを訪れる", label("外相は12日、インドネシアを訪れた。\n"));
        assertEquals("首相がベトナムを訪れる", label("首相は12日、ベトナムを訪れ、同国の首相が空港で出迎えた。\n"));
    }

    @Test
    void aStayFromTheDateAWordOfSayingOrAReturnHomeKeepsTheJourney() {
        assertEquals("首相が欧州を訪れる", label("首相は15日から欧州を訪れ、ブリュッセルで開かれる首脳会議に出席する。\n"));
        assertEquals("選手が来日", label("選手は1日に来日し、「日本の観客の前で戦えるのがうれしい」と語った。\n"));
        assertEquals("代表団が帰国", label("代表団は20日に帰国し、成田空港で記者会見した。\n"));
    }
}
