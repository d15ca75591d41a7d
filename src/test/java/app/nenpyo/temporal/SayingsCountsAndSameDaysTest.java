package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates as writers who never saw the finder tell them (decision 0003's addendum of session 35, read on set eleven):
 * 元日 before 本, 銀, 産… is 元 (former) before a name (元日本代表); 同日 in a sentence counts from its day, not a year
 * or period told since; a weekday chooses the month when the month lent from the sentence does not have it; a count
 * written onto a date (約50日後の１月６日) is that date, and 1年前の今日 is today's day a year back; a deed that time is
 * counted since (始めてから、ちょうど2か月になる) has passed; a count may be rough (4か月ほど前); 1日で before a verb is
 * "in a day"; a day word quoted
 * after a day told (12日夜の演説で「今夜…」) counts from that day. On texts written for this test, each rule with a
 * near miss it must not take.
 */
class SayingsCountsAndSameDaysTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document date | text | the mention | its value
        // 元日 as 元 before a name: no New Year's Day, which would have lent January to the day after it
        "2023-04-11|元日銀審議委員の植田和男氏が9日に日銀総裁に就いた。|9日|2023-04-09",
        "2024-01-06|元日本代表の山田氏は5日、引退を発表した。|5日|2024-01-05",
        // near misses: the day itself, its morning and what is dated on it; a run of kanji with no role; after a year
        "2024-01-06|元日本殿前には長い列ができた。|元日|2024-01-01",
        "2024-01-06|元日赤ちゃんが誕生した。|元日|2024-01-01",
        "2024-01-06|2024年元日本社で会った。|2024年元日|2024-01-01",
        "2024-01-06|元日朝に地震があった。|元日朝|2024-01-01",
        "2024-01-06|元日付で社長に就任した。|元日|2024-01-01",
        "2024-12-20|元日中に届ける。|元日|2025-01-01",
        // 1日で and years or months reached: the 1st (session 42, set eighteen); 1日で3万人 stays a day counted
        "2021-07-01|レジ袋の有料化が始まって、きょう１日で１年になる。|１日|2021-07-01",
        "2023-06-02|新庁舎の開庁から、1日で3か月を迎えた。|1日|2023-06-01",
        // 同日 after a period told since the sentence's day
        "2019-12-20|大学は19日、2014年から2018年にかけての論文で不正があったと発表し、同日付で教授を解雇した。|同日|2019-12-19",
        "2019-12-20|大学は19日、2014年の不正を発表し、同日付で教授を解雇した。|同日|2019-12-19",
        // near misses: the last day of the sentence is still what 同日 counts from, the last of a range of days too, and
        // with no day in the sentence a month or a year told is, as before
        "2025-03-05|社長は4日、会見した。大会は2月27日から3月1日まで開かれ、翌日に閉会式があった。|翌日|2025-03-02",
        "2025-03-05|社長は4日、会見した。会社は3月上旬に申請し、同日受理された。|同日|2025-03-01",
        "2019-12-20|会社は18日に申請し、19日に受理され、同日付で登記した。|同日|2019-12-19",
        // a weekday that the month lent from the sentence lacks, the reading nearest as the sentence leans
        "2025-03-02|2022年7月24日の事故で、初公判が10日（月）に開かれた。|10日（月）|2025-02-10",
        "2025-06-12|2022年7月24日の事故で、元社長の初公判が10日（火）、地裁で開かれた。|10日（火）|2025-06-10",
        // near miss: the lent month has that weekday
        "2025-06-12|2022年7月24日の事故で、乗客の捜索は27日（水）に打ち切られた。|27日（水）|2022-07-27",
        // a count written onto the date it comes to
        "2020-02-10|重油の回収は事故から約50日後の１月６日に終わった。|50日後|2020-01-06",
        "2019-06-14|指定は約1か月後の7月中旬から順に始まる。|1か月後|2019-07-11/2019-07-20",
        // near misses: a count with no date after it, and a count of years (its own year)
        "2020-02-10|回収は約50日後に終わる見通しだ。|50日後|2020-03-31",
        "2021-03-01|システムは3年前の2018年7月に切り替えた。|3年前|2018",
        // a count of years onto today
        "2025-08-29|ちょうど1年前の今日、台風10号が上陸した。|1年前の今日|2024-08-29",
        "2024-03-01|4年前の今日、閏日に開業した。|4年前の今日|2020-03-01",
        // a deed counted since, to now
        "2025-03-03|町が1月上旬に徴収を始めてから、ちょうど2か月になる。|1月上旬|2025-01-01/2025-01-10",
        "2025-03-03|町が11月に受け付けを始めてから、ちょうど4か月になる。|11月|2024-11",
        // near misses: what follows a deed to come, the deed alone, a date set off, a count reached in time to come
        "2025-02-10|新駅は4月、開業してから1年を迎える。|4月|2025-04",
        "2025-02-10|新駅は3月に開業してから1年を迎える来年春に全面開業する。|3月|2025-03",
        "2025-03-03|町が4月上旬に徴収を始めてから3日間は無料とする。|4月上旬|2025-04-01/2025-04-10",
        "2025-03-03|町が1月上旬に徴収を始める。|1月上旬|2026-01-01/2026-01-10",
        // near misses: a count before a date with no month written with a day or a part of it keeps its own
        "2025-02-10|2カ月後の月末に結論を出す。|2カ月後|2025-04",
        "2025-03-05|2週間後の月曜に再開する。|2週間後|2025-03-19",
        // a rough count, also written onto a dated month
        "2025-03-05|約50日ほど後の4月20日に終わる。|50日ほど後|2025-04-20",
        "2020-04-10|発表は昨年12月19日で、論文の撤回はその4か月ほど前だった。|その4か月ほど前|2019-08",
        "2020-04-10|3日ほど前に見た。|3日ほど前|2020-04-07",
        "2020-04-10|2週間くらい後に結果が出る。|2週間くらい後|2020-04-24",
        // near misses of 1日で as "in a day": the 1st set off, told as reached or ended, or with its month
        "2025-01-05|開店は1日でした。|1日|2025-01-01",
        "2025-01-05|営業は1日で終了した。|1日|2025-01-01",
        "2025-01-05|市は1日も早朝から除雪作業を続けた。|1日|2025-01-01",
        "2025-01-05|発行は1日で、部数は3万。|1日|2025-01-01",
        "2025-01-05|本店は12月1日で閉店する。|12月1日|2025-12-01",
        "2025-01-05|市は1日も会見を開いた。|1日|2025-01-01",
        // a day word quoted after a day told in its sentence
        "2021-12-13|大統領は12日夜のテレビ演説で「フランスは今夜、より美しい」と述べた。|今夜|2021-12-12",
        "2021-12-13|首相は10日の会見で「あすにも発表する」と述べた。|あす|2021-12-11",
        "2021-12-13|首相は10日、「あすにも発表する」と述べた。|あす|2021-12-11",
        // near miss: a day after the document's is no day of the saying
        "2021-12-13|首相は15日の会見で「あすにも発表する」と話す予定だ。|あす|2021-12-14",
        // near misses: a quote with no day before it, a day word outside the quote, a day of what is spoken about
        "2025-01-08|首相は20日に予定される首脳会談について「あす準備会合を開く」と述べた。|あす|2025-01-09",
        "2025-01-08|首相は、20日投開票の衆院選について「今日から全力で訴える」と述べた。|今日|2025-01-08",
        "2021-12-13|市民は「今日は寒い」と話した。|今日|2021-12-13",
        "2021-12-13|首相は10日の会見で「検討する」と述べ、今日も協議を続けた。|今日|2021-12-13",
    })
    void readsTheDate(String date, String text, String expression, String value) {
        FoundMentions.assertReads(finder.find(text, LocalDate.parse(date)), text, expression, value);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "2024-01-06|元日本代表の山田氏は5日、引退を発表した。|元日",
        "2023-04-11|元日銀総裁の黒田氏が講演した。|元日",
        "2024-01-06|元日産会長の逃亡から4年になる。|元日",
        // a count of years onto today is one mention
        "2025-08-29|ちょうど1年前の今日、台風10号が上陸した。|今日",
        // 1日で before a verb or an object: in a day
        "2025-01-05|町長は「3日分の混雑が1日で来たようだ」と苦笑した。|1日",
        "2025-01-05|チケットは1日で完売した。|1日",
        "2025-01-05|1日も早く復旧させたい。|1日",
        "2025-01-05|1日でも早く再開したい。|1日",
        "2025-01-05|1日で3万人が訪れた。|1日",
        // 同じ月 of an amount or a weekday is no month (session 42)
        "2024-06-20|会員は前年と同じ月額5000円を支払う。|同じ月",
        "2024-06-20|教室は毎週同じ月曜に開く。|同じ月",
        // a share of a month, and the same month of another year (review rvC, findings 1 and 2)
        "2024-07-10|記録的な大雨となり、1日で1か月分の雨が降った。|1日",
        "2024-06-20|売り上げは昨年の同じ月を上回った。|同じ月",
        "2024-06-20|2022年の同じ月と比べて2割増えた。|同じ月",
    })
    void readsNoSuchDate(String date, String text, String expression) {
        assertTrue(finder.find(text, LocalDate.parse(date)).stream().noneMatch(m -> m.text().equals(expression)),
                () -> expression + " in " + finder.find(text, LocalDate.parse(date)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "2020-04-10|3日ほどで終わる。",
        "2020-04-10|10日ほど前後の遅れが出る。",
        "2020-04-10|1か月ほど前倒しする。",
        "2025-03-05|3カ月ほど前年同期を上回った。",
        "2025-03-05|1年くらい前回より多い。",
    })
    void readsARoughCountWithoutBeforeOrAfterAsNoDate(String date, String text) {
        // 前 or 後 of another word after the rough count (前年, 前日, 前回) is no count's
        assertTrue(finder.find(text, LocalDate.parse(date)).stream().allMatch(m -> m.value().isEmpty()),
                () -> String.valueOf(finder.find(text, LocalDate.parse(date))));
    }

    /**
     * A weekday chooses the document's month when the month lent from the sentence (any month of 2022) does not have
     * it, and the lent month stays when it does; both happen among the tries.
     */
    @Property(tries = 300)
    void aWeekdayChoosesAMonthThatHasIt(@ForAll @IntRange(min = 1, max = 12) int lentMonth,
                                        @ForAll @IntRange(min = 1, max = 28) int day) {
        LocalDate inJune = LocalDate.of(2025, 6, day);
        LocalDate lent = LocalDate.of(2022, lentMonth, day);
        String weekday = WEEKDAYS.substring(inJune.getDayOfWeek().getValue() - 1, inJune.getDayOfWeek().getValue());
        String text = "2022年" + lentMonth + "月1日の事故で、公判が" + day + "日（" + weekday + "）に開かれた。";
        boolean lentHasIt = lent.getDayOfWeek() == inJune.getDayOfWeek();
        Statistics.label("the lent month has the weekday").collect(lentHasIt);
        FoundMentions.assertReads(finder.find(text, LocalDate.of(2025, 6, 28)), text, day + "日（" + weekday + "）",
                (lentHasIt ? lent : inJune).toString());
        Statistics.label("the lent month has the weekday").coverage(c -> {
            c.check(true).count(n -> n > 0);
            c.check(false).count(n -> n > 0);
        });
    }

    private static final String WEEKDAYS = "月火水木金土日";
}
