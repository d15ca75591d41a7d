package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A third review of the 112 review articles (2026-11-27): two readers kept the period of a
 * statistic, a forecast or a plan's figures off the timeline even when it is the sentence's only
 * date, and so a running count, the reference date of a figure and a count's window. Each rule is
 * held on the review's sentences and on sentences it never saw, beside a happening with a figure
 * that stays.
 */
class FigureBackgroundTest {

    private static final LocalDate DATE = LocalDate.of(2022, 7, 15);
    private static final String PERIOD = "period of the figures reported";

    private static String backgroundOf(String sentence, String expression) {
        return Articles.backgroundOf(sentence, expression, DATE);
    }

    @Test
    void thePeriodOfFiguresIsBackgroundAlsoAsTheSentencesOnlyDate() {
        assertEquals(PERIOD, backgroundOf("4～6月期の実質GDPは、年率換算で3.5%増だった。", "4～6月期"));
        assertEquals(PERIOD, backgroundOf("米国の7月の消費者物価指数は、前年同月比8.5%上昇した。", "7月"));
        assertEquals(PERIOD, backgroundOf("東京電力は2022年3月期の連結決算で、最終赤字を見込んでいる。", "2022年3月期"));
        assertEquals(PERIOD, backgroundOf("5月の完全失業率は2.6%と前月から横ばいだった。", "5月"), "never seen by the review");
        assertEquals(PERIOD, backgroundOf("任天堂の2021年4～12月期の営業利益は前年同期比2割減った。", "2021年4～12月期"));
        assertEquals("", backgroundOf("ソニーは来年3月の決算発表を延期すると明らかにした。", "来年3月"),
                "a release of figures is a happening, not their period");
    }

    /** Statistics named by any figure noun after の (出生数, 経常黒字, 訪日客) and a period glossed in brackets. */
    @Test
    void aPeriodBeforeTheNounOfAFigureIsBackground() {
        assertEquals(PERIOD, backgroundOf("上半期（4～9月）の経常黒字は10兆円を超えた。", "上半期"));
        assertTrue(Articles.reports("上半期（4～9月）の経常黒字は10兆円を超えた。", DATE).stream()
                .noneMatch(r -> r.source().expressionText().equals("4～9月")), "the gloss dates 上半期 and makes no report");
        assertEquals(PERIOD, backgroundOf("昨年の出生数は初めて80万人を下回る見通しだ。", "昨年"));
        assertEquals(PERIOD, backgroundOf("2021年の訪日客は24万人余りで、ピークだった19年の1%にとどまった。", "2021年"));
        assertEquals(PERIOD, backgroundOf("昨年12月の全国の新規感染者数は、前月の約2倍だった。", "昨年12月"));
        assertEquals(PERIOD, backgroundOf("日経平均株価の年末終値は、前年末比で1431円高い2万8791円となった。", "年末"),
                "a period written straight onto the figure");
        assertEquals(PERIOD, backgroundOf("昨年度の県内の観光客は前年度より3割多い820万人に上った。", "昨年度"));
        assertEquals(PERIOD, backgroundOf("2月の国内の新車販売台数は前年同月を下回った。", "2月"));
        assertEquals(PERIOD, backgroundOf("政府は新年度予算の成立を受けて、追加の物価対策を検討する。", "新年度"),
                "a budget is the figures of its year, not when the government considers anything");
        assertEquals("", backgroundOf("昨年の大会で優勝した選手が引退を表明した。", "昨年"), "a past happening, no figure");
        assertEquals("", backgroundOf("先月の訪日客の急増を受け、京都市は対策を始めた。", "先月"),
                "a counted noun that the clause does not measure");
    }

    /** The clause's figure measured in a period: 支持率は今月…下落した, 株価は今月…上昇した, 利益を計上した. */
    @Test
    void aPeriodInWhichTheClausesFigureIsMeasuredIsBackground() {
        assertEquals(PERIOD, backgroundOf("内閣支持率は今月、政権発足以来最低の36%に下落した。", "今月"));
        assertEquals(PERIOD, backgroundOf("株価は今月に入り、約1割上昇した。", "今月"));
        assertEquals(PERIOD, backgroundOf("同社は今年度上期に、過去最高の営業利益を計上した。", "今年度上期"));
        assertEquals(PERIOD, backgroundOf("前回2019年の参院選では、投票率は48.80%だった。", "2019年"));
        assertEquals(PERIOD, backgroundOf("政党支持率は先月、自民党が最も高い35%だった。", "先月"), "never seen by the review");
        assertEquals(PERIOD, backgroundOf("同社の純利益は昨年度、3000億円に達した。", "昨年度"));
    }

    /** A happening with a figure, told by its day or as the deed of an actor, stays on the timeline. */
    @Test
    void aHappeningWithAFigureStays() {
        assertEquals("", backgroundOf("10日に震度5強の地震があった。", "10日"));
        assertEquals("", backgroundOf("東京都では8日に感染者が8000人を超えた。", "8日"), "a day's count is that day's news");
        assertEquals("", backgroundOf("株価は4日、前日比500円超下落した。", "4日"));
        assertEquals("", backgroundOf("首相は4月に訪米する。", "4月"));
        assertEquals("", backgroundOf("政府は来年4月に消費税率を10%に引き上げる。", "来年4月"), "a rate moved by a deed");
        assertEquals("", backgroundOf("来年度から、こども家庭庁の予算が倍増される見通しだ。", "来年度"), "from a date, a change begins");
        assertEquals("", backgroundOf("日銀は今月、政策金利を0.25%引き上げた。", "今月"), "the bank's deed, not a measure");
        assertEquals("", backgroundOf("経済産業省は月末に3月の鉱工業生産指数を発表する見通しだ。", "月末"), "the release's date");
        assertEquals(PERIOD, backgroundOf("総務省は10日、2月の全国消費者物価指数を発表した。", "2月"));
        assertEquals("", backgroundOf("総務省は10日、2月の全国消費者物価指数を発表した。", "10日"), "the release is the event");
    }

