package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A time still to come in a clipping blog writer's own view (筆者は、…来年春にずれ込むとみる) is background
 * ({@link WritersViews}): the writer comments, nothing happens; the writer's deeds, past times the writer recalls
 * and dates told before the view's clause stay (decision 0005's addendum of session 29). On sentences written for
 * this test.
 */
class WritersViewsBackgroundTest {
    private static final LocalDate DATE = LocalDate.of(2025, 10, 16);

    @ParameterizedTest(name = "{1} in {0}: background \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "筆者は、新線の開業が来年春にずれ込むとみる。|来年春|the writer's view of what is to come",
        "筆者は、来年度に見直される交付金の配分に注目している。|来年度|the writer's view of what is to come",
        "筆者は、年内の合意には懐疑的だ。|年内|the writer's view of what is to come",
        "筆者も、12月の会合で利下げが決まると考えている。|12月|the writer's view of what is to come",
        // the writer's deed, told as done
        "筆者は10日、現地の仮設住宅を訪ねた。|10日|",
        // a past time the writer recalls: a happening
        "筆者は、2019年に起きた同じ事故が教訓になると考える。|2019年|",
        // the date's clause ends before the writer's view
        "今月20日に新線が開業し、筆者は混雑が続くとみている。|今月20日|",
        // someone else's view: left to the forecast rules
        "専門家は、来年春に開業がずれ込むと話した。|来年春|",
    })
    void aTimeToComeInTheWritersViewIsBackground(String sentence, String expression, String reason) {
        assertEquals(reason == null ? "" : reason, Articles.backgroundOf(sentence, expression, DATE),
                () -> Articles.reports(sentence, DATE).toString());
    }
}
