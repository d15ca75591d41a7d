package app.nenpyo.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 39 (decision 0005's addendum of 2026-12-15): two shapes of a time still to come that names no day, which the
 * writers of sets four to fifteen keep off the timeline and none keeps on it. On sentences written for this test.
 *
 * <p>A week to come with にも and a plan, and the new year's first days with にも ({@link VaguePlans}, as 週明けにも
 * was): the earliest a deed may come. This week, a week's end and a limit within a week (今週中にも, 来週末にも, 来週中にも)
 * stay, as a past week and a deed to come told plainly do.
 *
 * <p>A time to come with 以降 and に, は or も ({@link OpenEndedTimesToCome}): some time after it, or the open stretch from
 * it. 以降 and a comma (the start of what is done), an expectation stated, and a time begun stay.
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
        // not: a deed told plainly, with no plan (set one's writer keeps it on the timeline)
        "県警は来週にも、男を詐欺の疑いで再逮捕する。|来週|false",
    })
    void aWeekToComeWithにもIsBackground(String sentence, String expression, boolean background) {
        Articles.assertBackground(background ? VaguePlans.REASON : null, sentence, expression, DATE);
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
    })
    void aTimeToComeWith以降IsBackground(String sentence, String expression, boolean background) {
        Articles.assertBackground(background ? VaguePlans.REASON : null, sentence, expression, DATE);
    }
}
