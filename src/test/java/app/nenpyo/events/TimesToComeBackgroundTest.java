package app.nenpyo.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two kinds of time to come that session 30 read as background (issue 4, decision 0005's addendum of 2026-12-06).
 *
 * <p>The time something still to come is only expected or scheduled at, vaguely ({@link ExpectedTimes}): given as its
 * topic's value, or as the time a deed is expected at the earliest (にも) or within a period longer than a month; a
 * named day, a month or part of a month told as a schedule, and a deed told as what will be done stay on the timeline.
 * Session 30, issue 4: the writers of sets four to eight kept these off the timeline, and none of sets one to eight
 * kept one of these shapes on it.
 *
 * <p>A limit set in a request ({@link RequestedLimits}): the day by which someone is asked, told or ordered to have done
 * something is background; the day of the request, a limit the doer sets itself and a deed done by a day stay.
 *
 * <p>On sentences written for this test.
 */
class TimesToComeBackgroundTest {

    /** A Wednesday in June of fiscal year 2023. */
    private static final LocalDate DATE = LocalDate.of(2023, 6, 14);

    @ParameterizedTest(name = "{1} in {0}: background {2}")
    @CsvSource(delimiter = '|', value = {
        // the time as its topic's value
        "新駅の開業は来年春の予定だ。|来年春|true",
        "新しい庁舎の完成は2026年度だ。|2026年度|true",
        "探査機の到着は2030年9月の予定だ。|2030年9月|true",
        "制度の導入は早くても2030年代になる。|2030年代|true",
        // a deed expected at the earliest, or within a period longer than a month
        "控訴審の判決は来月中旬にも言い渡される見通しだ。|来月中旬|true",
        "新型機の運航は来年度に始まる見込みだ。|来年度|true",
        "両社の合併は年内に完了するとみられる。|年内|true",
        // not: a named day, as a value or expected
        "控訴の期限は来月3日だ。|来月3日|false",
        "委員長は20日にも辞任を表明する見通しだ。|20日|false",
        // a part of a month or a month told as a schedule, no にも
        "判決は来月下旬に言い渡される見通しだ。|来月下旬|false",
        "株主総会は来月下旬に開く予定だ。|来月下旬|false",
        "来年3月に記念の式典を開く予定だ。|来年3月|false",
        // a deed told as what will be done, a start with から, an expectation stated, a time over
        "次の大会は2028年にロサンゼルスで開かれる。|2028年|false",
        "来年度から補助金の対象が広がる見通しだ。|来年度|false",
        "同社は、運行の再開は来月以降になるとの見通しを示した。|来月|false",
        "旧庁舎の完成は1965年だ。|1965年|false",
        "北山電機は、来年度に黒字化する見込みだと発表した。|来年度|false",
    })
    void theExpectedTimeOfSomethingToComeIsBackground(String sentence, String expression, boolean background) {
        Articles.assertBackground(background ? ExpectedTimes.REASON : null, sentence, expression, DATE);
    }

    @ParameterizedTest(name = "{1} in {0}: background {2}")
    @CsvSource(delimiter = '|', value = {
        "外務省は2人に、期限の20日までに国外に出るよう求めている。|20日|true",
        "県は各市町村に、来月末までに被害を報告するよう通知した。|来月末|true",
        "消費者庁は来月上旬までに、表示の見直しを業界に求める。|来月上旬|true",
        // not: the day of the request
        "県は20日、各市町村に被害を報告するよう求めた。|20日|false",
        // a limit the doer sets itself
        "被告側は期限の28日までに控訴するかどうかを決める。|28日|false",
        // a deed done by a day, then a request in another clause
        "市は10日までに避難所を開き、住民に外出を控えるよう呼びかけた。|10日|false",
        // a request itself made by a day gone
        "県は10日までに、国に支援を要請した。|10日|false",
    })
    void aLimitSetInARequestIsBackground(String sentence, String expression, boolean background) {
        Articles.assertBackground(background ? RequestedLimits.REASON : null, sentence, expression, DATE);
    }
}
