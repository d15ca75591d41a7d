package app.nenpyo.timeline;

/**
 * The number an exported picture puts before an event's label to cite its sources in the notes
 * below it: {@code [3] 内務省が8000人拘束と発表}. The layout cuts the label after it, never the
 * mark: {@code [27…} cites nothing.
 */
public final class CitationMark {

    private CitationMark() {
    }

    /** {@code 3, 内務省が発表} → {@code [3] 内務省が発表}. */
    public static String prefixed(int number, String label) {
        return "[" + number + "] " + label;
    }

    /** How many characters of {@code label} are its mark, with the space after it: 4 for {@code [3] 協議}, 0 for none. */
    static int length(String label) {
        int i = 1;
        while (i < label.length() && label.charAt(i) >= '0' && label.charAt(i) <= '9') {
            i++;
        }
        return label.startsWith("[") && i > 1 && label.startsWith("] ", i) ? i + 2 : 0;
    }
}
