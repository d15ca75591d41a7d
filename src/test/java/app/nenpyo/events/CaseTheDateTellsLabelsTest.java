package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date before a clause describing the case a sentence is about (…した火災で、) dates that case, while
 * the rest of the sentence, dated by a date of its own, tells what was done in it (decision 0037's
 * addendum of session 24). Sentences written for these tests in the style of news reports.
 */
class CaseTheDateTellsLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 20);

    private static List<String> labels(String text) {
        return Articles.reports(text, DAY).stream().map(r -> r.time().format() + " " + r.label()).toList();
    }

    @Test
    void theCaseIsTheClauseAndItsNounWithWhere() {
        assertEquals(List.of("2024-05 大阪市の工場で作業員2人がけがをした爆発事故", "2024-06-10 府警が工場長を書類送検"),
                labels("大阪市の工場で先月、作業員2人がけがをした爆発事故で、府警は10日、工場長を書類送検した。\n"));
    }

    @Test
    void aDateWithNiAndWhereBeforeTheClause() {
        assertEquals(List.of("2015 東京都内で男性が刺された事件", "2024-06-12 東京地裁が被告に懲役15年の判決を言い渡す"),
                labels("2015年に東京都内で男性が刺された事件で、東京地裁は12日、被告に懲役15年の判決を言い渡した。\n"));
    }

    @Test
    void aCaseNamedInBracketsKeepsItsName() {
        assertEquals(List.of("1990 山村で一家4人が殺害された「山村事件」", "2024-06-05 山村事件の再審初公判が地裁で開催"),
                labels("1990年に山村で一家4人が殺害された「山村事件」で、山村事件の再審初公判が5日、地裁で開かれた。\n"));
    }

    @Test
    void theCaseIsTheNounTheClauseDescribesWithoutWhatOfItFollows() {
        assertEquals(List.of("2023-12 市内の倉庫で従業員3人が死亡した火災", "2024-06-11 市が消防局の検証報告書を公表"),
                labels("市内の倉庫で昨年12月、従業員3人が死亡した火災の検証で、市は11日、消防局の検証報告書を公表した。\n"));
    }

    @Test
    void aSubjectBeforeTheDateKeepsItsDeed() {
        assertEquals(List.of("2024-05 府警が作業員2人がけがをした爆発事故で工場を捜索"),
                labels("府警は先月、作業員2人がけがをした爆発事故で、工場を捜索した。\n"));
    }
}
