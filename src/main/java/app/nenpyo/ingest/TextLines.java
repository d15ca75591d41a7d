package app.nenpyo.ingest;

/**
 * Walks the lines of a text with any line endings (CRLF, CR, LF): {@code "a\r\nb\n"} gives
 * [0, 1), [3, 4) and the empty last line [5, 5).
 */
final class TextLines {

    /** Told each line's start and end (its line break excluded). */
    @FunctionalInterface
    interface Visitor {
        void line(int start, int end);
    }

    private TextLines() {
    }

    static void forEach(String text, Visitor visitor) {
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            visitor.line(lineStart, lineEnd);
            if (lineEnd >= n) {
                break;
            }
            lineStart = lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
    }
}
