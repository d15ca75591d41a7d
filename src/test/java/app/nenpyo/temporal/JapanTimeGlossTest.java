package app.nenpyo.temporal;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Japan's day in brackets after the local day of a foreign report (12日（日本時間13日）) is read as Japan's
 * day, but 同日 after it counts from the local day the writer tells; Japan's day told alone is a date like
 * any (decision 0003's addendum of session 28). On texts written for this test.
 */
class JapanTimeGlossTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{2} in {1}")
    @CsvSource(delimiter = '|', value = {
        // document date | text | the mention | its value
        "2023-03-14|米財務省は12日（日本時間13日）、預金の全額保護を発表した。同日に閉鎖された銀行も対象とした。|同日|2023-03-12",
        "2023-03-14|米財務省は12日（日本時間13日）、預金の全額保護を発表した。同日に閉鎖された銀行も対象とした。|日本時間13日|2023-03-13",
        "2023-01-10|暴徒は8日夜（日本時間9日未明）、議会に乱入した。大統領は同日、非常措置を命じた。|同日|2023-01-08",
        // near miss: Japan's day alone is the day told
        "2023-03-14|米政府は日本時間13日、声明を出した。同日、市場は落ち着きを取り戻した。|同日|2023-03-13",
    })
    void readsTheDay(String date, String text, String expression, String value) {
        FoundMentions.assertReads(finder.find(text, LocalDate.parse(date)), text, expression, value);
    }
}
