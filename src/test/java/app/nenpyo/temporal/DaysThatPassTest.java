package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Days counted as they pass (発行した3日から10日近くたった, 地震から10日が過ぎた) are a length, not the end of a range
 * of days nor a day of the month (decision 0003's addendum of session 36). On texts written for this test.
 */
class DaysThatPassTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document date | text | the dated mentions, each text=value, joined by ;
        "2024-07-12|新紙幣を発行した3日から10日近くたったが、機械はまだ多い。|3日=2024-07-03",
        "2024-07-12|事故が起きた3日から10日たった。|3日=2024-07-03",
        "2024-07-12|開業した1日から10日がたつ。|1日=2024-07-01",
        "2024-07-25|地震から10日が過ぎた。|",
        "2024-07-25|休業から20日経過した。|",
        "2024-07-25|発生から3日経っても見つからない。|",
        // near misses: a range's end and a day of the month go on as before
        "2024-07-12|3日から10日まで開かれる。|3日から10日まで=2024-08-03/2024-08-10",
        "2024-07-12|展示は3日から10日にかけて開かれた。|3日から10日にかけて=2024-07-03/2024-07-10",
        "2024-07-12|市は10日経過を報告した。|10日=2024-07-10",
        // a named day that passes is still that day, and たちまち is no passing (read again the same day)
        "2026-04-02|期限の3月31日が過ぎた。|3月31日=2026-03-31",
        "2026-04-02|期限の31日が過ぎても回答はなかった。|31日=2026-03-31",
        "2026-04-02|会期末の4月10日近くになって法案が提出された。|4月10日=2026-04-10",
        "2026-04-02|首相は1日たちまち支持を失った。|1日=2026-04-01",
    })
    void areALength(String document, String text, String expected) {
        List<DateMention> found = finder.find(text, LocalDate.parse(document));
        String dated = String.join(";", found.stream().filter(m -> m.value().isPresent())
                .map(m -> m.text() + "=" + m.formattedValue()).toList());
        assertEquals(expected == null ? "" : expected, dated);
    }
}
