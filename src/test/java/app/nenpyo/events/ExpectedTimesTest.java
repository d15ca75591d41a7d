package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time something still to come is only expected or scheduled at, vaguely ({@link ExpectedTimes}): given as its
 * topic's value, or as the time a deed is expected at the earliest (にも) or within a period longer than a month; a
 * named day, a month or part of a month told as a schedule, and a deed told as what will be done stay on the timeline.
 * Session 30, issue 4: the writers of sets four to eight kept these off the timeline, and none of sets one to eight
 * kept one of these shapes on it. On sentences written for this test.
 */
class ExpectedTimesTest {

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
    })
    void theExpectedTimeOfSomethingToComeIsBackground(String sentence, String expression, boolean background) {
        assertEquals(background ? ExpectedTimes.REASON : "", Articles.backgroundOf(sentence, expression, DATE),
                () -> Articles.reports(sentence, DATE).toString());
    }
}
