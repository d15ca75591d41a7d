package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HandoffTest {

    @Test
    void everyItemReachesTheCallingThreadInOrderMadeOnTheProducersThread() {
        List<Integer> consumed = new ArrayList<>();
        List<String> consumerThreads = new ArrayList<>();
        AtomicReference<String> producerThread = new AtomicReference<>();

        Handoff.<Integer>run(out -> {
            producerThread.set(Thread.currentThread().getName());
            for (int i = 0; i < 100; i++) {
                out.accept(i);
            }
        }, item -> {
            consumed.add(item);
            consumerThreads.add(Thread.currentThread().getName());
        }, "test-producer");

        assertEquals(100, consumed.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(i, consumed.get(i));
        }
        assertEquals("test-producer", producerThread.get());
        assertTrue(consumerThreads.stream().allMatch(Thread.currentThread().getName()::equals));
        assertNotEquals(producerThread.get(), Thread.currentThread().getName());
    }

    @Test
    void theProducerIsAtMostOneItemAhead() {
        AtomicInteger made = new AtomicInteger();
        List<Integer> aheadWhenConsumed = new ArrayList<>();

        Handoff.<Integer>run(out -> {
            for (int i = 0; i < 20; i++) {
                made.incrementAndGet();
                out.accept(i);
            }
        }, item -> {
            sleepBriefly();
            aheadWhenConsumed.add(made.get() - item - 1);
        }, "test-producer");

        assertTrue(aheadWhenConsumed.stream().allMatch(ahead -> ahead <= 1), aheadWhenConsumed.toString());
    }

    @Test
    void aProducerFailureIsThrownOnTheCallingThreadAfterWhatCameBefore() {
        IllegalStateException broken = new IllegalStateException("window 3 is broken");
        List<Integer> consumed = new ArrayList<>();

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Handoff.<Integer>run(out -> {
            out.accept(1);
            out.accept(2);
            throw broken;
        }, consumed::add, "test-producer"));

        assertSame(broken, thrown);
        assertEquals(List.of(1, 2), consumed);
    }

    @Test
    void aConsumerFailureStopsTheProducerBeforeItIsThrown() {
        AtomicBoolean producerRunning = new AtomicBoolean();
        AtomicInteger made = new AtomicInteger();
        IllegalArgumentException full = new IllegalArgumentException("disk full");

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Handoff.<Integer>run(out -> {
            producerRunning.set(true);
            try {
                for (int i = 0; i < 1_000_000; i++) {
                    made.incrementAndGet();
                    out.accept(i);
                }
            } finally {
                producerRunning.set(false);
            }
        }, item -> {
            if (item == 2) {
                throw full;
            }
        }, "test-producer"));

        assertSame(full, thrown);
        assertFalse(producerRunning.get(), "the producer has ended when run returns");
        assertTrue(made.get() <= 4, "stopped right after the failure, not run to the end: " + made.get());
    }

    @Test
    void nothingProducedIsNothingConsumed() {
        List<Object> consumed = new ArrayList<>();

        Handoff.run(out -> { }, consumed::add, "test-producer");

        assertEquals(List.of(), consumed);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
