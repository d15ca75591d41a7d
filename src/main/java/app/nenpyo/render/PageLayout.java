package app.nenpyo.render;

import app.nenpyo.render.ReportPage.Footnote;
import app.nenpyo.render.ReportPage.LegendEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a {@link ReportPage}: title and subtitle at the top, the legend in a row (wrapping), the
 * timeline, then the source list in as many columns (three at most) as the width gives to its longest line
 * (each at least {@value #MIN_COLUMN_WIDTH} px; a line too long for one column is elided) and the notes. All in
 * the page's pixels; the timeline keeps its own width, the page adds a margin around it.
 *
 * <pre>{@code
 * PageLayout.Geometry g = PageLayout.place(page, fonts);
 * g.width(); g.height();           // the picture's size at scale 1
 * g.timelineX(); g.timelineY();    // where the display list's origin goes
 * }</pre>
 */
public final class PageLayout {
    public static final double MARGIN = 24;
    public static final double MIN_COLUMN_WIDTH = 360;
    private static final double COLUMN_GAP = 24;
    private static final double FOOTNOTE_LINE = 16;
    private static final double SWATCH = 10;

    private PageLayout() {
    }

    /** A text at its place: x is its start, {@code maxWidth} the room it was elided to. */
    public record PlacedText(double x, double baseline, String text, PageTextRole role) {
    }

    /** A legend colour: a dot centred at {@code (cx, cy)} in a category's colour. */
    public record Swatch(double cx, double cy, double radius, String style) {
    }

    /** Where everything goes. */
    public record Geometry(double width, double height, double timelineX, double timelineY, List<PlacedText> texts,
                           List<Swatch> swatches) {
        public Geometry {
            texts = List.copyOf(texts);
            swatches = List.copyOf(swatches);
        }
    }

    public static Geometry place(ReportPage page, ReportFonts fonts) {
        double inner = page.timeline().width();
        double width = inner + 2 * MARGIN;
        List<PlacedText> texts = new ArrayList<>();
        List<Swatch> swatches = new ArrayList<>();
        double y = MARGIN;
        if (!page.title().isEmpty()) {
            y += 20;
            texts.add(new PlacedText(MARGIN, y, fonts.elide(page.title(), inner, PageTextRole.TITLE), PageTextRole.TITLE));
            y += 8;
        }
        if (!page.subtitle().isEmpty()) {
            y += 16;
            texts.add(new PlacedText(MARGIN, y, fonts.elide(page.subtitle(), inner, PageTextRole.SUBTITLE),
                    PageTextRole.SUBTITLE));
            y += 6;
        }
        y = legend(page.legend(), fonts, inner, y, texts, swatches);
        double timelineY = y + 10;
        y = timelineY + page.timeline().height() + 14;
        y = footnotes(page, fonts, inner, y, texts);
        return new Geometry(width, Math.ceil(y + MARGIN), MARGIN, timelineY, texts, swatches);
    }

    private static double legend(List<LegendEntry> legend, ReportFonts fonts, double inner, double top,
                                 List<PlacedText> texts, List<Swatch> swatches) {
        if (legend.isEmpty()) {
            return top;
        }
        double baseline = top + 18;
        double x = MARGIN;
        for (LegendEntry entry : legend) {
            double w = SWATCH + 5 + fonts.width(entry.name(), PageTextRole.LEGEND);
            if (x > MARGIN && x + w > MARGIN + inner) {
                x = MARGIN;
                baseline += 16;
            }
            swatches.add(new Swatch(x + SWATCH / 2, baseline - 4, SWATCH / 2, entry.style()));
            texts.add(new PlacedText(x + SWATCH + 5, baseline, entry.name(), PageTextRole.LEGEND));
            x += w + 16;
        }
        return baseline + 4;
    }

    private static double footnotes(ReportPage page, ReportFonts fonts, double inner, double top,
                                    List<PlacedText> texts) {
        double y = top;
        List<Footnote> notes = page.footnotes();
        if (!notes.isEmpty() && !page.footnoteHeading().isEmpty()) {
            y += 14;
            texts.add(new PlacedText(MARGIN, y, page.footnoteHeading(), PageTextRole.SUBTITLE));
            y += 6;
        }
        if (!notes.isEmpty()) {
            double longest = 0;
            for (Footnote f : notes) {
                longest = Math.max(longest, fonts.width(f.line(), PageTextRole.FOOTNOTE));
            }
            // as many columns as fit the longest line (at least MIN_COLUMN_WIDTH each), three at most
            double wanted = Math.max(longest, MIN_COLUMN_WIDTH);
            int columns = (int) Math.max(1, Math.min(3, Math.floor((inner + COLUMN_GAP) / (wanted + COLUMN_GAP))));
            double columnWidth = (inner - (columns - 1) * COLUMN_GAP) / columns;
            int perColumn = (notes.size() + columns - 1) / columns;
            for (int i = 0; i < notes.size(); i++) {
                int column = i / perColumn;
                double x = MARGIN + column * (columnWidth + COLUMN_GAP);
                double baseline = y + (i % perColumn + 1) * FOOTNOTE_LINE;
                texts.add(new PlacedText(x, baseline, fonts.elide(notes.get(i).line(), columnWidth, PageTextRole.FOOTNOTE),
                        PageTextRole.FOOTNOTE));
            }
            y += perColumn * FOOTNOTE_LINE;
        }
        for (String note : page.notes()) {
            y += FOOTNOTE_LINE;
            texts.add(new PlacedText(MARGIN, y, fonts.elide(note, inner, PageTextRole.NOTE), PageTextRole.NOTE));
        }
        return y;
    }
}
