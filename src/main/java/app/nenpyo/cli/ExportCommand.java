package app.nenpyo.cli;

import app.nenpyo.domain.DocumentDate;
import app.nenpyo.export.DataFormat;
import app.nenpyo.export.EventCatalog;
import app.nenpyo.export.ExportMonitor;
import app.nenpyo.export.ExportScope;
import app.nenpyo.export.ExportedReport;
import app.nenpyo.export.ImageFormat;
import app.nenpyo.export.LaneGrouping;
import app.nenpyo.export.NothingToExport;
import app.nenpyo.export.ReportBuilder;
import app.nenpyo.export.ReportInput;
import app.nenpyo.export.ReportLanguage;
import app.nenpyo.export.ReportRequest;
import app.nenpyo.files.FileErrorReason;
import app.nenpyo.files.PartialFile;
import app.nenpyo.render.Palette;
import app.nenpyo.render.ReportFonts;
import app.nenpyo.render.ReportPainter;
import app.nenpyo.service.ProjectException;
import app.nenpyo.service.ProjectService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export --db FILE.nenpyo --out FILE.(png|svg|pdf|csv|json) [--from DATE --to DATE] [--width PX] [--scale N]}:
 * the timeline as a report picture (title, subtitle, legend, numbered events, footnoted sources),
 * or the events behind it as data, as DESIGN.md specifies. No display needed. The file appears
 * whole or not at all (written beside it, then moved).
 *
 * <pre>{@code
 * nenpyo export --db news.nenpyo --out report.pdf --from 2022-01-01 --to 2022-01-31 --lanes actor --title "米ロ協議"
 * nenpyo export --db news.nenpyo --out timeline.png --width 2400 --scale 2
 * nenpyo export --db news.nenpyo --out events.json --timelinejs
 * }</pre>
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the timeline as a picture (png, svg, pdf) or its events as data (csv, json).")
final class ExportCommand implements Callable<Integer> {

    enum Lanes { none, actor, place, category, document }

    enum Language { ja, en }

    @Spec
    CommandSpec spec;

