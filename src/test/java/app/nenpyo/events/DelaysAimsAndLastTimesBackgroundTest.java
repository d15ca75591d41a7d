package app.nenpyo.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Background the writers of sets five to eleven showed in words the rules did not read (issue 4, session 35, decision
 * 0005's addendum of 2026-12-11): a time still to come something is put off to ({@link PutOffTimes}) or done toward
 * ({@link HorizonsToCome}), a plan for a time still to come told as it was ({@code BackgroundRules}' plan as it was), a
 * date told as the last time ({@code BackgroundRules}' last occasion), a previous period a figure changed from with
 * より and the peak figures fell from ({@link ComparisonBases}), an aim written めざす ({@link VaguePlans#PLANNED}) and an
 * expected time as its topic's value before another clause ({@link ExpectedTimes}). Each with its near misses: what
 * the rule must leave on the timeline.
 *
 * <p>On sentences written for this test, from several kinds of news.
 */
class DelaysAimsAndLastTimesBackgroundTest {

    /** A Wednesday in June of fiscal year 2023. */
    private static final LocalDate DATE = LocalDate.of(2023, 6, 14);

    private static final String EXPECTED = ExpectedTimes.REASON;
    private static final String VAGUE = VaguePlans.REASON;
    private static final String GIVEN_UP = BackgroundRules.PLAN_GIVEN_UP;
    private static final String SINCE = BackgroundRules.LAST_TIME_BEFORE;
    private static final String BASE = BackgroundRules.COMPARISON_BASE;

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        // put off to a time still to come that names no day
        "新庁舎の工事の完了は来年3月にずれ込んだ。|来年3月|" + EXPECTED,
        "法案の審議は来年の通常国会に持ち越された。|来年|" + EXPECTED,
        "委員会は結論を来月以降に先送りした。|来月|" + EXPECTED,
        "新型機の納入は来年度中の後半にずれこむ。|来年度|" + EXPECTED,
        // not: a named day, a time gone, nothing put off
        "着工は今月20日にずれ込んだ。|今月20日|''",
        "工事の完了は昨年12月にずれ込んだ。|昨年12月|''",
        "町は来年2月に町長選を行う。|来年2月|''",
        // a time still to come something is done toward
        "町は来年4月の開業に向けて準備を進めている。|来年4月|" + VAGUE,
        "今年度末に向けて、各地で値上げの発表が相次いでいる。|今年度末|" + VAGUE,
        "政府は2030年までの排出半減に向けた計画を示した。|2030年|" + VAGUE,
        // not: a named day, a time gone, に向け before the time, a direction on a day
        "選手たちは来月5日の決勝に向けて練習を重ねた。|来月5日|''",
        "チームは昨年秋の大会に向けて練習を重ねた。|昨年秋|''",
        "国は被害者の救済に向け、来月に新たな制度を示す。|来月|''",
        "北朝鮮は14日、弾道ミサイルを日本海に向けて発射した。|14日|''",
        "同社は来年の展示会に新型機を出し、量産に向けて工場を広げる。|来年|''",
        // not: an occasion held then, a happening of its own
        "来年の県知事選に向けて、各党が候補者選びを急いでいる。|来年|''",
        // a plan for a time still to come told as it was
        "新しい図書館は来月上旬に開く予定だった。|来月上旬|" + GIVEN_UP,
        "同社は来年3月に新工場を動かす計画だったが、資材が足りず見直す。|来年3月|" + GIVEN_UP,
        // not: a named day so planned with no other date (gone or to come), the plan told as it is
        "式典は今月3日に開かれる予定だったが、中止された。|今月3日|''",
        "式典は来月3日に開かれる予定だったが、中止された。|来月3日|''",
        // read again (rv3): a real last day, a day named without 日, the next clause's object, a limit gone, a time
        // already begun
        "監督としての指揮は13日が最後となった。|13日|''",
        "同店は今月末で閉店する。営業は30日が最後となる。|30日|''",
        "式典はあす開かれる予定だったが、中止された。|あす|''",
        "選手たちはあすの決勝に向けて最終調整をした。|あす|''",
        "採決はあすに持ち越された。|あす|''",
        "与党は来週の会合で採決を来月に持ち越す。|来週|''",
        "来週の便で米国に向けて出発する。|来週|''",
        "市は先月中に全世帯に節水するよう呼びかけた。|先月中|''",
        "チームは昨年秋の開業に向けて準備した。|昨年秋|''",
        "新しい図書館は先月に開く予定だった。|先月|''",
        "新しい図書館は来月上旬に開く予定だ。|来月上旬|''",
        // a date told as the last time
        "この大会で日本勢が優勝したのは1985年が最後だ。|1985年|" + SINCE,
        "県内で震度6弱以上を観測したのは2004年が最後で、大きな揺れは20年近くない。|2004年|" + SINCE,
        // not: the last of something told (が最後の), the first time
        "同選手は2019年が最後の出場となった。|2019年|''",
        "警報が出たのは今年3月が初めてだ。|今年3月|''",
        // a previous period a figure changed from (より), the peak the figures fell from
        "ガソリンの店頭価格は前月より8円上がった。|前月|" + BASE,
        "小麦の輸入額は昨年より1割ほど減った。|昨年|" + BASE,
        "国内の新車販売は1990年の約780万台をピークに減っている。|1990年|" + BASE,
        // not: より as から after a date not written as a previous one
        "電気料金は7月より10％上がる。|7月|''",
        // an aim written めざす, with a limit after a fiscal year
        "同社は2025年度中の量産開始をめざす。|2025年度|" + VAGUE,
        // an expected time as its topic's value before another clause
        "新線の開通は来年3月の見込みで、運賃は秋に決める。|来年3月|" + EXPECTED,
        // not: a named day so told
        "新線の開通は来月10日の予定で、式典も開く。|来月10日|''",
        // an expected time as its topic's value told with とみられる
        "工場の再開は来月下旬以降になるとみられる。|来月下旬|" + EXPECTED,
        // not: an expectation stated, a named day
        "市は、再開は来月下旬以降になるとの見通しを示した。|来月下旬|''",
        "判決は来月20日になるとみられる。|来月20日|''",
        // a limit with 中 or 内 and に set in a request
        "国は各社に、来月中に対策をまとめるよう求めた。|来月中|" + RequestedLimits.REASON,
        "知事は市町村に、年内に計画を出すよう要請した。|年内|" + RequestedLimits.REASON,
        // not: a limit within a day, にも
        "市は各社に、あす中に報告するよう求めた。|あす|''",
        "県は各社に、今月中にも報告するよう求めた。|今月中|''",
    })
    void eachRuleTakesItsDatesAndLeavesItsNearMisses(String sentence, String expression, String reason) {
        Articles.assertBackground(reason, sentence, expression, DATE);
    }
}
