package app.nenpyo.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 40 (decision 0005's addendum of 2026-12-16): the time of a deed still to come that the writer passes on as
 * heard, with という closing the sentence ({@link HeardPlans}), which every writer of the development sets who met it
 * keeps off the timeline. A named day, a time begun or over, から, a past deed or a state going on reported, a deed told
 * plainly, a day elsewhere in the sentence and という naming stay. On sentences written for this test, from several kinds
 * of news.
 */
class HeardPlansBackgroundTest {

    /** A Wednesday in June of fiscal year 2023. */
    private static final LocalDate DATE = LocalDate.of(2023, 6, 14);

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        // a deed to come told plainly, a plan or a guess, each passed on with という
        "県は来月上旬に補正予算案を議会に示すという。|来月上旬|true",
        "同社は今秋、新型の電気自動車を発売する予定だという。|今秋|true",
        "判決は来年3月に言い渡される見通しだという。|来年3月|true",
        "気象台によると、九州北部の梅雨明けは来週になる見込みだという。|来週|true",
        "休館中の美術館は、来年度に改修工事を始める予定という。|来年度|true",
        "同社は来月にも工場の操業を再開するという。|来月|true",
        "町は来年の夏祭りで、花火の数を倍に増やす方針だという。|来年|true",
        // not: a named day, a time begun, a time over
        "市は来月10日に住民説明会を開くという。|来月10日|false",
        "市は今月、住民説明会を開くという。|今月|false",
        "市は先月、住民説明会を開いたという。|先月|false",
        // not: から (a start), a past deed reported, a state going on
        "市は来月から、ごみの収集を週2回に減らすという。|来月|false",
        "県は来月上旬の着工を決めたという。|来月上旬|false",
        "同社は来年度、工場を新設するかどうかを検討しているという。|来年度|false",
        // not: told plainly (the writers split), a day in the sentence, という naming
        "市は来月上旬に住民説明会を開く。|来月上旬|false",
        "市は8日、来月上旬に住民説明会を開くという。|来月上旬|false",
        "来月下旬に開く催しは「灯りの夕べ」という。|来月下旬|false",
    })
    void aDeedToComePassedOnAsHeardIsBackground(String sentence, String expression, boolean background) {
        Articles.assertBackground(background ? VaguePlans.REASON : null, sentence, expression, DATE);
    }
}
