package app.nenpyo.bench;

import app.nenpyo.service.Cancellation;
import app.nenpyo.service.EventRebuild;
import app.nenpyo.service.ImportOptions;
import app.nenpyo.service.ImportProgress;
import app.nenpyo.service.ImportReport;
import app.nenpyo.service.ProjectException;
import app.nenpyo.service.ProjectService;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Imports a generated corpus twice into fresh projects, end to end (decode, split, store, index
 * for search): once without events, once with them (read on the import workers, merged after),
 * and prints throughput, what events add, a rebuild with nothing changed, one more post, the same
 * posts as one blog export, peak heap and a few search timings. A benchmark, not
 * a test: run it on a quiet machine and copy the figures into the README's Performance section.
 */
public final class ImportBenchmark {

    private static final List<String> QUERIES = List.of("王毅", "外相", "協議", "ジュネーブ", "抗議活動", "燃料価格の引き上げ", "王毅 電話");

    private final PrintWriter out;

    public ImportBenchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(Path workDirectory, long megabytes, long seed) throws IOException, ProjectException {
        // a fresh JVM's figures depend on how much it inlines: the app runs with less (decision 0021)
        out.printf(Locale.ROOT, "JVM %s, options: %s%n", Runtime.version(), jvmOptions());
        Path corpus = workDirectory.resolve("corpus-" + megabytes + "mb-" + seed);
        long bytes;
        if (Files.isDirectory(corpus)) {
            bytes = sizeOf(corpus);
            out.printf(Locale.ROOT, "corpus: %s (%.1f MB, reused)%n", corpus, bytes / 1e6);
        } else {
            long start = System.nanoTime();
            bytes = new CorpusGenerator(seed).write(corpus, megabytes * 1_000_000L);
            out.printf(Locale.ROOT, "corpus: %s (%.1f MB, generated in %.1f s)%n", corpus, bytes / 1e6, seconds(start));
        }
        out.flush();
        Path plain = workDirectory.resolve("bench-plain-" + System.nanoTime() + ".nenpyo");
        Path project = workDirectory.resolve("bench-" + System.nanoTime() + ".nenpyo");
        try {
            resetPeakHeap();
            double importOnly;
            try (ProjectService service = ProjectService.open(plain)) {
                CpuUse cpuBefore = CpuUse.now();
                long start = System.nanoTime();
                ImportReport report = service.importFiles(List.of(corpus), ImportOptions.defaults().withoutEvents(),
                        ImportProgress.NONE, new Cancellation());
                importOnly = seconds(start);
                out.printf(Locale.ROOT, "import without events: %d documents, %d failed, %.1f MB in %.1f s = %.2f MB/s (peak heap %d MB, %d cores)%n",
                        report.imported().size(), report.failures().size(), bytes / 1e6, importOnly, bytes / 1e6 / importOnly,
                        peakHeapMegabytes(), Runtime.getRuntime().availableProcessors());
                out.printf(Locale.ROOT, "  %s%n", CpuUse.now().since(cpuBefore));
                out.flush();
            }
            resetPeakHeap();
            try (ProjectService service = ProjectService.open(project)) {
                CpuUse cpuBefore = CpuUse.now();
                long start = System.nanoTime();
                ImportReport report = service.importFiles(List.of(corpus), ImportOptions.defaults(), ImportProgress.NONE,
                        new Cancellation());
                double withEvents = seconds(start);
                out.printf(Locale.ROOT, "import with events (read at import, merged after): %d events, %.1f s = %.2f MB/s, +%.0f%% of import time (peak heap %d MB)%n",
                        service.eventCount(), withEvents, bytes / 1e6 / withEvents, 100 * (withEvents - importOnly) / importOnly,
                        peakHeapMegabytes());
                report.events().ifPresent(rebuild -> out.printf(Locale.ROOT,
                        "  of which: import and reading %.1f s, then events %.1f s (loading saved reports %.1f s; merging %.1f s and writing %.1f s, side by side)%n",
                        withEvents - seconds(rebuild.elapsed()), seconds(rebuild.elapsed()), seconds(rebuild.reading()),
                        seconds(rebuild.merging()), seconds(rebuild.writing())));
                out.printf(Locale.ROOT, "  %s%n", CpuUse.now().since(cpuBefore));
                out.flush();
                resetPeakHeap();
                long rebuildStart = System.nanoTime();
                EventRebuild rebuild = service.rebuildEvents();
                out.printf(Locale.ROOT, "rebuild with nothing changed: %d documents, %d read again, %d events in %.1f s (loading %.1f s, merging %.1f s and writing %.1f s side by side; peak heap %d MB)%n",
                        rebuild.documents(), rebuild.readAgain(), rebuild.events(), seconds(rebuildStart), seconds(rebuild.reading()),
                        seconds(rebuild.merging()), seconds(rebuild.writing()), peakHeapMegabytes());
                oneMorePost(service, corpus, workDirectory);
                for (String query : QUERIES) {
                    service.search(query, 50);
                    long searchStart = System.nanoTime();
                    int hits = service.search(query, 50).size();
                    out.printf(Locale.ROOT, "search %s: %d hits (first 50) in %.1f ms%n", query, hits, (System.nanoTime() - searchStart) / 1e6);
                }
            }
            asOneBlogExport(corpus, workDirectory);
            // measured closed: closing checkpoints the write-ahead log into the file
            out.printf(Locale.ROOT, "project file: %.1f MB (without events: %.1f MB)%n",
                    sizeOf(project.getParent(), project.getFileName().toString()) / 1e6,
                    sizeOf(plain.getParent(), plain.getFileName().toString()) / 1e6);
        } finally {
            for (Path p : List.of(plain, project)) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(p.resolveSibling(p.getFileName() + suffix));
                }
            }
        }
        out.flush();
    }

    /**
     * The same posts as one blog export file, imported with events into a project of its own: how
     * the years of a clipping blog usually arrive (one file, read in parts on every core).
     */
    private void asOneBlogExport(Path corpus, Path workDirectory) throws IOException, ProjectException {
        Path export = workDirectory.resolve("bench-blog-" + System.nanoTime() + ".export");
        Path project = workDirectory.resolve("bench-blog-" + System.nanoTime() + ".nenpyo");
        try {
            long bytes = BlogExport.write(corpus, export);
            try (ProjectService service = ProjectService.open(project)) {
                long start = System.nanoTime();
                ImportReport report = service.importFiles(List.of(export), ImportOptions.defaults(), ImportProgress.NONE,
                        new Cancellation());
                double took = seconds(start);
                out.printf(Locale.ROOT, "the same posts as one blog export (%.1f MB, %d entries), with events: %.1f s = %.2f MB/s, %d events%n",
                        bytes / 1e6, report.imported().size(), took, bytes / 1e6 / took, service.eventCount());
                out.flush();
            }
        } finally {
            Files.deleteIfExists(export);
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(project.resolveSibling(project.getFileName() + suffix));
            }
        }
    }

    /**
     * What an analyst adding to the project waits for. A post of the corpus clipped again with a
     * line added (a new document that reports what the corpus reports, and one thing more): one
     * dated in the middle of the project, then one of the latest news; then a corrected date; each
     * merges again only the days it changes. After each, every summary is read again, as the
     * timeline does: only the pages written are decoded.
     */
    private void oneMorePost(ProjectService service, Path corpus, Path workDirectory) throws IOException, ProjectException {
        List<Path> posts;
        try (Stream<Path> files = Files.walk(corpus)) {
            // in the order the corpus dates them (clip-N-…): a path's text order puts clip-99 after clip-1000
            posts = files.filter(f -> f.toString().endsWith(".txt"))
                    .sorted(java.util.Comparator.comparingLong(ImportBenchmark::clipNumber).thenComparing(Path::toString)).toList();
        }
        service.eventSummaries();
        Path folder = Files.createTempDirectory(workDirectory, "one-more-");
        try {
            clippedAgain(service, posts.get(posts.size() / 2), folder, "dated in the middle");
            clippedAgain(service, posts.get(posts.size() - 1), folder, "of the latest news");
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
        List<app.nenpyo.domain.StoredDocument> documents = service.documents();
        Optional<app.nenpyo.domain.StoredDocument> dated = documents.stream().skip(documents.size() / 3)
                .filter(d -> d.date().value().isPresent()).findFirst();
        if (dated.isEmpty()) {
            return;
        }
        app.nenpyo.domain.StoredDocument corrected = dated.get();
        java.time.LocalDate date = corrected.date().value().orElseThrow().plusDays(3);
        long start = System.nanoTime();
        EventRebuild rebuild = service.setDocumentDate(corrected.id(), date);
        out.printf(Locale.ROOT, "a corrected document date: %.2f s (%s, %d events made again)%n", seconds(start),
                rebuild.whole() ? "every day merged" : rebuild.daysMerged() + " days merged", rebuild.events());
        summariesAgain(service);
    }

    /** N of a generated post's file name {@code clip-N-2022-01-11.txt}; 0 for any other name. */
    private static long clipNumber(Path post) {
        java.util.regex.Matcher m = CLIP.matcher(post.getFileName().toString());
        return m.lookingAt() ? Long.parseLong(m.group(1)) : 0;
    }

    private static final java.util.regex.Pattern CLIP = java.util.regex.Pattern.compile("clip-(\\d{1,18})-");

    private void clippedAgain(ProjectService service, Path post, Path folder, String dated) throws IOException, ProjectException {
        Path again = folder.resolve("again-" + post.getFileName());
        Files.writeString(again, Files.readString(post) + "\n\nロシア外務省は昨日、声明を発表した。\n");
        long start = System.nanoTime();
        ImportReport report = service.importFiles(List.of(again), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
        double took = seconds(start);
        report.events().ifPresent(rebuild -> out.printf(Locale.ROOT,
                "one more post, %s, imported into the project: %.2f s (events %.2f s: %s, %d events made again)%n", dated, took,
                seconds(rebuild.elapsed()), rebuild.whole() ? "every day merged" : rebuild.daysMerged() + " days merged",
                rebuild.events()));
        summariesAgain(service);
    }

    private void summariesAgain(ProjectService service) {
        long start = System.nanoTime();
        int summaries = service.eventSummaries().size();
        out.printf(Locale.ROOT, "  every summary read again after it: %d in %.3f s%n", summaries, seconds(start));
        out.flush();
    }

    /** The options the JVM was started with that change how it compiles, collects or sizes its heap. */
    private static String jvmOptions() {
        List<String> tuning = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX:") || option.startsWith("-Xm") || option.startsWith("-Xss"))
                .toList();
        return tuning.isEmpty() ? "none" : String.join(" ", tuning);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static long sizeOf(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long sizeOf(Path folder, String prefix) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
