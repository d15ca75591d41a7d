package app.nenpyo.ui;

import app.nenpyo.domain.EventSummary;
import app.nenpyo.export.EventCatalog;
import app.nenpyo.export.EventListFormat;
import app.nenpyo.export.ExportMonitor;
import app.nenpyo.export.ExportScope;
import app.nenpyo.export.ExportedReport;
import app.nenpyo.export.ImageFormat;
import app.nenpyo.export.NothingToExport;
import app.nenpyo.export.PngWriter;
import app.nenpyo.export.ReportBuilder;
import app.nenpyo.export.ReportInput;
import app.nenpyo.export.ReportLanguage;
import app.nenpyo.export.ReportRequest;
import app.nenpyo.files.FileErrorReason;
import app.nenpyo.files.PartialFile;
import app.nenpyo.render.Palette;
import app.nenpyo.render.ReportFonts;
import app.nenpyo.render.ReportPainter;
import app.nenpyo.timeline.TimeScale;
import app.nenpyo.timeline.LaneIndex;
import app.nenpyo.timeline.LaneSpec;
import app.nenpyo.timeline.TimelineIndex;
import app.nenpyo.timeline.TimelineItem;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The export dialog's state: title, what to export (the current view, a date range or the whole
 * project; all lanes or some), the format, width and PNG scale; a preview, progress and
 * cancellation of a long export, and the image for the clipboard. The timeline exported is the
 * one the window shows (its items after its filters, lanes and view), so what you see is what you
 * export; background dates are left out of every export, shown or not, as the picture's subtitle
 * says. The events of that scope can be written instead as a list in the {@code events} command's
 * formats (TSV, CSV, JSON: {@link ExportFormat#events()}), byte for byte (the CSV file after a
 * byte-order mark, for spreadsheets), where the title, width
 * and scale mean nothing ({@link #dataProperty()}). All rendering and writing runs off the UI
 * thread through the {@link TaskExecutor}; the preview is a {@code BufferedImage}, turned into a
 * JavaFX image by the dialog.
 *
 * <pre>{@code
 * ExportViewModel export = new ExportViewModel(window.timeline(), window.filters().active(), window.project(), executor, messages);
 * export.rangeProperty().set(ExportViewModel.Range.DAYS);
 * export.fromProperty().set(LocalDate.of(2022, 1, 1));
 * export.toProperty().set(LocalDate.of(2022, 1, 31));
 * export.refreshPreview();
 * export.export(Path.of("report.pdf"));
 * }</pre>
 */
public final class ExportViewModel {
    /** The preview is painted at most this wide, in pixels. */
    static final double PREVIEW_WIDTH = 820;
    /** The events an event list's preview shows at most. */
    static final int PREVIEW_EVENTS = 20;
    /** The clipboard holds the picture whole: refuse beyond this many pixels (about 256 MB). */
    static final long CLIPBOARD_PIXELS = 64L << 20;

    /**
     * What an event list's preview shows: the beginning of the file as it will be written
     * ({@code text}: the header and the first {@code shown} events, "…" when more follow), and how
     * many events the file will hold.
     */
    public record ListPreview(String text, int shown, int total) {
    }

    /** The time an export covers. */
    public enum Range { VIEW, DAYS, WHOLE }

    private final TimelineViewModel timeline;
    private final List<ActiveFilter> filters;
    private final ProjectGateway project;
    private final Notices notices;
    private final TaskExecutor executor;
    private final Messages messages;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(Range.VIEW);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<String> lanes = FXCollections.observableArrayList();
    private final ObservableSet<String> selectedLanes = FXCollections.observableSet();
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.PNG);
    private final ReadOnlyBooleanWrapper data = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty width = new SimpleDoubleProperty(1600);
    private final DoubleProperty scale = new SimpleDoubleProperty(2);
    private final BooleanProperty allLanes = new SimpleBooleanProperty(true);
    private final StringProperty outputFile = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<BufferedImage> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ListPreview> listPreview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private long previewRequest;

    /** @param filters the window's active filters, named in the picture's subtitle */
    public ExportViewModel(TimelineViewModel timeline, List<ActiveFilter> filters, ProjectGateway project, TaskExecutor executor,
                           Messages messages) {
        this.timeline = timeline;
        this.filters = filters;
        this.project = project;
        this.executor = executor;
        this.notices = new Notices(executor);
        this.messages = messages;
        title.set(messages.get("export.defaultTitle"));
        TimeScale view = timeline.scaleProperty().get();
        from.set(day(view.start(), view));
        to.set(day(view.end() - 1, view));
        // without lanes the index still has its one unnamed lane: nothing to choose from; with
        // lanes, the biggest first as the timeline and the picture order them, ties by name
        Map<String, LaneIndex> byKey = timeline.indexProperty().get().lanes();
        lanes.setAll(!timeline.laneSpecProperty().get().grouped() ? List.of() : byKey.keySet().stream()
                .sorted(java.util.Comparator.<String>comparingInt(key -> -byKey.get(key).size()).thenComparing(key -> key))
                .map(key -> key.equals(TimelineIndex.UNASSIGNED) ? timeline.laneSpecProperty().get().unassignedTitle() : key)
                .toList());
        outputFile.set(Path.of(System.getProperty("user.home"), fileName(title.get(), format.get())).toString());
        // the file follows the format: report.png becomes report.pdf, a name without a known extension is left alone
        format.addListener((o, old, chosen) -> {
            String file = outputFile.get();
            String oldExtension = "." + old.extension();
            if (file.toLowerCase(Locale.ROOT).endsWith(oldExtension)) {
                outputFile.set(file.substring(0, file.length() - oldExtension.length()) + "." + chosen.extension());
            }
            data.set(chosen.events().isPresent());
        });
        // what the last export did ("…に書き出しました") is not about settings changed since
        List.<javafx.beans.Observable>of(title, range, from, to, selectedLanes, allLanes, format, width, scale, outputFile)
                .forEach(setting -> setting.addListener(o -> forgetDone()));
    }

    private void forgetDone() {
        if (!running.get()) {
            status.set("");
        }
    }

    /** What the analyst chose in an export of this window, for the next one: title, format, width, scale and file. */
    public record Choices(String title, ExportFormat format, double width, double scale, String file) {
    }

    /** What is chosen now ({@link #reuse}). */
    public Choices choices() {
        return new Choices(title.get(), format.get(), width.get(), scale.get(), outputFile.get());
    }

    /** Takes the choices of the last export of this window, so a second report does not start over. */
    public void reuse(Choices last) {
        title.set(last.title());
        format.set(last.format());
        width.set(last.width());
        scale.set(last.scale());
        outputFile.set(last.file());
    }

    /** A file name for a picture titled {@code title}: the title without the characters file systems refuse. */
    static String fileName(String title, ExportFormat format) {
        String base = title.isBlank() ? "nenpyo" : title.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return base + "." + format.extension();
    }

    private static LocalDate day(long millis, TimeScale scale) {
        return Instant.ofEpochMilli(millis).atZone(scale.zone()).toLocalDate();
    }

    /** What the current settings ask for; throws with a message for the analyst when they are incomplete. */
    ReportRequest request() {
        ExportScope.Range r = switch (range.get()) {
            case VIEW -> new ExportScope.View(timeline.scaleProperty().get().start(), timeline.scaleProperty().get().end());
            case DAYS -> {
                if (from.get() == null || to.get() == null || to.get().isBefore(from.get())) {
                    throw new IllegalArgumentException(messages.get("export.badRange"));
                }
                yield new ExportScope.Days(from.get(), to.get());
            }
            case WHOLE -> new ExportScope.WholeProject();
        };
        Set<String> keep = allLanes.get() || !timeline.laneSpecProperty().get().grouped() ? Set.of()
                : new HashSet<>(selectedLanes);
        if (!keep.isEmpty() || allLanes.get()) {
            return ReportRequest.of(title.get(), new ExportScope(r, keep), width.get());
        }
        throw new IllegalArgumentException(messages.get("export.noLanes"));
    }

    /** The request, or null with {@link #errorProperty()} saying what is missing. */
    private ReportRequest validRequest() {
        try {
            return request();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return null;
        }
    }

    /**
     * The timeline's events, items and lanes as the window shows them when an export is asked for
     * (item id = position in the events), and what the subtitle says of its lanes and filters.
     */
    private record Shown(List<EventSummary> summaries, List<TimelineItem> items, LaneSpec lanes, String laneName,
                         List<String> filters) {

        /** Whether the items were drawn from outlines, the events themselves not read yet: nothing to cite or list. */
        boolean eventsUnread() {
            return summaries.isEmpty() && !items.isEmpty();
        }

        /**
         * The items of the events in the foreground, background dates left out, shown or not, as
         * the picture's subtitle says and the command line does.
         */
        List<TimelineItem> foreground() {
            return items.stream().filter(item -> !summaries.get(Math.toIntExact(item.id())).background()).toList();
        }
    }

    /** What the timeline shows now; on the UI thread, so the events, the items and the lanes are of one moment. */
    private Shown shown() {
        LaneMode mode = timeline.laneModeProperty().get();
        return new Shown(List.copyOf(timeline.events()), timeline.itemsProperty().get(), timeline.laneSpecProperty().get(),
                mode == LaneMode.NONE ? "" : messages.get("lane." + mode.name()),
                filters.stream().map(ActiveFilter::text).toList());
    }

    /** The foreground items {@code shown}; throws saying the events are loading when they are not read yet. */
    private List<TimelineItem> foreground(Shown shown) {
        if (shown.eventsUnread()) {
            throw new IllegalStateException(messages.get("status.loadingEvents"));
        }
        return shown.foreground();
    }

    /**
     * The picture of the timeline as it was {@code shown} (items after its filters, lanes, the
     * filters' chips) with the project's documents, for the citations; the cited events are read
     * whole from the project as the report asks for them. Called off the UI thread.
     */
    private ReportInput input(Shown shown) {
        List<EventSummary> summaries = shown.summaries();
        List<TimelineItem> foreground = foreground(shown);
        EventCatalog catalog = EventCatalog.onDemand(summaries.size(),
                i -> project.event(summaries.get(i).id()).orElseThrow(
                        () -> new IllegalStateException("event " + summaries.get(i).id() + " is no longer in the project")),
                project.documents()).withAnalystDates(project.redatedByAnalyst());
        return new ReportInput(catalog, foreground, shown.lanes(), shown.laneName(), shown.filters(),
                messages.language() == Language.ENGLISH ? ReportLanguage.EN : ReportLanguage.JA);
    }

    private ReportPainter painter(ReportRequest request, Shown shown) {
        ReportFonts fonts = new ReportFonts();
        ExportedReport report = ReportBuilder.build(input(shown), request, fonts);
        return new ReportPainter(report.page(), fonts, Palette.standard());
    }

    /**
     * Paints the preview in the background, or for an event list writes its beginning; a newer
     * request supersedes an older one still running.
     */
    public void refreshPreview() {
        ReportRequest request = validRequest();
        if (request == null) {
            return;
        }
        long mine = ++previewRequest;
        error.set("");
        Shown shown = shown();
        Optional<EventListFormat> list = format.get().events();
        if (list.isPresent()) {
            preview.set(null);
            executor.execute(() -> listPreview(list.get(), request.scope(), shown), beginning -> {
                if (mine == previewRequest) {
                    listPreview.set(beginning);
                }
            }, e -> {
                if (mine == previewRequest) {
                    error.set(problem(e));
                }
            });
            return;
        }
        listPreview.set(null);
        executor.execute(() -> {
            ReportPainter painter = painter(request, shown);
            double fit = Math.min(1, PREVIEW_WIDTH / painter.geometry().width());
            return PngWriter.image(painter, fit, CLIPBOARD_PIXELS);
        }, image -> {
            if (mine == previewRequest) {
                preview.set(image);
            }
        }, e -> {
            if (mine == previewRequest) {
                error.set(problem(e));
            }
        });
    }

    /**
     * Writes the picture, or the list of its events, to {@code file} in the chosen format, with
     * progress; the file appears whole or not at all, and a file it replaces stays as it was until
     * then (a cancel or a failure leaves it).
     */
    public void export(Path file) {
        ReportRequest request = validRequest();
        if (request == null) {
            return;
        }
        ExportFormat chosen = format.get();
        Shown shown = shown();
        start();
        if (chosen.events().isPresent()) {
            writeEvents(file, chosen.events().get(), request.scope(), shown);
            return;
        }
        ImageFormat image = chosen.image().orElseThrow();
        double pixelScale = scale.get();
        executor.execute(() -> {
            ReportPainter painter = painter(request, shown);
            // as the command line writes it: whole or not at all, even when the app is stopped meanwhile
            try (PartialFile partial = PartialFile.beside(file)) {
                try (OutputStream out = Files.newOutputStream(partial.path())) {
                    image.writer(pixelScale).write(painter, out, monitor());
                }
                partial.moveIntoPlace();
            } catch (IOException e) {
                // as the command line says it: the file the analyst chose and why, not the partial file
                throw new IOException(FileErrorReason.cannotWrite(file, e), e);
            }
            return file;
        }, written -> finish(messages.format("export.done", String.valueOf(written.getFileName())), ""),
                this::failed);
    }

    /** The first events of the list as {@link #writeEvents} would write them. Off the UI thread. */
    private ListPreview listPreview(EventListFormat listFormat, ExportScope scope, Shown shown) throws IOException {
        List<String> ids = listed(scope, shown);
        List<String> first = ids.subList(0, Math.min(PREVIEW_EVENTS, ids.size()));
        String text = new EventListFile(project).beginning(listFormat, first, first.size() < ids.size());
        return new ListPreview(text, first.size(), ids.size());
    }

    /**
     * The ids of the events the picture of {@code scope} holds, in the project's order (the
     * summaries'), each once (an event in several lanes is one event of the list): the items alone
     * say which, so the list reads those events whole and no other.
     */
    private List<String> listed(ExportScope scope, Shown shown) {
        return scope.itemsIn(foreground(shown), shown.lanes()).stream().mapToInt(item -> Math.toIntExact(item.id()))
                .distinct().sorted().mapToObj(i -> shown.summaries().get(i).id()).toList();
    }

    /**
     * Writes the events the picture of {@code scope} holds (the timeline's filters, the lanes and
     * days kept, background dates left out) as the {@code events} command writes them, in its order;
     * read from the project a few hundred at a time, so a long list costs time, not memory.
     */
    private void writeEvents(Path file, EventListFormat listFormat, ExportScope scope, Shown shown) {
        executor.execute(() -> new EventListFile(project).write(file, listFormat, listed(scope, shown), monitor()),
                count -> finish(messages.format("export.doneEvents", count, String.valueOf(file.getFileName())), ""),
                this::failed);
    }

    /** Shows a running export's progress in the dialog, and tells it whether the analyst cancelled. */
    private ExportMonitor monitor() {
        return new ExportMonitor(f -> executor.onUiThread(() -> progress.set(f)), cancelled::get);
    }

    /** Writes to the file {@link #outputFileProperty()} names, or says that it names none. */
    public void export() {
        String file = outputFile.get().strip();
        if (file.isEmpty()) {
            error.set(messages.get("export.noFile"));
            return;
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            error.set(messages.format("export.badFile", file));
            return;
        }
        Optional<ExportFormat> typed = ExportFormat.of(path);
        if (typed.isPresent()) {
            // a name that says its format (report.svg, events.tsv) is written in it, whatever was chosen before
            format.set(typed.get());
        } else {
            path = path.resolveSibling(path.getFileName() + "." + format.get().extension());
            outputFile.set(path.toString());
        }
        export(path);
    }

    /** Paints the whole picture at the chosen scale and hands it to {@code onReady} on the UI thread. */
    public void copyImage(Consumer<BufferedImage> onReady) {
        ReportRequest request = validRequest();
        if (request == null) {
            return;
        }
        double pixelScale = scale.get();
        start();
        Shown shown = shown();
        executor.execute(() -> PngWriter.image(painter(request, shown), pixelScale, CLIPBOARD_PIXELS), image -> {
            finish(messages.get("export.copied"), "");
            onReady.accept(image);
        }, this::failed);
    }

    /** After a native file chooser: the project takes its locks afresh, off the UI thread ({@link WindowViewModel#renewLocks}). */
    public void renewLocks() {
        executor.execute(() -> {
            project.renewLocks();
            return null;
        }, done -> { }, e -> error.set(ErrorText.oneLine(e, messages)));
    }

    /** Asks a running export to stop; it stops at its next strip and leaves no file. */
    public void cancel() {
        cancelled.set(true);
    }

    private void start() {
        cancelled.set(false);
        progress.set(0);
        running.set(true);
        error.set("");
        status.set(messages.get("export.running"));
    }

    /**
     * Ends an export: what it did is said for {@link Notices#LIFETIME}, or until a
     * setting changes; why it failed is said until the next attempt.
     */
    private void finish(String statusText, String errorText) {
        running.set(false);
        progress.set(errorText.isEmpty() ? 1 : 0);
        status.set(statusText);
        error.set(errorText);
        notices.given(() -> {
            if (status.get().equals(statusText)) {
                forgetDone();
            }
        });
    }

    private void failed(Exception e) {
        if (e instanceof CancellationException) {
            finish(messages.get("export.cancelled"), "");
        } else {
            finish("", problem(e));
        }
    }

    /** What went wrong, in the window's language when it is no fault: no event to draw (the filters, the lanes kept). */
    private String problem(Exception e) {
        return e instanceof NothingToExport ? messages.get("export.nothing") : ErrorText.oneLine(e, messages);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Range> rangeProperty() {
        return range;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The lanes the timeline shows now (empty without lanes), by name. */
    public List<String> lanes() {
        return List.copyOf(lanes);
    }

    /** Whether the timeline is split into lanes (it may have none to show, its filters keeping no event). */
    public boolean grouped() {
        return timeline.laneSpecProperty().get().grouped();
    }

    /** With {@link #allLanesProperty()} off: the lanes to export. */
    public ObservableSet<String> selectedLanes() {
        return selectedLanes;
    }

    public BooleanProperty allLanesProperty() {
        return allLanes;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** Whether the chosen format is an event list (TSV, CSV, JSON), for which the title, width, scale and the picture's copy mean nothing. */
    public ReadOnlyBooleanProperty dataProperty() {
        return data.getReadOnlyProperty();
    }

    public DoubleProperty widthProperty() {
        return width;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** Where {@link #export()} writes: a path the analyst may type or choose; its extension follows the format. */
    public StringProperty outputFileProperty() {
        return outputFile;
    }

    /** The picture's preview; null while an event list is chosen. */
    public ReadOnlyObjectProperty<BufferedImage> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** An event list's preview; null while a picture is chosen, and until the first is written. */
    public ReadOnlyObjectProperty<ListPreview> listPreviewProperty() {
        return listPreview.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
