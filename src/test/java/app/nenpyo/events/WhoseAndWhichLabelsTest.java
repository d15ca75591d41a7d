package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Labels that keep a noun with the words saying whose or which it is (held-out set four's label faults,
 * decision 0037's addendum of session 25): a second subject by the topic it belongs to, a ceremony named
 * in brackets, a statement with the short quote it holds, a suspect or a former office said alone. New
 * sentences in the style of news reports.
 */
class WhoseAndWhichLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 20);

    private static List<String> labels(String text) {
        return Articles.datedLabels(text, DAY);
    }

    @Test
    void aSecondSubjectStaysByTheTopicItBelongsToAndWhereFollowsIt() {
        assertEquals(List.of("2024-05-27 全国高校ラグビー大会の開会式が大阪府東大阪市の花園ラグビー場で実施"),
                labels("全国高校ラグビー大会は27日、大阪府東大阪市の花園ラグビー場で開会式が行われた。\n"));
        assertEquals(List.of("2024-07-01 市の新しい図書館の開館記念の式典が駅前の再開発ビルで開催"),
                labels("市の新しい図書館は来月1日、駅前の再開発ビルで開館記念の式典が開かれる。\n"));
    }

    @Test
    void aBodySaidByWhatItIsKeepsWhoseItIs() {
        // the committee is an actor (session 31), and a label naming it alone would not say whose
        assertEquals(List.of("2024-06-05 農林水産省の食品・表示小委員会が初会合を開催"),
                labels("農林水産省の食品・表示小委員会は5日、初会合を開いた。\n"));
        assertEquals(List.of("2024-06-05 運輸安全委員会が報告書を公表"), labels("国の運輸安全委員会は5日、報告書を公表した。\n"),
                "a body's name stands for the phrase as before");
    }

    @Test
    void aDeSetOffByItsCommaEndsAClauseAndIsNoWhere() {
        // 後継で、: だ's form ending the topic's clause, not where the development was done
        assertEquals(List.of("2020 新型ロケットの開発が進められる"), labels("新型ロケットは主力機の後継で、2020年から開発が進められてきた。\n"));
    }

    @Test
    void aNameInBracketsIsTheSubjectOfTheSentencesLastClause() {
        assertEquals(List.of("2024-06-20T14:00 立太子の礼が実施"), labels("同日午後2時からは「立太子の礼」が行われる。\n"));
        assertEquals(List.of("2025-05-10 春の園遊会が開催"), labels("天皇、皇后両陛下が出席する「春の園遊会」は5月10日に開かれる。\n"));
    }

    @Test
    void bracketsBeforeACommaOrEndingAsSpeechAreNotMadeTheSubject() {
        // the bracketed train is the subject of an earlier clause; 「まだ戦える」 ends as a verb, as speech does
        assertEquals(List.of("2024-06-05 運休"), labels("停車中の「ひかりの号」が炎上し、5日は終日運休した。\n"));
        assertEquals(List.of("2024-06-03 監督が明かす"), labels("監督は3日、「まだ戦える」が口癖だったと明かした。\n"));
    }

    @Test
    void aStatementIsSaidWithTheShortQuoteItHolds() {
        assertEquals(List.of("2024-06-05 政府が「極めて遺憾だ」とする声明を発表"), labels("政府は5日、「極めて遺憾だ」とする声明を発表した。\n"));
        assertEquals(List.of("2024-06-05 政府が「遺憾」との談話を出す"), labels("政府は5日、「遺憾」との談話を出した。\n"));
    }

    @Test
    void aQuoteSaidInAClauseOfItsOwnDoesNotDescribeTheStatement() {
        assertEquals(List.of("2024-06-05 政府が声明を発表"), labels("政府は5日、「遺憾だ」と述べ、声明を発表した。\n"));
    }

    @Test
    void aSuspectOrADefendantSaidAloneIsThePersonNamedSoBefore() {
        assertEquals("2024-06-04 田中一郎容疑者が大阪地検に送検される",
                labels("府警は3日、会社員の田中一郎容疑者（45）を詐欺の疑いで逮捕した。容疑者は4日、大阪地検に送検された。\n").get(1));
        assertEquals("2024-06-06 山川太郎被告が控訴", labels("地裁は5日、山川太郎被告に懲役3年の判決を言い渡した。被告は6日、控訴した。\n").get(1));
    }

    @Test
    void aSuspectNamedBeforeWithoutTheTitleStaysASuspect() {
        assertEquals("2024-06-04 容疑者が大阪地検に送検される",
                labels("府警は3日、会社員の男を詐欺の疑いで逮捕した。容疑者は4日、大阪地検に送検された。\n").get(1));
    }

    @Test
    void aFormerOfficeSaidAloneIsItsHolderNamedWithIt() {
        assertEquals("2024-06-05 山川太郎前市長が初公判で起訴内容を認める",
                labels("山川太郎前市長（70）は昨年、市の工事を巡って逮捕された。前市長は5日の初公判で起訴内容を認めた。\n").get(1));
        assertEquals(List.of("2024-06-05 前市長が初公判で起訴内容を認める"), labels("前市長は5日の初公判で起訴内容を認めた。\n"));
    }
}
