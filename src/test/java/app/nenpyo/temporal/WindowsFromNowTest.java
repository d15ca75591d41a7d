package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A length counted from now (今後1週間, 向こう3カ月): the period from the day it is said, that long;
 * the day told before it in its sentence is when it was said (decision 0003's addendum of session 28).
 * A length alone stays a duration. On sentences written for this test.
 */
class WindowsFromNowTest {
    /** A Thursday. */
    private static final LocalDate DOC = LocalDate.of(2025, 10, 16);
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | the mention | its value on 2025-10-16
        "気象庁は今後1週間程度、土砂災害に警戒するよう呼びかけている。|今後1週間|2025-10-16/2025-10-22",
        "県は今後2週間、不要不急の外出を控えるよう求めている。|今後2週間|2025-10-16/2025-10-29",
        "電力会社は向こう3カ月の需給見通しを公表した。|向こう3カ月|2025-10-16/2026-01-15",
        "市は今後約10日間、給水車を出す。|今後約10日間|2025-10-16/2025-10-25",
        // said on a day told before it in the sentence: counted from that day
        "政府は13日、今後2週間は大規模な催しを控えるよう求めた。|今後2週間|2025-10-13/2025-10-26",
        // a day of another clause before it is not when it was said: from the article's day
        "台風が上陸した13日以降、気象庁は今後1週間程度の警戒を呼びかけている。|今後1週間|2025-10-16/2025-10-22",
    })
    void readsTheWindow(String sentence, String expression, String value) {
        FoundMentions.assertReads(finder.find(sentence, DOC), sentence, expression, value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a length with no 今後 before it, and 今後 with no length: no date
        "工事は2週間にわたり続いた。|2週間",
        "捜査は今後も続く見通しだ。|今後",
        "今後の対応は3日間で決める。|3日間",
        // a word that ends in 今後 is not it, nor a length that is not one
        "県は今後3日で結論を出す。|今後",
    })
    void readsNoWindow(String sentence, String notADate) {
        List<DateMention> found = finder.find(sentence, DOC);
        assertTrue(found.stream().noneMatch(m -> m.text().startsWith(notADate) && m.value().isPresent()), found::toString);
    }
}
