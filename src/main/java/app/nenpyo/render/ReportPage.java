package app.nenpyo.render;

import app.nenpyo.timeline.DisplayList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything an exported picture shows, as plain values: a title, a subtitle saying what was
 * exported (range, lanes, filters), the category legend, the laid-out timeline, and the numbered
 * source list with notes on what it leaves out. {@link PageLayout} places it; {@link ReportPainter}
 * paints it. Texts are data: painters never interpret them.
 *
 * <pre>{@code
 * new ReportPage("カザフスタン情勢", "期間: 2022年1月1日(土)〜2022年1月31日(月) ・ 出来事 42 件",
 *         displayList, List.of(new LegendEntry("meeting", "会談")), "出典",
 *         List.of(new Footnote(1, "…")), List.of());
 * }</pre>
 *
 * @param footnoteHeading the heading over the source list ("出典")
 * @param notes           lines under the source list: events folded into clusters, a cap reached
 */
public record ReportPage(String title, String subtitle, DisplayList timeline, List<LegendEntry> legend,
                         String footnoteHeading, List<Footnote> footnotes, List<String> notes) {

    public ReportPage {
        title = Objects.requireNonNullElse(title, "");
        subtitle = Objects.requireNonNullElse(subtitle, "");
        Objects.requireNonNull(timeline, "timeline");
        legend = List.copyOf(legend);
        footnoteHeading = Objects.requireNonNullElse(footnoteHeading, "");
        footnotes = List.copyOf(footnotes);
        notes = List.copyOf(notes);
    }

    /** A legend entry: a category's style key (its colour) and its name. */
    public record LegendEntry(String style, String name) {
    }

    /** One numbered line of the source list: the number matches the {@code [n]} before an event's label. */
    public record Footnote(int number, String text) {
        /** The line as printed: {@code [3] text}. */
        public String line() {
            return "[" + number + "] " + text;
        }
    }

    /** Every text on the page, for the SVG exporter's font subset. */
    public List<String> texts() {
        List<String> all = new ArrayList<>(List.of(title, subtitle, footnoteHeading, "…[]0123456789"));
        legend.forEach(e -> all.add(e.name()));
        footnotes.forEach(f -> all.add(f.line()));
        all.addAll(notes);
        for (DisplayList.Shape s : timeline.shapes()) {
            if (s instanceof DisplayList.Text t) {
                all.add(t.text());
            }
        }
        return all;
    }
}
