package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.TextSpan;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A selection in a text area that left characters out maps back onto the paragraph's own text. */
class SelectableTextTest {

    @Test
    void aCarriageReturnLeftOutShiftsNothing() {
        String paragraph = "一方で、\r\n米露協議は10日、ジュネーブで始まった。";
        String shown = paragraph.replace("\r", "");
        int at = shown.indexOf("米露協議");
        TextSpan span = SelectableText.inParagraph(paragraph, shown, at, at + 4);
        assertEquals("米露協議", span.of(paragraph));
        assertEquals(new TextSpan(0, paragraph.length()), SelectableText.inParagraph(paragraph, shown, 0, shown.length()), "all of it");
        int empty = shown.indexOf("米");
        assertEquals(new TextSpan(paragraph.indexOf("米"), paragraph.indexOf("米")),
                SelectableText.inParagraph(paragraph, shown, empty, empty));
    }

    @Property
    void whatIsSelectedIsWhatTheSpanHolds(@ForAll @StringLength(min = 1, max = 40) @CharRange(from = '\u0000', to = '\u007f') String ascii,
                                          @ForAll @IntRange(min = 0, max = 40) int a, @ForAll @IntRange(min = 0, max = 40) int b) {
        String paragraph = ascii.replace('\u0001', '字');
        String shown = paragraph.replaceAll("[\\x00-\\x08\\x0b-\\x1f\\x7f]", "");
        int start = Math.min(Math.min(a, b), shown.length());
        int end = Math.min(Math.max(a, b), shown.length());
        TextSpan span = SelectableText.inParagraph(paragraph, shown, start, end);
        assertEquals(shown.substring(start, end), span.of(paragraph).replaceAll("[\\x00-\\x08\\x0b-\\x1f\\x7f]", ""));
        if (start < end) {
            assertEquals(shown.charAt(start), paragraph.charAt(span.start()), "the span starts on the first character selected");
            assertEquals(shown.charAt(end - 1), paragraph.charAt(span.end() - 1), "and ends on the last");
        }
    }
}
