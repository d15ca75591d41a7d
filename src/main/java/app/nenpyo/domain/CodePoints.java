package app.nenpyo.domain;

/**
 * Converts UTF-16 indices (how Nenpyo keeps spans) to Unicode code-point offsets (how the
 * command-line contracts print them). They differ only after a character outside the BMP,
 * such as an emoji: in {@code "😀今日"} the span of 今日 is [2, 4) in UTF-16 and [1, 3) in code points.
 */
public final class CodePoints {
    private CodePoints() {
    }

    public static int offset(CharSequence text, int utf16Index) {
        return Character.codePointCount(text, 0, utf16Index);
    }

    public static TextSpan span(CharSequence text, TextSpan utf16Span) {
        int start = offset(text, utf16Span.start());
        return new TextSpan(start, start + Character.codePointCount(text, utf16Span.start(), utf16Span.end()));
    }
}
