package app.nenpyo.bench;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.export.EventCatalog;
import app.nenpyo.export.ExportMonitor;
import app.nenpyo.export.ExportScope;
import app.nenpyo.export.ExportedReport;
import app.nenpyo.export.ImageFormat;
import app.nenpyo.export.LaneGrouping;
import app.nenpyo.export.ReportBuilder;
import app.nenpyo.export.ReportInput;
import app.nenpyo.export.ReportLanguage;
import app.nenpyo.export.ReportRequest;
import app.nenpyo.render.Palette;
import app.nenpyo.render.ReportFonts;
import app.nenpyo.render.ReportPainter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;

/**
 * Hand-run timing of picture export (not a timed test): 100,000 generated events over three years
 * with 40 actors, exported whole to PNG (1,600 px, and 20,000 px: wider than JavaFX can snapshot),
 * SVG and PDF, with and without lanes; prints the milliseconds of building the report (layout and
 * citation numbering) and of writing each file, the file sizes and the peak heap.
 *
 * <pre>
 *   java -jar target/nenpyo.jar bench export [--dir bench-data]
 * </pre>
 */
public final class ExportBenchmark {
    private static final String[] WORDS = {"会談", "ジュネーブ", "G7", "共同声明", "制裁", "外相", "首脳会議", "ミサイル発射",
            "選挙", "国連安保理", "停戦合意", "大統領", "訪問", "抗議デモ", "中央銀行", "利上げ", "原油価格", "NATO"};
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final int DAYS = 3 * 365;

    private final PrintWriter out;

    public ExportBenchmark(PrintWriter out) {
        this.out = out;
    }

    /**
     * {@code n} events over three years from 2020, a day each (one in ten a week), with 1–3 of 40
     * actors and 1–3 sources in 1,000 documents; the same {@code seed}, the same events.
     */
    public static EventCatalog events(int n, long seed) {
        Random random = new Random(seed);
        List<StoredDocument> documents = new ArrayList<>();
        for (int d = 0; d < 1000; d++) {
            LocalDate date = FIRST.plusDays(random.nextInt(DAYS));
            documents.add(new StoredDocument(d + 1, "clip-" + d + ".txt", "配信記事 " + d + " " + WORDS[d % WORDS.length],
                    "doc-" + d, "UTF-8", SourceFormat.values()[0],
                    new DocumentDate(date, DateSource.values()[1], date.toString()), Instant.EPOCH, List.of(), 20, 2000));
        }
        List<Actor> actors = new ArrayList<>();
        for (int a = 0; a < 40; a++) {
            actors.add(new Actor("actor-" + a, "当事者" + a, ActorKind.values()[a % 3], "", "", List.of()));
        }
        List<Event> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
            TimeValue when = TimeValue.parse(i % 10 == 0 ? day + "/" + day.plusDays(6) : day.toString());
            List<Actor> who = new ArrayList<>();
            for (int k = random.nextInt(3); k >= 0; k--) {
                Actor a = actors.get(Math.min(39, (int) Math.abs(random.nextGaussian() * 10)));
                if (!who.contains(a)) {
                    who.add(a);
                }
            }
            List<EventSource> sources = new ArrayList<>();
            for (int k = random.nextInt(3); k >= 0; k--) {
                int doc = random.nextInt(1000);
                sources.add(new EventSource("doc-" + doc, OptionalLong.of(doc + 1), "src-" + i + "-" + k, 1 + random.nextInt(20),
                        new TextSpan(0, 40), new TextSpan(0, 40), new TextSpan(0, 3), "10日", ""));
            }
            String label = WORDS[random.nextInt(WORDS.length)] + "で" + WORDS[random.nextInt(WORDS.length)] + "を協議";
            events.add(new Event("ev-" + i, when, label, who, "", EventCategory.values()[random.nextInt(EventCategory.values().length)],
                    sources, List.of(), false));
        }
        events.sort((a, b) -> a.time().start().compareTo(b.time().start()));
        return EventCatalog.of(events, documents);
    }

    public void run(Path directory, int count) throws IOException {
        Files.createDirectories(directory);
        out.printf(Locale.ROOT, "export, %,d events, %s %s, %d cores, max heap %d MB%n", count,
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        EventCatalog catalog = events(count, 20220111);
        out.printf(Locale.ROOT, "generate events: %.0f ms%n", ms(t0));
        // warm up: class loading, font loading and the JIT would otherwise count in the first figure
        export(catalog, LaneGrouping.NONE, 1600, ImageFormat.PNG, directory.resolve("warm-up.png"), false);
        for (LaneGrouping lanes : new LaneGrouping[] {LaneGrouping.NONE, LaneGrouping.ACTOR}) {
            export(catalog, lanes, 1600, ImageFormat.PNG, directory.resolve("export-" + lanes + "-1600.png"), true);
            export(catalog, lanes, 20_000, ImageFormat.PNG, directory.resolve("export-" + lanes + "-20000.png"), true);
            export(catalog, lanes, 1600, ImageFormat.SVG, directory.resolve("export-" + lanes + ".svg"), true);
            export(catalog, lanes, 1600, ImageFormat.PDF, directory.resolve("export-" + lanes + ".pdf"), true);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.printf(Locale.ROOT, "peak heap (sum of pools' peaks): %d MB%n", peak >> 20);
        out.flush();
    }

    private void export(EventCatalog catalog, LaneGrouping lanes, double width, ImageFormat format, Path file,
                        boolean print) throws IOException {
        long t0 = System.nanoTime();
        ReportFonts fonts = new ReportFonts();
        ReportInput input = ReportInput.of(catalog, lanes, ReportLanguage.JA);
        double itemsMs = ms(t0);
        long t1 = System.nanoTime();
        ExportedReport report = ReportBuilder.build(input, ReportRequest.of("ベンチマーク", ExportScope.wholeProject(), width), fonts);
        double buildMs = ms(t1);
        long t2 = System.nanoTime();
        ReportPainter painter = new ReportPainter(report.page(), fonts, Palette.standard());
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            format.writer(1).write(painter, stream, ExportMonitor.NONE);
        }
        double writeMs = ms(t2);
        if (print) {
            out.printf(Locale.ROOT, "%-4s lanes %-5s %,6.0f x %,5.0f px: items %4.0f ms, layout+citations %4.0f ms, "
                            + "paint+write %5.0f ms, total %5.0f ms; %,d KB, %d numbered%n", format, lanes,
                    painter.geometry().width(), painter.geometry().height(), itemsMs, buildMs, writeMs, ms(t0),
                    Files.size(file) >> 10, report.cited().size());
            out.flush();
        }
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
