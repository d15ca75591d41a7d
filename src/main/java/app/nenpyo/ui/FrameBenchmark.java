package app.nenpyo.ui;

import app.nenpyo.bench.TimelineBenchmark;
import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.Event;
import app.nenpyo.service.AnalystCorrection;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.SearchResults;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.service.Cancellation;
import app.nenpyo.service.DocumentView;
import app.nenpyo.service.EventProposal;
import app.nenpyo.service.ImportOptions;
import app.nenpyo.service.ImportPreview;
import app.nenpyo.service.ImportProgress;
import app.nenpyo.service.ImportReport;
import app.nenpyo.service.ProjectService;
import app.nenpyo.timeline.AxisOptions;
import app.nenpyo.timeline.DisplayList;
import app.nenpyo.timeline.LabelLanguage;
import app.nenpyo.timeline.LayoutOptions;
import app.nenpyo.timeline.TimeScale;
import app.nenpyo.timeline.TimelineLayout;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/**
 * Frame time of the timeline on the screen's own path, not a timed test: for 10k, 100k and 1M
 * generated events over ten years, at zooms from ten years to one day, with and without lanes by
 * actor, each frame lays out the display list and paints it on a canvas exactly as
 * {@link TimelineViewSkin} does, then rasterises it (a snapshot) so the software pipeline's work is
 * counted too. Also measures the first frame after a million events arrive: items, index and
 * filter facets built by the view models, then the first layout and paint.
 *
 * <pre>
 * xvfb-run -a java -Dprism.order=sw -cp target/nenpyo.jar app.nenpyo.ui.FrameBenchmark [N …]
 * xvfb-run -a java -Dprism.order=sw -cp target/nenpyo.jar app.nenpyo.ui.FrameBenchmark --open FILE.nenpyo
 * </pre>
 * The second form measures the window's path from a project file (see {@code bench open}, which
 * builds one of a million events) to its first frame.
 */
public final class FrameBenchmark {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 600;
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    private static final int YEARS = 10;
    private static final int FRAMES = 60;

    private enum Zoom {
        TEN_YEARS(YEARS * 365L), YEAR(365), MONTH(30), WEEK(7), DAY(1);

        final long days;

        Zoom(long days) {
            this.days = days;
        }
    }

