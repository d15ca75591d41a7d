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

    @Test
    void aLineBreakOfTextWrappedAtAWidthIsReadAsIfItWereNotThereAndTheTokenAfterItSpansIt() {
        String text = "ロシ\n　アが東京・元赤坂\r\nの迎賓館で会談";
        List<Token> tokens = JapaneseTokens.of(text);
        assertEquals(List.of("ロシア", "が", "東京", "・", "元", "赤坂", "の", "迎賓", "館", "で", "会談").subList(0, 2),
                tokens.stream().map(Token::surface).toList().subList(0, 2), "the word broken by the line is one");
        for (Token t : tokens) {
            String spanned = t.span().of(text).replaceAll("[\\r\\n\u3000 ]", "");
            assertEquals(t.surface(), spanned, "a token's span is its surface, with the line break it spans: " + t);
        }
        for (int i = 1; i < tokens.size(); i++) {
            assertTrue(tokens.get(i).span().start() >= tokens.get(i - 1).span().end(), "in order: " + tokens);
        }
        Token no = tokens.stream().filter(t -> t.surface().equals("の")).findFirst().orElseThrow();
        Token akasaka = tokens.get(tokens.indexOf(no) - 1);
        assertEquals(akasaka.span().end(), no.span().start(), "next to each other across the break: " + akasaka + " " + no);
        assertEquals(new app.nenpyo.domain.TextSpan(0, 5), tokens.get(0).span(), "ロ シ and, past the break and the indentation, ア");
    }

    @Test
    void aListsLinesAndAHeadingsStayLinesOfTheirOwn() {
        List<String> surfaces = JapaneseTokens.of("【関連記事】\n・丸岡製作所、増益（8月6日）\n・新工場が完成").stream().map(Token::surface).toList();
        assertTrue(surfaces.contains("関連") || surfaces.contains("関連記事"), surfaces.toString());
        assertTrue(!surfaces.contains("記事・") && surfaces.indexOf("完成") > surfaces.indexOf("工場"), surfaces.toString());
        String text = "【関連記事】\n・新工場";
        List<Token> tokens = JapaneseTokens.of(text);
        for (Token t : tokens) {
            assertEquals(t.surface(), t.span().of(text), "no token spans a list's line break: " + t);
        }
    }
}
