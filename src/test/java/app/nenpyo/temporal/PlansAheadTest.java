package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day alone dated by what is intended (行う考え, 開く方針) is ahead, whatever the tense of the
 * saying; a day a plan made before was set for (予定していた) is the nearer reading, ahead or behind.
 * A lead's date set off by its comma still dates the saying.
 */
class PlansAheadTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document | text | the day | its value
        "2023-06-10|首相は会見で、16日に党首会談を行う考えを示した。|16日|2023-06-16",
        "2023-06-10|社長は、25日に新工場の式典を開く方針を明らかにした。|25日|2023-06-25",
        "2023-06-10|首相は13日から予定していた欧州訪問を取りやめた。|13日|2023-06-13",
        "2023-06-10|同社は当初8日に予定していた発売を延期した。|8日|2023-06-08",
        // near misses: a lead's date set off by its comma dates the saying; a day told done stays behind
        "2023-06-10|首相は25日、党首会談を行う考えを示した。|25日|2023-05-25",
        "2023-06-10|首相は13日に欧州訪問を取りやめた。|13日|2023-05-13",
    })
    void readsTheDayOfThePlan(String document, String text, String day, String value) {
        assertEquals(value, FoundMentions.valueOf(text, document, day));
    }
}
