package app.nenpyo.bench;

import app.nenpyo.domain.Granularity;
import app.nenpyo.timeline.DensityHistogram;
import app.nenpyo.timeline.DisplayList;
import app.nenpyo.timeline.LaneSpec;
import app.nenpyo.timeline.LayoutOptions;
import app.nenpyo.timeline.MonospaceTextMeasure;
import app.nenpyo.timeline.TextMeasure;
import app.nenpyo.timeline.TimeScale;
import app.nenpyo.timeline.TimelineIndex;
import app.nenpyo.timeline.TimelineItem;
import app.nenpyo.timeline.TimelineLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Hand-run timing of the pure timeline layout (no painting): generated items over ten years, laid
 * out at several zoom levels while panning, without lanes and with lanes by actor in an 800 px
 * viewport. Prints the index build time and the median and worst milliseconds per layout.
 *
 * <pre>
 *   mvn -q -o compile
 *   java -Xmx2g -cp target/classes app.nenpyo.bench.TimelineBenchmark [10000 100000 1000000]
 * </pre>
 *
 * <p>Widths are measured with {@link MonospaceTextMeasure}; a toolkit's measure is slower, so the
 * screen should cache widths per label.
 */
public final class TimelineBenchmark {

    private static final String[] WORDS = {"会談", "ジュネーブ", "G7", "共同声明", "制裁", "外相", "首脳会議", "ミサイル発射",
            "選挙", "国連安保理", "停戦合意", "大統領", "訪問", "抗議デモ", "中央銀行", "利上げ", "原油価格", "NATO"};
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    private static final int YEARS = 10;
    private static final double WIDTH = 1600;

    private TimelineBenchmark() {
    }

    public static void main(String[] args) {
        long[] sizes = args.length == 0 ? new long[] {10_000, 100_000, 1_000_000}
                : Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        TextMeasure measure = new MonospaceTextMeasure(7);
        System.out.printf(Locale.ROOT, "timeline layout, width %.0f px, %s, %d cores%n", WIDTH,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        for (long n : sizes) {
            List<TimelineItem> items = generate((int) n, 42);
            long t0 = System.nanoTime();
            TimelineIndex index = TimelineIndex.of(items);
            double indexMs = (System.nanoTime() - t0) / 1e6;
            // As the store would deliver them (ORDER BY start, id): the sort is then a linear pass.
            List<TimelineItem> ordered = new ArrayList<>(items);
            ordered.sort((a, b) -> a.start() != b.start() ? Long.compare(a.start(), b.start()) : Long.compare(a.id(), b.id()));
            t0 = System.nanoTime();
            index = TimelineIndex.of(ordered);
            double orderedMs = (System.nanoTime() - t0) / 1e6;
            ordered = null;
            t0 = System.nanoTime();
            DensityHistogram.of(index, 1600);
            double histMs = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            long first = FIRST.atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli();
            TimelineLayout.layout(index, new TimeScale(first, first + YEARS * 365L * TimeScale.DAY, WIDTH, TimeScale.TOKYO),
                    LaneSpec.none(), LayoutOptions.defaults().withViewport(0, 800), measure);
            double coldMs = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "%,d items: index %.0f ms (random order), %.0f ms (in start order);"
                    + " overview histogram %.1f ms; first layout %.1f ms%n", n, indexMs, orderedMs, histMs, coldMs);
            for (boolean lanes : new boolean[] {false, true}) {
                LaneSpec spec = lanes ? LaneSpec.byKeys(LaneSpec.Order.BY_COUNT) : LaneSpec.none();
                LayoutOptions options = LayoutOptions.defaults().withViewport(0, 800);
                for (Zoom zoom : Zoom.values()) {
                    report(n, lanes, zoom, index, spec, options, measure);
                }
            }
        }
    }

    private enum Zoom {
        ALL(YEARS * 365L), YEAR(365), MONTH(30), DAY(1);

        final long days;

        Zoom(long days) {
            this.days = days;
        }
    }

