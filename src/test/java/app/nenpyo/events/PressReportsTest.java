package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.EventCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A newspaper's report is a happening of its own, other whatever it tells ({@link PressReports}), on sentences written
 * for this test; beside the near misses: a leader's words, a paper's body or company acting, a date of what the
 * report tells.
 */
class PressReportsTest {

    private static final LocalDate DATE = LocalDate.of(2024, 6, 20);

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
        // a paper's report, dated by its edition or by a date set off after the paper
        "東都新聞は5日付の朝刊で、政府の新しい経済対策を詳しく報じた。|OTHER",
        "地元紙の港南新報は12日、漁港の水揚げが過去最多になったと伝えた。|OTHER",
        "英紙は3日、両国の停戦交渉が大詰めを迎えたと報じた。|OTHER",
        "北嶺日報は18日、豪雨で崩れた県道の写真を1面に載せた。|OTHER",
        "米ワシントン・ポスト紙は4日、両国の停戦協議が始まったと報じた。|OTHER",
        // the edition decides: a verb (設ける) stands between the date and the report's verb
        "北嶺日報は22日付の夕刊で、市が新しい税制を設けると報じた。|OTHER",
        // a date set off before the paper is what the report tells, not the report's (session 36, rv3)
        "8日、市役所で開かれた市長の会見を、地元紙の港南新報が1面で取り上げた。|STATEMENT",
        "昨年3月、県内で起きた豪雨の被害を、地元の北越新報が改めて特集した。|DISASTER",
        // a sheet ending with 紙 is no paper
        "投票用紙は5日、市長選の投票所で紹介された。|ELECTION",
        "地元の和紙は5日、G7サミットの会場で紹介された。|MEETING",
        "祖父の手紙は、1945年3月の空襲の惨状を伝えている。|MILITARY",
        // a leader's words are a statement
        "毎朝新聞は7日付の社説で、政府の増税方針について伝えた。|STATEMENT",
        "北嶺日報は9日付の社説で、新しい税制の是非を論じた。|STATEMENT",
        "港南新報は12日付の論説で、県の補助金の使い道を取り上げた。|STATEMENT",
        // a paper's association or company acting, not reporting
        "日本新聞協会は2月、取材を制限する法案に反対する意見書を出した。|LEGAL",
        "北斗新聞社は10日、大阪市内の印刷会社を買収すると発表した。|ECONOMY",
        // with a reporting verb: only 協会 ending the doer keeps it from a paper (新聞 inside it is no paper's end)
        "日本新聞協会は2月、取材を制限する法案に反対する声明を会報に掲載した。|STATEMENT",
        // the date of what the report tells, a verb between it and the report's verb: not the report's day
        "毎朝新聞は社説で、県が3日に発表した地震の被害額を取り上げた。|DISASTER",
        "北海日報は1面で、3日に県が公表した昨年の地震の被害額が過去最大だったことを取り上げた。|ANNOUNCEMENT",
        "毎朝新聞は社説で、12日に財務省が公表した昨年度の税収が過去最多だったことを取り上げた。|ANNOUNCEMENT",
    })
    void aPapersReportIsAHappeningOfItsOwn(String sentence, EventCategory expected) {
        List<Report> reports = Articles.reports(sentence, DATE);
        assertEquals(expected, reports.get(0).category(), sentence + " → " + reports);
    }
}
