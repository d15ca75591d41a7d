package app.nenpyo.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 42 (decision 0005's addendum of 2026-12-18): the time, not begun, finer than a year and naming no day, of the
 * noun that 目指す or めざす aims at right after it ({@link GoalsToCome#isAnAim}), which the writers of sets four to
 * eighteen keep off the timeline. A year or a fiscal year (set one's writer and earlier tests keep those aims), a named
 * day, a time begun and a particle between the time and the aim stay. Sentences written for this test from the
 * development sets' shapes (power, industry, tourism, transport).
 */
class AimsOfAMonthBackgroundTest {

    /** A Thursday in late August 2023. */
    private static final LocalDate DATE = LocalDate.of(2023, 8, 24);

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        // a month, a part of one, the end of a year still to come, before the aim's noun
        "西海電力は高裁の決定を受けて、来月下旬の再稼働をめざすと発表した。|来月下旬|true",
        "総工費は約1兆円で、来年12月の量産開始をめざす。|来年12月|true",
        "旅館は先月、再建工事に着手し、来年4月下旬の営業再開を目指している。|来年4月下旬|true",
        "探査機は来年末の地球帰還を目指す。|来年末|true",
        // not: a fiscal year or a year, a named day, a time begun
        "新工場は2025年度の稼働を目指す。|2025年度|false",
        "市は2028年の倍増を目指す。|2028年|false",
        "市は来月20日の開業を目指す。|来月20日|false",
        "市は今月中の完成を目指す。|今月中|false",
    })
    void theTimeOfAnAimIsBackground(String sentence, String expression, boolean background) {
        Articles.assertBackground(background ? VaguePlans.REASON : null, sentence, expression, DATE);
    }
}
