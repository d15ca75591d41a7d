package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date followed by 以降 or 以来 in a sentence told as done dates what happened over the days
 * from it to the article's date; an occasion named between them keeps the date, and its period
 * makes the report of what happened since. A review found 同社株は今月4日の大発会以降、2割下落した
 * gave the opening of the exchange only, and no fall.
 */
class PeriodsSinceTest {

    private static final LocalDate DATE = LocalDate.of(2023, 3, 20);

    private static String expressions(List<Report> reports) {
        return String.join(" ", reports.stream().map(r -> r.source().expressionText() + "=" + r.time().format()).toList());
    }

    @Test
    void aDateAndItsSinceToldAsDoneIsThePeriodToTheArticlesDate() {
        String text = "日経平均株価は今月9日以降、1割上昇した。";
        Report rise = Articles.only(text, DATE);
        assertEquals("今月9日", rise.source().expressionText());
        assertEquals(text.indexOf("今月9日"), rise.source().expression().start());
        assertEquals("今月9日", rise.source().expression().of(text));
        assertEquals(TimeValue.interval(LocalDate.of(2023, 3, 9), DATE, Granularity.RANGE), rise.time());
        assertTrue(rise.label().contains("上昇"), rise.label());
    }

    /** A reviewer saw 今月以降 told as done run to the month's end, past the article's date: what is done ended by it. */
    @Test
    void aMonthSinceToldAsDoneEndsOnTheArticlesDate() {
        Report fall = Articles.only("同社の株価は今月以降、2割下落した。", DATE);
        assertEquals(TimeValue.interval(DATE.withDayOfMonth(1), DATE, Granularity.RANGE), fall.time());
    }

    @Test
    void anOccasionNamedBetweenKeepsItsDateAndItsPeriodTellsWhatHappenedSince() {
        String text = "円相場は2月1日の利上げ発表以来、対ドルで8円下落した。";
        List<Report> reports = Articles.reports(text, DATE);
        assertEquals("2月1日=2023-02-01 利上げ発表以来=2023-02-01/2023-03-20", expressions(reports), reports.toString());
        Report since = reports.get(1);
        int at = text.indexOf("利上げ発表以来");
        assertEquals(at, since.source().expression().start());
        assertEquals(at + "利上げ発表以来".length(), since.source().expression().end());
        assertEquals("利上げ発表以来", since.source().expression().of(text));
        assertTrue(since.label().contains("下落"), since.label());
        assertTrue(reports.get(0).label().contains("利上げ"), reports.get(0).label());
        assertFalse(reports.get(0).label().contains("下落"), reports.get(0).label());
    }

    @Test
    void aSearchStillGoingOnKeepsThePeriodOpen() {
        Report search = Articles.only("海上保安庁は15日以降も不明者の捜索を続けている。", DATE);
        assertEquals(LocalDate.of(2023, 3, 15), search.time().start());
        assertEquals(DATE, search.time().end());
        assertEquals(TimeValue.Openness.OPEN_END, search.time().openness());
    }

    @Test
    void aPlanARecordOrAnEndToldIsNoPeriodToTheArticlesDate() {
        // a plan from a month on
        Report plan = Articles.only("同社は来月以降、主力製品を値上げする。", DATE);
        assertEquals("2023-04", plan.time().format());
        // a record since a year: a comparison, not a happening over the years
        List<Report> record = Articles.reports("3月の平均気温は1990年以来最も高くなった。", DATE);
        assertTrue(record.stream().noneMatch(r -> r.time().granularity() == Granularity.RANGE), record.toString());
        List<Report> victory = Articles.reports("日本代表は2009年の大会以来3大会ぶりの優勝を果たした。", DATE);
        assertTrue(victory.stream().noneMatch(r -> r.time().granularity() == Granularity.RANGE), victory.toString());
        // the period's end is told
        List<Report> halt = Articles.reports("工場は6日以降は操業を止め、13日に再開した。", DATE);
        assertEquals("6日=2023-03-06 13日=2023-03-13", expressions(halt));
        // the date is of a noun: the plan's, not the announcement's
        List<Report> schedule = Articles.reports("同社は16日、4月以降の生産計画を発表した。", DATE);
        assertTrue(schedule.stream().noneMatch(r -> r.time().granularity() == Granularity.RANGE), schedule.toString());
        List<Report> since = Articles.reports("市は1日以降の申請を受け付けた。", DATE);
        assertTrue(since.stream().noneMatch(r -> r.time().granularity() == Granularity.RANGE), since.toString());
        // said in a quotation
        Report said = Articles.only("社長は16日、「大発会以降、株価は下がった」と述べた。", DATE);
        assertEquals("2023-03-16", said.time().format());
    }
}