    @Test
    void theDayACountHasReachedIsBackground() {
        assertEquals("running count up to the date", backgroundOf("期日前投票は6月23日から始まり、29日までに約500万人が投票した。", "29日"));
        assertEquals("running count up to the date", backgroundOf("ワクチンの3回目接種は10日までに累計2000万回に達した。", "10日"));
        assertEquals("running count up to the date", backgroundOf("県によると、12日までに計35人が避難した。", "12日"));
        assertEquals("", backgroundOf("政府は3月末までに100万回の接種を目指す。", "3月末"), "a target, not a count reached");
        assertEquals("", backgroundOf("派遣された隊員は29日までに全員が帰国した。", "29日"), "no count: a happening by a day");
    }

    @Test
    void theDateAFigureIsGivenAsOfIsBackground() {
        assertEquals("reference date of a figure", backgroundOf("同市の人口は5月1日現在、275万人だった。", "5月1日"));
        assertEquals("reference date of a figure", backgroundOf("外貨準備高は6月末時点で1兆3000億ドルだった。", "6月末"));
        assertEquals("reference date of a figure", backgroundOf("消防によると、10日現在で12棟が全焼した。", "10日"));
        assertEquals("reference date of a figure", backgroundOf("貸出残高は先月末の時点で2兆円にとどまった。", "先月末"));
    }

    @Test
    void theWindowACountIsTakenOverIsBackground() {
        assertEquals(PERIOD, backgroundOf("在日米軍の感染者は、6日までの1週間で1000人を超えた。", "6日"));
        assertEquals(PERIOD, backgroundOf("先月20日～26日の1週間に、都内で計800件の相談があった。", "先月20日～26日"));
        assertEquals(PERIOD, backgroundOf("政府は16日、防衛費を23～27年度の5年間で総額43兆円とする計画を閣議決定した。", "23～27年度"));
        assertEquals("", backgroundOf("政府は16日、防衛費を23～27年度の5年間で総額43兆円とする計画を閣議決定した。", "16日"));
        assertEquals(PERIOD, backgroundOf("県内では3日までの10日間で、火災が42件起きた。", "3日"), "never seen by the review");
        assertEquals("span stated", backgroundOf("旧計画は平成30年度から令和3年度までの4年間だった。", "平成30年度から令和3年度まで"));
        assertEquals("", backgroundOf("北京冬季五輪は2月4日に開幕し、20日までの17日間、熱戦が繰り広げられる。", "20日"),
                "the Games' span, no count");
        assertEquals("", backgroundOf("重点措置の期間は31日までの3週間となる。", "31日"), "a measure ending on a day");
    }

    @Test
    void aPreviousPeriodAChangeIsCountedFromIsAComparisonBase() {
        String pension = "厚生労働省は令和4年度の年金額を、前年度から0.4%引き下げると発表した。";
        assertEquals("comparison base", backgroundOf(pension, "前年度"));
        assertEquals(PERIOD, backgroundOf(pension, "令和4年度"));
        assertEquals("comparison base", backgroundOf("輸出額は前月から3%増えた。", "前月"));
        assertEquals("", backgroundOf("電気料金は4月から10%に引き上げられる。", "4月"), "a start, with the figure it goes to");
    }

    /** The review merged the December prices of the United States and of Japan: two figures' periods are not one happening. */
    @Test
    void theDatesOfTwoFiguresMergeWithNothing() {
        var events = new EventPipeline().extract(List.of(
                Articles.article("米国の12月の消費者物価指数は前年同月比7.0%上昇した。", DATE),
                Articles.article("日本の12月の消費者物価指数は前年同月比0.8%上昇した。", DATE)));
        assertEquals(2, events.size(), () -> events.toString());
        assertTrue(events.stream().allMatch(Event::background));
    }

    /** A period that only names the day written after it (新年度が始まる4月1日) or what the day dates, in a chain of の. */
    @Test
    void aPeriodNamingTheSentencesDayIsBackground() {
        String majority = "新年度が始まる4月1日から、成人年齢が18歳に引き下げられる。";
        assertEquals("period naming what the sentence's day dates", backgroundOf(majority, "新年度"));
        assertEquals("", backgroundOf(majority, "4月1日"));
        assertEquals("period naming what the sentence's day dates", backgroundOf("今年度が終わる3月31日に、同制度は廃止される。", "今年度"));
        assertEquals(PERIOD, backgroundOf("政府は31日、2021年度の補正予算の執行状況を公表した。", "2021年度"),
                "a budget is a figure of its year, which the temporal layer's list now knows too");
        assertEquals("period naming what the sentence's day dates", backgroundOf("政府は31日、2021年度の行政改革の実施状況を公表した。", "2021年度"));
    }
}
