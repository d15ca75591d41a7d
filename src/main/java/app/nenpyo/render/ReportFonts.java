package app.nenpyo.render;

import app.nenpyo.timeline.TextMeasure;
import app.nenpyo.timeline.TextRole;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fonts of an exported page, all derived from the {@link ShippedFont}: the timeline's roles in
 * the sizes the screen uses ({@code ui/TimelinePainter}), and the page's own (title, footnotes).
 * {@link #measure()} measures with exactly these fonts and fractional metrics, as the painters
 * draw, so the layout's elisions fit the drawn text. Not thread-safe (its measure caches): one per
 * export.
 *
 * <pre>{@code
 * ReportFonts fonts = new ReportFonts();
 * fonts.measure().width("年表", TextRole.ITEM_LABEL);   // 24.0: two 12 px full-width glyphs
 * }</pre>
 */
public final class ReportFonts {
    /** Antialiased with fractional advances: the same context for measuring and painting. */
    public static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Map<TextRole, Font> timeline = new EnumMap<>(TextRole.class);
    private final Map<PageTextRole, Font> page = new EnumMap<>(PageTextRole.class);
    private final TextMeasure measure;

    public ReportFonts() {
        Font base = ShippedFont.awtFont();
        timeline.put(TextRole.TICK_MINOR, base.deriveFont(Font.PLAIN, 11f));
        timeline.put(TextRole.TICK_MAJOR, base.deriveFont(Font.BOLD, 12f));
        timeline.put(TextRole.ERA, base.deriveFont(Font.PLAIN, 11f));
        timeline.put(TextRole.ITEM_LABEL, base.deriveFont(Font.PLAIN, 12f));
        timeline.put(TextRole.BADGE, base.deriveFont(Font.PLAIN, 10f));
        timeline.put(TextRole.CLUSTER_COUNT, base.deriveFont(Font.BOLD, 11f));
        timeline.put(TextRole.LANE_HEADER, base.deriveFont(Font.BOLD, 12f));
        page.put(PageTextRole.TITLE, base.deriveFont(Font.BOLD, 20f));
        page.put(PageTextRole.SUBTITLE, base.deriveFont(Font.PLAIN, 12f));
        page.put(PageTextRole.LEGEND, base.deriveFont(Font.PLAIN, 11f));
        page.put(PageTextRole.FOOTNOTE, base.deriveFont(Font.PLAIN, 10.5f));
        page.put(PageTextRole.NOTE, base.deriveFont(Font.PLAIN, 10.5f));
        measure = TextMeasure.cached((text, role) -> width(text, timeline.get(role)), 8192);
    }

    public Font font(TextRole role) {
        return timeline.get(role);
    }

    public Font font(PageTextRole role) {
        return page.get(role);
    }

    /** Widths of the timeline's texts, for {@code TimelineLayout}. */
    public TextMeasure measure() {
        return measure;
    }

    /** The advance width of {@code text} in a page role's font. */
    public double width(String text, PageTextRole role) {
        return width(text, page.get(role));
    }

    /** The longest prefix of {@code text} (plus …) that fits {@code maxWidth} in a page role's font. */
    public String elide(String text, double maxWidth, PageTextRole role) {
        TextMeasure pageMeasure = (t, ignored) -> width(t, page.get(role));
        return pageMeasure.elide(text, maxWidth, TextRole.ITEM_LABEL);
    }

    private static double width(String text, Font font) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, CONTEXT).getWidth();
    }
}
