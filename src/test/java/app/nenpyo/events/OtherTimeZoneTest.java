package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A happening abroad is dated in news by the local day with Japan's in brackets, or the other way
 * round: one happening, one report, on the day written first. A second review (2026-11-27) found
 * a World Cup match on the timeline twice, a day apart.
 */
class OtherTimeZoneTest {

    private static final LocalDate DATE = LocalDate.of(2022, 11, 27);

    @Test
    void aDateToldAgainInAnotherZoneMakesNoReportOfItsOwnNorGoesIntoTheLabel() {
        List<Report> match = Articles.reports("日本代表は27日（日本時間28日未明）、コスタリカと対戦する。", DATE);
        assertEquals(List.of("27日"), match.stream().map(r -> r.source().expressionText()).toList());
        assertEquals(LocalDate.of(2022, 11, 27), match.get(0).time().start());
        assertEquals("日本代表がコスタリカと対戦", match.get(0).label());

        List<Report> spain = Articles.reports("1次リーグ最終戦のスペイン戦は12月1日（同2日）に行われる。", DATE);
        assertEquals(List.of("12月1日"), spain.stream().map(r -> r.source().expressionText()).toList());
        assertEquals("1次リーグ最終戦のスペイン戦が実施", spain.get(0).label(), "no 同2日 left in it");

        List<Report> vote = Articles.reports("米大統領選は現地時間8日（日本時間9日）に投票が行われた。", DATE);
        assertEquals(List.of("現地時間8日"), vote.stream().map(r -> r.source().expressionText()).toList());
    }

    /** A review found the rule took any date after （現地時間 or （同社 for one told again. */
    @Test
    void aDateAfterTheBracketIsADateOfItsOwn() {
        List<Report> visit = Articles.reports("バイデン大統領は10日（現地時間）、15日に日本を訪問すると発表した。", DATE);
        assertEquals(List.of("10日", "15日"), visit.stream().map(r -> r.source().expressionText()).toList());
        List<Report> launch = Articles.reports("トヨタ自動車は5日（同社発表）、新型車を20日に発売すると明らかにした。", DATE);
        assertEquals(List.of("5日", "20日"), launch.stream().map(r -> r.source().expressionText()).toList());
    }

    @Test
    void twoDatesInBracketsThatAreNotAnotherZoneStayTwo() {
        List<Report> two = Articles.reports("会合は5日（月）と8日（木）に開かれる。", DATE);
        assertEquals(2, two.size(), two.toString());
    }
}
