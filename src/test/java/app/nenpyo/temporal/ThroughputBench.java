package app.nenpyo.temporal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Tagging speed on one core, run by hand (not a test: timings on a shared machine are noise):
 * <pre>
 *   mvn -q -o test-compile
 *   java -cp target/classes:target/test-classes app.nenpyo.temporal.ThroughputBench
 * </pre>
 * The text is the demo sample and the synthetic challenge set, each copy with its digits shifted so
 * that the scanner cannot profit from repetition; prints MB/s of UTF-8 input.
 */
public final class ThroughputBench {
    private ThroughputBench() {
    }

    public static void main(String[] args) throws IOException {
        String base = SampleGoldenTest.resource("kazakhstan-ukraine-2022-01-11.txt")
                + SampleGoldenTest.resource("challenge/challenge.txt");
        StringBuilder sb = new StringBuilder();
        for (int k = 0; sb.length() < 4_000_000; k++) {
            int shift = k % 9;
            StringBuilder copy = new StringBuilder(base.length());
            for (char ch : base.toCharArray()) {
                copy.append(ch >= '1' && ch <= '8' ? (char) ('1' + (ch - '1' + shift) % 8) : ch);
            }
            sb.append(copy).append('\n');
        }
        String text = sb.toString();
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        DateFinder finder = new DateFinder();
        LocalDate doc = LocalDate.of(2022, 1, 11);
        int found = 0;
        for (int warm = 0; warm < 3; warm++) {
            found = finder.find(text, doc).size();
        }
        int rounds = 5;
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            found = finder.find(text, doc).size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%.1f MB x %d in %.2f s: %.1f MB/s, %d mentions per pass%n", mb, rounds, seconds,
                mb * rounds / seconds, found);
    }
}
