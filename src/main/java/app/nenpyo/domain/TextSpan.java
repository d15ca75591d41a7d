package app.nenpyo.domain;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a document's text.
 *
 * <p>Internally every span is in Java {@code char} indices so that {@code text.substring(start, end)}
 * gives the spanned characters back; the command-line contracts convert to code points at the
 * boundary (see {@link CodePoints}).
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    public TextSpan shift(int delta) {
        return new TextSpan(start + delta, end + delta);
    }

    /**
     * As a record's own equals, written out: the record's goes through a method handle the app's inlining (decision
     * 0021) does not flatten, and spans are compared and hashed in every rule's inner loops.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof TextSpan other && start == other.start && end == other.end;
    }

    /** The record's own hash, {@code 31 * start + end}, written out for the same reason. */
    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    @Override
    public int compareTo(TextSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
