package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A schedule writes its month once: 9月中旬に告示し、下旬に投開票する. The later part alone after the comma is of the
 * month the clause before it named with an earlier part; a part alone anywhere else names no month.
 */
class PartOfAMonthWrittenOnceTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document | text | the later part | its value, spanning exactly the part
        "2024-08-15|総裁選は9月中旬に告示し、下旬に投開票する案が有力だ。|下旬|2024-09-21/2024-09-30",
        "2024-08-15|新庁舎は来月上旬に着工し、中旬に完成する。|中旬|2024-09-11/2024-09-20",
        "2024-08-15|工事は5月上旬に始まり、下旬に終わった。|下旬|2024-05-21/2024-05-31",
        "2024-08-15|作付けは10月初旬に始め、下旬に終える。|下旬|2024-10-21/2024-10-31",
    })
    void readsTheLaterPartInTheMonthWrittenBefore(String document, String text, String part, String value) {
        List<DateMention> found = new DateFinder().find(text, LocalDate.parse(document));
        FoundMentions.assertReads(found, text, part, value);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // near misses: no month's part before it in its clause; no comma before it; a part no later than the one before
        "2024-08-15|下旬には工事を終える。",
        "2024-08-15|9月中旬は雨だった。下旬に晴れた。",
        "2024-08-15|9月中旬に告示し、中旬に投開票する。",
        "2024-08-15|工事の中旬に一度止めた。",
        // near misses after a comma: 毎月 comes back; a range's part (its month would be the range's start); a bare 月
        "2024-08-15|毎月上旬に点検し、下旬に報告する。",
        "2024-08-15|8月下旬から9月上旬にかけて工事し、中旬に再開する。",
        "2024-08-15|その月上旬に点検し、下旬に報告する。",
    })
    void namesNoMonthAlone(String document, String text) {
        List<DateMention> found = new DateFinder().find(text, LocalDate.parse(document));
        assertTrue(found.stream().noneMatch(m -> m.text().startsWith("中旬") || m.text().startsWith("下旬")), found.toString());
    }
}
