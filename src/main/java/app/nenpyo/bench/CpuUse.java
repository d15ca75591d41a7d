package app.nenpyo.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU time the process has used, and how much of it went to the JIT compilers: a fresh JVM
 * compiles the code an import makes hot while it imports (on the 100 MB corpus the C2 threads
 * used about a quarter of the CPU). Compiler threads are read from {@code /proc/self/task} (their
 * names start "C1 CompilerThre" and "C2 CompilerThre"); elsewhere only the process total is known.
 *
 * <pre>
 *   CpuUse before = CpuUse.now();  …  out.println(CpuUse.now().since(before));
 *   // "CPU 52.1 s, of which JIT compiling 14.9 s (C2 13.6 s)"
 * </pre>
 */
record CpuUse(double processSeconds, double c1Seconds, double c2Seconds, boolean compilersKnown) {

    private static final double CLOCK_TICKS_PER_SECOND = 100.0;

    static CpuUse now() {
        double process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
        double c1 = 0;
        double c2 = 0;
        boolean known = true;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name = read(task.resolve("comm"));
                if (name.startsWith("C1 CompilerThre")) {
                    c1 += ticks(task);
                } else if (name.startsWith("C2 CompilerThre")) {
                    c2 += ticks(task);
                }
            }
        } catch (IOException | RuntimeException e) {
            known = false;
        }
        return new CpuUse(process, c1, c2, known);
    }

    /** What was used between {@code before} and this reading, as one line. */
    String since(CpuUse before) {
        double process = processSeconds - before.processSeconds;
        if (!compilersKnown || !before.compilersKnown) {
            return String.format(Locale.ROOT, "CPU %.1f s", process);
        }
        double c1 = c1Seconds - before.c1Seconds;
        double c2 = c2Seconds - before.c2Seconds;
        return String.format(Locale.ROOT, "CPU %.1f s, of which JIT compiling %.1f s (C2 %.1f s)", process, c1 + c2, c2);
    }

    private static double ticks(Path task) {
        try {
            String stat = read(task.resolve("stat"));
            // fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException ended) {
            return 0;
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file).trim();
    }
}
