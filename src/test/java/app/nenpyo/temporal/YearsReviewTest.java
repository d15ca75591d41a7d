package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Years as a review of the two-digit and early years found them misread (2026-11-27): each row was right, or kept its start, before. */
class YearsReviewTest {
    private static final LocalDate DOC = LocalDate.of(2022, 1, 11);
    private final DateFinder finder = new DateFinder();

    private String valueOf(String sentence, String expression) {
        List<DateMention> found = finder.find(sentence, DOC);
        return found.stream().filter(m -> m.text().equals(expression)).findFirst()
                .map(DateMention::formattedValue).orElse("<not found in " + found + ">");
    }

    /** A range whose end has a two-digit year: its century is the start's, not the document's. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "計画は2040年1月～45年12月の期間。|2040年1月～45年12月|2040-01-01/2045-12-31",
        "第1次大戦は1914年7月～18年11月。|1914年7月～18年11月|1914-07-01/1918-11-30",
    })
    void aTwoDigitRangeEndIsInTheStartsCentury(String sentence, String expression, String value) {
        assertEquals(value, valueOf(sentence, expression));
    }

    /** An end the scanner cannot read must not take the start down with it. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "2022年12月から5年1月にかけて実施した。|2022年12月|2022-12",
        "平成31年4月から5年3月まで実施した。|平成31年4月|2019-04",
        "2022年12月から5年1月にかけて実施した。|5年1月|",
    })
    void anUnreadableRangeEndKeepsTheStart(String sentence, String expression, String value) {
        assertEquals(value == null ? "" : value, valueOf(sentence, expression), "an end alone is no date: its era is not written");
    }

    /** A count of years before a date is no year (3 digits: new in f7c3a25). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "創立150年10月1日に記念式典を開く。|10月1日",
        "戦後77年10月1日を迎えた。|10月1日",
        "震災から11年10月1日に追悼式。|10月1日",
    })
    void aCountOfYearsBeforeADateIsNoYear(String sentence, String expression) {
        String v = valueOf(sentence, expression);
        assertTrue(v.startsWith("2021-10-01") || v.startsWith("2022-10-01"), v);
    }

    /** A plan's fiscal year: Nikkei writes 50年度 for 2050's business year. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "50年度までに排出量を実質ゼロにする。|50年度|2050-04-01/2051-03-31",
        "90年度比で46％削減する。|90年度|1990-04-01/1991-03-31",
    })
    void aPlannedFiscalYear(String sentence, String expression, String value) {
        assertEquals(value, valueOf(sentence, expression));
    }

    @Test
    void aTermOfYearsAndMonthsIsADurationNotADate() {
        List<DateMention> found = finder.find("被告に懲役10年6月の判決を言い渡した。", DOC);
        assertEquals(1, found.size(), found::toString);
        assertEquals("10年6月", found.get(0).text());
        assertEquals(DateMention.Kind.DURATION, found.get(0).kind());
    }
}
