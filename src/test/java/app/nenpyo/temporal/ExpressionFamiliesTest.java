package app.nenpyo.temporal;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.DateMention.Flag;
import app.nenpyo.domain.DateMention.Kind;
import app.nenpyo.domain.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per family of expressions, on news-like sentences: each row asserts the text, the span
 * (where the expression stands in the sentence) and the value together. Document date 2022-01-11
 * (a Tuesday) unless the row says otherwise.
 */
class ExpressionFamiliesTest {
    private static final LocalDate DOC = LocalDate.of(2022, 1, 11);
    private final DateFinder finder = new DateFinder();

    private DateMention only(String sentence, LocalDate doc, String expression) {
        List<DateMention> found = finder.find(sentence, doc);
        List<DateMention> matching = found.stream().filter(m -> m.text().equals(expression)).toList();
        assertEquals(1, matching.size(), () -> "'" + expression + "' in '" + sentence + "': " + found);
        DateMention m = matching.get(0);
        int at = sentence.indexOf(expression);
        assertEquals(at, m.span().start(), "span start");
        assertEquals(at + expression.length(), m.span().end(), "span end");
        return m;
    }

    private void check(String sentence, String doc, String expression, String value) {
        DateMention m = only(sentence, doc == null || doc.isBlank() ? DOC : LocalDate.parse(doc), expression);
        assertEquals(value == null ? "" : value, m.formattedValue(), () -> m.toString());
    }

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "政府は2022年1月10日に発表した。|  |2022年1月10日|2022-01-10",
        "公表は2022/1/10だった。|  |2022/1/10|2022-01-10",
        "記録は2022-01-10付。|  |2022-01-10|2022-01-10",
        "2022.1.10に改定された。|  |2022.1.10|2022-01-10",
        "首相は1月10日、記者会見した。|  |1月10日|2022-01-10",
        "発売は1/20(木)の予定。|  |1/20(木)|2022-01-20",
        "２０２２年１月１０日に施行。|  |２０２２年１月１０日|2022-01-10",
        "十日に発表した。|  |十日|2022-01-10",
        "二十三日の会合で決めた。|  |二十三日|2021-12-23",
        "昨年十二月三十一日に亡くなった。|  |昨年十二月三十一日|2021-12-31",
        "二〇二二年の目標。|  |二〇二二年|2022",
        "22年1月の統計。|  |22年1月|2022-01",
        "阪神大震災は95年1月17日に発生した。|  |95年1月17日|1995-01-17",
        "98年度の予算。|  |98年度|1998-04-01/1999-03-31",
        "30年1月に完成する予定。|  |30年1月|2030-01",
        "43年8月に終戦を迎える前。|  |43年8月|1943-08",
        "02年4月に施行された。|1998-06-01|02年4月|2002-04",
        "22～24年度の計画。|  |22～24年度|2022-04-01/2025-03-31",
        "98～02年度の統計。|  |98～02年度|1998-04-01/2003-03-31",
        "平安京は794年10月22日に遷都された。|  |794年10月22日|0794-10-22",
        "0794年10月22日に遷都。|  |0794年10月22日|0794-10-22",
        "記念式典は3000年1月1日に開く。|  |3000年1月1日|3000-01-01",
        "平成30年4月～31年3月の統計。|  |平成30年4月～31年3月|2018-04-01/2019-03-31",
        "令和4年12月から5年1月にかけて実施した。|  |令和4年12月から5年1月にかけて|2022-12-01/2023-01-31",
    })
    void absoluteDates(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "令和4年の予算。|  |令和4年|2022",
        "令和元年に始まった。|  |令和元年|2019",
        "平成31年4月30日に退位した。|  |平成31年4月30日|2019-04-30",
        "昭和64年1月7日に崩御。|  |昭和64年1月7日|1989-01-07",
        "平成元年1月8日に改元。|  |平成元年1月8日|1989-01-08",
        "令和4年度の予算。|  |令和4年度|2022-04-01/2023-03-31",
        "平成32年の五輪。|2018-06-01|平成32年|2020",
        "平成40年までに。|  |平成40年|",
        "令和0年は無い。|  |令和0年|",
    })
    void eras(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    @Test
    void aPartOfAMonthWrittenAfterItsMonthIsReadWithIt() {
        List<DateMention> found = finder.find("3月の下旬に完成し、1月の上旬に発表した。", DOC);
        assertEquals(List.of("3月の下旬", "1月の上旬"), found.stream().map(DateMention::text).toList(), found::toString);
    }

    @Test
    void eraOverflowIsFlaggedAsDoubtful() {
        DateMention m = only("平成32年の五輪。", LocalDate.of(2018, 6, 1), "平成32年");
        assertTrue(m.has(Flag.ERA_OUT_OF_RANGE));
        assertEquals(DateMention.Confidence.DOUBTFUL, m.confidence());
        assertFalse(only("平成40年の計画。", DOC, "平成40年").reason().isEmpty());
    }

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "10日（月）に会談した。|  |10日（月）|2022-01-10",
        "会談は10日(月曜日)に行われた。|  |10日(月曜日)|2022-01-10",
        "28日(火)に判明した。|  |28日(火)|2021-12-28",
        "1月28日(金)に発売。|  |1月28日(金)|2022-01-28",
    })
    void weekdaysConfirm(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    @Test
    void aWrongWeekdayIsFlaggedNotHidden() {
        DateMention m = only("10日(水)に会談した。", DOC, "10日(水)");
        assertTrue(m.has(Flag.WEEKDAY_MISMATCH));
        assertEquals(DateMention.Confidence.DOUBTFUL, m.confidence());
    }

    @Test
    void aWeekdayPicksTheReading() {
        DateMention m = only("12日(日)に開かれた。", DOC, "12日(日)");
        assertEquals("2021-12-12", m.formattedValue());
        assertTrue(m.has(Flag.WEEKDAY_CONFIRMED) || m.has(Flag.WEEKDAY_CHOSE_READING));
    }

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "首相は今日、会見した。|  |今日|2022-01-11",
        "本日発売。|  |本日|2022-01-11",
        "きょうの東京市場。|  |きょう|2022-01-11",
        "昨日、発表された。|  |昨日|2022-01-10",
        "きのうの会見で。|  |きのう|2022-01-10",
        "おととい起きた事故。|  |おととい|2022-01-09",
        "一昨日の地震。|  |一昨日|2022-01-09",
        "明日の天気。|  |明日|2022-01-12",
        "あす開幕する。|  |あす|2022-01-12",
        "明後日に出発。|  |明後日|2022-01-13",
        "今週の予定。|  |今週|2022-W02",
        "先週、合意した。|  |先週|2022-W01",
        "来週にも決める。|  |来週|2022-W03",
        "先々週の会合。|  |先々週|2021-W52",
        "今月の売り上げ。|  |今月|2022-01",
        "先月の統計。|  |先月|2021-12",
        "来月に発売。|  |来月|2022-02",
        "今年の目標。|  |今年|2022",
        "昨年の実績。|  |昨年|2021",
        "去年、発表した。|  |去年|2021",
        "去年の夏。|  |去年の夏|2021-06-01/2021-08-31",
        "来年の選挙。|  |来年|2023",
        "一昨年の水準。|  |一昨年|2020",
        "今月2日に始まった。|  |今月2日|2022-01-02",
        "来月4日に行われる。|  |来月4日|2022-02-04",
        "先月23日に死去。|  |先月23日|2021-12-23",
        "昨年3月11日に逮捕。|  |昨年3月11日|2021-03-11",
        "昨年9月に就任。|  |昨年9月|2021-09",
        "来年春に完成する。|  |来年春|2023-03-01/2023-05-31",
        "3日前に出国した。|  |3日前|2022-01-08",
        "2週間後に再開。|  |2週間後|2022-01-25",
        "3カ月前に辞任。|  |3カ月前|2021-10",
        "5年前の事故。|  |5年前|2017",
        "約3年前に設立された。|  |3年前|2019",
        "約2週間後に再開する。|  |2週間後|2022-01-25",
        "半年前に辞任した。|  |半年前|2021-07",
        "約半年後に完成する。|  |半年後|2022-07",
        "新庁舎は1年半後に完成する。|  |1年半後|2023-07",
        "政権は2年半前に発足した。|  |2年半前|2019-07",
        "同社は2010年4月1日に設立された。その1年半後に上場した。|  |その1年半後|2011-10",
        "週内にも結論を出す。|  |週内|2022-W02",
        "式典は毎年3月11日と8月6日に開かれ、今年は10日、前倒しで開かれた。|  |10日|2022-01-10",
        "追悼式は毎年3月11日、今年は規模を縮小して開かれる。|  |今年|2022",
        "同社は毎月10日、2021年12月分の売上高を公表した。|  |2021年12月|2021-12",
        "定例会は毎月15日、来月からは20日に変更する。|  |来月|2022-02",
        "同社は2010年4月1日に設立された。その約3年後に上場した。|  |その約3年後|2013",
        "結果は2・3日後に判明する。|  |3日後|2022-01-14",
        "彼は2、3日前に帰国した。|  |3日前|2022-01-08",
        "先週金曜日に発表した。|  |先週金曜日|2022-01-07",
        "来週月曜の午後3時に会う。|  |来週月曜の午後3時|2022-01-17T15:00",
        "今朝、発表した。|  |今朝|2022-01-11",
        "首相はけさ、官邸に入った。|  |けさ|2022-01-11",
        "今夜、会見する予定だ。|  |今夜|2022-01-11",
        "今晩にも決める。|  |今晩|2022-01-11",
        "昨夜、発表した。|  |昨夜|2022-01-10",
        "昨晩遅く到着した。|  |昨晩|2022-01-10",
        "ゆうべ、地震があった。|  |ゆうべ|2022-01-10",
        "首相はきょう、官邸で記者団に語った。|  |きょう|2022-01-11",
        "政府はあす、方針を決める。|  |あす|2022-01-12",
    })
    void relativeToTheDocument(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    /**
     * A month by number after a year and の is that year's month, as 昨年の夏 is its summer (document date
     * 2022-01-11, so a month alone would be this year's or last); after の a share, a rank, a count of days
     * or a comparison month is no month, and the year stands alone.
     */
    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "2019年の3月に発表した。|  |2019年の3月|2019-03",
        "同社は昨年の10月に上場した。|  |昨年の10月|2021-10",
        "事故は一昨年の12月24日夜に起きた。|  |一昨年の12月24日夜|2020-12-24",
        "新制度は来年の4月1日に始まる。|  |来年の4月1日|2023-04-01",
        "2020年の4～6月期は落ち込んだ。|  |2020年の4～6月期|2020-04-01/2020-06-30",
        "同社の2021年の3月期決算は黒字だった。|  |2021年の3月期|2020-04-01/2021-03-31",
        "得票は昨年の3割にとどまった。|  |昨年|2021",
        "2020年の3位から順位を上げた。|  |2020年|2020",
        "昨年の同月に比べ増えた。|  |昨年|2021",
        "2020年の3カ月間に倍増した。|  |2020年|2020",
        "2020年の3か月前に発表された。|  |2020年|2020",
        "昨年の1カ月分の給与を支給する。|  |昨年|2021",
    })
    void aMonthOfTheYearBeforeIt(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    /** A weekday alone: the last one for a sentence told as done, the next for one planned, else the nearer (Tuesday 2022-01-11). */
    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "政府は金曜日に声明を発表した。|  |金曜日|2022-01-07",
        "首脳会談は金曜日に開かれる予定だ。|  |金曜日|2022-01-14",
        "木曜日にも会談する。|  |木曜日|2022-01-13",
        "金曜の夜に発表された。|  |金曜|2022-01-07",
        "金曜日、大統領は演説した。|  |金曜日|2022-01-07",
        "土曜日の爆発について調べている。|  |土曜日|2022-01-08",
        "月曜日の会合で決まった。|  |月曜日|2022-01-10",
        "金曜日午後3時に発表した。|  |金曜日午後3時|2022-01-07T15:00",
        "火曜日に発表した。|  |火曜日|2022-01-11",
        "火曜日に発表した。|2022-01-12|火曜日|2022-01-11",
        "火曜日に発表する。|2022-01-12|火曜日|2022-01-18",
        "来週の金曜日に会談する。|  |来週の金曜日|2022-01-21",
        "先週の土曜日に爆発があった。|  |先週の土曜日|2022-01-08",
        "10日の月曜日に発表した。|  |10日の月曜日|2022-01-10",
        "首相は金曜日に、年頭の記者会見を4日に開くと発表した。|2022-01-02|金曜日|2021-12-31",
        "首相は10日には、17日に訪米すると表明した。|  |10日|2022-01-10",
        "そのあと10日に会談した。|  |10日|2022-01-10",
    })
    void weekdaysAlone(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    /** Misreadings a review of 390 news-like sentences found (2026-11-27), each with the article date it was found on. */
    @ParameterizedTest(name = "{2} in {0} ({1})")
    @CsvSource(delimiter = '|', value = {
        // figures come out after their period: the last one begun, whatever the tense of their release
        "総務省は21日に12月の全国消費者物価指数を発表する。|2022-01-11|12月|2021-12",
        "7～9月期のGDP速報は11月15日に発表される予定だ。|2022-10-03|7～9月期|2022-07-01/2022-09-30",
        "10～12月期の実質GDPを15日に発表する。|2022-02-03|10～12月期|2021-10-01/2021-12-31",
        "同社の21年10～12月期の売上高は過去最高だった。|2022-11-10|21年10～12月期|2021-10-01/2021-12-31",
        "12月の会合を開く予定だ。|2022-01-11|12月|2022-12",
        // a lead's date dates the main verb, not a verb of a clause on a noun
        "政府は16日、防衛費を総額43兆円とする計画を閣議決定した。|2022-12-31|16日|2022-12-16",
        "東京高裁は14日、国に賠償を命じる判決を言い渡した。|2022-10-03|14日|2022-09-14",
        "同社は1日、社長が交代する人事を発表した。|2022-06-18|1日|2022-06-01",
        "政府は5日、会合を開催する方向で調整している。|2022-01-11|5日|2022-02-05",
        "地元紙は5日、政府が会合を開催する方向で調整していると報じた。|2022-01-11|5日|2022-01-05",
        "政府は5日に会合を開催する方向で調整していると発表した。|2022-01-11|5日|2022-02-05",
        // an occasion ahead of what the sentence tells
        "参院選は10日の投開票に向け、終盤戦に入った。|2022-07-01|10日|2022-07-10",
        "政府は17日の通常国会召集に向け準備を進めた。|2022-01-11|17日|2022-01-17",
        "26日からのG7サミットを前に首脳が集まった。|2022-06-18|26日|2022-06-26",
        "東日本大震災から11年となった3月11日を前に、政府は8日に追悼式の中止を決めた。|2022-03-31|3月11日|2022-03-11",
        "首相が金曜日に来日するとの観測が広がった。|2023-05-15|金曜日|2023-05-19",
        // the day written after 前日/当日 is the mention, and a day before the sentence's dated one is not in its month
        "森保監督は前日の26日に会見した。|2022-11-27|26日|2022-11-26",
        "侵攻は2月24日に始まり、2日で37日目となった。|2022-04-02|2日|2022-04-02",
        "昨年11月30日に上場を申請し、18日に承認された。|2023-01-20|18日|2023-01-18",
        "3月11日に逮捕され、13日に起訴された。|2022-05-20|13日|2022-03-13",
        // a later day alone goes on in the month the day before it was read in, as its tense allows
        "北京五輪は2月4日に開幕する。団体戦は4～7日、男子シングルは8日と10日に行われる。|2022-01-11|8日|2022-02-08",
        "北京五輪は2月4日に開幕する。団体戦は4～7日、男子シングルは8日と10日に行われる。|2022-01-11|10日|2022-02-10",
        "容疑者は5日に逮捕され、28日に起訴された。|2022-01-10|28日|2021-12-28",
        "選手団は3日に出発し、25日に帰国する予定だ。|2022-01-10|25日|2022-02-25",
        "大会は10日に開幕し、25日に閉幕する。|2022-01-10|25日|2022-01-25",
        // a day in a week named
        "来週11日には法案が成立する見通しだ。|2022-05-06|来週11日|2022-05-11",
        "先週の16日、ミサイルが着弾した。|2022-11-27|先週の16日|2022-11-16",
        "週末の8日には感染が確認された。|2022-01-10|週末の8日|2022-01-08",
        "来週20日に会談する。|2022-05-06|来週20日|2022-W19",
        "今週の月曜日から金曜日まで渋滞が続いた。|2022-12-31|今週の月曜日から金曜日まで|2022-12-26/2022-12-30",
        "来週の月曜日から水曜日まで会議が開かれる。|2022-06-18|来週の月曜日から水曜日まで|2022-06-20/2022-06-22",
        // and what a review of those changes found they broke or missed
        "図書館は12月29日から31日は休館する。|2022-12-20|12月29日から31日|2022-12-29/2022-12-31",
        "10日から12日が見ごろだ。|2022-05-10|10日から12日|2022-05-10/2022-05-12",
        "視察したあと5日に東京に戻った。|2022-05-10|5日|2022-05-05",
        "感染者は前日の2倍に増えた。|2022-05-10|前日|2022-05-09",
        "先週の金曜日から月曜日まで休業した。|2022-05-10|先週の金曜日から月曜日まで|2022-05-06/2022-05-09",
        "同社は3月の着工を目指す。|2022-01-11|3月|2022-03",
        "4月の販売開始を予定している。|2022-01-11|4月|2022-04",
        "市は5日に外出を控えるよう呼びかけた。|2022-01-25|5日|2022-01-05",
        "首相は5日に支持者を前に演説した。|2022-01-25|5日|2022-01-05",
        "3月15日の会見で、社長は2日に発表した計画を撤回した。|2022-05-10|2日|2022-03-02",
    })
    void reviewedMisreadings(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    @Test
    void aDayWrittenAfterTheDayBeforeAndADayNotInItsWeekAreOneMentionTheLatterDoubtful() {
        assertEquals(List.of("26日"), finder.find("森保監督は前日の26日に会見した。", DOC).stream().map(DateMention::text).toList());
        assertEquals(List.of("10日"), finder.find("試合は当日の10日に行われた。", DOC).stream().map(DateMention::text).toList());
        for (String counted : List.of("先週3日ほど休んだ。", "今週2日連続で上昇した。", "先週1日平均の感染者数。")) {
            List<DateMention> found = finder.find(counted, DOC);
            assertEquals(1, found.stream().filter(m -> m.kind() == Kind.DATE).count(), counted + " → " + found);
            assertEquals(Granularity.WEEK, found.get(0).value().orElseThrow().granularity(), "the week alone: " + found);
        }
        DateMention notInWeek = only("来週20日に会談する。", LocalDate.of(2022, 5, 6), "来週20日");
        assertEquals(DateMention.Confidence.DOUBTFUL, notInWeek.confidence(), notInWeek.toString());
    }

    @Test
    void aWeekdayAloneIsInferredFromTheTenseAndOneAfterADateIsPartOfIt() {
        DateMention friday = only("政府は金曜日に声明を発表した。", DOC, "金曜日");
        assertEquals(DateMention.Confidence.INFERRED, friday.confidence());
        assertTrue(friday.flags().contains(Flag.PAST_CUE), friday.toString());
        assertEquals(List.of("今週末"), finder.find("今週末の土曜日に開かれる。", DOC).stream().map(DateMention::text).toList());
        assertEquals(List.of("週明け"), finder.find("政府は週明けの月曜日に発表する。", DOC).stream().map(DateMention::text).toList());
        assertEquals(List.of("7日"), finder.find("金曜日の7日に発表した。", DOC).stream().map(DateMention::text).toList());
    }

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "2020年3月5日に逮捕された。同日、起訴された。|  |同日|2020-03-05",
        "2020年3月5日に逮捕された。翌日、釈放された。|  |翌日|2020-03-06",
        "2020年3月5日に判決。前日には抗議があった。|  |前日|2020-03-04",
        "2020年3月5日に入院し、その2日後に退院した。|  |その2日後|2020-03-07",
        "2020年3月5日に就任。同月10日に訪米した。|  |同月10日|2020-03-10",
        "2020年3月に着工し、翌年に完成した。|  |翌年|2021",
        "2020年に発表。前年は赤字だった。|  |前年|2019",
        "2020年3月5日に会談。翌週、合意した。|  |翌週|2020-W11",
        "2020年3月に着工。翌月に中断した。|  |翌月|2020-04",
        "2020年に着工。同年に完成した。|  |同年|2020",
        "容疑者は昨年12月31日に逮捕され、翌1日に送検された。|  |翌1日|2022-01-01",
        "容疑者は10月31日に逮捕され、翌1日に送検された。|2021-11-20|翌1日|2021-11-01",
        "5日に入院し、翌7日に退院した。|  |翌7日|2022-01-07",
        "翌1日に会見した。|  |翌1日|2022-01-01",
        "容疑者は10月30日に逮捕され、2日後の11月1日に送検された。|2021-11-20|2日後|2021-11-01",
        "首相は10日、3日後に訪米すると述べた。|  |3日後|2022-01-13",
        "2020年3月5日に入院し、2週間後に退院した。|  |2週間後|2020-03-19",
        "東芝は28日に定時株主総会を開く。株価は今月に入り上昇した。株主の投票結果は、総会の翌日に公表される。|2022-06-18|翌日|2022-06-29",
        "町は3日に慰霊祭を開いた。村は10日に追悼式を開いた。慰霊祭の2日後に記念碑が除幕された。|  |2日後|2022-01-05",
        "首相は5日に訪米した。会談は7日だった。帰国の翌日に会見する。|  |翌日|2022-01-08",
        "町は3日に慰霊祭を開いた。村は10日に追悼式を開いた。慰霊祭から2日後に記念碑が除幕された。|  |2日後|2022-01-05",
        "県警は8日、男を拘束した。大使館は、拘束から約1週間後に家族から相談を受けたという。|2019-10-20|1週間後|2019-10-15",
        "首相は5日に訪米した。会見から2日後に発表する。|  |2日後|2022-01-13",
        "協議会は今月5日、7月23日から続けてきた取水制限を全面解除した。解除の前日、市長は感謝を語っていた。|2018-09-08|前日|2018-09-04",
        "協議会は7月23日から取水を制限した。制限の翌日、市長は協力を求めた。|2018-09-08|翌日|2018-07-24",
    })
    void relativeToThePreviousDate(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    @Test
    void thePreviousDateIsTheAnchor() {
        DateMention m = only("2020年3月5日に逮捕された。翌日、釈放された。", DOC, "翌日");
        assertEquals(DateMention.AnchorKind.PREVIOUS_MENTION, m.anchorKind());
        assertEquals(LocalDate.of(2020, 3, 5), m.anchor().orElseThrow());
    }

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "探査機の着地は昨年2月と7月の2回だった。|2020-12-08|7月|2019-07",
        "運賃は2019年3月、10月に改定された。|2020-12-08|10月|2019-10",
        "点検は昨年12月と1月に行った。|2020-12-08|1月|2020-01",
        "値上げは昨年3月と今年1月だった。|2020-12-08|今年1月|2020-01",
        "昨年3月に決め、10月に値上げした。|2020-12-08|10月|2020-10",
    })
    void aMonthListedRightAfterOneWithItsYearIsOfThatYear(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "社長は2021年9月28日に辞任し、後任には専務が10月1日付で就いた。|2023-02-25|10月1日|2021-10-01",
        "新駅は2027年3月に完成し、4月に開業する予定だ。|2025-06-01|4月|2027-04",
        "男は2019年10月に逮捕され、2月に起訴された。|2022-06-10|2月|2020-02",
        "組合は2023年8月にストを始め、10月上旬に妥結した。|2025-03-01|10月上旬|2023-10-01/2023-10-10",
        // a deadline is no time the story was at, half a year on is as likely this year's
        "工事は2026年1月までに終える計画だったが、市は5月に中止を決めた。|2025-06-20|5月|2025-05",
        "町は2019年2月に計画を決め、10月に着工した。|2022-12-01|10月|2022-10",
        "2023年12月に就任した山田市長は、3月の市議会で予算案を提出する。|2025-02-10|3月|2025-03",
    })
    void aMonthAloneSoonAfterOneWithItsYearGoesOnInThatYear(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "工事は6月末までに終える計画だ。|  |6月末|2022-06-30",
        "契約は今月末で打ち切られる。|  |今月末|2022-01-31",
        "田中部長は3月末付で退職する。|  |3月末|2022-03-31",
        "登録者は12月末時点で約3万人だった。|  |12月末|2021-12-31",
        "預金残高は先月末の時点で2兆円だった。|  |先月末|2021-12-31",
        "先月末には大雪が降った。|  |先月末|2021-12-31",
        "月末でも間に合う。|  |月末|2022-01-31",
        "月末での交渉を目指す。|  |月末|2022-01-31",
    })
    void aMonthsEndIsItsLastDayNamedAsAnEdgeOrNot(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    @Test
    void aMonthsEndNamedAsAnEdgeIsNoDayALaterReferenceCountsFrom() {
        assertEquals("2022-01-10", only("三和電機は10日、買収を発表した。買収は来月末までに完了する。同社は同日、決算も発表した。", DOC, "同日")
                .formattedValue());
        assertEquals("2022-01-06", only("農林水産省は5日、在庫が10月末の時点で減ったと発表した。発表の翌日、県は対策会議を開いた。", DOC, "翌日")
                .formattedValue());
    }

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "1月上旬に発表する。|  |1月上旬|2022-01-01/2022-01-10",
        "来月中旬に訪米する。|  |来月中旬|2022-02-11/2022-02-20",
        "昨年12月下旬に発生。|  |昨年12月下旬|2021-12-21/2021-12-31",
        "2月初旬に再開する予定。|  |2月初旬|2022-02-01/2022-02-10",
        "3月末に退任する。|  |3月末|2022-03-31",
        "昨年末に合意した。|  |昨年末|2021-12-01/2021-12-31",
        "今年末までに決める方針。|  |今年末|2022-12-01/2022-12-31",
        "年明けに解散する見通し。|2021-11-20|年明け|2022-01-01/2022-01-31",
        "今春に卒業した。|2022-06-01|今春|2022-03-01/2022-05-31",
        "昨秋の選挙。|  |昨秋|2021-09-01/2021-11-30",
        "2022年冬の五輪。|  |2022年冬|2022-12-01/2023-02-28",
        "週末に開かれる。|  |週末|2022-01-15/2022-01-16",
        "今週末の天気。|  |今週末|2022-01-15/2022-01-16",
        "先週末に行われた。|  |先週末|2022-01-08/2022-01-09",
        "2022年度の予算。|  |2022年度|2022-04-01/2023-03-31",
        "今年度の見通し。|2022-01-11|今年度|2021-04-01/2022-03-31",
        "2022年第1四半期のGDP。|  |2022年第1四半期|2022-01-01/2022-03-31",
        "2022年度第1四半期の決算。|  |2022年度第1四半期|2022-04-01/2022-06-30",
        "2021年上半期の販売。|  |2021年上半期|2021-01-01/2021-06-30",
        "年度末に向けて調整する。|  |年度末|2022-03",
        "今年度末に結論を出す。|  |今年度末|2022-03",
        "2022年度末の残高。|  |2022年度末|2023-03",
        "来年度初めに導入する。|  |来年度初め|2022-04",
        "年度初めに異動した。|2021-06-01|年度初め|2021-04",
        "年度初めに導入する。|2022-01-11|年度初め|2022-04",
        "年度末に退職した。|2022-05-10|年度末|2022-03",
        "年度末の人事異動が発表された。|2022-02-20|年度末|2022-03",
        "今冬は寒さが厳しい。|  |今冬|2021-12-01/2022-02-28",
        "昨冬は大雪だった。|2022-02-15|昨冬|2020-12-01/2021-02-28",
        "来冬の電力需給。|  |来冬|2022-12-01/2023-02-28",
        "今冬の電力需給。|2022-11-20|今冬|2022-12-01/2023-02-28",
        "2021年2月に逮捕され、同年冬に釈放された。|  |同年冬|2021-12-01/2022-02-28",
        "今年度初の黒字となった。|  |今年度|2021-04-01/2022-03-31",
        "3月の下旬に完成する。|  |3月の下旬|2022-03-21/2022-03-31",
        "今月の中旬に発表する。|  |今月の中旬|2022-01-11/2022-01-20",
    })
    void partsOfPeriods(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    /**
     * Figures of a quarter or a half told as out (発表した, だった) are of one that is over: the last
     * begun may have begun only days before. A month's figures keep the last begun (a city's prices
     * of the month are out before it ends), and figures still to come keep it too.
     */
    @ParameterizedTest(name = "{2} in {0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "同社は上半期の決算を発表した。|2022-01-11|上半期|2021-01-01/2021-06-30",
        "第1四半期の業績は好調だった。|2022-01-11|第1四半期|2021-01-01/2021-03-31",
        "第3四半期の決算を発表した。|2022-10-20|第3四半期|2022-07-01/2022-09-30",
        "上半期の国内新車販売は前年同期を下回った。|2022-01-11|上半期|2021-01-01/2021-06-30",
        "第2四半期の出荷は前年比で2割減った。|2022-08-20|第2四半期|2022-04-01/2022-06-30",
        "上半期の売上高を来月発表する。|2022-07-11|上半期|2022-01-01/2022-06-30",
        "下半期の生産を増やす計画だ。|2022-01-11|下半期|2022-07-01/2022-12-31",
        "上半期に新工場を稼働させた。|2022-05-11|上半期|2022-01-01/2022-06-30",
        "総務省は24日、12月の東京都区部消費者物価指数を発表した。|2022-12-27|12月|2022-12",
    })
    void figuresOfAPeriodToldAsOutAreOfOneThatIsOver(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    /** 新年度 is the business year that begins next April, or the one begun this April until June. */
    @ParameterizedTest(name = "{2} in {0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "政府は新年度予算案を閣議決定した。|2021-12-24|新年度|2022-04-01/2023-03-31",
        "新年度から制度が変わる。|2022-01-11|新年度|2022-04-01/2023-03-31",
        "新年度予算が成立した。|2022-03-22|新年度|2022-04-01/2023-03-31",
        "新年度を迎え、新入社員が入社した。|2022-04-01|新年度|2022-04-01/2023-03-31",
        "新年度の事業計画を説明した。|2022-05-10|新年度|2022-04-01/2023-03-31",
        "各省は新年度予算の概算要求を提出した。|2022-09-01|新年度|2023-04-01/2024-03-31",
        "新年度初めに導入する。|2022-01-11|新年度初め|2022-04",
    })
    void theNewBusinessYear(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    @Test
    void aLatestBusinessYearIsNoNewOne() {
        assertTrue(finder.find("最新年度のデータを公表した。", DOC).stream().noneMatch(m -> m.text().contains("新年度")),
                () -> finder.find("最新年度のデータを公表した。", DOC).toString());
    }

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "2日から10日まで開かれた。|  |2日から10日まで|2022-01-02/2022-01-10",
        "2〜10日に開かれた。|  |2〜10日|2022-01-02/2022-01-10",
        "22～24年度の中期経営計画を発表した。|  |22～24年度|2022-04-01/2025-03-31",
        "2021～23年度の中期計画。|  |2021～23年度|2021-04-01/2024-03-31",
        "2020～22年の統計。|  |2020～22年|2020-01-01/2022-12-31",
        "1月2日～10日の日程。|  |1月2日～10日|2022-01-02/2022-01-10",
        "今月1〜6日の集計。|  |今月1〜6日|2022-01-01/2022-01-06",
        "昨年3月11日〜9月10日の期間。|  |昨年3月11日〜9月10日|2021-03-11/2021-09-10",
        "12月28日から1月3日まで休む。|  |12月28日から1月3日まで|2021-12-28/2022-01-03",
        "2021年10〜12月期の実質GDP。|  |2021年10〜12月期|2021-10-01/2021-12-31",
        "2020年から2022年にかけて。|  |2020年から2022年にかけて|2020-01-01/2022-12-31",
    })
    void ranges(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "同社は2023年3月期の業績予想を修正した。|  |2023年3月期|2022-04-01/2023-03-31",
        "1990年代に急成長した。|  |1990年代|1990-01-01/1999-12-31",
        "9、10日に開かれた。|  |9、10日|2022-01-09/2022-01-10",
        "会合は5・6日に東京で開かれた。|  |5・6日|2022-01-05/2022-01-06",
        "首脳会議は3月5・6日の両日開かれる。|  |3月5・6日|2022-03-05/2022-03-06",
        "会合は5・7日に開かれた。|  |7日|2022-01-07",
        "元日に発表された。|  |元日|2022-01-01",
        "大みそかに放送された。|  |大みそか|2021-12-31",
        "2021年元日の朝。|  |2021年元日|2021-01-01",
        "今年の元日に地震があった。|2022-12-30|今年の元日|2022-01-01",
        "昨年の大みそかに放送された。|  |昨年の大みそか|2021-12-31",
        "年末年始の休暇。|  |年末年始|2021-12-29/2022-01-03",
        "週明けに再開する。|  |週明け|2022-01-17",
        "月内にも決定する。|  |月内|2022-01",
        "年内に結論を出す。|  |年内|2022",
        "年度内に成立させる。|  |年度内|2021-04-01/2022-03-31",
    })
    void namedDaysAndBusinessPeriods(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    @Test
    void aBareTimeTakesItsDayFromItsSentenceOrTheOneBefore() {
        List<DateMention> found = finder.find("会談は5日に行われた。午後3時に終わった。", DOC);
        assertEquals("2022-01-05T15:00", found.get(1).formattedValue());
        assertEquals(Kind.TIME, found.get(1).kind());
        List<DateMention> same = finder.find("会談は5日に始まり、午後3時に終わった。", DOC);
        assertEquals("2022-01-05T15:00", same.get(1).formattedValue());
    }

    @Test
    void openRangesKeepTheirStartAndSpanTheDateAlone() {
        DateMention from = only("10日からの協議について。", DOC, "10日");
        assertEquals("2022-01-10", from.formattedValue());
        assertTrue(from.value().orElseThrow().isOpen());
        DateMention after = only("10日以降に再開した。", DOC, "10日");
        assertEquals(app.nenpyo.domain.TimeValue.Openness.OPEN_END, after.value().orElseThrow().openness());
        DateMention until = only("20日まで延長した。", DOC, "20日");
        assertEquals(app.nenpyo.domain.TimeValue.Openness.OPEN_START, until.value().orElseThrow().openness());
    }

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "10日午前10時に会見した。|  |10日午前10時|2022-01-10T10:00",
        "10日午後3時半ごろ発生した。|  |10日午後3時半|2022-01-10T15:30",
        "10日15時20分に発表した。|  |10日15時20分|2022-01-10T15:20",
        "9日夜9時に到着した。|  |9日夜9時|2022-01-09T21:00",
        "10日の午後一時に始まった。|  |10日の午後一時|2022-01-10T13:00",
        "2022/1/10 10:00に公開。|  |2022/1/10 10:00|2022-01-10T10:00",
        "10日未明に発生した。|  |10日未明|2022-01-10",
        "日本時間10日に発表された。|  |日本時間10日|2022-01-10",
        "現地時間9日に行われた。|  |現地時間9日|2022-01-09",
        "10日24時に期限を迎えた。|  |10日24時|2022-01-11T00:00",
    })
    void timesOfDay(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    @Test
    void localTimeAndPartsOfDayAreNoted() {
        assertTrue(only("現地時間9日に行われた。", DOC, "現地時間9日").has(Flag.LOCAL_TIME));
        assertTrue(only("日本時間10日に発表。", DOC, "日本時間10日").has(Flag.JAPAN_TIME));
        assertTrue(only("10日未明に発生した。", DOC, "10日未明").has(Flag.PART_OF_DAY));
    }

    @ParameterizedTest(name = "{2} in {0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "28日に発表した。|2022-01-10|28日|2021-12-28",
        "28日に発表する予定だ。|2022-01-10|28日|2022-01-28",
        "5日に開幕する。|2022-01-10|5日|2022-02-05",
        "12月に就任した。|2022-01-10|12月|2021-12",
        "3月に就任する見通し。|2022-01-10|3月|2022-03",
        "1月に発表した。|2021-11-20|1月|2021-01",
        "1月に解散する方針。|2021-11-20|1月|2022-01",
        "30日に逮捕され、31日に起訴された。|2022-01-11|31日|2021-12-31",
        "昨年3月11日に逮捕され、13日に起訴された。|2022-01-11|13日|2021-03-13",
    })
    void dayOnlyAndMonthOnlyLeanWithTheSentence(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    /**
     * A sentence ending in a plain verb other than る only tips the balance to the future: a date
     * far from the document moves, one near it stays, and neither a verb of how things stand, a
     * range, a headline nor a clause of its own leans at all.
     */
    @ParameterizedTest(name = "{2} in {0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "同社は6月29日に株主総会を開く。|2022-01-11|6月29日|2022-06-29",
        "株主総会は6月29日に開く。|2022-01-11|6月29日|2022-06-29",
        "同社は25日にも臨時株主総会を開く。|2022-01-11|25日|2022-01-25",
        "政府は3月に、新たな対策を打ち出す。|2022-01-11|3月|2022-03",
        "両社は12月22日に資本業務提携を結ぶ。|2022-01-11|12月22日|2021-12-22",
        "首相は5日に記者会見を開く。|2022-01-11|5日|2022-01-05",
        "大雪は12月30日から続く。|2022-01-11|12月30日|2021-12-30",
        "寒波は4日から続く。|2022-01-11|4日|2022-01-04",
        "対象から12月28日以前の入国者を除く。|2022-01-11|12月28日|2021-12-28",
        "今回の措置は12月24日の閣議決定に従う。|2022-01-11|12月24日|2021-12-24",
        "4日の東京市場 円安が一段と進む|2022-01-11|4日|2022-01-04",
        "協議は10日にジュネーブで始まり、その後ウィーンで行う。|2022-01-21|10日|2022-01-10",
        "両首脳は5日の電話会談で連携強化を確認し合う。|2022-01-11|5日|2022-01-05",
        "同社は20日に資本業務提携の契約を結ぶ。|2022-09-05|20日|2022-09-20",
        "同社は10日の工場火災を受けて再発防止策の策定を急ぐ。|2022-01-25|10日|2022-01-10",
        "同社は4月の不祥事からの信頼回復を急ぐ。|2022-10-15|4月|2022-04",
        "監督は15日の会見で「次は優勝を狙う」と意気込む。|2022-01-28|15日|2022-01-15",
        "10日の初会合に続いて24日に2回目の会合を開く。|2022-03-22|10日|2022-03-10",
    })
    void aPlainVerbEndingTheSentenceOnlyTipsTheBalance(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    /**
     * A verb before its noun after a chain's comma and another time (…改定され、同月15日から…止める臨時措置も
     * 取られた) is of that time's clause, and says nothing of the first date's; in the date's own clause it still
     * dates it (3月上旬に運行を止める路線を決めた: the stop is ahead).
     */
    @ParameterizedTest(name = "{2} in {0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "運賃は3月上旬に改定され、市内では同月15日から深夜に運行を止める臨時措置も取られた。|2022-02-10|3月上旬|2021-03-01/2021-03-10",
        "市は3月上旬に運行を止める路線を決めた。|2022-02-10|3月上旬|2022-03-01/2022-03-10",
    })
    void aVerbBeforeItsNounInAClauseOfAnotherTimeIsNoCue(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    /** にも after a date is "as soon as" when no verb tells it done, "also" when one does. */
    @ParameterizedTest(name = "{2} in {0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "住民団体は、27日にも再び抗議の座り込みを行う可能性があると話している。|2019-09-10|27日|2019-09-27",
        "市内では27日にも、同じ手口の事件があった。|2019-09-10|27日|2019-08-27",
        "市内では27日にも同じ手口の事件が起きている。|2019-09-10|27日|2019-08-27",
        "同じ交差点では5日にも衝突事故が発生。|2024-06-20|5日|2024-06-05",
        "組合は27日にも再びストに踏み切る可能性があり、会社側は警戒を強めている。|2019-09-10|27日|2019-09-27",
    })
    void aDayWithNimoAndNoDeedDoneIsAhead(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    /** A year of two digits told as a time after one of four in its sentence: news writes the century once. */
    @ParameterizedTest(name = "{2} in {0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "研究所は1987年に試作機を完成させ、93年に量産を始めた。|2020-05-01|93年|1993",
        "同社は2016年に設立され、19年には東証に上場した。|2020-05-01|19年|2019",
        "堤防は1998年と2004年、09年に決壊した。|2020-05-01|09年|2009",
        "総人口は2056年に1億人を割り、70年には8700万人になる見通しだ。|2024-06-01|70年|2070",
        "商店は1905年に創業し、30年に株式会社となった。|2024-06-01|30年|1930",
    })
    void aShortYearAfterAFullOneIsOfItsCentury(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    /** Counts of years keep no date, with a year of four digits before them or not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2018年の大雪は30年に1度の規模だった。|2020-05-01|30年",
        "町長は2008年に初当選し、12年にわたり町政を担った。|2020-05-01|12年",
        "2010年に開店してから10年になる。|2020-05-01|10年",
        "工場は2010年に約40年に及ぶ操業を終えた。|2020-05-01|40年",
        "同社は19年に上場した。|2020-05-01|19年",
        "制度が始まった2014年から10年、利用者は倍になった。|2024-06-01|10年",
        "2000年に開業して25年、改修に着手した。|2025-06-01|25年",
    })
    void aCountOfYearsAfterAFullYearIsNoDate(String sentence, String doc, String expression) {
        List<DateMention> found = finder.find(sentence, LocalDate.parse(doc));
        assertTrue(found.stream().noneMatch(m -> m.text().equals(expression) && m.kind() == Kind.DATE), () -> sentence + ": " + found);
    }

    /**
     * A noun of plans is a cue only as the predicate; a date set off by a comma dates the lead's
     * own predicate, any other the nearest verb, even one quoted (〜すると発表した).
     */
    @ParameterizedTest(name = "{2} in {0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "同社は4日、新たな中期経営計画を発表した。|2022-01-11|4日|2022-01-04",
        "同社は5日、2022年3月期の業績見通しを下方修正した。|2022-01-11|5日|2022-01-05",
        "日銀は6日、地域経済報告を公表し、景気の予想を据え置いた。|2022-01-11|6日|2022-01-06",
        "東京都は2日、感染者数が予想を上回ったと発表した。|2022-01-11|2日|2022-01-02",
        "大会組織委は4日、2月4日の開会式を予定通り開催すると発表した。|2022-01-11|4日|2022-01-04",
        "28日に発表する予定だ。|2022-01-10|28日|2022-01-28",
        "20日に結論を出す見通しとなった。|2022-01-11|20日|2022-01-20",
        "岸田総理大臣は、21日に日米首脳会談をオンラインで行うと発表しました。|2022-01-11|21日|2022-01-21",
        "政府は7日、20日から入国制限を緩和すると発表した。|2022-01-11|7日|2022-01-07",
        "政府は7日、20日から入国制限を緩和すると発表した。|2022-01-11|20日|2022-01-20",
        "同社は6日、25日に新製品を発売すると発表した。|2022-01-11|25日|2022-01-25",
        "両国は18日に外相会談を開くことで合意した。|2022-01-11|18日|2022-01-18",
        "首相は10日、17日に訪米すると表明した。|2022-01-11|10日|2022-01-10",
        "首相は10日、17日に訪米すると表明した。|2022-01-11|17日|2022-01-17",
        "首相は9日午後、20日に会談を開くと述べた。|2022-01-11|9日午後|2022-01-09",
        "首相は9日午後、20日に会談を開くと述べた。|2022-01-11|20日|2022-01-20",
        "米雇用統計が28日に発表されると円相場は急落した。|2022-01-11|28日|2021-12-28",
        "年末の28日になると客足が戻った。|2022-01-11|28日|2021-12-28",
        "1日をめどに結論を出す。|2022-01-16|1日|2022-02-01",
        "1日（日本時間2日）、会談を開催すると発表した。|2022-01-16|1日|2022-01-01",
        "1日（日本時間2日）、会談を開催すると発表した。|2022-01-16|日本時間2日|2022-01-02",
    })
    void theLeadsOwnPredicateOrTheClauseQuoted(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "警察はこれまでに5800人を拘束した。",
        "およそ10万人の部隊。",
        "支持率は7.18%に上昇した。",
        "12-1で勝った。3-1の逆転。",
        "30歳の男性が死亡した。",
        "十分な説明がない。",
        "公共施設を一時占拠した。",
        "毎日新聞によると。",
        "日本の首相。",
        "三日月が見えた。",
        "二日酔いで欠席した。",
        "電話03-1234-5678まで。",
        "バージョン1.10.2を公開。",
        "詳細はhttps://example.jp/2022/01/10/news.htmlを参照。",
        "人口の1/3が高齢者だ。",
        "前年比5%増、前日比100円高。",
        "1日あたり300人が感染。",
        "3年ぶりの開催。",
        "2日目の審議。",
        "2度目の抗議デモが起きた。",
        "3度目の利上げに踏み切った。",
        "二度目の会談に臨んだ。",
        "5回目の協議を終えた。",
        "就任5年目の首相。",
        "毎月10日に発行する。",
        "前半と後半に分けて。",
        "1日20万人を超えた。",
        "前年末比で増えた。",
        "ここ3日で急増した。",
        "日経平均株価は3日続落した。",
        "日経平均は4日続伸した。",
        "円相場は2日続けて下落した。",
        "真冬日が10日続いた。",
        "首相は1泊2日の日程で訪米した。",
        "3泊4日の日程で訪れる予定だ。",
        "週2日のテレワークを認める。",
        "完全週休2日制を導入した。",
        "1日平均2000人が訪れた。",
        "わずか3日で完売した。",
        "たった2日で売り切れた。",
        "延べ10日にわたり審議した。",
        "最長10日の大型連休になる。",
        "10日先までの天気予報。",
        "終値は前日終値比120円高だった。",
        "住民を助けさえしなかった。",
        "それだけさ。",
        "同年代の若者に人気だ。",
        "新潟県十日町市の雪まつり。",
        "十日市場駅の近く。",
        "毎年3月11日に追悼式が開かれる。",
        "チームはきょうそうに勝った。",
        "広島では毎年8月6日に平和記念式典が開かれる。",
        "毎年3月11日と8月6日に式典が開かれる。",
        "毎月1日や15日に発行する。",
        "約10日かけて調べた。",
        "約3年の歳月をかけた。",
        "半年間の研修を終えた。",
        "半年ぶりに再開した。",
        "四半年前の決算。",
        "予約2日前までに連絡する。",
        "公約3年前の約束を守った。",
        "解約1カ月前までに申し出る。",
        "計画を半年前倒しする。",
        "完成を1年半前倒しする。",
        "事故から1年半後に運転を再開した。",
        "任期満了の1年半前に辞任した。",
        "震災から約1年半後に再開した。",
        "1年半ぶりに会談した。",
        "1年半の交渉を経て合意した。",
        "開業は半年後ろ倒しになった。",
        "家賃を半年前払いした。",
        "工期を約1年前倒しして完成させた。",
        "約3年前後の期間をかける。",
        "番組は毎週内容を更新している。",
        "隔週内容を入れ替える。",
        "毎週内部会議を開いている。",
        "毎年1月と7月に賞与を支給する。",
        "月に2・3日は出社する。",
        "週に2、3日在宅勤務をする。",
        "商品は2・3日で届く。",
        "毎週金曜日に会合を開いている。",
        "隔週金曜に配信する。",
        "月曜から金曜まで営業する。",
        "月～金曜は休む。",
        "月曜日から金曜日までの平日に開く。",
        "日曜版に掲載された。",
        "第2金曜日に開かれる。",
        "金融庁は発表した。",
        "水曜どうでしょうを見た。",
        "残すところあと1日となった。",
        "投開票まで、あと9日。",
        "残り6日で期限を迎える。",
        "逮捕から2日で釈放された。",
        "開幕から10日が過ぎた。",
        "新薬の治験では、発作の起きた日が月平均3日減った。",
        "夏場の電力が足りない。",
        "初夏ごろに白い花が咲く。",
        "夏に強い品種を育てている。",
        "完成まで10日かかる。",
        "金曜ロードショーを見た。",
        "日曜大工が趣味だ。",
        "毎月最終金曜日に開く。",
        "毎週月・水・金曜日に営業する。",
        "土・日曜日は休みだ。",
        "月、水、金曜日に開く。",
        "日曜に限り営業する。",
    })
    void notDates(String sentence) {
        List<DateMention> found = finder.find(sentence, DOC);
        assertTrue(found.stream().noneMatch(m -> m.kind() != Kind.DURATION), () -> sentence + " → " + found);
    }

    /**
     * A season written alone before ごろ, 以降 or までに is the nearest one the sentence's tense allows,
     * as 年末 alone is; one of a year named before it is read with that year.
     */
    @ParameterizedTest(name = "{2} in {0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "政府は秋ごろに運転を再開する方針だ。|2023-05-10|秋ごろ|2023-09-01/2023-11-30",
        "委員会は夏ごろに報告書をまとめる。|2024-02-10|夏ごろ|2024-06-01/2024-08-31",
        "工場は春以降に操業を再開する。|2023-11-10|春|2024-03-01/2024-05-31",
        "男性は夏ごろから体調を崩していた。|2024-02-10|夏ごろ|2023-06-01/2023-08-31",
        "新駅は来年の夏ごろに完成する。|2023-05-10|来年の夏|2024-06-01/2024-08-31",
    })
    void aSeasonAloneIsTheNearestOneItsTenseAllows(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
    }

    /**
     * A headline's count of days since a happening (再開から4日, its で dropped) is no day; a range in a
     * headline, a body's から before a day with に, and the body under such a headline keep their days.
     */
    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "美術館、今月29日から31日⏎館内の改修で休館する。|2022-01-11|今月29日から31日|2022-01-29/2022-01-31",
        "首相はロンドンから5日に帰国した。|2022-01-11|5日|2022-01-05",
        "製鉄所の高炉、また停止　再開から4日⏎東西製鉄は10日、高炉を止めた。|2022-01-11|10日|2022-01-10",
        "首相はロンドンから4日に帰国した。|2022-01-11|4日|2022-01-04",
        "首相はロンドンから4日|2022-01-11|4日|2022-01-04",
    })
    void aHeadlineCountsDaysFromAHappeningOnly(String written, String doc, String expression, String value) {
        List<DateMention> found = finder.find(written.replace('⏎', '\n'), LocalDate.parse(doc));

        assertEquals(value, FoundMentions.named(found, expression).formattedValue());
    }

    @Test
    void aHeadlinesCountSinceAHappeningIsNoDay() {
        List<DateMention> found = finder.find("製鉄所の高炉、また停止　再開から4日\n東西製鉄は10日、高炉を止めた。", LocalDate.parse("2022-01-11"));

        assertTrue(found.stream().noneMatch(m -> m.text().equals("4日")), found::toString);
    }

    /**
     * 今月2度目, 今年3度目: the second time this month, an ordinal count, never day 2 nor any other
     * day; the period before it is the one mention (a headline's 「カザフスタンで今月2度目の抗議デモ」).
     */
    @ParameterizedTest(name = "{2} in {0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "カザフスタンで今月2度目の抗議デモ|2022-01-11|今月|2022-01",
        "今年3度目の利上げに踏み切った。|2022-01-11|今年|2022",
        "今月２度目の抗議デモが起きた。|2022-01-11|今月|2022-01",
        "今月二度目の抗議デモが起きた。|2022-01-11|今月|2022-01",
        "今月2回目の会合を開いた。|2022-01-11|今月|2022-01",
        "今月に入って2度目の発射となる。|2022-01-11|今月|2022-01",
        "今月2、3度目の会合になる。|2022-01-11|今月|2022-01",
        "先月5度目の協議が行われた。|2022-01-11|先月|2021-12",
        "今週2度目の記者会見を開いた。|2022-01-11|今週|2022-W02",
        "1月2度目の会合を開いた。|2022-03-11|1月|2022-01",
        "今月3度目の大雪となった。|2022-02-01|今月|2022-02",
    })
    void anOrdinalCountAfterAPeriodIsNoDay(String sentence, String doc, String expression, String value) {
        check(sentence, doc, expression, value);
        List<DateMention> found = finder.find(sentence, LocalDate.parse(doc));
        assertEquals(1, found.size(), () -> "the period only, no day: " + found);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
        "3日間にわたり開かれた。|3日間",
        "2週間の隔離。|2週間",
        "5年間の任期。|5年間",
        "3カ月の延長。|3カ月",
        "1時間の会談。|1時間",
        "平年より22日早い。|22日",
    })
    void durationsAreNotEvents(String sentence, String expression) {
        DateMention m = only(sentence, DOC, expression);
        assertEquals(Kind.DURATION, m.kind());
        assertFalse(m.isResolved());
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
        "2月30日に開催。|2月30日",
        "13月に発売。|13月",
        "25時に開始。|25時",
        "令和0年の記録。|令和0年",
        "99999999日に。|99999999日",
        "平成40年に。|平成40年",
        "2022年2月29日に。|2022年2月29日",
        "10日25時に。|10日25時",
        "5年1月に実施した。|5年1月",
    })
    void brokenInputIsUnresolvedWithAReason(String sentence, String expression) {
        DateMention m = only(sentence, DOC, expression);
        assertFalse(m.isResolved(), m::toString);
        assertFalse(m.reason().isBlank());
        assertEquals(DateMention.Confidence.UNRESOLVED, m.confidence());
    }

    @Test
    void givenSentenceSpansBoundTheContext() {
        String text = "昨年3月11日に逮捕された。13日に起訴された。";
        List<DateMention> own = finder.find(text, DOC);
        assertEquals("2021-12-13", own.get(1).formattedValue());
        List<DateMention> one = finder.find(text, DOC, List.of(new app.nenpyo.domain.TextSpan(0, text.length())));
        assertEquals("2021-03-13", one.get(1).formattedValue());
    }
}
