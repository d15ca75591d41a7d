package app.nenpyo.nlp;

import static app.nenpyo.nlp.BodiesByTheirKindTest.organisations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company whose first word a writer made up is found by an ending only companies' names have (issue 4; decision
 * 0044's addendum of session 32), on sentences written for this test with made-up companies, and the near misses: a
 * trade said with the same endings, a name in brackets after its kind, and words with a body's kind inside them.
 */
class CompanyNamesTest {

    @Test
    void aMadeUpWordAndACompanysEndingIsACompany() {
        assertEquals(List.of("銀嶺電工"), organisations("銀嶺電工は8日、新工場を着工した。"), "with nothing to say it is one");
        assertEquals(List.of("銀嶺電工"), organisations("照明大手の銀嶺電工は8日、新工場を着工した。"));
        assertEquals(List.of("暁星製作所", "白鳳商事"), organisations("暁星製作所と白鳳商事が提携した。"));
        assertEquals(List.of("七星電産"), organisations("七星電産が9日、決算を発表した。"), "a figure as the first word");
    }

    @Test
    void aRivalOrASubsidiaryIsACompanyWhateverItsEnding() {
        assertEquals(List.of("暁星食品"), organisations("昨年、同業の暁星食品に事業を譲渡した。"));
        assertEquals(List.of("暁星物流"), organisations("グループ傘下の暁星物流が5日、倉庫を閉じた。"));
        assertEquals(List.of(), organisations("暁星食品が5日、倉庫を閉じた。"), "a common word and 食品, with nothing to say it is one");
    }

    /** A legal form after a name says it is a company's, of common words (暁星食品) or katakana alike. */
    @Test
    void aNameBeforeItsLegalFormIsACompany() {
        assertEquals(List.of("暁星食品株式会社"), organisations("暁星食品株式会社が5日、倉庫を閉じた。"));
        assertEquals(List.of("ミナモト株式会社"), organisations("運営会社のミナモト株式会社に対し、勧告が出された。"));
        assertEquals(List.of("白樺有限会社"), organisations("白樺有限会社は3日、廃業を届け出た。"));
        assertEquals(List.of(), organisations("株式会社の決算が相次いだ。"), "the form alone names none");
        assertEquals(List.of(), organisations("同社は株式会社に改組した。"));
    }

    /** A legal form vouches only for a noun of a name: not a particle, a verbal noun, a country or a kind of company. */
    @Test
    void aWordThatIsNoNameBeforeALegalFormIsNone() {
        assertEquals(List.of(), organisations("同社は有限会社から株式会社に移行した。"), "a particle");
        assertEquals(List.of(), organisations("個人事業から合同会社へ移った。"));
        assertEquals(List.of(), organisations("上場株式会社の決算が出そろった。"), "a verbal noun: listed companies");
        assertEquals(List.of(), organisations("運営合同会社が18日、破産した。"), "the company that runs it");
        assertEquals(List.of(), organisations("特例有限会社として存続する。"), "a kind of company");
        assertEquals(List.of(), organisations("外国株式会社の登記が増えた。"));
        assertEquals(List.of(), organisations("日本株式会社の時代は終わった。"), "a country: Japan Inc.");
        assertEquals(List.of("暁星物産合同会社"), organisations("暁星物産合同会社は18日、破産した。"), "a name still");
    }

    @Test
    void aTradeOrABracketedNameIsNone() {
        assertEquals(List.of(), organisations("国内電機各社は10日、値上げを発表した。"), "a qualifier and 各社: a trade");
        assertEquals(List.of(), organisations("新興製薬が相次いで上場した。"), "a qualifier: what kind of company");
        assertEquals(List.of(), organisations("電機業界は再編が進む。"));
        assertEquals(List.of(), organisations("精密機器製作所の見学会が開かれた。"), "two common words: what is made");
        assertEquals(List.of(), organisations("持ち株会社「銀嶺ホールディングス」が発足した。"), "named by the kind before its brackets");
        assertEquals(List.of(), organisations("道の駅で観光物産展が開かれた。"), "an ending with more noun after it: a fair");
        assertEquals(List.of(), organisations("調理製菓専門学校の生徒が表彰された。"), "an ending inside a school's name");
    }

    @Test
    void aBodysKindInsideAWordIsNone() {
        assertEquals(List.of(), organisations("会社員の男が逮捕された。"));
        assertEquals(List.of(), organisations("町内会は清掃を行った。"));
        assertEquals(List.of(), organisations("高校生が表彰された。"));
        assertEquals(List.of(), organisations("市場は反発した。"));
    }
}