    private static void report(long n, boolean lanes, Zoom zoom, TimelineIndex index, LaneSpec spec,
                               LayoutOptions options, TextMeasure measure) {
        long first = FIRST.atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli();
        long span = zoom.days * TimeScale.DAY;
        TimeScale scale = new TimeScale(first + (zoom == Zoom.ALL ? 0 : span * 3), first + (zoom == Zoom.ALL ? 0 : span * 3) + span,
                WIDTH, TimeScale.TOKYO);
        int runs = 200;
        double[] ms = new double[runs];
        int shapes = 0;
        // A second of warm-up per case, so the JIT has compiled the layout before timing.
        long warmUntil = System.nanoTime() + 1_000_000_000L;
        for (int warm = 0; System.nanoTime() < warmUntil; warm++) {
            shapes += TimelineLayout.layout(index, scale.pan(warm % 200 * 7), spec, options, measure).shapes().size();
        }
        for (int i = 0; i < runs; i++) {
            // Panning by 13 px a frame, as a drag does: a different window every time.
            TimeScale s = scale.pan(i * 13);
            long t0 = System.nanoTime();
            DisplayList dl = TimelineLayout.layout(index, s, spec, options, measure);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            shapes = dl.shapes().size();
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "  %-9s %-5s median %6.2f ms  p95 %6.2f ms  worst %6.2f ms  (%,d shapes)%n",
                lanes ? "by actor" : "no lanes", zoom, ms[runs / 2], ms[runs * 95 / 100], ms[runs - 1], shapes);
    }

    /** 512 headline-like labels of one to three news words (会談ジュネーブ, 制裁), drawn from {@code r}: what the timeline benchmarks draw. */
    public static String[] labels(Random r) {
        String[] labels = new String[512];
        for (int i = 0; i < labels.length; i++) {
            StringBuilder b = new StringBuilder();
            for (int w = r.nextInt(3); w >= 0; w--) {
                b.append(WORDS[r.nextInt(WORDS.length)]);
            }
            labels[i] = b.toString();
        }
        return labels;
    }

    /** Items over ten years: mostly days, some instants, weeks, months, 上旬-like thirds and long ranges. */
    static List<TimelineItem> generate(int n, long seed) {
        Random r = new Random(seed);
        long first = FIRST.atStartOfDay(TimeScale.TOKYO).toInstant().toEpochMilli();
        long range = YEARS * 365L * TimeScale.DAY;
        String[] labels = labels(r);
        String[] actors = new String[40];
        for (int i = 0; i < actors.length; i++) {
            actors[i] = "actor" + i;
        }
        List<TimelineItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long day = first + (long) (r.nextDouble() * range) / TimeScale.DAY * TimeScale.DAY;
            int kind = r.nextInt(100);
            long start = day;
            long end;
            Granularity g;
            if (kind < 60) {
                end = day + TimeScale.DAY;
                g = Granularity.DAY;
            } else if (kind < 70) {
                start = day + r.nextInt(24) * TimeScale.HOUR;
                end = start;
                g = Granularity.DAY;
            } else if (kind < 80) {
                end = day + 7 * TimeScale.DAY;
                g = Granularity.WEEK;
            } else if (kind < 90) {
                end = day + 30 * TimeScale.DAY;
                g = Granularity.MONTH;
            } else if (kind < 97) {
                end = day + 10 * TimeScale.DAY;
                g = Granularity.PART_OF_MONTH;
            } else {
                end = day + (1 + r.nextInt(400)) * TimeScale.DAY;
                g = Granularity.RANGE;
            }
            // Skewed actors: a few appear in most events, as in real news.
            String a = actors[(int) (actors.length * Math.pow(r.nextDouble(), 3))];
            List<String> keys = r.nextInt(4) == 0 ? List.of(a, actors[r.nextInt(actors.length)]) : List.of(a);
            items.add(new TimelineItem(i, start, end, g, r.nextInt(20) == 0, r.nextInt(20) == 0,
                    labels[r.nextInt(labels.length)], "c" + r.nextInt(5), 1 + r.nextInt(4), keys));
        }
        return items;
    }
}
