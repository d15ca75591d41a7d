package app.nenpyo.export;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.Event;
import app.nenpyo.render.PageLayout;
import app.nenpyo.render.ReportFonts;
import app.nenpyo.render.ReportPage;
import app.nenpyo.render.ReportPage.Footnote;
import app.nenpyo.render.ReportPage.LegendEntry;
import app.nenpyo.render.ShippedFont;
import app.nenpyo.timeline.AxisOptions;
import app.nenpyo.timeline.DisplayList;
import app.nenpyo.timeline.LabelLanguage;
import app.nenpyo.timeline.LayoutOptions;
import app.nenpyo.timeline.TimeScale;
import app.nenpyo.timeline.TimelineIndex;
import app.nenpyo.timeline.TimelineItem;
import app.nenpyo.timeline.TimelineLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link ReportInput} and a {@link ReportRequest} into a {@link ExportedReport}: keeps the
 * events in the scope's range and lanes, fits the time scale to the range, lays the timeline out
 * with the same {@link TimelineLayout} as the screen (lanes unbounded in height, up to
 * {@value #ROWS_PER_LANE} rows a lane before events fold), numbers what shows, and writes the
 * subtitle, the legend, the footnotes and the notes on what is not numbered.
 *
 * <pre>{@code
 * ExportedReport report = ReportBuilder.build(ReportInput.of(catalog, LaneGrouping.NONE, ReportLanguage.JA),
 *         ReportRequest.of("年表", ExportScope.days(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31)), 1600),
 *         new ReportFonts());
 * }</pre>
 */
public final class ReportBuilder {
    /** A printed page has room for more rows than a window lane. */
    static final int ROWS_PER_LANE = 10;

    private ReportBuilder() {
    }

    public static ExportedReport build(ReportInput input, ReportRequest request, ReportFonts fonts) {
        ReportLanguage language = input.language();
        double inner = request.width() - 2 * PageLayout.MARGIN;
        List<TimelineItem> kept = drawable(keptByLanes(input, request.scope()));
        if (kept.isEmpty() && request.scope().range() instanceof ExportScope.WholeProject) {
            throw new NothingToExport(!request.scope().lanes().isEmpty());
        }
        TimeScale scale = scale(request.scope().range(), kept, inner);
        List<TimelineItem> inRange = new ArrayList<>();
        for (TimelineItem item : kept) {
            // the scale covers the range (the whole project: every item kept)
            if (ExportScope.Range.overlap(item.start(), item.end(), scale.start(), scale.end())) {
                inRange.add(item);
            }
        }
        // the axis in the report's language, as every word it adds (2022年1月 or Jan 2022)
        LayoutOptions options = LayoutOptions.defaults().withMaxRowsPerLane(ROWS_PER_LANE).withCitations(true).withAxis(AxisOptions.defaults()
                .withLanguage(language == ReportLanguage.EN ? LabelLanguage.ENGLISH : LabelLanguage.JAPANESE));
        CitationNumbering.Result numbered = CitationNumbering.number(inRange,
                items -> TimelineLayout.layout(TimelineIndex.of(items), scale, input.lanes(), options, fonts.measure()),
                request.maxCitations());
        List<Event> cited = new ArrayList<>();
        List<Footnote> footnotes = new ArrayList<>();
        numbered.numbers().entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            Event event = input.catalog().events().get(e.getKey().intValue());
            cited.add(event);
            footnotes.add(new Footnote(e.getValue(), ShippedFont.displayable(Footnotes.line(event, input.catalog(), language))));
        });
        List<String> notes = new ArrayList<>();
        int folded = inRange.size() - numbered.shownIds().size();
        if (inRange.isEmpty()) {
            notes.add(language.text("note.none"));
        }
        if (folded > 0) {
            notes.add(language.format("note.folded", folded));
        }
        if (numbered.shownIds().size() > cited.size()) {
            notes.add(language.format("note.capped", cited.size(), numbered.shownIds().size()));
        }
        String title = request.title().isBlank() ? language.text("title.default")
                : ShippedFont.displayable(PlainText.line(request.title()));
        ReportPage page = new ReportPage(title, ShippedFont.displayable(subtitle(input, request, scale, inRange.size())),
                numbered.timeline(),
                legend(input, inRange, numbered.shownIds()), language.text("footnotes.heading"), footnotes, notes);
        return new ExportedReport(page, scale, cited, inRange.size());
    }

    /** Items whose label and lanes the shipped font can draw (see {@link ShippedFont#displayable}). */
    private static List<TimelineItem> drawable(List<TimelineItem> items) {
        List<TimelineItem> out = new ArrayList<>(items.size());
        for (TimelineItem i : items) {
            out.add(new TimelineItem(i.id(), i.start(), i.end(), i.granularity(), i.fuzzyStart(), i.fuzzyEnd(),
                    ShippedFont.displayable(PlainText.line(i.label())), i.category(), i.sourceCount(),
                    i.laneKeys().stream().map(k -> ShippedFont.displayable(PlainText.line(k))).toList()));
        }
        return out;
    }

    /** Items of the scope's lanes only, each keeping just the lanes the scope keeps of its own. */
    private static List<TimelineItem> keptByLanes(ReportInput input, ExportScope scope) {
        List<TimelineItem> kept = new ArrayList<>();
        for (TimelineItem i : input.items()) {
            scope.lanesKept(i, input.lanes()).ifPresent(keys -> kept.add(new TimelineItem(i.id(), i.start(), i.end(),
                    i.granularity(), i.fuzzyStart(), i.fuzzyEnd(), i.label(), i.category(), i.sourceCount(), keys)));
        }
        return kept;
    }

    private static TimeScale scale(ExportScope.Range range, List<TimelineItem> items, double width) {
        if (range instanceof ExportScope.Days d) {
            return TimeScale.of(d.first(), d.last().plusDays(1), width);
        }
        if (range instanceof ExportScope.View v) {
            return new TimeScale(v.start(), v.end(), width, TimeScale.TOKYO);
        }
        TimelineIndex index = TimelineIndex.of(items);
        long span = Math.max(TimeScale.DAY, index.lastEnd() - index.firstStart());
        // a quarter more time after the last event, as the window's "fit all": labels run to the right of their marks
        TimeScale any = new TimeScale(index.firstStart(), index.firstStart() + TimeScale.DAY, width, TimeScale.TOKYO);
        return any.fit(index.firstStart(), index.lastEnd() + span / 4, 16);
    }

    private static String subtitle(ReportInput input, ReportRequest request, TimeScale scale, int events) {
        ReportLanguage language = input.language();
        List<String> parts = new ArrayList<>();
        LocalDate first = Instant.ofEpochMilli(scale.start()).atZone(scale.zone()).toLocalDate();
        LocalDate last = Instant.ofEpochMilli(scale.end() - 1).atZone(scale.zone()).toLocalDate();
        parts.add(language.format("subtitle.range", JapaneseDates.range(first, last)));
        if (!input.laneName().isEmpty()) {
            Set<String> lanes = request.scope().lanes();
            parts.add(lanes.isEmpty() ? language.format("subtitle.lanes", input.laneName())
                    : language.format("subtitle.lanes.selected", input.laneName(),
                    String.join(", ", lanes.stream().sorted().map(PlainText::line).toList())));
        }
        if (!input.filters().isEmpty()) {
            parts.add(language.format("subtitle.filters",
                    String.join(", ", input.filters().stream().map(PlainText::line).toList())));
        }
        parts.add(language.format("subtitle.events", events));
        parts.add(language.text("subtitle.background"));
        parts.add(language.format("subtitle.created", JapaneseDates.day(request.madeOn())));
        return String.join(" ・ ", parts);
    }

    /**
     * The categories of the events shown (of every event in range when all are folded), in a fixed
     * order; read from the items' style keys (the category in lower case), so no event is fetched.
     */
    private static List<LegendEntry> legend(ReportInput input, List<TimelineItem> inRange, List<Long> shownIds) {
        Set<String> styles = new HashSet<>();
        if (shownIds.isEmpty()) {
            inRange.forEach(i -> styles.add(i.category()));
        } else {
            Set<Long> shown = new HashSet<>(shownIds);
            inRange.stream().filter(i -> shown.contains(i.id())).forEach(i -> styles.add(i.category()));
        }
        Set<EventCategory> present = EnumSet.noneOf(EventCategory.class);
        for (EventCategory c : EventCategory.values()) {
            if (styles.contains(c.name().toLowerCase(Locale.ROOT))) {
                present.add(c);
            }
        }
        List<LegendEntry> legend = new ArrayList<>();
        for (EventCategory c : present) {
            legend.add(new LegendEntry(c.name().toLowerCase(Locale.ROOT), input.language().text("category." + c.name())));
        }
        return legend;
    }
}
