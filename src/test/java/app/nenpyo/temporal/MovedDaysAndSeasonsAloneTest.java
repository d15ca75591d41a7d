package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Set fifteen's dates read (decision 0003's addendum of session 39): a day moved to another (3月1日から4月5日に延期) is
 * two days, no span; a relative word before a date written whole (翌日の昨年10月30日, 翌月の1月22日) yields to it, and
 * a relative month before a day alone (先月の10日, 翌月の22日) gives the day its month; 1日 before a quantity (1日約140トン)
 * is a day of a rate; a season alone set off as a topic (春には、) or written onto an occasion (春の市議選) is read; 出た,
 * 見た, 得た are past; a lead's day after a happening two months or more before the article is near the article;
 * ており、 goes on to a later clause, whose time and topic of its own leave the first date no tense. Near misses beside
 * each. On texts written for this test.
 */
class MovedDaysAndSeasonsAloneTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document date | text | the mention | its value
        // a moving to come puts both days ahead; a moving done leaves them their nearest
        "2024-03-10|大会は5日から8日に延期すると発表した。|8日|2024-04-08",
        "2024-03-20|学校は始業式を8日から10日に変更する。|8日|2024-04-08",
        "2024-12-20|新型機の発売は、25日から年明けに延期された。|25日|2024-12-25",
        // a length changed and 〜 stay a span
        "2024-03-10|開催期間を4月1日～4月30日に延長する。|4月1日～4月30日|2024-04-01/2024-04-30",
        "2024-03-10|同社は15日から20日に移転作業を行う。|15日から20日|2024-03-15/2024-03-20",
        // a day moved to another: two days
        "2020-02-10|開幕が、3月1日から4月5日に延期された。|3月1日|2020-03-01",
        "2020-02-10|開幕が、3月1日から4月5日に延期された。|4月5日|2020-04-05",
        "2020-12-13|開通が、当初予定の来年度末から2022年春にずれ込むと発表した。|2022年春|2022-03-01/2022-05-31",
        "2021-05-10|総会の日程を6月20日から27日へ変更した。|6月20日|2021-06-20",
        // near misses: a span is still a span
        "2020-02-10|期間は3月1日から4月5日まで。|3月1日から4月5日まで|2020-03-01/2020-04-05",
        "2020-02-10|3月1日から4月5日に開く。|3月1日から4月5日|2020-03-01/2020-04-05",
        // near miss: a time slipped into alone is ahead as its verb tells
        "2023-12-10|筆者は、2号機の打ち上げが年明けにずれ込むのは避けられないとみる。|年明け|2024-01-01/2024-01-31",
        // a relative word before a date written whole yields to it
        "2023-01-13|捜査本部は事故翌日の昨年10月30日に設置された。|昨年10月30日|2022-10-30",
        "2021-02-10|信金は昨年12月に容疑者を懲戒解雇し、翌月の1月22日に県警へ告訴していた。|1月22日|2021-01-22",
        "2023-01-13|その翌日の2022年10月30日に設置された。|2022年10月30日|2022-10-30",
        // a relative month before a day alone gives it its month
        "2021-02-10|信金は昨年12月に容疑者を懲戒解雇し、翌月の22日に県警へ告訴していた。|翌月の22日|2021-01-22",
        "2023-01-13|会議は先月の10日に開かれた。|先月の10日|2022-12-10",
        "2023-01-13|来月の5日に開く。|来月の5日|2023-02-05",
        // near miss: a count of days after it is no day
        "2023-01-13|今月の10日間で3万人が訪れた。|今月|2023-01",
        // 1日 before a time, or set off, is the 1st
        "2023-12-11|式典は1日14時から開いた。|1日14時|2023-12-01T14:00",
        "2023-11-20|1日、約300人が集まった。|1日|2023-11-01",
        // a season alone set off as a topic or written onto an occasion
        "2025-12-28|春には、二つの町が合併して新しい市が生まれた。|春|2025-03-01/2025-05-31",
        "2025-12-28|秋に、チームは2年連続の優勝を果たした。|秋|2025-09-01/2025-11-30",
        "2023-09-02|春の市議選をめぐる騒動に、ひとまず区切りがついた。|春|2023-03-01/2023-05-31",
        "2025-12-28|春の住民説明会では反対の声も出たが、利用者は見込みを上回っている。|春|2025-03-01/2025-05-31",
        // 出た, 見た, 得た: past
        "2025-12-28|3月の説明会で反対の声が出た。|3月|2025-03",
        "2025-09-10|10月の会合で初めて試作品を見た。|10月|2024-10",
        // near misses: words, not verbs in the past (寝たきり, 来たる, 見た目)
        "2024-11-20|県は5日、寝たきりの高齢者の実態調査を始める。|5日|2024-12-05",
        "2024-11-20|党は5日、来たる衆院選に向けた公約を発表する。|5日|2024-12-05",
        // near misses: a wish, and a step before a plan (たうえで)
        "2025-12-28|3月の説明会に出たい。|3月|2026-03",
        "2021-11-01|同社は公開買い付けを12月上旬に始め、当局の承認を得たうえで、来年1月末までに買収を完了する計画だ。|12月上旬|2021-12-01/2021-12-10",
        // a lead's day after an old happening: near the article
        "2024-01-27|2019年7月18日に工場が放火され、36人が亡くなった事件で、地裁は25日、被告に死刑を言い渡した。|25日|2024-01-25",
        "2023-11-10|2021年3月2日に起きた脱線事故で、運輸安全委員会は9日、報告書を公表した。|9日|2023-11-09",
        // near misses: a happening of the article's weeks keeps its month, and a day told otherwise may be in it
        "2019-08-02|2019年7月18日に起きた火災で、消防は25日、原因を発表した。|25日|2019-07-25",
        "2024-05-03|県道で1月28日に起きた陥没事故で、県は30日、現場を公開した。|30日|2024-01-30",
        "2024-03-05|2024年1月1日に発生した地震で、石川県は10日、避難所を閉鎖した。|10日|2024-01-10",
        "2024-01-27|2019年7月18日に放火された事件で、男は25日に現場を訪れていた。|25日|2019-07-25",
        // ており、 goes on; a later clause with a time and a topic of its own
        "2023-12-11|大谷選手は9月に右肘の手術を受けており、来季は打者に専念する。|9月|2023-09",
        "2023-12-11|大谷選手は9月に右肘の手術を受け、来季は打者に専念する。|9月|2023-09",
        "2023-12-11|大谷選手は9月に右肘の手術に臨んでおり、来季は打者に専念する。|9月|2023-09",
        // near misses: a plan's ており, and one topic's chain
        "2023-12-11|大会は9月に開かれることになっており、準備を進める。|9月|2024-09",
        "2023-12-11|選手団は9月に出発し、10月の大会に備える。|9月|2024-09",
        // a later clause's time counted ahead from now: the earlier clause's day came before it, the nearer one
        "2024-07-01|七尾の両親は3月に仮設住宅に入居し、来月には自宅の修理が始まる。|3月|2024-03",
        "2022-07-04|盛り土を規制する新しい法律は5月に成立し、来年春ごろに施行される見通しだという。|5月|2022-05",
        "2024-07-01|新庁舎は3月に着工し、来年秋に完成する見込みだ。|3月|2024-03",
        "2024-07-01|新庁舎は8月に着工し、来年秋に完成する見込みだ。|8月|2024-08",
        // the earlier deed to come before the later clause's time stays to come (reviewer rvD)
        "2024-04-10|新庁舎は12月に完成し、来年春に開庁する予定だ。|12月|2024-12",
        "2024-04-10|同社は11月に新工場を稼働させ、来年には生産を倍増させる計画だ。|11月|2024-11",
    })
    void readsTheDay(String date, String text, String expression, String value) {
        FoundMentions.assertReads(finder.find(text, LocalDate.parse(date)), text, expression, value);
    }

    @Test
    void oneDayBeforeAWordThatIsNoNumberIsTheFirst() {
        String text = "県は1日最大規模の訓練を実施した。";

        assertEquals("2024-03-01", FoundMentions.named(finder.find(text, LocalDate.of(2024, 3, 10)), "1日").formattedValue());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"処理水は1日約140トンのペースで増え続けている。", "工場は1日最大500台を生産する。",
        "来場者は1日およそ3千人に上る。"})
    void oneDayBeforeAQuantityIsADayOfARate(String text) {
        List<DateMention> found = finder.find(text, LocalDate.of(2021, 5, 20));

        assertTrue(found.stream().noneMatch(m -> m.value().isPresent()), () -> "no date in " + found);
    }

    @Test
    void aRelativeMonthBeforeADateWrittenWholeIsNoMentionOfItsOwn() {
        String text = "信金は昨年12月に容疑者を懲戒解雇し、翌月の1月22日に県警へ告訴していた。";
        List<DateMention> found = finder.find(text, LocalDate.of(2021, 2, 10));

        assertEquals(List.of("昨年12月", "1月22日"), found.stream().map(DateMention::text).toList());
    }

    @Test
    void aRelativeDayBeforeADateWrittenWholeIsNoMentionOfItsOwn() {
        String text = "捜査本部は事故翌日の昨年10月30日に設置された。";
        List<DateMention> found = finder.find(text, LocalDate.of(2023, 1, 13));

        assertEquals(List.of("昨年10月30日"), found.stream().map(DateMention::text).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"各地で春の訪れを告げる花が咲いた。", "秋に強い品種だ。", "春の陽気に誘われて人が出た。",
        "秋の機会に改めて議論する。", "夏の作戦で多くの兵士が犠牲になった。", "毎年、春には多くの観光客が訪れる。",
        "同選手は2010年、夏には渡米した。", "高校時代は、夏の甲子園大会に3度出場した。",
        "田中知事は5日、秋の知事選に出馬しない考えを表明した。", "県知事は9日、「秋の大祭」に出席し、あいさつした。"})
    void aSeasonOfACommonNounOrOfWhatSomethingIsLikeIsNoTime(String text) {
        List<DateMention> found = finder.find(text, LocalDate.of(2025, 12, 28));

        assertTrue(found.stream().noneMatch(m -> "春夏秋冬".indexOf(m.text().charAt(0)) >= 0), () -> "no season in " + found);
    }
}
