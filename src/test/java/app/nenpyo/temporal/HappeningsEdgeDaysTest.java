package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 初日 and 最終日 told alone take the first or last day of the happening told before them: the day told with the
 * name right before the word, else the latest day told up to the article's (not a paper's issue, not the
 * clipping's dateline). Writers of sets twelve to seventeen keyed such words twelve times, always so. On texts
 * written for this test.
 */
class HappeningsEdgeDaysTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document | text | the word | its day
        "2023-04-22|2023.04.22⏎山あいの旅館が21日、新しい建物で営業を再開した。記念式典が開かれ、初日の宿泊客約40人を従業員が出迎えた。|初日|2023-04-21",
        "2021-05-15|動物公園は14日、4日ぶりに営業を再開した。今月10日の脱走を受け、扉を二重にした。再開の初日は約1200人が訪れた。|初日|2021-05-14",
        "2025-10-03|町は今月1日から寄付の受け付けを再開した。東西新報の2日付によると、初日だけで約1200件が集まった。|初日|2025-10-01",
        "2022-06-05|銭湯が先月31日に98年の歴史に幕を下ろした。最終日は開店前に約150人が並んだという。|最終日|2022-05-31",
        "2023-09-30|先月26日に開業した路面電車に乗った。北関東日報の25日付によると、利用者は多い。開業初日、私は朝の電車に乗った。|初日|2023-08-26",
        "2022-10-29|先週の月曜に止まったロープウェイが、きのう28日、運行を再開した。再開初日は行列ができた。|初日|2022-10-28",
        // the day a clause tells begins or ends the happening, a period's edge, a happening told ahead (reviewer rvD)
        "2024-05-18|音楽祭は15日に開幕し、17日に閉幕した。初日は雨で客が少なかった。|初日|2024-05-15",
        "2024-05-18|音楽祭は15日に開幕し、17日に閉幕した。最終日は晴れた。|最終日|2024-05-17",
        "2024-05-18|展示会は10日から14日まで開かれた。最終日は混雑した。|最終日|2024-05-14",
        "2024-05-18|協会は20日、番付を発表した。夏場所は来月14日に初日を迎える。初日は満員が見込まれる。|初日|2024-06-14",
        // から after the word (session 42, set eighteen)
        "2020-07-23|観光支援事業が22日始まり、鹿鳴温泉では、初日から予約客を乗せた送迎バスが次々に到着した。|初日|2020-07-22",
    })
    void takesTheDayOfTheHappeningToldBefore(String date, String written, String word, String day) {
        String text = written.replace('⏎', '\n');
        FoundMentions.assertReads(finder.find(text, LocalDate.parse(date)), text, word, day);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // the word as an object, a day written after it, the New Year's sunrise, the last Sunday, a name told with no day
        "2023-06-29|名古屋場所は7月7日に初日を迎える。",
        "2023-06-29|元日に初日の出を見に行った。",
        "2023-06-29|名古屋場所は7月7日に開幕する。初日か2日目に観戦したい。",
        "2023-06-29|毎月最終日曜に清掃をしている。",
        "2023-06-29|町議会は28日、定例会最終日の本会議で、条例改正案を可決した。",
    })
    void namesNoDayWhereTheTextGaveNone(String date, String text) {
        List<DateMention> found = finder.find(text, LocalDate.parse(date));

        assertTrue(found.stream().noneMatch(m -> m.text().equals("初日") || m.text().equals("最終日")), found::toString);
    }
}
