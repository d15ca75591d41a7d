package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.ActorKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorFinderTest {

    private static List<ActorMention> find(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text));
    }

    private static ActorMention only(String text, ActorKind kind) {
        List<ActorMention> found = find(text).stream().filter(m -> m.kind() == kind).toList();
        assertEquals(1, found.size(), text + " → " + found);
        return found.get(0);
    }

    private static Optional<ActorMention> named(String text, String name) {
        return find(text).stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** A headline has no 。: the country is its last word, with nothing after it to be an organisation. */
    @Test
    void aCountryThatEndsTheTextIsACountry() {
        ActorMention m = only("2022年1月10日に会談したのはロシア", ActorKind.COUNTRY);
        assertEquals("ロシア", m.name());
        assertEquals(new app.nenpyo.domain.TextSpan(17, 20), m.span());
    }

    @Test
    void katakanaNameAndTitle() {
        ActorMention m = only("カザフスタンのトカエフ大統領は10日の会議で述べた。", ActorKind.PERSON);
        assertEquals("トカエフ", m.name());
        assertEquals("大統領", m.title());
        assertEquals("カザフスタン", m.country());
    }

    @Test
    void kanjiNameWithJoinedTitlesAndCountryBeforeNo() {
        ActorMention m = only("中国の王毅国務委員兼外相は10日、意欲を示した。", ActorKind.PERSON);
        assertEquals("王毅", m.name());
        assertEquals("国務委員兼外相", m.title());
        assertEquals("中国", m.country());
        ActorMention surname = only("一方、会談で王外相は歓迎した。", ActorKind.PERSON);
        assertEquals("王", surname.name());
        assertEquals("外相", surname.title());
    }

    @Test
    void shortFormCountryInsideATitle() {
        List<ActorMention> found = find("シャーマン米国務副長官は9日、会談した。");
        assertEquals("シャーマン", found.get(0).name());
        assertEquals("国務副長官", found.get(0).title());
        assertEquals("米国", found.get(0).country());
        assertEquals(ActorKind.COUNTRY, found.get(1).kind());
        assertEquals("米", found.get(1).surface());
        assertEquals("米国", found.get(1).canonical());
        ActorMention macron = only("マクロン仏大統領は会見で語った。", ActorKind.PERSON);
        assertEquals("フランス", macron.country());
    }

    @Test
    void organisationsWithCountriesAndAbbreviations() {
        ActorMention ministry = only("中国外務省によると、", ActorKind.ORGANISATION);
        assertEquals("中国外務省", ministry.canonical());
        assertEquals("中国", ministry.country());
        assertEquals("内務省", only("内務省は10日、発表した。", ActorKind.ORGANISATION).canonical());
        assertEquals("大統領府", only("大統領府の発表によりますと", ActorKind.ORGANISATION).canonical());
        List<ActorMention> csto = find("ロシアが主導するCSTO=集団安全保障条約機構の部隊");
        assertEquals(List.of("集団安全保障条約機構", "集団安全保障条約機構"),
                csto.stream().filter(m -> m.kind() == ActorKind.ORGANISATION).map(ActorMention::canonical).toList());
        assertEquals("北大西洋条約機構", named("NATO北大西洋条約機構がこれ以上", "NATO").orElseThrow().canonical());
        assertEquals(List.of(), find("検索ではAND、OR、NOT、NEARを使う。"), "English words of letters are no organisations");
        assertEquals("Apple", only("米Appleは10日、新製品を発表した。", ActorKind.ORGANISATION).canonical(), "a name of letters is one");
        ActorMention stateDepartment = only("米国務省によると、", ActorKind.ORGANISATION);
        assertEquals("国務省", stateDepartment.canonical());
        assertEquals("米国", stateDepartment.country());
    }

    @Test
    void countriesAndTheirShortForms() {
        ActorMention kazakh = only("カザフのトレウベルディ外相", ActorKind.COUNTRY);
        assertEquals("カザフスタン", kazakh.canonical());
        assertEquals("gazetteer short form of カザフスタン", kazakh.reason());
        assertEquals(List.of("米国", "ロシア"), find("米露協議が始まった").stream()
                .filter(m -> m.kind() == ActorKind.COUNTRY).map(ActorMention::canonical).toList());
        assertEquals("米国", only("アメリカ側は", ActorKind.COUNTRY).canonical());
        assertEquals("米国", only("米政府は", ActorKind.COUNTRY).canonical());
    }

    @Test
    void oneCharacterShortFormsAreNotTakenInsideWords() {
        assertTrue(find("中央アジアの英語教育と独立した日程").stream().noneMatch(m -> m.kind() == ActorKind.COUNTRY));
        assertTrue(find("10日米軍が").stream().noneMatch(m -> m.surface().equals("日")));
    }

    @Test
    void placesWithTheirCountry() {
        ActorMention geneva = only("協議は10日にジュネーブで始まり", ActorKind.PLACE);
        assertEquals("スイス", geneva.country());
        assertEquals("ウクライナ", only("キエフ市内で", ActorKind.PLACE).country());
        assertEquals("キーウ", only("キエフ市内で", ActorKind.PLACE).canonical());
    }

    @Test
    void peopleFromTheUserDictionaryThatIpadicSplits() {
        ActorMention xi = only("習近平国家主席は3月上旬、モスクワを訪問した。", ActorKind.PERSON);
        assertEquals("習近平", xi.name());
        assertEquals("国家主席", xi.title());
        assertEquals("中国", xi.country());
    }

    @Test
    void aKatakanaNameSeenWithATitleIsFoundAloneLater() {
        List<ActorMention> found = find("シャーマン国務副長官は会談。シャーマン氏は歓迎した。シャーマンは述べた。");
        assertEquals(3, found.stream().filter(m -> m.kind() == ActorKind.PERSON).count());
        assertTrue(find("テレビで放送").stream().noneMatch(m -> m.kind() == ActorKind.PERSON));
    }
}
