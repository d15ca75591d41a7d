package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The label defects a native reader found in the review articles (src/test/resources/temporal/review),
 * each fixed as a general rule and checked on a sentence of the articles and on news-style
 * sentences written for this test, which the review never saw.
 */
class ReviewedLabelsTest {

    private static final LocalDate DATE = LocalDate.of(2022, 10, 3);

    private static List<Report> reports(String text) {
        return Articles.reports(text, DATE);
    }

    private static Report one(String text) {
        List<Report> r = reports(text);
        assertEquals(1, r.size(), text + " → " + r.stream().map(Report::label).toList());
        return r.get(0);
    }

    private static void dated(Report r, int month, int day) {
        assertEquals(LocalDate.of(2022, month, day), r.time().start(), r.label());
        assertEquals(r.time().start(), r.time().end(), r.label());
    }

    @Test
    void aDateWrittenOntoASahenVerbDatesTheDeed() {
        Report announced = one("日銀が3日発表した9月の全国企業短期経済観測調査は、大企業製造業の業況判断指数がプラス8だった。");
        dated(announced, 10, 3);
        assertEquals("日銀が9月の全国企業短期経済観測調査を発表", announced.label(), "the data's month is what was announced");
        Report statistics = one("総務省が2日公表した8月の全国消費者物価指数は、前年同月比で2.8%上昇した。");
        dated(statistics, 10, 2);
        assertEquals("総務省が8月の全国消費者物価指数を公表", statistics.label());
        Report planned = one("内閣府が15日発表する7～9月期のGDP速報値は、プラス成長となる見通しだ。");
        dated(planned, 10, 15);
        assertEquals("内閣府が7～9月期のGDP速報値を発表", planned.label());
    }

    @Test
    void aPassiveSahenVerbWithADateIsKeptBesideTheSentencesOtherDate() {
        List<Report> r = reports("臨時国会が3日召集され、首相は同日午後、所信表明演説を行った。");
        assertEquals(2, r.size(), r.stream().map(Report::label).toList().toString());
        dated(r.get(0), 10, 3);
        assertEquals("臨時国会が召集", r.get(0).label());
        List<Report> own = reports("有識者委員会が1日設置され、委員長は翌2日、初会合を開いた。");
        assertEquals(2, own.size(), own.stream().map(Report::label).toList().toString());
        dated(own.get(0), 10, 1);
        assertEquals("有識者委員会が設置", own.get(0).label());
    }

    @Test
    void aDateOnANounStillMakesNoReportBesideAnotherDate() {
        Report r = one("政府は12日の閣議で、来年度予算案を決定した。");
        dated(r, 9, 12);
        assertEquals(1, reports("国会は19日召集の臨時国会で、補正予算を審議した。").size(),
                "召集の: a sahen noun before の is a noun");
    }
}
