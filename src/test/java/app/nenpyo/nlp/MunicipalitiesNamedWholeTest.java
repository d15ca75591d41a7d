package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.ActorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A municipality is found by its whole name before its kind, its prefecture before it only its address; the sentences
 * are written for the test, with made-up towns IPADIC cuts into pieces.
 */
class MunicipalitiesNamedWholeTest {

    /** Each place found, as written = as named. */
    private static List<String> places(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text)).stream().filter(m -> m.kind() == ActorKind.PLACE)
                .map(m -> m.surface() + "=" + m.canonical()).toList();
    }

    private static List<String> organisations(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text)).stream().filter(m -> m.kind() == ActorKind.ORGANISATION)
                .map(ActorMention::canonical).toList();
    }

    @Test
    void aTownIpadicCutsIsNamedWhole() {
        assertEquals(List.of("朱鷺宮=朱鷺宮"), places("朱鷺宮町は4日、ごみ袋の有料化を始めた。"));
        assertEquals(List.of("菊水台=菊水台"), places("菊水台町で9日、秋祭りが開かれた。"));
        assertEquals(List.of("薩摩川内=薩摩川内"), places("薩摩川内市では5日、停電が続いた。"));
    }

    /**
     * A village whose last kanji and 村 IPADIC reads as a surname or a company (岬 / 野村, 雪 / 川村) is the village named whole,
     * before a particle, a mark or its head; a person (岬野村さん), a surname after a common noun (社長野村氏) and a company
     * (野村証券) are no village.
     */
    @Test
    void aVillageInsideASurnameIsTheVillage() {
        assertEquals(List.of("高知県浜凪=浜凪", "岬野=岬野"), places("高知県浜凪町と岬野村が合併した。"));
        assertEquals(List.of("秋田県雪川=雪川"), places("秋田県雪川村の温泉で5日、祭りが開かれた。"));
        assertEquals(List.of("岬野=岬野"), places("岬野村長は5日、辞職した。"));
        assertEquals(List.of(), places("岬野村さんは5日、表彰された。"));
        assertEquals(List.of(), places("社長野村氏は5日、述べた。"));
        assertEquals(List.of(), places("野村証券は5日、発表した。"));
    }

    /** A made-up name IPADIC knows no word of, cut into single kanji that are common nouns (奥 / 霧), is a name all the same. */
    @Test
    void aNameCutIntoSingleKanjiIsAName() {
        assertEquals(List.of("奥霧=奥霧"), places("奥霧町は移転先の造成を6月に始める計画だった。"));
        assertEquals(List.of(), places("隣町の店が閉まった。"), "one kanji is a word: the next town");
        assertEquals(List.of(), places("本市の人口が減った。"), "a prefix: this city");
    }

    /** 国, 県, 市 written alone are kinds of body or place, no piece of a name (review rv2 of session 35). */
    @Test
    void aKindOfBodyOrPlaceIsNoPieceOfAName() {
        assertEquals(List.of(), places("国県市の負担割合が決まった。"), "the state, the prefecture and the city");
        assertEquals(List.of("北町=北町"), places("県北町村会が開かれた。"),
                "not 県北町 (the prefecture's north: its towns' association); 北町 is IPADIC's own place, as before the rule");
        assertEquals(List.of("奥霧=奥霧"), places("奥霧村で県と市が協議した。"), "a made-up name still");
    }

    @Test
    void aPrefectureBeforeItsMunicipalityIsItsAddress() {
        assertEquals(List.of("宮崎県奥霧=奥霧"), places("宮崎県奥霧町では29日未明、土砂崩れで県道がふさがれた。"));
        assertEquals(List.of("埼玉県熊谷=熊谷"), places("埼玉県熊谷市で23日、気温が41度を超えた。"));
        assertEquals(List.of("北海道旭川=旭川"), places("北海道旭川市で8日、初雪が観測された。"));
        assertEquals(List.of("長野県桐ヶ谷=桐ヶ谷", "北町=北町"), places("長野県桐ヶ谷市北町の橋が崩れた。"),
                "a district after the city stays a place of its own");
    }

    @Test
    void aMunicipalitysBodyIsStillTheBody() {
        assertEquals(List.of("朝霧市立総合病院"), organisations("朝霧市立総合病院が攻撃を受けた。"));
        assertEquals(List.of(), places("朝霧市立総合病院が攻撃を受けた。"));
    }

    @Test
    void noMunicipalityWithoutAProperNounOrInsideAWord() {
        assertEquals(List.of(), places("同市は15日、計画を発表した。"));
        assertEquals(List.of(), places("各町の担当者が集まった。"));
        assertEquals(List.of(), places("中核市の市長が集まった。"), "a kind of city, no name");
        assertEquals(List.of(), places("港町の祭りが開かれた。"), "one word");
        assertEquals(List.of("東京=東京"), places("東京23区で雪が降った。"), "a count of wards is no name");
        assertEquals(List.of("横浜=横浜"), places("横浜市で会議が開かれた。"), "a city IPADIC knows, as before");
    }

    /** The prefecture a town was written after is the one whose police 県警 said alone is. */
    @Test
    void thePrefectureOfATownNamesItsPoliceSaidAlone() {
        assertEquals(List.of("県警=岐阜県警"), CoreferenceTest.names("岐阜県白鳥台市の倉庫で3日、火事があった。県警は4日、男を逮捕した。"));
    }

    /** 同町 points at the town named whole before it. */
    @Test
    void theTownSaidWith同IsTheOneNamedWhole() {
        assertEquals(List.of("同町=奥霧"), CoreferenceTest.names("宮崎県奥霧町で29日、土砂崩れがあった。同町は30日、避難所を開いた。"));
    }

    /**
     * A team or a firm before a surname ending in 村 (a sports headline's 巨人中村が) is the team and its player, and a
     * common kanji before a surname (父中村が) is a relative, no village; a place's word ending in 村 after one is still one.
     */
    @Test
    void noVillageInAPlayerAfterHisTeamOrAPersonAfterAKinWord() {
        assertEquals(List.of(), places("巨人中村が3日、本塁打を放った。"));
        assertEquals(List.of("巨人"), organisations("巨人中村が3日、本塁打を放った。"), "the team stays");
        assertEquals(List.of(), places("西武中村は5日、通算400号に到達した。"));
        assertEquals(List.of(), places("母中村は5日、取材に応じた。"));
        assertEquals(List.of("霞川=霞川"), places("霞川村の村長は5日、辞職した。"), "a place's word after a common kanji");
    }
}
