package app.nenpyo.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the analyst asked for: a title, the scope, the page width in pixels at 1× (the timeline is
 * this less the margins), the most events numbered with a footnote, and the day the report is
 * made (printed in the subtitle; a parameter so tests and re-exports are reproducible).
 *
 * <pre>{@code
 * ReportRequest.of("カザフスタン情勢", ExportScope.wholeProject(), 1600);
 * }</pre>
 */
public record ReportRequest(String title, ExportScope scope, double width, int maxCitations, LocalDate madeOn) {
    /** Least page width: narrower, the axis and the footnotes become unreadable. */
    public static final double MIN_WIDTH = 400;
    /** Most page width at 1×: 200 years at a day per 4 px, far beyond any report. */
    public static final double MAX_WIDTH = 300_000;
    /** Default cap on numbered events: 300 footnotes fill about two printed pages. */
    public static final int DEFAULT_MAX_CITATIONS = 300;

    public ReportRequest {
        title = Objects.requireNonNullElse(title, "");
        Objects.requireNonNull(scope, "scope");
        if (!(width >= MIN_WIDTH && width <= MAX_WIDTH)) {
            throw new IllegalArgumentException("width must be " + (int) MIN_WIDTH + "–" + (int) MAX_WIDTH + " px: " + width);
        }
        if (maxCitations < 0) {
            throw new IllegalArgumentException("maxCitations must not be negative");
        }
        Objects.requireNonNull(madeOn, "madeOn");
    }

    public static ReportRequest of(String title, ExportScope scope, double width) {
        return new ReportRequest(title, scope, width, DEFAULT_MAX_CITATIONS, LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")));
    }

    public ReportRequest withMaxCitations(int max) {
        return new ReportRequest(title, scope, width, max, madeOn);
    }

    public ReportRequest madeOn(LocalDate day) {
        return new ReportRequest(title, scope, width, maxCitations, day);
    }
}