    private FrameBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--open")) {
            // as the window's launch does: SQLite loads while the toolkit starts
            ProjectService.warmUpInBackground();
            Platform.startup(() -> { });
            try {
                openProject(Path.of(args[1]), onFx(() -> JapaneseFont.load().orElse("System")));
            } finally {
                Platform.exit();
            }
            return;
        }
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Platform.startup(() -> { });
        try {
            String family = onFx(() -> JapaneseFont.load().orElse("System"));
            System.out.printf(Locale.ROOT, "timeline frames, %.0f×%.0f px, prism %s, %s %s, %d cores, max heap %d MB%n",
                    WIDTH, HEIGHT, System.getProperty("prism.order", "default"), System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            for (int n : sizes) {
                run(n, family);
            }
        } finally {
            Platform.exit();
        }
    }

    /**
     * The window's whole path from a project file to its first frame, as the window runs it: the
     * file is opened, the view is built on the FX thread while the events' summaries, the actors
     * and the documents are read and the items and index built on a worker, then the first frame
     * is laid out, painted and rasterised; then the heap with all of it live.
     */
    private static void openProject(Path file, String family) throws Exception {
        System.gc();
        long t0 = System.nanoTime();
        ProjectGateway project = ServiceProjectGateway.open(file);
        double opened = (System.nanoTime() - t0) / 1e6;
        JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
        CountDownLatch painted = new CountDownLatch(1);
        CountDownLatch summarised = new CountDownLatch(1);
        double[] frame = new double[1];
        EventListViewModel[] list = new EventListViewModel[1];
        Bench bench = onFx(() -> {
            Bench b = new Bench(project, family, executor);
            // the window's event list follows the timeline's items from the first frame on
            list[0] = new EventListViewModel(b.model, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
            b.model.itemsProperty().addListener((o, old, items) -> {
                if (!items.isEmpty() && painted.getCount() > 0) {
                    // after the load has also fitted the view to the events
                    Platform.runLater(() -> {
                        long a = System.nanoTime();
                        b.frame(b.model.scaleProperty().get(), true);
                        frame[0] = (System.nanoTime() - a) / 1e6;
                        painted.countDown();
                    });
                }
            });
            b.model.loadingProperty().addListener((o, was, loading) -> {
                if (!loading) {
                    summarised.countDown();
                }
            });
            b.load(LaneMode.NONE);
            return b;
        });
        painted.await();
        double total = (System.nanoTime() - t0) / 1e6;
        summarised.await();
        double summaries = (System.nanoTime() - t0) / 1e6;
        // the window counts the filter facets on a worker after the first frame; timed here on its own
        FilterViewModel filters = new FilterViewModel(project, new SameThreadTaskExecutor(), Messages.of(Language.JAPANESE));
        long f = System.nanoTime();
        filters.update(bench.model.events(), bench.model.documents(), bench.model.actorNames());
        double facets = (System.nanoTime() - f) / 1e6;
        System.gc();
        long heap = usedHeap();
        System.out.printf(Locale.ROOT, "%s: %,d events, first frame %.0f ms after opening the file (open %.0f ms; view, then "
                        + "outlines, items and index on a worker; layout + paint + raster %.0f ms); every summary loaded at %.0f ms;"
                        + " then filter facets %.0f ms off the UI thread; heap %d MB%n",
                file.getFileName(), bench.model.events().size(), total, opened, frame[0], summaries, facets, heap >> 20);
        double[] sorted = onFx(() -> {
            EventListViewModel l = list[0];
            long a = System.nanoTime();
            l.sortProperty().set(List.of(new EventListViewModel.Sort(EventListViewModel.Column.LABEL, true)));
            long b = System.nanoTime();
            l.sortProperty().set(List.of(new EventListViewModel.Sort(EventListViewModel.Column.DATE, false)));
            long c = System.nanoTime();
            bench.model.select(bench.model.itemsProperty().get().get(bench.model.itemsProperty().get().size() / 2).id());
            long d = System.nanoTime();
            int row = l.indexOfSelected();
            long e = System.nanoTime();
            return new double[] {(b - a) / 1e6, (c - b) / 1e6, (e - d) / 1e6, row};
        });
        System.out.printf(Locale.ROOT, "event list of %,d rows: sorted by label %.0f ms, by date backwards %.0f ms (on a worker in the window);"
                + " the selected event's row found in %.1f ms%n", list[0].rows().size(), sorted[0], sorted[1], sorted[2]);
        java.lang.ref.Reference.reachabilityFence(filters);
        executor.shutdown();
        project.close();
    }

    /** Loads the events into the bench's view model and draws the first frame: milliseconds for each. */
    private static double[] firstFrame(Bench bench) throws Exception {
        return onFx(() -> {
            long a = System.nanoTime();
            bench.load(LaneMode.NONE);
            long b = System.nanoTime();
            bench.frame(bench.model.scaleProperty().get(), true);
            return new double[] {(b - a) / 1e6, (System.nanoTime() - b) / 1e6};
        });
    }

    private static void run(int n, String family) throws Exception {
        List<Event> events = generate(n, 42);
        System.gc();
        long before = usedHeap();
        Bench bench = onFx(() -> new Bench(events, family));
        long t0 = System.nanoTime();
        double[] firstFrame = firstFrame(bench);
        double total = (System.nanoTime() - t0) / 1e6;
        System.gc();
        long after = usedHeap();
        System.out.printf(Locale.ROOT, "%,d events: first frame %.0f ms (items, index, facets %.0f ms; layout + paint + raster %.0f ms);"
                + " heap %d MB with the events, %d MB for the window's part%n", n, total, firstFrame[0], firstFrame[1],
                after >> 20, (after - before) >> 20);
        for (LaneMode lanes : List.of(LaneMode.NONE, LaneMode.ACTOR)) {
            onFx(() -> {
                bench.load(lanes);
                return null;
            });
            for (Zoom zoom : Zoom.values()) {
                double[][] ms = onFx(() -> bench.frames(zoom));
                System.out.printf(Locale.ROOT, "  %-8s %-9s layout+paint median %6.2f p95 %6.2f ms | with raster median %6.2f p95 %6.2f ms%n",
                        lanes == LaneMode.NONE ? "no lanes" : "by actor", zoom.name().toLowerCase(Locale.ROOT),
                        median(ms[0]), p95(ms[0]), median(ms[1]), p95(ms[1]));
            }
        }
    }

    /** One timeline view model and one styled view over the generated events, driven on the FX thread. */
    private static final class Bench {
        final TimelineViewModel model;
        final TimelineView view;
        final Canvas canvas = new Canvas(WIDTH, HEIGHT);
        final TimelinePainter painter;
        final WritableImage raster = new WritableImage((int) WIDTH, (int) HEIGHT);

        Bench(List<Event> events, String family) {
            this(new GeneratedProject(events), family, new SameThreadTaskExecutor());
        }

        Bench(ProjectGateway project, String family, TaskExecutor executor) {
            model = new TimelineViewModel(project, executor, Messages.of(Language.JAPANESE));
            view = new TimelineView(model);
            Scene scene = new Scene(new Group(view, canvas));
            scene.getStylesheets().add(FrameBenchmark.class.getResource("/app/nenpyo/ui/nenpyo.css").toExternalForm());
            view.applyCss();
            painter = new TimelinePainter(family);
        }

        void load(LaneMode lanes) {
            model.laneModeProperty().set(lanes);
            model.refresh();
            model.viewWidth(WIDTH);
        }

        double[][] frames(Zoom zoom) {
            long first = FIRST.atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli();
            long span = zoom.days * TimeScale.DAY;
            long start = zoom == Zoom.TEN_YEARS ? first : first + 4L * 365 * TimeScale.DAY;
            TimeScale scale = new TimeScale(start, start + span, WIDTH, TimeScale.TOKYO);
            for (int warm = 0; warm < 30; warm++) {
                frame(scale.pan(warm * 7), true);
            }
            double[] paint = new double[FRAMES];
            double[] raster = new double[FRAMES];
            for (int i = 0; i < FRAMES; i++) {
                // 13 px a frame, as a drag pans: a different window every time
                TimeScale s = scale.pan(i * 13);
                long a = System.nanoTime();
                frame(s, false);
                paint[i] = (System.nanoTime() - a) / 1e6;
                a = System.nanoTime();
                frame(s, true);
                raster[i] = (System.nanoTime() - a) / 1e6;
            }
            return new double[][] {paint, raster};
        }

        /** What the timeline skin paints for one frame, optionally rasterised as the pulse would. */
        void frame(TimeScale scale, boolean rasterise) {
            AxisOptions axis = AxisOptions.defaults().withLanguage(LabelLanguage.JAPANESE).withEraRow(true)
                    .withToday(LocalDate.now(TimeScale.TOKYO));
            // as the skin: a dense lane's headlines once the events are read
            LayoutOptions base = LayoutOptions.defaults().withAxis(axis).withMostReported(!model.events().isEmpty());
            LayoutOptions options = base.withViewport(0, HEIGHT - 3 * base.axisRowHeight());
            DisplayList list = TimelineLayout.layout(model.indexProperty().get(), scale, model.laneSpecProperty().get(),
                    options, painter.measure());
            painter.paint(canvas.getGraphicsContext2D(), list, WIDTH, HEIGHT, view::colour);
            if (rasterise) {
                canvas.snapshot(null, raster);
            }
        }
    }

    /** Events over ten years, mostly single days, some weeks, months and ranges; 40 actors, a few per event. */
    static List<Event> generate(int n, long seed) {
        Random r = new Random(seed);
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            actors.add(new Actor("country:国" + i, "国" + i, ActorKind.COUNTRY, "", "国" + i, List.of()));
        }
        String[] labels = TimelineBenchmark.labels(r);
        EventCategory[] categories = EventCategory.values();
        // events share their spans and sources' shape, as a real project's do not, so the heap counts the window's part
        TextSpan span = new TextSpan(0, 10);
        int days = YEARS * 365;
        int[] offsets = new int[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = r.nextInt(days);
        }
        Arrays.sort(offsets);
        List<Event> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = FIRST.plusDays(offsets[i]);
            int kind = r.nextInt(100);
            TimeValue when = kind < 75 ? TimeValue.day(day)
                    : kind < 85 ? TimeValue.isoWeekOf(day)
                    : kind < 95 ? TimeValue.interval(day, day.plusDays(9), Granularity.PART_OF_MONTH)
                    : TimeValue.interval(day, day.plusDays(30 + r.nextInt(300)), Granularity.DAY);
            List<Actor> who = r.nextInt(4) == 0 ? List.of(actors.get(r.nextInt(40)), actors.get(r.nextInt(40)))
                    : List.of(actors.get((int) Math.min(39, Math.abs(r.nextGaussian()) * 10)));
            EventSource source = new EventSource("doc" + (i % 1000), OptionalLong.of(i % 1000), "src-" + i, 1 + r.nextInt(30),
                    span, span, span, "10日", "");
            events.add(new Event("ev-" + i, when, labels[r.nextInt(labels.length)], who, "", categories[r.nextInt(categories.length)],
                    List.of(source), List.of(), false));
        }
        return events;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    /** A project that is nothing but the generated events. */
    private record GeneratedProject(List<Event> events) implements ProjectGateway {
        @Override
        public app.nenpyo.export.AnalystChanges analystChanges() {
            return app.nenpyo.export.AnalystChanges.none();
        }

        @Override
        public Path file() {
            return Path.of("generated.nenpyo");
        }

        @Override
        public List<StoredDocument> documents() {
            return List.of();
        }

        @Override
        public DocumentView document(long id) {
            throw new UnsupportedOperationException("no documents in a generated project");
        }

        @Override
        public List<SearchHit> search(String query, int limit) {
            return List.of();
        }

        @Override
        public SearchResults search(String query, int limit, int countAtMost) {
            return SearchResults.NONE;
        }

        @Override
        public int countMatches(String query, int atMost) {
            return 0;
        }

        @Override
        public ImportPreview previewImport(List<Path> inputs, ImportProgress progress, Cancellation cancellation) {
            throw new UnsupportedOperationException("nothing to import into a generated project");
        }

        @Override
        public ImportReport importFiles(List<Path> inputs, ImportOptions options, ImportProgress progress, Cancellation cancellation) {
            throw new UnsupportedOperationException("nothing to import into a generated project");
        }

        @Override
        public void setDocumentDate(long documentId, LocalDate date) {
            throw new UnsupportedOperationException("no documents in a generated project");
        }

        @Override
        public void setEventBackground(String eventId, boolean background) {
            throw new UnsupportedOperationException("a generated project is only drawn");
        }

        @Override
        public Revision revise(Runnable correction) {
            throw new UnsupportedOperationException("a generated project is only drawn");
        }

        @Override
        public void setEventLabel(String eventId, String label) {
            throw new UnsupportedOperationException("a generated project is only drawn");
        }

        @Override
        public void setEventDate(String eventId, Optional<TimeValue> date) {
            throw new UnsupportedOperationException("a generated project is only drawn");
        }

        @Override
        public void keepApart(String eventId, String sourceId) {
            throw new UnsupportedOperationException("a generated project is only drawn");
        }

        @Override
        public void mergeAgain(String eventId) {
            throw new UnsupportedOperationException("a generated project is only drawn");
        }

        @Override
        public void join(String eventId, String otherId) {
            throw new UnsupportedOperationException("a generated project is only drawn");
        }

        @Override
        public boolean unjoin(String eventId) {
            throw new UnsupportedOperationException("a generated project is only drawn");
        }

        @Override
        public EventProposal proposeEvent(long documentId, int paragraph, TextSpan selection) {
            throw new UnsupportedOperationException("a generated project has no documents");
        }

        @Override
        public String addEvent(long documentId, TextSpan clause, TimeValue date, String label) {
            throw new UnsupportedOperationException("a generated project has no documents");
        }

        @Override
        public void removeAddedReports(String eventId) {
            throw new UnsupportedOperationException("a generated project is only drawn");
        }

        @Override
        public Optional<String> eventOfSource(long documentId, String sourceId) {
            return Optional.empty();
        }

        @Override
        public Predicate<Event> redatedByAnalyst() {
            return e -> false;
        }

        @Override
        public Set<AnalystCorrection> corrections(Event event) {
            return Set.of();
        }

        @Override
        public Map<String, Set<AnalystCorrection>> correctedEvents() {
            return Map.of();
        }

        @Override
        public List<EventSummary> eventSummaries() {
            return events.stream().map(e -> EventSummaries.of(e, s -> s.documentId().orElse(-1))).toList();
        }

        @Override
        public Optional<Event> event(String id) {
            return events.stream().filter(e -> e.id().equals(id)).findFirst();
        }

        @Override
        public List<Actor> actors() {
            return events.stream().flatMap(e -> e.actors().stream()).distinct().toList();
        }

        @Override
        public void close() {
        }
    }
}
