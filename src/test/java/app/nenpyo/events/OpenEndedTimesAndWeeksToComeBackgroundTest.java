package app.nenpyo.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 39 (decision 0005's addendum of 2026-12-15): two shapes of a time still to come that names no day, which the
 * writers of sets four to fifteen keep off the timeline and none keeps on it. On sentences written for this test.
 *
 * <p>A week to come with にも and a plan, and the new year's first days with にも ({@link VaguePlans}, as 週明けにも
 * was): the earliest a deed may come. This week (begun), a week's end and a limit within a week (今週にも, 来週末にも,
 * 来週中にも, each also with a plan), に and もう (来週にもう一度) and a new year begun by the article's day stay, as a past
 * week and a deed to come told plainly do.
 *
 * <p>A time to come with 以降 and に, は or も ({@link OpenEndedTimesToCome}): some time after it, or the open stretch from
 * it. 以降 and a comma (the start of what is done), an expectation stated, a named day with は or も and a time begun
 * stay.
 */
class OpenEndedTimesAndWeeksToComeBackgroundTest {

    /** A Wednesday in June of fiscal year 2023. */
    private static final LocalDate DATE = LocalDate.of(2023, 6, 14);

    @ParameterizedTest(name = "{1} in {0}: background {2}")
    @CsvSource(delimiter = '|', value = {
        // a week to come with にも, told as a plan or as a forecast
        "野党は来週にも内閣不信任決議案を提出する方針だ。|来週|true",
        "気象庁は来週にも九州北部の梅雨明けを発表する見通しだ。|来週|true",
        "同社は来週にも、新しいスマートフォンを売り出す計画だ。|来週|true",
        // the new year's first days with にも
        "町は来年の年明けにも、住民向けの説明会を開く。|年明け|true",
        "年明けの1月7日には、神社で恒例の神事が予定されている。|年明けの1月7日|false",
        // not: this week, a week's end, a limit within the week, a past week, a week told plainly
        "政府は今週中にも補正予算案をまとめる。|今週|false",
        "組合は来週末にも抗議の集会を開く。|来週末|false",
        "弁護団は来週中にも上告する。|来週|false",
        "県は先週にも同じ要請をしていた。|先週|false",
        "首相は来週、中東の3か国を訪れる。|来週|false",
        // the same with a plan: only the week's beginning or its にも keeps them (this week has begun on a Wednesday)
        "政府は今週にも補正予算案をまとめる方針だ。|今週|false",
        "組合は来週末にも抗議の集会を開く方針だ。|来週末|false",
        "弁護団は来週中にも上告する方針だ。|来週|false",
        // not: に and もう (once more), the week told plainly
        "両社は来週にもう一度協議する方針だ。|来週|false",
        "来週にもう一度、労使で協議する方針だ。|来週|false",
        // not: a deed told plainly, with no plan (set one's writer keeps it on the timeline)
        "県警は来週にも、男を詐欺の疑いで再逮捕する。|来週|false",
        // the new year without にも, or with 以降 and a comma (a start), stays
        "町は年明けに説明会を開く。|年明け|false",
        "町は年明け以降、地区ごとに説明会を開く。|年明け|false",
        // 週明け with にも, not with に and もう
        "市は週明けにも、住民と改めて話し合う。|週明け|true",
        "市は週明けにもう一度、住民と話し合う。|週明け|false",
    })
    void aWeekToComeWithにもIsBackground(String sentence, String expression, boolean background) {
        Articles.assertBackground(background ? VaguePlans.REASON : null, sentence, expression, DATE);
    }

    @ParameterizedTest(name = "{1} in {0} ({3}): background {2}")
    @CsvSource(delimiter = '|', value = {
        // a December article: the new year is to come
        "町は年明けにも、住民向けの説明会を開く。|年明け|true|2023-12-14",
        "町は年明けにもう一度、説明会を開く。|年明け|false|2023-12-14",
        // a January article: the new year has begun, and 年明けにも may date what was done
        "同じ交差点では、年明けにも事故が起きた。|年明け|false|2024-01-10",
        "同じ交差点では年明けにも事故が起き、住民が対策を求めていた。|年明け|false|2024-01-20",
    })
    void theNewYearWithにもIsBackgroundOnlyBeforeItBegins(String sentence, String expression, boolean background,
            LocalDate date) {
        Articles.assertBackground(background ? VaguePlans.REASON : null, sentence, expression, date);
    }

    @ParameterizedTest(name = "{1} in {0}: background {2}")
    @CsvSource(delimiter = '|', value = {
        // 以降に: some time after it
        "新しい日程は、両社が来月以降に協議して決める。|来月|true",
        "市は花火大会の開催を来年2月以降に延ばした。|来年2月|true",
        "補償の詳しい中身は今月下旬以降に示される見通しだ。|今月下旬|true",
        "新型の車両は来年春以降に走り始める。|来年春|true",
        // 以降は, 以降も: the stretch from it
        "来月以降は、電気料金がさらに上がりそうだ。|来月|true",
        "妊婦健診は来月以降も町の診療所で続ける。|来月|true",
        "来週以降は、行楽地へ向かう道路の混雑が続きそうだ。|来週|true",
        // not: 以降 and a comma, the start of what is done
        "同社は来月以降、新型の車両を投入する。|来月|false",
        // not: an expectation stated
        "鉄道会社は、全線の再開は来月以降になるとの見通しを示した。|来月|false",
        // not: a time begun or over by the article's day
        "昨年4月以降は、観光客の数が戻らない。|昨年4月|false",
        "今月以降も、食品の値上げが相次ぐ。|今月|false",
        // not: a named day with は or も, the start of a change (read as から is); a year's end names none
        "来月1日以降は、レジ袋が有料になる。|来月1日|false",
        "新制度は7月1日以降も続く。|7月1日|false",
        "来月以降は、レジ袋が有料になる。|来月|true",
        "今年度末以降は、庁舎の窓口が駅前に移る。|今年度末|true",
        // a named day with に: some time after it
        "新しい日程は、来月10日以降に両社が協議して決める。|来月10日|true",
    })
    void aTimeToComeWith以降IsBackground(String sentence, String expression, boolean background) {
        Articles.assertBackground(background ? VaguePlans.REASON : null, sentence, expression, DATE);
    }
}
