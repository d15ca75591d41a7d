package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.bench.CorpusGenerator;
import app.nenpyo.domain.TextSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartOfSpeechTest {

    /** Every kind of every token agrees with the prefix test it stands for. */
    private static void agreesWithTheStringTest(List<Token> tokens) {
        for (Token t : tokens) {
            for (PartOfSpeech kind : PartOfSpeech.values()) {
                assertEquals(t.partOfSpeech().startsWith(kind.prefix()), t.is(kind), t.surface() + " " + t.partOfSpeech() + " " + kind);
            }
        }
    }

    private static Set<PartOfSpeech> kindsOf(String partOfSpeech) {
        Token t = new Token("x", new TextSpan(0, 1), partOfSpeech, "x", false);
        return Stream.of(PartOfSpeech.values()).filter(t::is).collect(Collectors.toCollection(() -> EnumSet.noneOf(PartOfSpeech.class)));
    }

    @Test
    void aPartOfSpeechIsEveryKindWhosePrefixStartsIt() {
        assertEquals(EnumSet.of(PartOfSpeech.NOUN, PartOfSpeech.PROPER_NOUN, PartOfSpeech.PERSON_NAME, PartOfSpeech.SURNAME),
                kindsOf("名詞-固有名詞-人名-姓"));
        assertEquals(EnumSet.of(PartOfSpeech.PARTICLE, PartOfSpeech.CASE_PARTICLE, PartOfSpeech.QUOTING_PARTICLE),
                kindsOf("助詞-格助詞-引用"));
        assertEquals(EnumSet.of(PartOfSpeech.NOUN, PartOfSpeech.NOUN_SUFFIX, PartOfSpeech.PLACE_SUFFIX), kindsOf("名詞-接尾-地域"));
        assertEquals(EnumSet.of(PartOfSpeech.VERB, PartOfSpeech.INDEPENDENT_VERB), kindsOf("動詞-自立"));
    }

    @Test
    void nearMissesAreNotTaken() {
        assertEquals(EnumSet.of(PartOfSpeech.AUXILIARY), kindsOf("助動詞"), "助動詞 is no 助詞");
        assertEquals(EnumSet.of(PartOfSpeech.NOUN), kindsOf("名詞"), "名詞 alone is no proper noun");
        assertEquals(EnumSet.of(PartOfSpeech.NOUN, PartOfSpeech.PROPER_NOUN, PartOfSpeech.GENERAL_PROPER_NOUN), kindsOf("名詞-固有名詞-一般"));
        assertEquals(EnumSet.of(PartOfSpeech.NOUN, PartOfSpeech.PROPER_NOUN), kindsOf("名詞-固有名詞"));
        assertEquals(EnumSet.noneOf(PartOfSpeech.class), kindsOf(""), "a token without a part of speech is no kind");
        assertEquals(EnumSet.noneOf(PartOfSpeech.class), kindsOf("連体詞"));
    }

    /**
     * The agreement tests read {@link PartOfSpeech#prefix()} on both sides, so a prefix mistyped (名詞-非自律) would
     * agree with itself: each prefix is written here again as IPADIC writes it.
     */
    @Test
    void everyPrefixIsWrittenAsTheDictionaryWritesIt() {
        Map<PartOfSpeech, String> written = new EnumMap<>(PartOfSpeech.class);
        written.put(PartOfSpeech.NOUN, "名詞");
        written.put(PartOfSpeech.COMMON_NOUN, "名詞-一般");
        written.put(PartOfSpeech.NUMBER, "名詞-数");
        written.put(PartOfSpeech.NOUN_SUFFIX, "名詞-接尾");
        written.put(PartOfSpeech.PLACE_SUFFIX, "名詞-接尾-地域");
        written.put(PartOfSpeech.SAHEN_SUFFIX, "名詞-接尾-サ変接続");
        written.put(PartOfSpeech.COUNTER, "名詞-接尾-助数詞");
        written.put(PartOfSpeech.ADVERBIAL_NOUN, "名詞-副詞可能");
        written.put(PartOfSpeech.DEPENDENT_NOUN, "名詞-非自立");
        written.put(PartOfSpeech.SAHEN_NOUN, "名詞-サ変接続");
        written.put(PartOfSpeech.PRONOUN, "名詞-代名詞");
        written.put(PartOfSpeech.PROPER_NOUN, "名詞-固有名詞");
        written.put(PartOfSpeech.GENERAL_PROPER_NOUN, "名詞-固有名詞-一般");
        written.put(PartOfSpeech.PERSON_NAME, "名詞-固有名詞-人名");
        written.put(PartOfSpeech.SURNAME, "名詞-固有名詞-人名-姓");
        written.put(PartOfSpeech.GIVEN_NAME, "名詞-固有名詞-人名-名");
        written.put(PartOfSpeech.PLACE_NAME, "名詞-固有名詞-地域");
        written.put(PartOfSpeech.COUNTRY_NAME, "名詞-固有名詞-地域-国");
        written.put(PartOfSpeech.GENERAL_PLACE_NAME, "名詞-固有名詞-地域-一般");
        written.put(PartOfSpeech.ORGANISATION_NAME, "名詞-固有名詞-組織");
        written.put(PartOfSpeech.VERB, "動詞");
        written.put(PartOfSpeech.INDEPENDENT_VERB, "動詞-自立");
        written.put(PartOfSpeech.VERB_SUFFIX, "動詞-接尾");
        written.put(PartOfSpeech.DEPENDENT_VERB, "動詞-非自立");
        written.put(PartOfSpeech.ADJECTIVE, "形容詞");
        written.put(PartOfSpeech.ADVERB, "副詞");
        written.put(PartOfSpeech.PARTICLE, "助詞");
        written.put(PartOfSpeech.CASE_PARTICLE, "助詞-格助詞");
        written.put(PartOfSpeech.QUOTING_PARTICLE, "助詞-格助詞-引用");
        written.put(PartOfSpeech.BINDING_PARTICLE, "助詞-係助詞");
        written.put(PartOfSpeech.ATTRIBUTIVE_PARTICLE, "助詞-連体化");
        written.put(PartOfSpeech.CONJUNCTIVE_PARTICLE, "助詞-接続助詞");
        written.put(PartOfSpeech.PARALLEL_PARTICLE, "助詞-並立助詞");
        written.put(PartOfSpeech.AUXILIARY, "助動詞");
        written.put(PartOfSpeech.PREFIX, "接頭詞");
        written.put(PartOfSpeech.NUMBER_PREFIX, "接頭詞-数接続");
        written.put(PartOfSpeech.SYMBOL, "記号");
        for (PartOfSpeech kind : PartOfSpeech.values()) {
            assertEquals(written.get(kind), kind.prefix(), kind.name());
        }
        assertEquals(written.size(), PartOfSpeech.values().length, "a kind added is written here too");
    }

    /**
     * A prefix no part of speech of the tokenizer starts (a typo, or a level IPADIC has not) would never answer true.
     * The generated news has no 州, 佐藤, 約30, デジタル化 or Ａ社: two sentences add them.
     */
    @Test
    void everyKindIsAPartOfSpeechTheTokenizerGivesOnNews(@TempDir Path folder) throws IOException {
        List<String> news = new ArrayList<>(generatedNews(folder));
        news.add("米カリフォルニア州の佐藤知事は約30人と会談した。");
        news.add("政府はデジタル化を進め、Ａ社も参加した。");
        Set<String> given = new HashSet<>();
        for (String paragraph : news) {
            JapaneseTokens.of(paragraph).forEach(t -> given.add(t.partOfSpeech()));
        }
        for (PartOfSpeech kind : PartOfSpeech.values()) {
            assertTrue(given.stream().anyMatch(p -> p.startsWith(kind.prefix())), kind + " " + kind.prefix() + " in none of " + given);
        }
    }

    /** A bit shared by two kinds (a 65th kind would wrap to NOUN's) would make a part of speech the other kind too. */
    @Test
    void everyKindHasABitOfItsOwn() {
        assertTrue(PartOfSpeech.values().length <= Long.SIZE, "one bit of a long a kind");
        agreesWithTheStringTest(Stream.of(PartOfSpeech.values())
                .map(kind -> new Token("x", new TextSpan(0, 1), kind.prefix(), "x", false)).toList());
    }

    @Test
    void aTokenMadeAgainKeepsItsKinds() {
        Token given = JapaneseTokens.of("田中氏が述べた。").get(0);
        assertTrue(given.is(PartOfSpeech.SURNAME), given.partOfSpeech());
        assertFalse(given.is(PartOfSpeech.PLACE_NAME));
        assertEquals(given.kinds(), given.shift(5).kinds());
        assertEquals(given, new Token(given.surface(), given.span(), given.partOfSpeech(), given.baseForm(), given.unknownKatakana()));
    }

    @Test
    void theSampleArticleAgrees() throws IOException {
        String sample = Files.readString(Path.of("src/test/resources/events/kazakhstan-ukraine-2022-01-11.txt"), StandardCharsets.UTF_8);
        for (String paragraph : sample.split("\n")) {
            agreesWithTheStringTest(JapaneseTokens.of(paragraph));
        }
    }

    @Test
    void generatedNewsAgrees(@TempDir Path folder) throws IOException {
        for (String paragraph : generatedNews(folder)) {
            agreesWithTheStringTest(JapaneseTokens.of(paragraph));
        }
    }

    /** The paragraphs of 40 KB of generated news. */
    private static List<String> generatedNews(Path folder) throws IOException {
        new CorpusGenerator(37).write(folder, 40_000);
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                paragraphs.addAll(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n")));
            }
        }
        return paragraphs;
    }

    @Property(tries = 300)
    void anySentenceOfNewsWordsAgrees(@ForAll("sentences") String sentence) {
        agreesWithTheStringTest(JapaneseTokens.of(sentence));
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> word = Arbitraries.of("佐藤", "首相", "は", "が", "を", "に", "と", "の", "も", "10日", "東京都", "大阪府",
                "国連", "トヨタ", "発表", "し", "た", "ない", "会談", "した", "と述べた", "ら", "さん", "市", "約", "3人", "ため",
                "美しい", "すぐに", "この", "「", "」", "、", "。", "によると", "ゾルテック", "について", "予定", "だ", "れる");
        return word.list().ofMinSize(1).ofMaxSize(20).map(words -> String.join("", words));
    }
}
