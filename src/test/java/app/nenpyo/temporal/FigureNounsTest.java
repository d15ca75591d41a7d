package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One list of the nouns of figures for the month a release is about (here) and a figure's date
 * kept off the timeline (events' FigureDates): a noun either reader knows, the other knows too.
 */
class FigureNounsTest {

    @Test
    void aNounPhraseHoldingAFigureNamesFiguresUnlessADeedMakesItAHappening() {
        assertTrue(FigureNouns.namesFigures("全国消費者物価指数"));
        assertTrue(FigureNouns.namesFigures("国内新車販売台数"));
        assertTrue(FigureNouns.namesFigures("内閣支持率"));
        assertTrue(FigureNouns.namesFigures("推計人口"));
        assertFalse(FigureNouns.namesFigures("決算発表"), "a release is a happening");
        assertFalse(FigureNouns.namesFigures("販売開始"));
        assertFalse(FigureNouns.namesFigures("記者会見"));
        assertTrue(FigureNouns.isDeed("延期"));
        assertFalse(FigureNouns.isDeed("指数"));
    }

    @Test
    void everyFigureOfACompanyNamesFigures() {
        for (String figure : FigureNouns.COMPANY_FIGURES) {
            assertTrue(FigureNouns.namesFigures(figure), figure);
        }
    }

    /**
     * 人口 and 支持率 were figures of a statistic's date only: a December population or rating to be
     * released in January was read as next December by the future tense.
     */
    @Test
    void aMonthOfAFigureOnlyTheBackgroundRuleKnewIsTheLastMonthBegun() {
        LocalDate day = LocalDate.of(2022, 1, 11);
        assertEquals(TimeValue.month(YearMonth.of(2021, 12)), monthIn("県は20日に12月の推計人口を発表する。", "12月", day));
        assertEquals(TimeValue.month(YearMonth.of(2021, 12)), monthIn("報道各社は来週、12月の内閣支持率を公表する。", "12月", day));
    }

    private static TimeValue monthIn(String text, String expression, LocalDate day) {
        return new DateFinder().find(text, day).stream().filter(m -> m.text().equals(expression)).findFirst()
                .flatMap(DateMention::value).orElseThrow(() -> new AssertionError(expression + " in " + text));
    }
}
