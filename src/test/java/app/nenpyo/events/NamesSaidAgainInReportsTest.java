package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report of a later dated sentence has the body or person its article introduced in an earlier one, written there
 * bare (decision 0044's addendum of session 33); articles of news style and names made up for this test.
 */
class NamesSaidAgainInReportsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 20);

    @Test
    void aCompanyIntroducedOnceIsTheActorOfALaterReport() {
        String text = "若葉建設（札幌市）は14日、市の新庁舎の工事を受注した。若葉建設は18日、着工を来月に延ばすと発表した。";
        assertEquals(List.of("若葉建設"), Articles.actorsOf(text, "18日", DAY));
    }

    @Test
    void withoutTheIntroductionTheBareNameIsNoActor() {
        assertEquals(List.of(), Articles.actorsOf("若葉建設は18日、着工を来月に延ばすと発表した。", "18日", DAY));
    }

    @Test
    void aMayorNamedInFullIsTheActorOfHisLaterReportBySurname() {
        String text = "千歳市長の中村健太郎氏は14日、辞職願を市議会議長に提出した。中村市長は18日、記者会見を開いた。";
        assertEquals(List.of("中村健太郎"), Articles.actorsOf(text, "18日", DAY));
    }

    @Test
    void anotherTownsHeadOfThatSurnameIsNotTheMayor() {
        String text = "北浜市の岡部信也市長は12日、新しい計画を発表した。中川町の岡部町長は13日、議会で反対を表明した。";
        assertTrue(Articles.actorsOf(text, "13日", DAY).stream().noneMatch("岡部信也"::equals), () -> Articles.actorsOf(text, "13日", DAY).toString());
    }
}
