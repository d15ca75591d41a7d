package app.nenpyo.store;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.SearchHit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Throwaway measurement, not a test: inserts a generated corpus of Japanese-like text (fragments
 * of the sample post recombined) with its search indexing, and prints MB/s of paragraph text
 * (UTF-8) and a few search latencies. Arguments: megabytes (default 100), documents per batch (default 100).
 */
final class InsertBenchmark {

    private InsertBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long targetBytes = (args.length > 0 ? Long.parseLong(args[0]) : 100) * 1_000_000L;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        String source = TestDocuments.resource(TestDocuments.SAMPLE).replaceAll("\\s+", "");
        Random random = new Random(42);
        Path file = Files.createTempDirectory("nenpyo-bench").resolve("bench.nenpyo");

        long bytes = 0;
        long nanos = 0;
        int documents = 0;
        int version = args.length > 2 ? Integer.parseInt(args[2]) : ProjectDatabase.SCHEMA_VERSION;
        try (ProjectDatabase db = ProjectDatabase.open(file, ProjectDatabase.DEFAULT_BUSY_TIMEOUT, version)) {
            while (bytes < targetBytes) {
                List<AnalyzedDocument> batch = new ArrayList<>(batchSize);
                for (int i = 0; i < batchSize; i++) {
                    String text = document(source, random, documents + i);
                    AnalyzedDocument doc = TestDocuments.analyze("gen-" + (documents + i) + ".txt", text,
                            DocumentDate.byUser(LocalDate.of(2022, 1, 1).plusDays(i)), List.of("生成"));
                    batch.add(doc);
                    bytes += doc.paragraphs().stream()
                            .mapToLong(p -> p.span().of(text).getBytes(StandardCharsets.UTF_8).length).sum();
                }
                long start = System.nanoTime();
                db.insertAll(batch);
                nanos += System.nanoTime() - start;
                documents += batchSize;
            }
            double seconds = nanos / 1e9;
            System.out.printf("%d documents, %.1f MB paragraph text in %.1f s: %.2f MB/s (file %.0f MB)%n",
                    documents, bytes / 1e6, seconds, bytes / 1e6 / seconds, Files.size(file) / 1e6);
            if (version < ProjectDatabase.SCHEMA_VERSION) {
                return;
            }
            for (String query : List.of("王毅", "外相", "協議", "ジュネーブ", "抗議活動", "トカエフ大統領", "▽", "王毅 電話")) {
                long start = System.nanoTime();
                List<SearchHit> hits = db.search(query, 20);
                System.out.printf("search %s: %d hits in %.1f ms%n", query, hits.size(), (System.nanoTime() - start) / 1e6);
            }
            long start = System.nanoTime();
            int listed = db.documents().size();
            System.out.printf("documents(): %d in %.0f ms%n", listed, (System.nanoTime() - start) / 1e6);
        }
    }

    /** About 20 paragraphs of 100 to 400 characters, made of sample fragments, unique by its serial number. */
    private static String document(String source, Random random, int serial) {
        StringBuilder text = new StringBuilder("文書").append(serial).append("。\n\n");
        int paragraphs = 10 + random.nextInt(20);
        for (int p = 0; p < paragraphs; p++) {
            int length = 100 + random.nextInt(300);
            int end = text.length() + length;
            while (text.length() < end) {
                int from = random.nextInt(source.length() - 40);
                text.append(source, from, from + 5 + random.nextInt(35)).append(random.nextBoolean() ? "、" : "。");
            }
            text.append("\n\n");
        }
        return text.toString();
    }
}
