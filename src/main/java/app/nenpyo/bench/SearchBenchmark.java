package app.nenpyo.bench;

import app.nenpyo.domain.SearchHit;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.service.Cancellation;
import app.nenpyo.service.ImportOptions;
import app.nenpyo.service.ImportProgress;
import app.nenpyo.service.ProjectException;
import app.nenpyo.service.ProjectService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Search on a large project: a generated corpus of the given size imported once (without events;
 * search does not read them) and kept in the bench folder, then each query run several times for
 * its first 50 hits, best first. Prints the project's paragraph count and the median and worst
 * time per query.
 */
public final class SearchBenchmark {

    private static final List<String> QUERIES = List.of("王毅", "外相", "協議", "ジュネーブ", "抗議活動", "燃料価格の引き上げ",
            "王毅 電話", "大統領", "制裁法案", "エネルギーの輸出入");
    private static final int RUNS = 7;

    private final PrintWriter out;

    public SearchBenchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(Path directory, long megabytes, long seed) throws IOException, ProjectException {
        Path corpus = directory.resolve("corpus-" + megabytes + "mb-" + seed);
        if (!Files.isDirectory(corpus)) {
            new CorpusGenerator(seed).write(corpus, megabytes * 1_000_000L);
        }
        Path project = directory.resolve("search-" + megabytes + "mb-" + seed + ".nenpyo");
        if (!Files.exists(project)) {
            long start = System.nanoTime();
            try (ProjectService service = ProjectService.open(project)) {
                service.importFiles(List.of(corpus), ImportOptions.defaults().withoutEvents(), ImportProgress.NONE, new Cancellation());
            }
            out.printf(Locale.ROOT, "imported %s in %.1f s%n", corpus, (System.nanoTime() - start) / 1e9);
        }
        try (ProjectService service = ProjectService.open(project)) {
            long paragraphs = service.documents().stream().mapToLong(StoredDocument::paragraphCount).sum();
            out.printf(Locale.ROOT, "%s: %,d documents, %,d paragraphs%n", project.getFileName(), service.documentCount(), paragraphs);
            for (String query : QUERIES) {
                double[] ms = new double[RUNS];
                int hits = 0;
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    List<SearchHit> found = service.search(query, 50);
                    ms[i] = (System.nanoTime() - start) / 1e6;
                    hits = found.size();
                }
                double first = ms[0];
                Arrays.sort(ms);
                out.printf(Locale.ROOT, "search %-12s %2d hits: first %6.1f ms, median %6.1f ms, worst %6.1f ms%n", query, hits, first,
                        ms[RUNS / 2], ms[RUNS - 1]);
                out.flush();
            }
        }
    }
}
