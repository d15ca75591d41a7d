package app.nenpyo.domain;

import java.util.Arrays;

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

    /**
     * An index of one text that converts many spans without counting from its start each time (a file of
     * many posts cites thousands of sentences): it keeps where the text's surrogate pairs are, so a
     * conversion is a binary search. Gives what {@link #span} gives.
     */
    public static Index index(CharSequence text) {
        int pairs = 0;
        int[] at = new int[16];
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (pairs == at.length) {
                    at = Arrays.copyOf(at, pairs * 2);
                }
                at[pairs++] = i;
                i++;
            }
        }
        return new Index(Arrays.copyOf(at, pairs));
    }

    /** Where a text's surrogate pairs start, in UTF-16 indices, ascending. */
    public static final class Index {
        private final int[] pairs;

        private Index(int[] pairs) {
            this.pairs = pairs;
        }

        /** The code-point offset of a UTF-16 index: the index less the pairs wholly before it. */
        public int offset(int utf16Index) {
            return utf16Index - startingAtOrBefore(utf16Index - 2);
        }

        /** As {@link CodePoints#span}: the start's offset, then the code points inside the span counted on their own. */
        public TextSpan span(TextSpan utf16Span) {
            int start = offset(utf16Span.start());
            int inside = startingAtOrBefore(utf16Span.end() - 2) - startingAtOrBefore(utf16Span.start() - 1);
            return new TextSpan(start, start + utf16Span.length() - Math.max(0, inside));
        }

        private int startingAtOrBefore(int utf16Index) {
            if (pairs.length == 0 || utf16Index < 0) {
                return 0;
            }
            int found = Arrays.binarySearch(pairs, utf16Index);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
