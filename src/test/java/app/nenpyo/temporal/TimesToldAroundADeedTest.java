package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the words around a date say of when it is (decision 0003's addendum of session 33): a thing done that time is
 * counted from (5月16日の公表から1か月半、) and a state gone on since (7日から続いており) have passed; a deadline of
 * what is asked (15日までに出すよう求めた) lies ahead of the asking; a time made the topic (10月14日には) dates the main
 * clause, not the verb of a noun's clause; after a chain's comma and another time's clause a verb quoted is only a
 * lean; a list of days in kanji (十一月五日告示、十日投開票) is read as one in figures; a range of parts of a month
 * with the month written once; 1日8時間 counts hours a day. On texts written for this test.
 */
class TimesToldAroundADeedTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document date | text | the mention | its value
        // counted since: passed, whatever the tense after it
        "2022-07-05|5月16日の報告書の公表から1か月半、業界全体の調査を求める声は強まるばかりだ。|5月16日|2022-05-16",
        "2022-07-05|5月16日の開幕から2週間が過ぎ、客足は落ち着いてきた。|5月16日|2022-05-16",
        "2022-07-05|5月16日の開幕から2週間が過ぎ、客足は落ち着いてきた。|5月16日|2022-05-16",
        // near misses: a stretch starting then, and a count ahead of a coming opening
        "2021-09-16|会議は20日から3日間の日程で開く。|20日|2021-09-20/2021-09-22",
        "2024-05-10|20日の開幕から2週間、会場周辺では交通規制が敷かれる。|20日|2024-05-20",
        "2024-05-10|20日の開幕から1週間で、来場者は10万人に達する見通しだ。|20日|2024-05-20",
        "2022-07-05|8月20日の開幕から2週間が勝負になる。|8月20日|2022-08-20",
        // gone on since: passed
        "2021-09-16|営業停止は7日から続いており、保健所は再発防止策がまとまるまで解除しない方針だ。|7日|2021-09-07",
        // the deadline of what is asked: ahead of the asking
        "2021-09-07|保健所は同社に、報告書を期限の15日までに出すよう求めた。|15日|2021-09-15",
        "2021-09-07|市は業者に、20日までに改善計画を出すように指示した。|20日|2021-09-20",
        // near misses: a deadline that is not asked for, told done; an asking told as past beside a deadline passed
        "2021-09-07|同社は15日までに報告書を出した。|15日|2021-08-15",
        "2021-09-25|県は業者に1日までに計画を出すよう求めていたが、期限を過ぎても提出はなかった。|1日|2021-09-01",
        // a time made the topic dates the main clause, not the verb of a noun's clause
        "2023-12-19|10月14日にはオーストラリアでも、先住民の声を議会に届ける機関を設けるかを問う国民投票があり、否決された。|10月14日|2023-10-14",
        // near misses: the clause's own verb to come, and a verb quoted after a topic's time
        "2023-12-19|来月14日には新しい憲法を定める会議が開かれる。|来月14日|2024-01-14",
        "2024-05-28|市は2日には新しい制度の運用を始めると発表した。|2日|2024-06-02",
        // a verb quoted after another time's clause: a lean, which a date far ahead does not win by
        "2025-03-11|農水相は2月7日に放出の方針を示し、同月14日に21万トンを出すと発表していた。|2月7日|2025-02-07",
        "2025-03-11|農水相は2月7日に放出の方針を示し、同月14日に21万トンを出すと発表していた。|同月14日|2025-02-14",
        // near miss: near ahead, the lean wins (both deeds are quoted)
        "2022-05-19|市は18日、28日に新庁舎を開き、30日に式典を開くと発表した。|28日|2022-05-28",
        // no other time's clause: a place or a count in kanji is none (四日市, 創立百年), nor 同じ日本の
        "2024-05-28|市は27日、20日に新庁舎を開き、四日市市の職員も迎えると発表した。|20日|2024-06-20",
        "2024-05-28|市は27日、20日に新庁舎を開き、創立百年の式典を開くと発表した。|20日|2024-06-20",
        "2024-05-28|市は27日、20日に新庁舎を開き、同じ日本の自治体の職員も迎えると発表した。|20日|2024-06-20",
        // a list of days in kanji is one of a schedule as it is in figures
        "2019-09-30|町選管は30日朝、出直し町長選を十一月五日告示、十日投開票の日程で行うと決めた。|十一月五日|2019-11-05",
        "2019-09-30|町選管は30日朝、出直し町長選を十一月五日告示、十日投開票の日程で行うと決めた。|十日|2019-11-10",
        "2019-09-30|町選管は30日朝、出直し町長選を11月5日告示、10日投開票の日程で行うと決めた。|11月5日|2019-11-05",
        // the earlier part of a range that cannot be one stays a date of its own
        "2023-07-29|8月下旬から上旬にかけて。|8月下旬|2023-08-21/2023-08-31",
        // a Sunday after 同じ stays a Sunday
        "2021-02-22|大会は19日に開幕した。同じ日曜日に決勝がある。|日曜日|2021-02-21",
        // parts of a month, the month written once
        "2023-07-29|審議会が来月上旬から中旬にかけて改定額を決める。|来月上旬から中旬にかけて|2023-08-01/2023-08-20",
        "2023-07-29|8月中旬から下旬まで休業する。|8月中旬から下旬まで|2023-08-11/2023-08-31",
        // a time of day after the day stays one
        "2023-07-29|式典は10日9時から開く。|10日9時|2023-07-10T09:00",
    })
    void readsTheDate(String date, String text, String expression, String value) {
        FoundMentions.assertReads(finder.find(text, LocalDate.parse(date)), text, expression, value);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // hours counted a day, no date
        "2023-07-29|時給で1日8時間働くと、収入は8016円となる。|1日",
        "2023-07-29|工場は1日24時間動いている。|1日",
        // near miss of the range: an earlier part after a later one is no range of one month
        "2023-07-29|8月下旬から上旬にかけて。|8月下旬から上旬にかけて",
        // 同じ日 inside a longer word, or the same day as another thing's
        "2021-02-22|首相は19日、同じ日本人として誇りに思うと述べた。|同じ日",
        "2021-02-22|大会は19日に開幕した。同じ日程で来年も開く。|同じ日",
        "2021-02-22|市は19日、成人式を昨年と同じ日に開いたと発表した。|同じ日",
    })
    void readsNoSuchDate(String date, String text, String expression) {
        assertTrue(finder.find(text, LocalDate.parse(date)).stream().noneMatch(m -> m.text().equals(expression)),
                () -> expression + " in " + finder.find(text, LocalDate.parse(date)));
    }

    /** 上旬から中旬にかけて and 中旬から下旬まで span from the first part's first day to the last part's last. */
    @Property(tries = 200)
    void aRangeOfPartsOfAMonthSpansThem(@ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 0, max = 2) int pair) {
        String[] from = {"上旬", "上旬", "中旬"};
        String[] to = {"中旬", "下旬", "下旬"};
        String text = "工事は2023年" + month + "月" + from[pair] + "から" + to[pair] + "にかけて行う。";
        YearMonth ym = YearMonth.of(2023, month);
        LocalDate start = ym.atDay(pair == 2 ? 11 : 1);
        LocalDate end = pair == 0 ? ym.atDay(20) : ym.atEndOfMonth();
        String expected = start + "/" + end;
        String expression = "2023年" + month + "月" + from[pair] + "から" + to[pair] + "にかけて";
        FoundMentions.assertReads(finder.find(text, LocalDate.of(2023, 7, 1)), text, expression, expected);
    }
}
