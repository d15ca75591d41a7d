package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorAlias;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorRegistryTest {

    private static List<ActorMention> find(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text));
    }

    /** A registry of these documents, added in this order as d0, d1, … */
    @SafeVarargs
    private static ActorRegistry registry(List<ActorMention>... documents) {
        ActorRegistry r = new ActorRegistry();
        for (int i = 0; i < documents.length; i++) {
            r.addDocument("d" + i, documents[i]);
        }
        return r;
    }

    private static Actor actor(ActorRegistry.ActorIndex index, List<ActorMention> mentions, String name) {
        return mentions.stream().filter(m -> m.name().equals(name)).map(m -> index.actorOf(mentions, m)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + name));
    }

    @Test
    void surnameAndTitleJoinTheFullNameInTheSameDocument() {
        List<ActorMention> m = find("中国の王毅国務委員兼外相は10日、表明した。王毅外相は会談した。王外相は述べた。");
        ActorRegistry r = new ActorRegistry();
        r.addDocument("d1", m);
        ActorRegistry.ActorIndex index = r.resolve();
        Actor wang = actor(index, m, "王毅");
        assertEquals(wang, actor(index, m, "王"));
        assertEquals("国務委員兼外相", wang.title());
        assertEquals("中国", wang.country());
        List<String> aliases = wang.aliases().stream().map(ActorAlias::surface).toList();
        assertTrue(aliases.containsAll(List.of("王毅外相", "王外相")), aliases.toString());
        assertTrue(wang.aliases().stream().anyMatch(a -> a.reason().startsWith("same surname 王 and compatible title 外相")));
    }

    @Test
    void aSurnameJoinsOnlyTheFullNameWhoseTitleFitsAndStaysApartWhenTwoFit() {
        List<ActorMention> m = find("岸田文雄首相は述べた。岸信夫外相は会見した。岸首相は表明した。岸氏は帰国した。");
        ActorRegistry.ActorIndex index = registry(m).resolve();
        Actor kishida = actor(index, m, "岸田文雄");
        assertEquals(kishida, actor(index, m, "岸"), "岸首相: only 岸田文雄首相 has a title that fits");
        assertTrue(kishida.aliases().stream().anyMatch(a -> a.reason().equals(
                "same surname 岸 and compatible title 首相 as 岸田文雄首相 in the same document")), kishida.aliases().toString());
        Actor plainKishi = m.stream().filter(x -> x.surface().equals("岸氏")).map(x -> index.actorOf(m, x)).findFirst().orElseThrow();
        assertNotEquals(kishida, plainKishi, "岸氏 fits both full names, so it joins neither");
        assertNotEquals(actor(index, m, "岸信夫"), plainKishi);
    }

    @Test
    void aRegistryReadBackOrCopiedResolvesAsTheOneItCameFromAndGrowsTheSame() {
        ActorRegistry r = new ActorRegistry();
        r.addDocument("a", find("中国の王毅国務委員兼外相は10日、表明した。王外相は述べた。カザフ政府は発表した。"));
        r.addDocument("b", find("ロシアのリャプコフ外務次官は述べた。米国とアメリカ、米が会談。"));
        List<ActorMention> later = find("リャブコフ外務次官は会談した。リャブコフ氏は帰国した。林外相は会見した。");

        ActorRegistry readBack = ActorRegistry.decode(r.encode());
        ActorRegistry copy = r.copy();
        assertEquals(r.resolve(), readBack.resolve());
        assertEquals(r.resolve(), copy.resolve());

        ActorRegistry refilled = new ActorRegistry();
        refilled.addDocument("a", find("中国の王毅国務委員兼外相は10日、表明した。王外相は述べた。カザフ政府は発表した。"));
        refilled.addDocument("b", find("ロシアのリャプコフ外務次官は述べた。米国とアメリカ、米が会談。"));
        for (ActorRegistry grown : List.of(readBack, copy, refilled)) {
            grown.addDocument("c", later);
        }
        assertEquals(refilled.resolve(), readBack.resolve(), "a document added to the one read back: as if added to the original");
        assertEquals(refilled.resolve(), copy.resolve());
        assertNotEquals(refilled.resolve(), r.resolve(), "the original is left as it was");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(app.nenpyo.codec.MalformedBytesException.class,
                () -> ActorRegistry.decode(new byte[] {9, 0})).getMessage().contains("format"));
    }

    @Test
    void theActorsDoNotDependOnTheOrderDocumentsAreAdded() {
        // 王外相 joins 王毅 in both documents, for a reason naming each document's full form; リャブコフ
        // and リャプコフ are one name written two ways; 林外相 and 林首相 find a full name each
        List<List<ActorMention>> documents = List.of(
                find("中国の王毅外相は10日、表明した。王外相は述べた。リャプコフ外務次官は述べた。"),
                find("王毅国務委員兼外相は会談した。王外相は述べた。リャブコフ外務次官は会談した。林芳正外相は会見した。"),
                find("林外相は述べた。林首相は述べた。林一郎首相は会見した。リャブコフ氏は帰国した。"));
        ActorRegistry.ActorIndex expected = null;
        for (List<Integer> order : List.of(List.of(0, 1, 2), List.of(1, 0, 2), List.of(2, 1, 0), List.of(1, 2, 0))) {
            ActorRegistry r = new ActorRegistry();
            order.forEach(i -> r.addDocument("d" + i, documents.get(i)));
            ActorRegistry.ActorIndex index = r.resolve();
            if (expected == null) {
                expected = index;
                Actor wang = actor(index, documents.get(0), "王毅");
                assertEquals(wang, actor(index, documents.get(0), "王"));
                assertTrue(wang.aliases().stream().anyMatch(a -> a.surface().equals("王外相")), wang.aliases().toString());
                assertEquals(actor(index, documents.get(0), "リャプコフ"), actor(index, documents.get(1), "リャブコフ"));
            }
            assertEquals(expected, index, "documents added in the order " + order);
        }

        ActorRegistry first = registry(documents.get(0));
        first.addAll(registry(documents.get(2), documents.get(1)));
        assertEquals(expected, first.resolve(), "another registry's documents added: as if added here");
    }

    @Test
    void aDocumentTakenOutIsAsIfNeverAddedAndOneNeverAddedCannotBe() {
        List<ActorMention> a = find("中国の王毅外相は10日、表明した。王外相は述べた。リャプコフ外務次官は述べた。");
        List<ActorMention> b = find("王毅国務委員兼外相は会談した。リャブコフ外務次官は会談した。リャブコフ氏は帰国した。");
        List<ActorMention> c = find("林外相は述べた。林芳正外相は会見した。カザフ政府は発表した。");
        ActorRegistry r = registry(a, b, c);
        ActorRegistry withoutB = registry(a, c);

        assertTrue(r.removeDocument("d1", b));
        assertEquals(withoutB.resolve(), r.resolve());
        ActorRegistry.ActorIndex before = r.resolve();
        org.junit.jupiter.api.Assertions.assertFalse(r.removeDocument("d1", b), "b is no longer there");
        org.junit.jupiter.api.Assertions.assertFalse(r.removeDocument("d", find("ゼレンスキー大統領は述べた。王毅外相は述べた。")),
                "a document naming one actor the registry never saw");
        assertEquals(before, r.resolve(), "a refused removal changes nothing");
        r.addDocument("d1", b);
        assertEquals(registry(a, b, c).resolve(), ActorRegistry.decode(r.encode()).resolve(), "added again: as before, counts included");
    }

    @Test
    void aSurnameWhoseTitlesFindDifferentFullNamesInOtherDocumentsStaysItselfWhateverTheOrder() {
        List<ActorMention> foreign = find("林外相は述べた。");
        List<ActorMention> prime = find("林首相は述べた。");
        List<ActorMention> both = find("林芳正外相は会見した。林一郎首相は会見した。");
        ActorRegistry.ActorIndex expected = null;
        for (List<List<ActorMention>> order : List.of(List.of(foreign, prime, both), List.of(prime, foreign, both))) {
            ActorRegistry r = new ActorRegistry();
            order.forEach(d -> r.addDocument("d" + d.hashCode(), d));
            ActorRegistry.ActorIndex index = r.resolve();
            assertEquals("person:林", actor(index, prime, "林").key(), "林首相 is not 林芳正外相, nor is 林外相 林一郎首相");
            assertEquals("person:林", actor(index, foreign, "林").key());
            expected = expected == null ? index : expected;
            assertEquals(expected, index);
        }
        assertEquals("person:林芳正", actor(registry(foreign, find("林芳正外相は会見した。")).resolve(), foreign, "林").key(),
                "with one full name to join, it joins");
    }

    @Test
    void aSurnameWithTwoCandidatesOrNoneStaysItself() {
        List<ActorMention> m = find("王毅外相と王岐山外相が会談。王外相は述べた。");
        ActorRegistry r = new ActorRegistry();
        r.addDocument("d", m);
        ActorRegistry.ActorIndex index = r.resolve();
        assertEquals("person:王", actor(index, m, "王").key());
    }

    @Test
    void theSamePersonInAnotherArticleIsTheSameActorAcrossSpellings() {
        List<ActorMention> a = find("ロシアのリャプコフ外務次官は述べた。");
        List<ActorMention> b = find("リャブコフ外務次官は会談した。");
        ActorRegistry r = new ActorRegistry();
        r.addDocument("a", a);
        r.addDocument("b", b);
        ActorRegistry.ActorIndex index = r.resolve();
        Actor ryabkov = actor(index, a, "リャプコフ");
        assertEquals(ryabkov, actor(index, b, "リャブコフ"));
        assertEquals("ロシア", ryabkov.country());
        assertTrue(ryabkov.aliases().stream().anyMatch(x -> x.reason().startsWith("katakana spelling variant")));
    }

    @Test
    void aKatakanaFamilyNameJoinsTheOnePersonWrittenInFullWithItInAnyDocument() {
        List<ActorMention> full = find("米国のジョー・バイデン大統領は演説した。バイデン氏は述べた。");
        List<ActorMention> alone = find("バイデン大統領は会談した。");
        ActorRegistry.ActorIndex index = registry(alone, full).resolve();
        Actor biden = actor(index, full, "ジョー・バイデン");
        assertEquals(biden, actor(index, alone, "バイデン"));
        assertEquals(biden, actor(index, full, "バイデン"));
        assertEquals("ジョー・バイデン", biden.name(), "named in full, though the family name is said more often");
        assertTrue(biden.aliases().stream().anyMatch(x -> x.reason().startsWith("family name バイデン of ジョー・バイデン")),
                biden.aliases().toString());
    }

    @Test
    void aKatakanaFamilyNameOfTwoPeopleWrittenInFullJoinsNeither() {
        List<ActorMention> one = find("ジョン・スミス議員は述べた。");
        List<ActorMention> two = find("アダム・スミス議員は反対した。");
        List<ActorMention> alone = find("スミス議員は会見した。");
        ActorRegistry.ActorIndex index = registry(one, two, alone).resolve();
        assertNotEquals(actor(index, one, "ジョン・スミス"), actor(index, alone, "スミス"));
        assertNotEquals(actor(index, two, "アダム・スミス"), actor(index, alone, "スミス"));
    }

    @Test
    void longNamesOneEditApartMergeWhateverTheOrder() {
        List<ActorMention> a = find("ゼレンスキー大統領は述べた。");
        List<ActorMention> b = find("ゼレンスキイ大統領は述べた。");
        ActorRegistry one = new ActorRegistry();
        one.addDocument("a", a);
        one.addDocument("b", b);
        ActorRegistry two = new ActorRegistry();
        two.addDocument("b", b);
        two.addDocument("a", a);
        String key = actor(one.resolve(), a, "ゼレンスキー").key();
        assertEquals(key, actor(one.resolve(), b, "ゼレンスキイ").key());
        assertEquals(key, actor(two.resolve(), a, "ゼレンスキー").key());
    }

    @Test
    void countryAliasesComeFromTheGazetteer() {
        List<ActorMention> m = find("アメリカ側は、米国の圧力について、米露協議で述べた。");
        ActorRegistry r = new ActorRegistry();
        r.addDocument("d", m);
        ActorRegistry.ActorIndex index = r.resolve();
        Actor us = actor(index, m, "米国");
        assertEquals(us, actor(index, m, "アメリカ"));
        assertEquals(us, actor(index, m, "米"));
        assertNotEquals(us, actor(index, m, "露"));
    }

    /** Review A34: 羽生結弦選手は…。羽生選手は… is one skater. */
    @Test
    void aSurnameOfTwoKanjiJoinsTheOneFullNameOfItsDocument() {
        List<ActorMention> m = find("羽生結弦選手は10日のフリーで4回転半ジャンプに挑んだ。羽生選手は14日、記者会見した。");
        ActorRegistry.ActorIndex index = registry(m).resolve();
        Actor hanyu = actor(index, m, "羽生結弦");
        assertEquals(hanyu, actor(index, m, "羽生"));
        assertEquals("選手", hanyu.title());
        assertTrue(hanyu.aliases().contains(new ActorAlias("羽生選手",
                "same surname 羽生 and compatible title 選手 as 羽生結弦選手 in the same document")), hanyu.aliases().toString());
        List<ActorMention> other = find("羽生選手は14日、記者会見した。");
        assertEquals("羽生", registry(other).resolve().actorOf(other, other.get(0)).name(), "alone, the surname stays itself");
    }

    /** 天皇陛下 is the gazetteer's other spelling of 天皇: no fuller name that 天皇 is the surname of. */
    @Test
    void aNameAndItsOtherSpellingInOneDocumentAreOneActorWithTheOtherDocumentsWritingOnlyOne() {
        List<ActorMention> both = find("天皇陛下は3日、式典に臨まれた。新天皇の即位を祝う行事は5日に開かれる。");
        List<ActorMention> one = find("天皇は10日、国会の開会式に出席した。");
        ActorRegistry.ActorIndex index = registry(both, one).resolve();
        Actor emperor = actor(index, both, "天皇陛下");
        assertEquals(emperor, actor(index, both, "天皇"));
        assertEquals(emperor, actor(index, one, "天皇"));
        assertTrue(emperor.aliases().stream().allMatch(a -> a.reason().startsWith("gazetteer name of")
                || a.reason().startsWith("the gazetteer writes")), emperor.aliases().toString());
    }

    /** A title alone found to be a person named before is that person, and says why. */
    @Test
    void aTitleFoundToBeSomeoneIsThatPersonWithTheLinkAsItsReason() {
        String text = "岸田首相は11日午前、記者団の取材に応じた。首相は7日、会合を開いた。";
        List<ActorMention> m = new java.util.ArrayList<>(find(text));
        List<Anaphor> anaphors = new AnaphorFinder().find(text, JapaneseTokens.of(text), m);
        m.addAll(Coreference.resolve(text, m, anaphors));
        ActorRegistry.ActorIndex index = registry(m).resolve();
        Actor kishida = index.actorOf(m, m.get(0));
        assertEquals(2, m.size(), m.toString());
        assertEquals(kishida, index.actorOf(m, m.get(1)));
        assertEquals("person:岸田文雄", kishida.key());
        assertTrue(kishida.aliases().contains(new ActorAlias("首相", "首相 = 岸田首相 (the person of that title named last before it)")),
                kishida.aliases().toString());
        assertEquals(index.actors(), ActorRegistry.decode(registry(m).encode()).resolve().actors(), "encoded and read back, the same");
    }
}
