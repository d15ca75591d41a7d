package app.nenpyo.bench;

import app.nenpyo.temporal.DateFinder;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Date-expression tagging speed on one core: generated posts (the corpus generator's, so dense in
 * date expressions) are tagged one document at a time, after a warm-up, and the MB/s of UTF-8
 * text is printed. The tagger reads characters only, so nothing else (no tokenizer) is timed.
 */
public final class DatesBenchmark {

    private final PrintWriter out;

    public DatesBenchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(long megabytes, long seed) {
        CorpusGenerator generator = new CorpusGenerator(seed);
        List<String> posts = new ArrayList<>();
        long bytes = 0;
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int n = 1; bytes < megabytes * 1_000_000L; n++) {
            String post = generator.post(n, day.plusDays(n % 1000));
            posts.add(post);
            bytes += post.getBytes(StandardCharsets.UTF_8).length;
        }
        DateFinder finder = new DateFinder();
        LocalDate anchor = LocalDate.of(2022, 1, 11);
        tagAll(finder, posts, anchor);
        long start = System.nanoTime();
        long mentions = tagAll(finder, posts, anchor);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "dates: %d documents, %.1f MB, %d expressions in %.2f s = %.1f MB/s on one core%n",
                posts.size(), bytes / 1e6, mentions, seconds, bytes / 1e6 / seconds);
        out.flush();
    }

    private static long tagAll(DateFinder finder, List<String> posts, LocalDate anchor) {
        long mentions = 0;
        for (String post : posts) {
            mentions += finder.find(post, anchor).size();
        }
        return mentions;
    }
}
