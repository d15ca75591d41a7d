package app.nenpyo.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Background a writer other than the development sets' would show in other words (issue 4, session 33, decision 0005's
 * addendum of 2026-12-09): the end of a term as its topic's value ({@link EndsOfTerms}), the start of a tally
 * ({@link CountsSince}), a time in a cited forecast and a conjecture ({@link Forecasts}), an approximate time to come
 * ({@link ApproximateTimesToCome}), a goal's time ({@link GoalsToCome}), a level the highest since told with its noun
 * ({@link SurpassedMarks}) and a first in years counted from the date, and the words of all of them read across a
 * page's line break. Each with its near misses:
 * what the rule must leave on the timeline.
 *
 * <p>On sentences written for this test.
 */
class TermsTalliesAndGoalsBackgroundTest {

    /** A Wednesday in June of fiscal year 2023. */
    private static final LocalDate DATE = LocalDate.of(2023, 6, 14);

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        // the end of a term as its topic's value (EndsOfTerms)
        "知事の任期は来年3月まで。|来年3月|end of a term",
        "国会の会期は21日までで、与野党の攻防が続く。|21日|end of a term",
        "申し込みの受付期間は今月末までとなっている。|今月末|end of a term",
        "市長の任期満了は2025年10月で、市長選の日程が焦点となる。|2025年10月|end of a term",
        // not: a span told with its length, a limit told as a day, a start, a deed of the day
        "博覧会の会期は10月13日までの184日間で、多くの国が参加する。|10月13日|''",
        "控訴期限は28日で、被告側は控訴する方針だ。|28日|''",
        "新しい任期は7月1日から始まる。|7月1日|''",
        "衆院議員の任期は12日に満了した。|12日|''",
        // the start of a tally (CountsSince)
        "2019年以降、県内で確認された被害は800件を超えた。|2019年|period of the figures reported",
        "昨年4月以来、相談は延べ2万件に達した。|昨年4月|period of the figures reported",
        "感染者は2020年1月からの累計で3万人に上る。|2020年1月|period of the figures reported",
        // not: a state since with no count, a start of a deed to come, a period still running (VaguePlansTest holds one)
        "今年に入って、県内の火災は120件に達した。|今年|''",
        "6月1日以降、流域ではまとまった雨が降っていない。|6月1日|''",
        "県は来月1日以降、住民に節水を呼びかける。|来月1日|''",
        // a time in a cited forecast, a conjecture (Forecasts)
        "気象庁の3か月予報では、9月にかけても気温は平年より高い見込みだ。|9月|forecast of a state to come",
        "政府の試算によると、2040年には介護職員が約57万人不足する。|2040年|forecast of a state to come",
        "週末は、行楽地の道路が混みそうだ。|週末|forecast of a state to come",
        // not: the day the forecast was issued, hearsay of a plan (開くそうだ)
        "気象庁が12日に発表した予報では、雨は少ない。|12日|''",
        "市の試算では、昨年度の減収は約3億円に上った。|昨年度|''",
        "県は来月、説明会を開くそうだ。|来月|''",
        // a rough aim still to come (ApproximateTimesToCome)
        "発電は来月上旬に始め、12月ごろに営業運転に移る予定だ。|12月|vague time of a plan, goal or forecast",
        "新線は2030年前後の開業を目指す。|2030年|vague time of a plan, goal or forecast",
        "詳しい結果は、約2週間後をめどに公表する。|2週間後|vague time of a plan, goal or forecast",
        // not: ごろ with no plan said, a time over, a named day, a time already begun
        "委員会は12月ごろに最終報告をまとめる。|12月|''",
        "地震活動は昨年12月ごろから活発になった。|昨年12月|''",
        "市は来月10日ごろに結果を発表する予定だ。|来月10日|''",
        "市は今月中旬ごろに結果を発表する予定だ。|今月中旬|''",
        // session 42 (review rvB): a wish in a verb in む is a plan, as a wish in another verb is; みたいな is a likeness
        "同社は9月ごろに新しい市場に進みたい。|9月|vague time of a plan, goal or forecast",
        "同社は9月ごろに新しい市場に出たい。|9月|vague time of a plan, goal or forecast",
        "同社は9月ごろに夢みたいな新商品を売り出す。|9月|''",
        // a goal's time (GoalsToCome)
        "政府は2025年度に基礎的財政収支を黒字化する目標を据え置いた。|2025年度|vague time of a plan, goal or forecast",
        "同社は2030年を目標に、国内の全工場で再生可能エネルギーに切り替える。|2030年|vague time of a plan, goal or forecast",
        // not: 目標 past a comma, a day gone, an aim said with 目指す
        "新工場は来年度に着工し、数値目標を見直す。|来年度|''",
        "政府は12日、排出削減の目標を取り下げた。|12日|''",
        "新工場は2025年度の稼働を目指す。|2025年度|''",
        // not: a goal announced on a named day (the day's deed), nor one announced in a month (目標 as what is announced)
        "政府は来月10日に新たな削減目標を発表する。|来月10日|''",
        "政府は来年度に新たな削減目標を発表する。|来年度|''",
        // a level the highest since, told with its noun (SurpassedMarks)
        "円相場は一時1ドル＝150円台と、昨年10月以来の円安水準となった。|昨年10月|last time before a first in years",
        "日経平均株価は2021年9月以来の高値を付けた。|2021年9月|last time before a first in years",
        "大会は前回の2019年から4年ぶりの開催となった。|2019年|last time before a first in years",
        // not: 以降 before what was looked into, a start and a deed done since
        "同社は2021年9月以降の取引を調べた。|2021年9月|''",
        "同社は2019年から4年かけて新工場を建てた。|2019年|''",
        // not: a deed started on the date after a long pause (ぶりに: the day it resumed)
        "只見線は1日から11年ぶりに全線で運転を再開した。|1日|''",
        // a vague time to come in what was made known, promised or covered (StatedIntentions)
        "社長は来月下旬の株主総会後に報酬を3か月間30％減額すると明らかにした。|来月下旬|vague time of an intention someone stated",
        "大統領は肥料の価格を来週から引き下げると約束した。|来週|vague time of an intention someone stated",
        "城南新聞は、初公判が来月中旬に開かれると伝えた。|来月中旬|vague time of an intention someone stated",
        "北海日報は、政府が来年度に新法を出す方針だと報じた。|来年度|vague time of an intention someone stated",
        "市長は、来年度から担当を2人から5人に増やす方針を示した。|来年度|vague time of an intention someone stated",
        // not: a time begun by the article's day (it may date the telling), a month, the day it was told, an
        // announcement or a remark (the day's deed), an expectation told
        "首相は今週、訪米すると表明した。|今週|''",
        "同社は来年1月に新会社を設立すると明らかにした。|来年1月|''",
        "市は10日、来月下旬に説明会を開くと表明した。|10日|''",
        "市は来月下旬に説明会を開くと発表した。|来月下旬|''",
        "社長は来年度に新工場を動かす見通しだと述べた。|来年度|''",
        // a cited forecast (Forecasts.isCited), and not: a named day's deed past the forecast's clause, a new topic
        "気象庁の3か月予報では、来月は平年より気温が高い。|来月|forecast of a state to come",
        "気象庁の予報では少雨が続くため、市は来月1日から給水制限を始める。|来月1日|''",
        "県の試算によると損失が膨らむため、知事は来年度に補正予算を組み直す。|来年度|''",
        // not: hearsay after a plain form, negative or not (a conjecture's hit, 混みそうだ, is above)
        "市によると、来月の花火大会は開かないそうだ。|来月|''",
        "同社によると、来年度は新卒を採用しないそうだ。|来年度|''",
    })
    void eachRuleTakesItsDatesAndLeavesItsNearMisses(String sentence, String expression, String reason) {
        Articles.assertBackground(reason, sentence, expression, DATE);
    }

    /** Wrapped at 17 characters, a line break inside the words each rule reads. */
    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "　国会で審議が続いている。国会の会\\n期は21日までで、与野党の攻防が\\n続く見通しだ。首相は同日、記者団\\nに語った。\\n|21日|end of a term",
        "　卵の値上がりが続いている。値上が\\nりは年明け以降も続くとの見方が多\\nい。農林水産省は13日、対策を発表\\nした。\\n|年明け|forecast of a state to come",
    })
    void theWordsAreReadAcrossAPagesLineBreak(String text, String expression, String reason) {
        Articles.assertBackground(reason, text.replace("\\n", "\n"), expression, DATE);
    }
}
