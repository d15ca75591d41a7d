package app.nenpyo.bench;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventOutline;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.service.Cancellation;
import app.nenpyo.service.ImportOptions;
import app.nenpyo.service.ImportProgress;
import app.nenpyo.service.ProjectException;
import app.nenpyo.service.ProjectService;
import app.nenpyo.store.ProjectDatabase;
import app.nenpyo.timeline.DisplayList;
import app.nenpyo.timeline.LaneSpec;
import app.nenpyo.timeline.LayoutOptions;
import app.nenpyo.timeline.MonospaceTextMeasure;
import app.nenpyo.timeline.TimeScale;
import app.nenpyo.timeline.TimelineIndex;
import app.nenpyo.timeline.TimelineItem;
import app.nenpyo.timeline.TimelineLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * Opens a project of many events and times what the window does before its first frame: open the
 * file, read the events' outlines ({@link ProjectService#eventOutlines()}), make the items and index
 * them, and lay out the whole project at 1,600 px; then what it reads after that frame (every
 * event's summary, {@link ProjectService#eventSummaries()}) and the live heap. The project (a few hundred
 * generated clippings, and N events citing their paragraphs, with labels, actors and categories
 * drawn from the same vocabulary) is built once per size and kept in the bench folder, because
 * storing a million events takes minutes; it is made through the store directly, as an import of
 * a gigabyte of text would otherwise be needed to reach that many events.
 */
public final class OpenBenchmark {

    private static final String[] NOUNS = {"会談", "協議", "共同声明", "制裁を発表", "外相会談", "首脳会議", "ミサイル発射", "選挙",
            "停戦合意", "訪問", "抗議デモ", "利上げ", "部隊を派遣", "記者会見", "電話会談", "法案を可決", "地震", "声明"};
    private static final EventCategory[] CATEGORIES = EventCategory.values();

    private final PrintWriter out;

    public OpenBenchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(Path directory, int events, long seed) throws IOException, ProjectException {
        Path project = directory.resolve("open-" + events + "-" + seed + ".nenpyo");
        if (!Files.exists(project)) {
            long start = System.nanoTime();
            build(directory, project, events, seed);
            out.printf(Locale.ROOT, "built %s with %,d events in %.1f s%n", project, events, (System.nanoTime() - start) / 1e9);
            out.flush();
        }
        for (int round = 1; round <= 3; round++) {
            System.gc();
            CpuUse cpuBefore = CpuUse.now();
            long start = System.nanoTime();
            try (ProjectService service = ProjectService.open(project)) {
                double opened = millis(start);
                List<EventOutline> outlines = service.eventOutlines();
                double loaded = millis(start);
                List<TimelineItem> items = new ArrayList<>(outlines.size());
                for (int i = 0; i < outlines.size(); i++) {
                    EventOutline e = outlines.get(i);
                    items.add(TimelineItem.of(i, e.time(), TimeScale.TOKYO, e.label(), e.category().name(), e.sourceCount(),
                            e.actorKeys(), false));
                }
                TimelineIndex index = TimelineIndex.of(items);
                double indexed = millis(start);
                TimeScale all = new TimeScale(index.firstStart(), Math.max(index.lastEnd(), index.firstStart() + TimeScale.DAY), 1600, TimeScale.TOKYO);
                DisplayList frame = TimelineLayout.layout(index, all, LaneSpec.none(), LayoutOptions.defaults().withViewport(0, 800),
                        new MonospaceTextMeasure(7));
                double laidOut = millis(start);
                String cpu = CpuUse.now().since(cpuBefore);
                List<EventSummary> summaries = service.eventSummaries();
                double summarised = millis(start) - laidOut;
                System.gc();
                long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
                Reference.reachabilityFence(summaries);
                Reference.reachabilityFence(index);
                out.printf(Locale.ROOT, "round %d: %,d events: open %.0f ms, outlines %.0f ms, items and index %.0f ms,"
                                + " first layout %.0f ms = %.0f ms to the first frame's layout (%d shapes); then the summaries"
                                + " %.0f ms; live heap with all loaded %d MB%n",
                        round, summaries.size(), opened, loaded - opened, indexed - loaded, laidOut - indexed, laidOut,
                        frame.shapes().size(), summarised, heap);
                out.printf(Locale.ROOT, "  to the first frame's layout: %s%n", cpu);
                out.flush();
                if (items.isEmpty()) {
                    break;
                }
            }
        }
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private void build(Path directory, Path project, int count, long seed) throws IOException, ProjectException {
        Path corpus = directory.resolve("open-corpus-" + seed);
        if (!Files.isDirectory(corpus)) {
            new CorpusGenerator(seed).write(corpus, 4_000_000L);
        }
        Path partial = project.resolveSibling(project.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        List<StoredDocument> documents;
        List<List<Paragraph>> paragraphs = new ArrayList<>();
        try (ProjectService service = ProjectService.open(partial)) {
            service.importFiles(List.of(corpus), ImportOptions.defaults().withoutEvents(), ImportProgress.NONE, new Cancellation());
            documents = service.documents();
            for (StoredDocument d : documents) {
                paragraphs.add(service.document(d.id()).paragraphs());
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            ActorKind kind = ActorKind.values()[random.nextInt(ActorKind.values().length)];
            String name = "アクター" + i;
            actors.add(new Actor(kind.name().toLowerCase(Locale.ROOT) + ":" + name, name, kind, "", "", List.of()));
        }
        long firstDay = LocalDate.of(2012, 1, 1).toEpochDay();
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate day = LocalDate.ofEpochDay(firstDay + random.nextInt(365 * 12));
            int shape = random.nextInt(20);
            TimeValue time = shape < 16 ? TimeValue.day(day) : shape < 18 ? TimeValue.isoWeekOf(day)
                    : TimeValue.month(java.time.YearMonth.from(day));
            List<Actor> named = new ArrayList<>();
            for (int a = random.nextInt(1, 4); a > 0; a--) {
                Actor actor = actors.get((int) Math.min(actors.size() - 1, Math.abs(random.nextGaussian()) * 300));
                if (!named.contains(actor)) {
                    named.add(actor);
                }
            }
            List<EventSource> sources = new ArrayList<>();
            for (int s = random.nextInt(1, 4); s > 0; s--) {
                int d = random.nextInt(documents.size());
                List<Paragraph> ps = paragraphs.get(d);
                Paragraph p = ps.get(random.nextInt(ps.size()));
                TextSpan span = p.span();
                TextSpan date = new TextSpan(span.start(), Math.min(span.end(), span.start() + 2));
                sources.add(new EventSource(documents.get(d).contentHash(), OptionalLong.of(documents.get(d).id()),
                        "src-" + i + "-" + s, p.number(), span, span, date, "10日", ""));
            }
            String label = named.get(0).name() + "が" + NOUNS[random.nextInt(NOUNS.length)];
            events.add(new Event(String.format(Locale.ROOT, "ev-%016x", random.nextLong()), time, label, named, "",
                    CATEGORIES[random.nextInt(CATEGORIES.length)], sources, List.of(), false));
        }
        try (ProjectDatabase database = ProjectDatabase.open(partial)) {
            database.replaceEvents(events);
        }
        Files.move(partial, project);
        for (String suffix : List.of("-wal", "-shm")) {
            Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + suffix));
        }
    }
}
