package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A month and day without a year, whose readings are a year apart: dates listed with と share the
 * predicate after the last of them; a verb of saying after an adverb (〜すると正式に発表した) still
 * quotes the clause; a sentence told as done does not send a day of the coming month a year back;
 * a range is weighed by all it spans.
 */
class YearsApartTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document | sentence | the date | its value
        "2024-05-07|4月29日と5月1日には、株価が急落する場面があった。|4月29日|2024-04-29",
        "2023-04-20|県は、8月1日に新施設を開くと正式に発表した。|8月1日|2023-08-01",
        "2023-04-20|県は、8月1日に新施設を開くと改めて表明した。|8月1日|2023-08-01",
        "2021-06-01|期間は6月20日までの1カ月間で、飲食店に時短営業を要請した。|6月20日|2021-06-20",
        "2021-04-27|政府は大型連休を含む期間の外出自粛を要請した。|大型連休|2021-04-29/2021-05-05",
        "2023-04-10|財務省は3月28日～4月30日の実績を来月公表する。|3月28日～4月30日|2023-03-28/2023-04-30",
        // beyond a month ahead the past tense still rules this year's reading out
        "2022-01-20|同社は3月10日に新製品を発表した。|3月10日|2021-03-10",
        "2021-11-20|同社は1月に新製品を発表した。|1月|2021-01",
        // a month alone told as done is not the coming one, however near
        "2021-11-05|同社は12月に新製品を発表した。|12月|2020-12",
    })
    void readsTheYear(String document, String sentence, String expression, String value) {
        DateMention m = finder.find(sentence, LocalDate.parse(document)).stream().filter(d -> d.text().equals(expression))
                .findFirst().orElseThrow();
        assertEquals(value, m.formattedValue());
    }
}
