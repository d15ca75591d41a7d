package app.nenpyo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CpuUseTest {

    @Test
    void workDoneBetweenTwoReadingsShowsAsCpuTime() {
        CpuUse before = CpuUse.now();
        long sum = 0;
        long until = System.nanoTime() + 200_000_000L;
        while (System.nanoTime() < until) {
            sum += Long.numberOfTrailingZeros(sum + System.nanoTime());
        }
        CpuUse after = CpuUse.now();

        assertTrue(after.processSeconds() - before.processSeconds() >= 0.05, after + " after " + before + " (work " + sum + ")");
        assertTrue(after.c2Seconds() >= before.c2Seconds());
        assertTrue(after.since(before).startsWith("CPU "), after.since(before));
    }

    @Test
    void theLineSaysWhatTheCompilersTookWhenTheyAreKnown() {
        CpuUse before = new CpuUse(10, 1, 2, true);
        assertEquals("CPU 42.0 s, of which JIT compiling 9.5 s (C2 8.0 s)", new CpuUse(52, 2.5, 10, true).since(before));
        assertEquals("CPU 42.0 s", new CpuUse(52, 0, 0, false).since(before));
    }
}
