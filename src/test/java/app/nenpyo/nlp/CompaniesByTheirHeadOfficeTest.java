package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.ActorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompaniesByTheirHeadOfficeTest {

    private static List<String> organisations(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text)).stream().filter(m -> m.kind() == ActorKind.ORGANISATION)
                .map(ActorMention::canonical).toList();
    }

    /** Only a company has a 本社: the name before it is one, whatever its words. */
    @Test
    void aNameBeforeItsHeadOfficeIsACompany() {
        assertEquals(List.of("若草交通"), organisations("若草交通（本社・松山市）は2日、路線の廃止を発表した。"));
        assertEquals(List.of("朝凪観光"), organisations("観光バスを走らせる朝凪観光（本社：福岡市）が7日、営業を止めた。"));
        assertEquals(List.of("はなまる弁当サービス"), organisations("「はなまる弁当サービス」（本社・同市）は4日、配達を止めた。"));
    }

    /** A company's kind and の before the name and its city in brackets after it: a company, with no 本社 written. */
    @Test
    void aKindBeforeAndACityAfterMakeACompany() {
        assertEquals(List.of("北星エア"), organisations("地域航空会社の北星エア（札幌市）は13日、路線の廃止を発表した。"));
        assertEquals(List.of("東雲テック"), organisations("電機メーカーの東雲テック（大阪府）が新製品を出した。"));
        assertEquals(List.of("若草フードサービス"), organisations("給食大手の若草フードサービス（北海道雪原町）は、配送を止めた。"));
    }

    /** A city in brackets after a person or a name with no company's kind before it, or a kind's word going on: none. */
    @Test
    void noCompanyByACityAloneOrAfterAPersonsWork() {
        assertEquals(List.of(), organisations("若草エア（札幌市）は13日、路線の廃止を発表した。"), "no kind before");
        assertEquals(List.of(), organisations("会社員の若草一郎さん（札幌市）は13日、語った。"), "a person's work");
        assertEquals(List.of(), organisations("航空会社の北星エア（2019年設立）は13日、発表した。"), "no city in the brackets");
    }

    /** A head office with no 本社 (a person's home is written so), or a kind in the run: no company here. */
    @Test
    void aHomeOrAKindIsNoCompanysName() {
        assertEquals(List.of(), organisations("会社員の田中一郎さん（松山市）は2日、語った。"));
        assertEquals(List.of(), organisations("食品メーカー朝凪（本社・福岡市）は7日、発表した。"));
    }

    /** A trade IPADIC cuts in two (製造 / 業) before the name says a kind too. */
    @Test
    void aTradeBeforeTheNameIsAKind() {
        assertEquals(List.of(), organisations("製造業朝凪（本社・福岡市）は7日、発表した。"));
    }

    /** A kind counts as a whole word only, and a legal form is no part of the name. */
    @Test
    void aKindInsideAWordOrALegalFormKeepsTheName() {
        assertEquals(List.of("大手町開発"), organisations("大手町開発（本社・東京）は3日、新しいビルの計画を発表した。"));
        assertEquals(List.of("みどり"), organisations("株式会社みどり（本社・大阪市）は5日、事業を売った。"));
    }

    /** A run ending with a title or a site of the company names someone or something else. */
    @Test
    void aTitleOrASiteBeforeTheHeadOfficeIsNoCompany() {
        assertEquals(List.of("朝凪電機"), organisations("朝凪電機社長（本社・福岡市）は7日、辞任した。"), "the company by its ending");
        assertEquals(List.of(), organisations("朝凪電機の滋賀工場（本社・福岡市）で7日、火災があった。").stream()
                .filter(name -> name.endsWith("工場")).toList());
    }

    /**
     * A company's kind and の say a company follows, not that the next word names it: its site, its officer, its branch
     * or a person with his home in brackets is no company (review of 2026-12-18). Beside each, the name-like word that is one.
     */
    @Test
    void aCommonNounAfterACompanysKindIsNoName() {
        assertEquals(List.of(), organisations("物流会社の倉庫（千葉県市川市）で10日、火災があった。"), "a site");
        assertEquals(List.of(), organisations("自動車メーカーの研究所（栃木県）で事故があった。"), "a site");
        assertEquals(List.of(), organisations("大手の店舗（札幌市）が10日、閉店した。"), "a shop");
        assertEquals(List.of(), organisations("建設会社の社員寮（横浜市）で火災があった。"), "a dormitory");
        assertEquals(List.of(), organisations("電力会社の発電所（福島県）で事故があった。"), "a plant");
        assertEquals(List.of(), organisations("食品会社の工場長（大阪府）が語った。"), "an officer");
        assertEquals(List.of(), organisations("外資系企業の日本法人（東京都）が発表した。"), "a branch");
        assertEquals(List.of("北星エア"), organisations("物流会社の北星エア（千葉県市川市）で10日、火災があった。"), "a name");
    }

    /** A person after a company's kind, with his home in brackets: the person, no company. */
    @Test
    void aPersonAfterACompanysKindIsNoCompany() {
        String text = "運送会社の運転手山田太郎さん（札幌市）が語った。";
        List<ActorMention> found = new ActorFinder().find(text, JapaneseTokens.of(text));
        assertEquals(List.of(), organisations(text));
        assertEquals(List.of("山田太郎"), found.stream().filter(m -> m.kind() == ActorKind.PERSON).map(ActorMention::name).toList());
        assertEquals(List.of(), organisations("運送会社の山田太郎さん（札幌市）が語った。"), "a person's suffix ends the run");
    }

    /**
     * The kinds are one list with {@code ActorFinder}'s (傘下の, 同業の read by both) and the city one pattern (北海道 a
     * prefecture for both): a company under a group, and a name with an ending before （北海道）.
     */
    @Test
    void theKindsAndTheCityAreReadAlikeByBothRules() {
        assertEquals(List.of("北星エア"), organisations("グループ傘下の北星エア（札幌市）は13日、発表した。"));
        assertEquals(List.of("北星エア"), organisations("航空会社の北星エア（札幌市）は13日、発表した。"));
        assertEquals(List.of("東雲テック"), organisations("同業の東雲テック（大阪府）が発表した。"));
        assertEquals(List.of("瑞穂製薬"), organisations("瑞穂製薬（北海道）は5日、新薬を出した。"), "an ending and 道");
        assertEquals(List.of(), organisations("製薬（新薬）の開発が進んだ。"), "no city");
    }
}
