package app.nenpyo.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 40 (decision 0005's addendum of 2026-12-16): bases of a comparison or of a count that every writer of the
 * development sets keeps off the timeline, written in shapes the rules did not read: an occasion named after the date
 * that the sentence's is second only to (に次ぐ) or compared with (と比べて) ({@link ComparisonBases}), a peak named
 * before a period ({@link ComparisonBases#isAPeak}), 以来という and 以降では with a count of times ({@code BackgroundRules}).
 * A setting, a comma, a day and a happening counted after stay. On sentences written for this test.
 */
class BasesNamedAfterTheDateBackgroundTest {

    /** A Wednesday in June of fiscal year 2023. */
    private static final LocalDate DATE = LocalDate.of(2023, 6, 14);

    private static final String BASE = BackgroundRules.COMPARISON_BASE;
    private static final String SINCE = BackgroundRules.LAST_TIME_BEFORE;

    @ParameterizedTest(name = "{1} in {0}: \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        // second only to an occasion named after the date, with its measure or rank
        "今回の停電は、約300万戸が影響を受けた2018年9月の北海道の停電に次ぐ規模となった。|2018年9月|" + BASE,
        "被害額は1995年の阪神大震災に次いで2番目に大きい。|1995年|" + BASE,
        // compared with an occasion named after the date
        "今回の値上げは、2014年に行われた増税と比べて家計への影響が小さい。|2014年|" + BASE,
        "今年の人出は、2019年の祭りと比べて2割ほど少ない。|2019年|" + BASE,
        // a peak named before a period
        "ピークの1990年度には年間約500万人が訪れたが、昨年度は約80万人だった。|1990年度|" + BASE,
        "最盛期の1980年代には、町に30軒の酒蔵があった。|1980年代|" + BASE,
        // not: a happening counted after (に次いで and a comma, a count after に次ぐ), a setting (で), a day at the peak
        "両国は10日の初会合に次いで、12日に2回目の会合を開いた。|10日|''",
        "県は10日の会合で前年と比べて予算を増やした。|10日|''",
        "混雑のピークの11日には、約5万人が訪れた。|11日|''",
        // nor a deed done in the peak, no figure of it after the date (read again the same day, reviewer rvB)
        "ピークの2008年には、市内に大型商業施設が開業した。|2008年|''",
        "全盛期の1990年に、同社は本社ビルを建設した。|1990年|''",
    })
    void anOccasionComparedWithOrAPeakIsABase(String sentence, String expression, String reason) {
        Articles.assertBackground(reason, sentence, expression, DATE);
    }

    @ParameterizedTest(name = "{1} in {0}: \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        // 以来という: the last time, passed on as heard
        "この大会で日本勢がメダルを取ったのは2008年以来という。|2008年|" + SINCE,
        // 以降では, 以降で and a count of times since
        "日銀の利上げは、2000年以降では3回目となる。|2000年|" + SINCE,
        "同社の赤字は、2010年以降で初めてだ。|2010年|" + SINCE,
        // not: 以降 and a comma (from then on), 以降 before a noun
        "市は4月以降、3回目の説明会を開いた。|4月|''",
        "4月以降の会合で、委員が3回目の提案をした。|4月|''",
    })
    void theStartOfACountOfTimesIsABase(String sentence, String expression, String reason) {
        Articles.assertBackground(reason, sentence, expression, DATE);
    }
}
