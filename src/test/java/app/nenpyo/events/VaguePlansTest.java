package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Held-out sets three and four (2026-11-29, 2026-11-30): their writers kept a plan, a goal or a forecast
 * for a season or a fiscal year, or for 週明け with にも, off the timeline, and on it a plan for a named day
 * or month and a deed told as what will be done ({@link VaguePlans}). On sentences written for this test.
 */
class VaguePlansTest {

    /** A Wednesday in June of fiscal year 2023. */
    private static final LocalDate DATE = LocalDate.of(2023, 6, 14);

    private static String backgroundOf(String sentence, String expression) {
        return Articles.reports(sentence, DATE).stream().filter(x -> x.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + Articles.reports(sentence, DATE))).source().background();
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
        // the Monday a plan may be carried out on
        "野党は週明けにも不信任決議案を提出する構えだ。|週明け|true",
        "運転の再開は週明け以降になるという。|週明け|true",
        // not: a plan for a day or a month, a deed told as done, a period over
        // the aim of a deed the sentence dates by a day; a start with から
        "県は9日に条例案を提出し、今年度内の成立を目指す。|今年度|false",
        "来年度から、市の教育予算が増える見通しだ。|来年度|false",
        // told as what will be done, no plan said
        "市は今秋にも新しい案内板を設置する。|今秋|false",
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
    })
    void theVagueTimeOfAPlanIsBackground(String sentence, String expression, boolean background) {
        assertEquals(background ? VaguePlans.REASON : "", backgroundOf(sentence, expression),
                () -> Articles.reports(sentence, DATE).toString());
    }
}
