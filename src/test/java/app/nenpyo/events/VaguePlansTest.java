package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Held-out sets three and four (2026-11-29, 2026-11-30): their writers kept a plan, a goal or a forecast
 * for a season or a fiscal year, or for 週明け with にも, off the timeline, and on it a plan for a named day
 * or month and a deed told as what will be done ({@link VaguePlans}); since session 27 a forecast of a state and an
 * intention stated for a vague time too. On sentences written for this test.
 */
class VaguePlansTest {

    /** A Wednesday in June of fiscal year 2023. */
    private static final LocalDate DATE = LocalDate.of(2023, 6, 14);

    private static String backgroundOf(String sentence, String expression) {
        return Articles.backgroundOf(sentence, expression, DATE);
    }

    @ParameterizedTest(name = "{1} in {0}: background {2}")
    @CsvSource(delimiter = '|', value = {
        // a time limit: 内, 中
        "県は今年度内に新しい防災計画をまとめる方針だ。|今年度|true",
        "市は2024年度中に新庁舎を開く予定だ。|2024年度|true",
        "同社は今年度内の新工場の稼働を目指す。|今年度|true",
        // a rough aim: にも, 以降, めど
        "鉄道会社は今秋にも新型車両を投入する計画だ。|今秋|true",
        "新しい橋の開通は来年春以降になる見通しだ。|来年春|true",
        "知事は「来年度上期をめどに保育料を無料にしたい」と語った。|来年度上期|true",
        "委員会は秋ごろに報告書をまとめる予定だ。|秋ごろ|true",
        // the Monday a plan may be carried out on
        "野党は週明けにも不信任決議案を提出する構えだ。|週明け|true",
        "運転の再開は週明け以降になるという。|週明け|true",
        // not: a plan for a day or a month, a deed told as done, a period over
        // the aim of a deed the sentence dates by a day; a start with から
        "県は9日に条例案を提出し、今年度内の成立を目指す。|今年度|false",
        "来年度から、市の教育予算が増える見通しだ。|来年度|false",
        // told as what will be done, no plan said
        "市は今秋にも新しい案内板を設置する。|今秋|false",
        "委員会は秋ごろに報告書をまとめる。|秋ごろ|false",
        // the season or year dates the deed, no limit nor aim
        "新しい球場は来春に着工する。|来春|false",
        "同社は2026年度の量産開始を目指す。|2026年度|false",
        // a way of thinking is no plan
        "鉄道会社は今秋以降、新しい考え方で車両を投入する。|今秋|false",
        // over by the article's day
        "市は昨年度中に耐震工事を終える予定だった。|昨年度|false",
        // a named day, and a part of a month the writers keep
        "組合は週明けの19日に集会を開く予定だ。|19日|false",
        "遺族は来月上旬にも国を提訴する方針だ。|来月上旬|false",
        // a wish is a plan (…たい), an adjective or 難い ending in たい is none (session 40)
        "同社は今秋にも新型車を売り出したい。|今秋|true",
        "町は今冬にも、冷たい雨をしのぐ屋根を駅前に設ける。|今冬|false",
        "県は今夏にも、避けがたい渇水に備えて給水所を設ける。|今夏|false",
        // …てみたい is a wish; だいたい, 後ろめたい and みたい of a likeness are none (session 41)
        "同社は今秋にも新しい売り方を試してみたい。|今秋|true",
        "市は今秋にも、だいたい100人が入れる集会所を設ける。|今秋|false",
        "町は今冬にも、夢みたいな滑り台を公園に置く。|今冬|false",
        "村は今夏にも、後ろめたい思いをせずに使える無料の休憩所を開く。|今夏|false",
        // session 42 (review rvB): the stem of a verb in む and 試み before たい is a wish; みたい of a likeness is told by
        // な, に, だ or です after it, not by what comes before
        "市は今年度中に新たな対策に取り組みたい。|今年度|true",
        "市は今年度中に新たな対策を始めたい。|今年度|true",
        "選手たちは今夏にも大きな大会に臨みたい。|今夏|true",
        "同社は今秋にも新しい売り方を試みたい。|今秋|true",
        "同社は今秋にも新しい市場に挑みたい。|今秋|true",
        "町は今冬にも、子どもみたいにはしゃげる雪の広場を設ける。|今冬|false",
        "村は今夏にも、うそみたいだと評判の絶景を望む展望台を開く。|今夏|false",
    })
    void theVagueTimeOfAPlanIsBackground(String sentence, String expression, boolean background) {
        assertEquals(background ? VaguePlans.REASON : "", backgroundOf(sentence, expression),
                () -> Articles.reports(sentence, DATE).toString());
    }