    @Mixin
    ExistingProject database;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The file to write; its extension chooses the format: png, svg, pdf, csv, json.")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day to show (with --to).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day to show, included (with --from).")
    String to;

    @Option(names = "--width", defaultValue = "1600", paramLabel = "PX", description = "Picture width at 1x (default ${DEFAULT-VALUE}).")
    double width;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N", description = "PNG pixel scale, 1 to 4 (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--title", description = "The title over the timeline (default: 年表).")
    String title;

    @Option(names = "--lanes", defaultValue = "none", description = "Lanes by none (default), actor, place, category or document.")
    Lanes lanes;

    @Option(names = "--lane", paramLabel = "NAME", description = "Keep only this lane (repeatable), e.g. --lanes actor --lane ロシア.")
    List<String> keep = List.of();

    @Option(names = "--lang", defaultValue = "ja", description = "Language of the added words: ja (default) or en.")
    Language language;

    @Option(names = "--max-citations", defaultValue = "300", paramLabel = "N",
            description = "Most events numbered with a footnote (default ${DEFAULT-VALUE}).")
    int maxCitations;

    @Option(names = "--timelinejs", description = "With a .json file: TimelineJS 3 format instead of the event list.")
    boolean timelineJs;

    @Override
    public Integer call() throws ProjectException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<ImageFormat> image = ImageFormat.of(out);
        Optional<DataFormat> data = DataFormat.of(out, timelineJs);
        String problem = problem(image, data);
        if (problem != null) {
            err.println("nenpyo export: " + problem);
            return NenpyoCommand.NOTHING_DONE;
        }
        ReportLanguage words = ReportLanguage.valueOf(language.name().toUpperCase(Locale.ROOT));
        ExportScope scope = (from == null ? ExportScope.wholeProject()
                : ExportScope.days(LocalDate.parse(from), LocalDate.parse(to))).withLanes(Set.copyOf(keep));
        ReportRequest request = ReportRequest.of(title, scope, width).withMaxCitations(maxCitations);
        EventCatalog catalog;
        try (ProjectService project = database.open()) {
            catalog = EventCatalog.of(project.events().stream().filter(e -> !e.background()).toList(), project.documents())
                    .withAnalystDates(project.redatedByAnalyst());
        }
        ReportFonts fonts = new ReportFonts();
        LaneGrouping grouping = LaneGrouping.valueOf(lanes.name().toUpperCase(Locale.ROOT));
        ReportInput input = ReportInput.of(catalog, grouping, words);
        warnOfLanesNotThere(input, err);
        ExportedReport report;
        try {
            report = ReportBuilder.build(input, request, fonts);
        } catch (NothingToExport none) {
            if (image.isPresent()) {
                err.println("nenpyo export: " + none.getMessage());
                return NenpyoCommand.NOTHING_DONE;
            }
            // a list of no event is still a list: a header-only CSV, an empty JSON array, for scripts
            report = null;
        }
        // the data holds the events the picture would show: those of the chosen lanes and days
        EventCatalog dataScope = input.catalogIn(scope);
        try (PartialFile partial = PartialFile.beside(out)) {
            if (image.isPresent()) {
                try (OutputStream stream = Files.newOutputStream(partial.path())) {
                    image.get().writer(scale).write(new ReportPainter(report.page(), fonts, Palette.standard()), stream,
                            ExportMonitor.NONE);
                }
            } else {
                try (Writer writer = Files.newBufferedWriter(partial.path(), StandardCharsets.UTF_8)) {
                    String listTitle = report != null ? report.page().title()
                            : title == null || title.isBlank() ? words.text("title.default") : title;
                    data.get().write(dataScope, listTitle, report != null ? report.page().subtitle() : "", words, writer);
                }
            }
            partial.moveIntoPlace();
        } catch (IOException e) {
            // the reason, about the file the user named, not the partial one beside it
            err.println("nenpyo export: " + FileErrorReason.cannotWrite(out, e));
            return NenpyoCommand.NOTHING_DONE;
        }
        spec.commandLine().getOut().println(image.isPresent()
                ? out + "\t" + report.inScope() + " events, " + report.cited().size() + " numbered with sources"
                : out + "\t" + dataScope.events().size() + " events");
        return NenpyoCommand.OK;
    }

    /** A {@code --lane} that names no lane of the project keeps nothing: one warning line each, so a typo is seen. */
    private void warnOfLanesNotThere(ReportInput input, PrintWriter err) {
        Set<String> there = new HashSet<>();
        input.items().forEach(item -> there.addAll(item.laneKeys()));
        there.add(input.lanes().unassignedTitle());
        for (String lane : keep) {
            if (!there.contains(lane)) {
                err.println("warning: no " + lanes + " lane is named " + lane + ": it keeps nothing");
            }
        }
    }

    /** What is wrong with the options, in one line, or null. */
    private String problem(Optional<ImageFormat> image, Optional<DataFormat> data) {
        if (image.isEmpty() && data.isEmpty()) {
            return out + ": unknown format (use .png, .svg, .pdf, .csv or .json)";
        }
        if ((from == null) != (to == null)) {
            return "--from and --to go together";
        }
        if (from != null) {
            LocalDate first;
            LocalDate last;
            try {
                first = LocalDate.parse(from);
                last = LocalDate.parse(to);
            } catch (DateTimeParseException e) {
                return "dates are YYYY-MM-DD: " + e.getParsedString();
            }
            if (last.isBefore(first)) {
                return "--to " + to + " is before --from " + from;
            }
            for (LocalDate day : List.of(first, last)) {
                if (day.isBefore(DocumentDate.FIRST) || day.isAfter(DocumentDate.LAST)) {
                    return "dates are from " + DocumentDate.FIRST + " to " + DocumentDate.LAST + ": " + day;
                }
            }
        }
        if (!(width >= ReportRequest.MIN_WIDTH && width <= ReportRequest.MAX_WIDTH)) {
            // as it was typed: 0, not 0.0
            String given = width == Math.rint(width) && Math.abs(width) < 1e15 ? Long.toString((long) width) : Double.toString(width);
            return "--width must be " + (int) ReportRequest.MIN_WIDTH + " to " + (int) ReportRequest.MAX_WIDTH + ": " + given;
        }
        if (!(scale >= 1 && scale <= 4)) {
            return "--scale must be 1 to 4: " + scale;
        }
        if (data.isPresent()) {
            for (String pictureOnly : List.of("--width", "--scale", "--max-citations")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(pictureOnly)) {
                    return pictureOnly + " is for a picture (png, svg, pdf), not for " + out;
                }
            }
        }
        if (timelineJs && data.orElse(null) != DataFormat.TIMELINEJS) {
            return "--timelinejs needs a .json file";
        }
        if (!keep.isEmpty() && lanes == Lanes.none) {
            return "--lane needs --lanes actor, place, category or document";
        }
        if (maxCitations < 0) {
            return "--max-citations must not be negative";
        }
        if (Files.isDirectory(out)) {
            return out + ": cannot write (it is a folder)";
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            return out + ": no such folder " + parent;
        }
        return null;
    }
}
