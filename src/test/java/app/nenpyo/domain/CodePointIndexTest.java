package app.nenpyo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link CodePoints.Index} gives every span what counting from the text's start gives. */
class CodePointIndexTest {

    @Test
    void spansAfterAnEmojiMoveBackByOne() {
        String text = "😀今日は晴れ。🎌明日は雨。";
        CodePoints.Index index = CodePoints.index(text);
        assertEquals(new TextSpan(1, 3), index.span(new TextSpan(2, 4)));
        assertEquals(new TextSpan(8, 10), index.span(new TextSpan(10, 12)));
        assertEquals(CodePoints.span(text, new TextSpan(10, 12)), index.span(new TextSpan(10, 12)));
    }

    @Property(tries = 300)
    void givesWhatCountingFromTheStartGives(@ForAll("texts") String text, @ForAll("fractions") double a, @ForAll("fractions") double b) {
        int start = (int) (Math.min(a, b) * text.length());
        int end = (int) (Math.max(a, b) * text.length());
        TextSpan span = new TextSpan(start, end);
        assertEquals(CodePoints.span(text, span), CodePoints.index(text).span(span), () -> text + " " + span);
    }

    @Provide
    Arbitrary<String> texts() {
        // kanji, kana, an emoji's halves apart or paired, and lone surrogates
        Arbitrary<String> pieces = Arbitraries.of("今", "日", "は", "😀", "🎌", "\uD83D", "\uDE00", "a", "。");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }
}
