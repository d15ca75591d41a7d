package app.nenpyo.format;

/** Tab-separated output: a field never holds a tab or a line break. */
public final class Tsv {

    private Tsv() {
    }

    /**
     * Each tab, carriage return and line feed becomes one space, so the field keeps its length and
     * offsets printed beside it (search hits, spans) still point at the same characters.
     */
    public static String field(String text) {
        return text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
