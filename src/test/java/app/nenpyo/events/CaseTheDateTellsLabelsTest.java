package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The label of the sentence's first report, with its date. */
    private static String first(String text) {
        return labels(text).get(0);
    }

    @Test
    void aNounThatNamesNoCaseKeepsTheDoerAndDeed() {
        // an effect is why, not a case: the first date's report is the line's stopping, not the storm's approach
        String effect = first("5日、台風が接近した影響で、私鉄各線は7日も運休した。\n");
        assertTrue(effect.startsWith("2024-06-05 ") && !effect.contains("接近した影響"), effect);
    }

    @Test
    void aVoteIsACaseTheDateTells() {
        String vote = first("4日に投票が行われた市長選で、新人の田中氏は5日、当選を確実にした。\n");
        assertTrue(vote.startsWith("2024-06-04 ") && vote.contains("市長選"), vote);
    }

    @Test
    void aLaterDateOfWhatIsPlannedOrSaidIsNoDateOfTheMainDeed() {
        // 2035年までに and 来月20日に date the target and the trip said, not the saying of the 10th and the 5th
        String target = first("10日、株主が集まった総会で、社長は2035年までに排出をゼロにすると表明した。\n");
        // the deed said, not the meeting (whose subject the label still takes for the speaker's: another weakness)
        assertTrue(target.startsWith("2024-06-10 ") && target.contains("表明") && !target.contains("総会"), target);
        String trip = first("5日、閣僚が並んだ式典で、首相は来月20日に訪中すると述べた。\n");
        assertTrue(trip.startsWith("2024-06-05 ") && trip.contains("訪中") && !trip.contains("式典"), trip);
        // a case, but what is said of it has a deadline, not a date: the 10th is the saying's
        String deadline = first("10日、工場で作業員がけがをした事故で、社長は来月末までに安全策をまとめると述べた。\n");
        assertTrue(deadline.startsWith("2024-06-10 ") && deadline.contains("安全策") && !deadline.contains("事故"), deadline);
    }
}
