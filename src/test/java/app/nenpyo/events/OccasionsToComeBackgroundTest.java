package app.nenpyo.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 42 (decision 0005's addendum of 2026-12-18): the vague time, still to come, of an occasion the sentence names
 * as the setting or the aim of what it tells ({@link OccasionsToCome}: 来月上旬の定例会で, 来月上旬の臨時議会に), which the
 * writers of sets four to eighteen keep off the timeline. A named day, a time begun or over and a deed's time before the
 * occasion stay; a year's and a week's occasions stay as `DelaysAimsAndLastTimesBackgroundTest` holds them (来年の県知事選
 * に向けて, 来週の会合で). Sentences written for this test from the development sets' shapes.
 */
class OccasionsToComeBackgroundTest {

    /** A Monday in late May 2023. */
    private static final LocalDate DATE = LocalDate.of(2023, 5, 22);

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        // an occasion to come named by a month, a part of one or a season
        "市議会は来月上旬の定例会で、この問題を取り上げる予定だ。|来月上旬|true",
        "町長は自らの給与を減らす条例案を、来月上旬の臨時議会に出す。|来月上旬|true",
        "協会は6月下旬の理事会で処分を決める。|6月下旬|true",
        // not: a named day, a time over
        "市議会は来月10日の定例会で、この問題を取り上げる。|来月10日|false",
        "市議会は先月の定例会で、この問題を取り上げた。|先月|false",
        // near misses of review rvD (finding 2): a part of the time after の, a deed's time, no occasion
        "首相は来月の初めに訪米し、大統領と会談する。|来月|false",
        "同社は来月の半ばに新製品を発売する。|来月|false",
        "同社は今年秋のうちに新製品を発売する。|今年秋|false",
    })
    void theVagueTimeOfAnOccasionToComeIsBackground(String sentence, String expression, boolean background) {
        Articles.assertBackground(background ? VaguePlans.REASON : null, sentence, expression, DATE);
    }
}
