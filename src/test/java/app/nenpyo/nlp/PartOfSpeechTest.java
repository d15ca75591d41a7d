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
import java.util.EnumSet;
import java.util.List;
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
        new CorpusGenerator(37).write(folder, 40_000);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String paragraph : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
                    agreesWithTheStringTest(JapaneseTokens.of(paragraph));
                }
            }
        }
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
