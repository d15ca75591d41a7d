package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of weeks or months before or after and の, then a written date (3週間後の7月5日, 1カ月前の5日):
 * the date says which day, and is the mention; the count alone still counts from the article.
 */
class DateAfterACountTest {
    private static final LocalDate DOCUMENT = LocalDate.of(2023, 6, 14);
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text | the count | the date | its value
        "次回の会合は3週間後の7月5日に開かれる。|3週間後|7月5日|2023-07-05",
        "改修工事は2カ月後の8月20日に終わる見通しだ。|2カ月後|8月20日|2023-08-20",
        "男は事件の1週間前の3日、現場を下見していた。|1週間前|3日|2023-06-03",
    })
    void theDateWrittenIsTheMention(String text, String count, String date, String value) {
        List<DateMention> found = finder.find(text, DOCUMENT);

        assertEquals(value, FoundMentions.named(found, date).formattedValue());
        assertTrue(found.stream().noneMatch(m -> m.text().contains(count.substring(0, 1) + count.substring(1, 2))
                && m.span().start() == text.indexOf(count)), found::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "次回の会合は3週間後に開かれる。|3週間後|2023-07-05",
        "次回は3週間後の会合で決める。|3週間後|2023-07-05",
    })
    void aCountAloneCountsFromTheArticle(String text, String count, String value) {
        assertEquals(value, FoundMentions.named(finder.find(text, DOCUMENT), count).formattedValue());
    }
}