    /**
     * Session 27: the time of a forecast of a state to come ({@link Forecasts}) and the vague time of an intention
     * someone stated ({@link StatedIntentions}) are background too; a deed's scheduled day, the day's announcement and
     * a figure reached stay on the timeline.
     */
    @ParameterizedTest(name = "{1} in {0}: background \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        // a forecast of a state to come (Forecasts): for a period, or up to a day
        "行楽地へ向かう道路は、17日から来週末にかけて渋滞が予想される。|17日から来週末にかけて|forecast of a state to come",
        "来週は首相が訪米し、首脳会談で成果が期待される。|来週|",
        "8月中旬には約80万人の来場が見込まれる。|8月中旬|forecast of a state to come",
        "北陸地方では今週末にかけて大雪となるおそれがある。|今週末|forecast of a state to come",
        "ガソリン価格の上昇は来月末まで続く見通しだ。|来月末|forecast of a state to come",
        "気象庁は、前線は18日にかけて本州付近に停滞するとみている。|18日|forecast of a state to come",
        "市場では、年内は円高が続くとの見方が多い。|年内|forecast of a state to come",
        "県内の高齢者は2040年に約60万人に達するとの推計がある。|2040年|forecast of a state to come",
        // not: the day's announcement of a forecast, a deed's schedule, a single day, a start with から, a past day
        "気象庁は16日、大雨のおそれがあると発表した。|16日|",
        "法案は来週中に衆院で可決される見通しだ。|来週|",
        "帰省のピークは8月11日になる見通しだ。|8月11日|",
        "首相は18日に被災地入りするとの見方が出ている。|18日|",
        "来年度から、市の観光客が増える見通しだ。|来年度|",
        "警察は10日夜に何者かが侵入したとみて、調べている。|10日夜|",
        "今年に入って、熱中症で運ばれた人は500人に達した。|今年|",
        "地震による死者は15日、100人に達した。|15日|",
        // an intention someone stated (StatedIntentions): for a vague time, or by a day as a limit
        "県は今月下旬までに結論を出すとしている。|今月下旬|vague time of an intention someone stated",
        "組合は来週以降もストライキを続ける考えを示した。|来週|vague time of an intention someone stated",
        "同社は約2週間後に工場の操業を再開したいとしている。|2週間後|vague time of an intention someone stated",
        "遺族は控訴するかどうかを期限の27日までに決めるとした。|27日|vague time of an intention someone stated",
        "市は年度末までに新しい計画をまとめる方針を示した。|年度末|vague time of an intention someone stated",
        // not: a named day or month, a plan told as a schedule, the day's deed, a time over
        "市は20日に説明会を開くとしている。|20日|",
        "同社は来月、新しい車種を売り出すとしている。|来月|",
        "遺族は来月上旬にも国を提訴する方針だ。|来月上旬|",
        "大学は16日、来月から授業料を下げると発表した。|16日|",
        "市は昨年度末までに工事を終えるとした。|昨年度末|",
    })
    void theTimeOfAForecastOrOfAnIntentionStatedIsBackground(String sentence, String expression, String reason) {
        assertEquals(reason == null ? "" : reason, backgroundOf(sentence, expression),
                () -> Articles.reports(sentence, DATE).toString());
    }
}
