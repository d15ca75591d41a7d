package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set sixteen's dates read (decision 0003's addendum of session 40): a day alone after a count of days (5日後の25日) or
 * after a noun naming a day by its part (初日の6日) is the one a day told before gives; the nth weekday of a month
 * (2月の第2日曜) is a day; the other weekdays of a weekly schedule (毎週月曜と木曜に…、火曜と金曜に…) come back each week too; きょうで4日 counts days;
 * から before a kana day word (着陸からきょうで) is a particle; a date naming a noun (8日の発表から1週間、) dates no verb
 * describing a noun after its phrase's comma (買い求める客が相次いだ). Near misses beside each. On texts written for this test.
 */
class DaysToldAgainAndSchedulesTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document date | text | the mention | its value
        // a count of days from a day told before, its month with it; with none told, any day alone
        "2025-01-20|探査機が月に降りたのは2024年1月20日未明でした。写真が公開されたのは5日後の25日でした。|25日|2024-01-25",
        "2023-06-15|工場は3月10日に止まった。再開は2日前の8日に決まっていた。|8日|2023-03-08",
        "2025-01-20|写真が公開されたのは5日後の25日でした。|25日|2024-12-25",
        // a day named by its part: the one told before of that number; none told, any day alone
        "2022-07-15|祭りを来月6日と7日の2日間開くと発表した。初日の6日は通りを歩行者天国にする。|6日|2022-08-06",
        "2019-11-26|大会は24日と25日に開かれた。最終日の25日には表彰式があった。|25日|2019-11-25",
        "2022-07-15|初日の6日は通りを歩行者天国にした。|6日|2022-07-06",
        // a bound of a period is no day of the story: the day named is the one the story told
        "2025-04-14|博覧会が13日、開幕した。会期は10月13日までの184日間だ。開幕日の13日は約14万人が来場した。|13日|2025-04-13",
        "2025-04-14|博覧会が13日、開幕した。会期は10月13日までの184日間だ。開会式は前日の12日に行われた。|12日|2025-04-12",
        // the nth weekday of a month, in the year its tense gives
        "2019-11-30|来年も2月の第2日曜には地元の駅伝がある。|2月の第2日曜|2020-02-09",
        "2023-04-10|式典は5月第3月曜日に開かれる。|5月第3月曜日|2023-05-15",
        "2023-04-10|式典は5月の第2週に開かれる。|5月|2023-05",
        // a weekday a week is named before, or in another sentence than the schedule's, is a day
        "2021-03-14|移動販売車は毎週月曜に巡回しているが、今週は火曜に来た。|火曜|2021-03-09",
        "2021-03-14|移動販売車は毎週月曜に巡回している。火曜に臨時で来た。|火曜|2021-03-09",
        // a date naming a noun dates no verb describing a noun after its phrase's comma (reviewer rvM, session 40)
        "2024-08-15|気象庁の8日の発表から1週間、近所のスーパーでは水を買い求める客が相次いだ。|8日|2024-08-08",
        "2024-03-19|国土交通省の8日の発表から10日余り、住宅業界では先行きを不安視する声が広がっている。|8日|2024-03-08",
        "2024-08-15|政府は20日に、新たに加わる国を発表する。|20日|2024-08-20",
        "2024-08-15|社長は8日の会見で、来年度から導入する制度を説明した。|8日|2024-08-08",
        // read again the same day (rvD): a bound still counts for 前日の and 翌日の; a year told since, or a noun of no
        // happening's part (平日の), lends no told day; a day set against the schedule is one; a winter told in March is
        // the one just over
        "2024-06-05|申請の受け付けは4月30日までだった。前日の29日には窓口に長い列ができた。|29日|2024-04-29",
        "2024-05-10|展示は3月31日まで開かれた。翌日の1日から撤去作業が始まった。|1日|2024-04-01",
        "2025-07-14|大会は昨年7月13日に開幕した。今年は開幕日の13日に雨が降った。|13日|2025-07-13",
        "2024-06-20|新店舗は昨年10月10日に開業した。今月は平日の10日にも特売を行った。|10日|2024-06-10",
        "2021-03-14|知事は毎週金曜に定例会見を開いているが、火曜に臨時の会見を開き、辞職を表明した。|火曜|2021-03-09",
        "2023-03-20|昨年の冬、12月に大雪が降った。|昨年の冬|2022-12-01/2023-02-28",
        // きょう after から is read; きょうで and a number of days counts them
        "2025-01-20|SLIM着陸からきょうで1年　あのころの記事を読み返す|きょう|2025-01-20",
        "2023-02-04|首相はきょう4日、記者会見を開いた。|4日|2023-02-04",
    })
    void readsTheDay(String document, String text, String expression, String value) {
        FoundMentions.assertReads(finder.find(text, LocalDate.parse(document)), text, expression, value);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document date | text | what is no date
        "2021-03-14|町内を週2回ずつ回り、毎週月曜と木曜に中心部、火曜と金曜に山間部を巡る。|木曜",
        "2021-03-14|町内を週2回ずつ回り、毎週月曜と木曜に中心部、火曜と金曜に山間部を巡る。|火曜",
        "2021-03-14|町内を週2回ずつ回り、毎週月曜と木曜に中心部、火曜と金曜に山間部を巡る。|金曜",
        "2021-03-14|図書館は隔週水曜と土曜に移動図書館を出している。|土曜",
        "2021-03-14|毎週月曜と木曜に中心部を巡る。|木曜",
        "2021-03-14|町内を週2回ずつ回り、毎週⏎月曜と木曜に中心部、火曜と金曜に山間部を巡る。|月曜",
        "2021-03-14|町内を週2回ずつ回り、毎週⏎月曜と木曜に中心部、火曜と金曜に山間部を巡る。|金曜",
        "2023-02-25|シャンシャンが上野を離れて、きょうで4日。|4日",
    })
    void readsNoDay(String document, String text, String notADate) {
        String written = text.replace('⏎', '\n');
        List<DateMention> found = finder.find(written, LocalDate.parse(document));
        int at = written.indexOf(notADate);
        assertTrue(found.stream().noneMatch(m -> m.span().start() <= at && m.span().end() > at && m.value().isPresent()),
                () -> notADate + " read in " + found);
        assertEquals(text.indexOf(notADate), text.lastIndexOf(notADate), "the text names it once");
    }
}
