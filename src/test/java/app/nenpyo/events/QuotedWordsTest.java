package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.nenpyo.domain.AddedReport;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.nlp.JapaneseTokens;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A clause whose verb takes a quotation (「…」と) tells words said, a statement, whatever its verb ({@link QuotedWords},
 * decision 0029's addendum of session 39); not a name given, a quotation a noun or another verb takes, a call that
 * came, a name in brackets whose と is "with" or "and", nor a deed done to a thing while speaking. Sentences written for this test.
 */
class QuotedWordsTest {

    private static final LocalDate DATE = LocalDate.of(2024, 6, 20);

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
        "町長は13日、「早く道路を直してほしい」と国に要望した。|STATEMENT",
        "社長は5日、「申し訳ない」と声を詰まらせた。|STATEMENT",
        "選手は8日、「夢のようだ」と涙ぐんだ。|STATEMENT",
        "監督は3日、「まだまだこれからだ」と笑顔を見せた。|STATEMENT",
        "会長は10日の閉会式で「皆さんのおかげだ」とあいさつした。|STATEMENT",
        // near misses: a quotation a noun or another verb takes, a name given, a call that came, a quotation
        // before the date, words of a category of their own, a deed
        // then words (the writers split), a quotation of what a thing is as (として)
        "市は4日、「ようこそ」と書かれた看板を駅前に設置した。|OTHER",
        "研究チームは2日、新しい星を「あかつき」と名付けた。|OTHER",
        "市役所に9日、「爆弾を仕掛けた」と電話があった。|OTHER",
        "「もう限界だ」と考えた店主は15日、店を閉じた。|OTHER",
        "同社は7日、「来月から値上げする」と発表した。|ANNOUNCEMENT",
        "新市長は22日に初登庁し、「市民の声を聞く」と述べた。|OTHER",
        "遺跡は5日、「世界の宝」として登録された。|OTHER",
        // read again (session 39, rvC): words with an act asked for or the way they come, a quotation right after the
        // date, a call made, are words said
        "町長は13日、「一日も早く」と県に支援を要望した。|STATEMENT",
        "監督は5日、「よくやった」と胸を張った。|STATEMENT",
        "町長は13日「早く道路を直してほしい」と国に要望した。|STATEMENT",
        "男は5日、「爆弾を仕掛けた」と市役所に電話した。|STATEMENT",
        // read again (session 40, rvC): 結ぶ alone ends the remarks, words said; with what is made, a partner's tie
        "市長は5日、「市民とともに歩む」と結んだ。|STATEMENT",
        "学長は8日の式典で、「挑戦を恐れるな」と結んだ。|STATEMENT",
        "球団は2日、「ロドリゲス」と仮契約を結んだ。|OTHER",
        // near misses: と of a partner or "and" after a name in brackets, a name given by 改める 定める 位置づける,
        // a thing handed or held out while speaking
        "楽天は5日、「ソフトバンク」と対戦した。|OTHER",
        "同社は5日、米国の「ノバ社」と手を組んだ。|OTHER",
        "同社は5日、新製品「エアー」と周辺機器を店頭に並べた。|OTHER",
        "劇団は8日、若手落語家の「小春」と舞台で共演した。|OTHER",
        "同社は1日、社名を「みどりホールディングス」と改めた。|OTHER",
        "政府は5日、11月1日を「古典の日」と定めた。|OTHER",
        "県は7日、北部の山林を「重点区域」と位置づけた。|OTHER",
        "市長は5日、「お疲れさま」と選手に花束を手渡した。|OTHER",
        "男は5日、「金を出せ」と店員に包丁を突きつけた。|OTHER",
        "園長は2日、「どうぞ」と子どもたちにお菓子を配った。|OTHER",
        // session 40: a contract or a pact made with a partner named in brackets after a comma
        "同社は5日、「ノバ社」と契約を結んだ。|OTHER",
        "市は9日、「北町商店会」と防災協定を締結した。|OTHER",
        "球団は3日、「ロドリゲス」と契約した。|OTHER",
    })
    void aQuotationTellsWordsSaid(String sentence, EventCategory expected) {
        List<Report> reports = Articles.reports(sentence, DATE);
        assertEquals(expected, reports.get(0).category(), sentence + " → " + reports);
    }

    /** A clause that ends between 」 and と leaves the と outside: no quotation of its verb, and no reading past its end. */
    @Test
    void aClauseEndingBeforeItsToHasNoQuotation() {
        String text = "市長は5日、「よし」と述べた。";
        TextSpan clause = new TextSpan(0, text.indexOf("」と") + 1);
        TextSpan date = new TextSpan(text.indexOf("5日"), text.indexOf("5日") + 2);
        assertFalse(QuotedWords.endTheClause(JapaneseTokens.of(text), text, clause, date, "述べる"));
    }

    /** A verb after the one that takes the quotation makes the quotation a noun's: the sign's words, though 書く is asked. */
    @Test
    void aVerbThatIsNotTheClausesLastSaysNoWords() {
        String text = "市は4日、「ようこそ」と書かれた看板を駅前に設置した。";
        TextSpan clause = new TextSpan(0, text.length() - 1);
        TextSpan date = new TextSpan(text.indexOf("4日"), text.indexOf("4日") + 2);
        assertFalse(QuotedWords.endTheClause(JapaneseTokens.of(text), text, clause, date, "書く"));
    }

    /**
     * A clause the analyst adds reads its words said as the machine's dated clause does (session 40): the same clause,
     * the same category, a statement where the verb takes a quotation, other where a partner is named.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
        "町長は13日、「早く道路を直してほしい」と国に要望した。|STATEMENT",
        "選手は8日、「夢のようだ」と涙ぐんだ。|STATEMENT",
        "同社は5日、「ノバ社」と契約を結んだ。|OTHER",
        "市は4日、「ようこそ」と書かれた看板を駅前に設置した。|OTHER",
        "監督は9日、「来季こそ頂点に」と結んだ。|STATEMENT",
    })
    void anAddedClauseReadsItsWordsSaidAsTheMachine(String sentence, EventCategory expected) {
        EventExtractor extractor = new EventExtractor();
        DocumentInput input = Articles.article(sentence, DATE);
        Report machine = extractor.extract(input).reports().get(0);
        AddedReport added = new AddedReport(EventIds.addedSourceId(input.documentKey(), machine.source().clause()), 1,
                machine.source().clause(), machine.time(), "");
        assertEquals(expected, machine.category(), sentence);
        assertEquals(expected, extractor.readAdded(input, added).orElseThrow().category(), "added: " + sentence);
    }

    /** An added clause with no date in it reads its words said too: the quotation is sought from the clause's start. */
    @Test
    void anAddedClauseWithoutADateReadsItsWordsSaid() {
        String text = "町長は13日、県庁を訪れた。町長は「早く道路を直してほしい」と知事に要望した。";
        EventExtractor extractor = new EventExtractor();
        DocumentInput input = Articles.article(text, DATE);
        TextSpan clause = new TextSpan(text.indexOf("町長は「"), text.length() - 1);
        AddedReport added = new AddedReport(EventIds.addedSourceId(input.documentKey(), clause), 1, clause,
                TimeValue.day(LocalDate.of(2024, 6, 13)), "");
        assertEquals(EventCategory.STATEMENT, extractor.readAdded(input, added).orElseThrow().category());
    }
}
