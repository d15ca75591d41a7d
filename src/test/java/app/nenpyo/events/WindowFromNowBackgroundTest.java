package app.nenpyo.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A length counted from now (今後1週間程度、警戒を呼びかけている) is the window a warning, request or plan
 * runs over, background ({@link BackgroundRules#WINDOW_FROM_NOW}); the day it was said stays on the
 * timeline (decision 0003's addendum of session 28). On sentences written for this test.
 */
class WindowFromNowBackgroundTest {
    private static final LocalDate DATE = LocalDate.of(2025, 10, 16);

    @ParameterizedTest(name = "{1} in {0}: background \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "気象庁は今後1週間程度、土砂災害に警戒するよう呼びかけている。|今後1週間|window counted from now",
        "政府は13日、今後2週間は大規模な催しを控えるよう求めた。|今後2週間|window counted from now",
        // the day it was said, and a period not counted from now
        "政府は13日、今後2週間は大規模な催しを控えるよう求めた。|13日|",
        "県は来週、大規模な催しを控えるよう求める。|来週|",
    })
    void theWindowIsBackground(String sentence, String expression, String reason) {
        Articles.assertBackground(reason, sentence, expression, DATE);
    }
}
