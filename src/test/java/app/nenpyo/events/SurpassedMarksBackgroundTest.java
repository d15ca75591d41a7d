package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date of a mark a sentence measures against (a record set then, a price of that day, a level the highest
 * since) is a base of the comparison, background ({@link SurpassedMarks}); the day the mark is passed stays on
 * the timeline (decision 0005's addendum of session 29). On sentences written for this test.
 */
class SurpassedMarksBackgroundTest {
    private static final LocalDate DATE = LocalDate.of(2025, 10, 16);

    @ParameterizedTest(name = "{1} in {0}: background \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "提示された価格は1株3100円で、14日の終値を約40％上回る。|14日|comparison base",
        "被害額は2011年3月の大震災を超える規模となった。|2011年3月|comparison base",
        "山中選手は2004年に樹立された12秒31を0.05秒上回った。|2004年|comparison base",
        "従来の最高は1998年8月に大分県で観測した39.8度だった。|1998年8月|comparison base",
        "有効求人倍率は、1974年以来の高水準となった。|1974年|last time before a first in years",
        "入国者数は2016年の統計開始以降で最も多かった。|2016年|last time before a first in years",
        // the day the mark is passed: a happening
        "日経平均株価は14日、4万円を上回った。|14日|",
        "日経平均株価は14日に4万円を上回った。|14日|",
        // the date is the setting of the passing, not the mark's
        "14日の決勝では、山中選手が大会記録を上回った。|14日|",
        // 以降 with no superlative: when talks go on from
        "組合は4月以降の交渉で大幅な賃上げを求める。|4月|",
    })
    void theDateOfAMarkPassedIsBackground(String sentence, String expression, String reason) {
        assertEquals(reason == null ? "" : reason, Articles.backgroundOf(sentence, expression, DATE),
                () -> Articles.reports(sentence, DATE).toString());
    }
}
