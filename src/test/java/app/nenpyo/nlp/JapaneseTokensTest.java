package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JapaneseTokensTest {

    @Test
    void splitsNewsTextIntoMorphemesWithExactOffsets() {
        String text = "中国の王毅国務委員兼外相は10日、5800人を拘束した。";
        List<Token> tokens = JapaneseTokens.of(text);
        for (Token t : tokens) {
            assertEquals(t.surface(), t.span().of(text), "surface and offsets agree");
        }
        assertEquals(List.of("中国", "の", "王", "毅", "国務", "委員", "兼", "外相", "は", "10", "日", "5800", "人", "を", "拘束", "し", "た"),
                tokens.stream().map(Token::surface).toList());
        assertTrue(tokens.get(0).partOfSpeech().startsWith("名詞-固有名詞"), tokens.get(0).partOfSpeech());
    }
}
