package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.SourceParagraph;
import app.nenpyo.domain.TimeValue;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Splicing the summary pages, import after import, must leave exactly the pages' summaries of a
 * whole write: the kept ones and the new ones in time order, each page described by its span,
 * and the pages at least half full but the last, so that they do not crumble into many.
 */
class PageSpliceProperties {

    private static final int DAY = 19_000;

    @Property(tries = 80)
    void splicedPagesHoldWhatAWholeWriteHolds(@ForAll long seed, @ForAll @IntRange(min = 0, max = 120) int initial,
                                             @ForAll @IntRange(min = 1, max = 8) int imports,
                                             @ForAll @IntRange(min = 1, max = 9) int pageSize) throws SQLException {
        Random random = new Random(seed);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            SchemaMigrator.migrate(Path.of("memory.nenpyo"), c, SchemaMigrator.LATEST);
            List<EventSummary> expected = new ArrayList<>();
            int[] serial = {0};
            for (int i = 0; i < initial; i++) {
                expected.add(summary(DAY + random.nextInt(200), serial, random));
            }
            expected.sort(EventSummaryPages.ORDER);
            EventSummaryPages.writePages(c, EventSummaryPages.pages(expected, pageSize));

            for (int round = 0; round < imports; round++) {
                // a few days, some the project holds, some before or after all of it
                Set<Integer> days = new TreeSet<>();
                for (int d = 1 + random.nextInt(5); d > 0; d--) {
                    days.add(DAY + random.nextInt(260) - 30);
                }
                IntPredicate replaced = days::contains;
                EventTables.Kept kept = new EventTables.Kept(replaced, key -> null);
                List<EventSummary> fresh = new ArrayList<>();
                for (int n = random.nextInt(random.nextBoolean() ? 3 : 30); n > 0; n--) {
                    List<Integer> list = new ArrayList<>(days);
                    fresh.add(summary(list.get(random.nextInt(list.size())), serial, random));
                }
                fresh.sort(EventSummaryPages.ORDER);

                PageSplice splice = PageSplice.of(c, kept, pageSize).orElseThrow();
                assertEquals(ids(expected.stream().filter(e -> replaced.test(EventSummaryPages.day(e))).toList()),
                        splice.replacedIds().stream().sorted().toList(), "the stored events of the replaced days");
                List<EventSummary> keptOnes = expected.stream().filter(e -> !replaced.test(EventSummaryPages.day(e))).toList();
                assertEquals(keptOnes.stream().flatMap(e -> e.actorKeys().stream()).collect(Collectors.toSet()),
                        splice.keptActorKeys(), "the actors the kept events name");
                splice.write(fresh);

                expected = new ArrayList<>(keptOnes);
                expected.addAll(fresh);
                expected.sort(EventSummaryPages.ORDER);
                assertEquals(expected, EventSummaryPages.read(c), "round " + round);
                List<EventSummaryPages.StoredPage> pages = EventSummaryPages.spans(c).orElseThrow();
                for (int p = 0; p < pages.size(); p++) {
                    EventSummaryPages.StoredPage page = pages.get(p);
                    List<EventSummary> held = EventSummaryPages.read(c, page.key());
                    assertEquals(EventSummaryPages.PageSpan.of(held), page.span(), "the span of page " + p);
                    assertTrue(held.size() <= pageSize && (p == pages.size() - 1 || held.size() >= pageSize / 2),
                            "page " + p + " of " + pages.size() + " holds " + held.size());
                }
            }
        }
    }

    @Property(tries = 200)
    void numbersBetweenTwoPagesAreInOrderAndBetweenOrThereIsNoRoom(@ForAll @IntRange(min = -1000, max = 1000) int before,
                                                                  @ForAll @IntRange(min = 0, max = 40) int gap,
                                                                  @ForAll @IntRange(min = 1, max = 12) int count) {
        long[] keys = PageSplice.keysBetween((long) before, (long) before + gap, count);
        if (gap <= count) {
            assertEquals(null, keys, "no room for " + count + " between " + before + " and " + (before + gap));
            return;
        }
        long last = before;
        for (long key : keys) {
            assertTrue(key > last && key < before + gap);
            last = key;
        }
        long[] first = PageSplice.keysBetween(null, (long) before, count);
        long[] after = PageSplice.keysBetween((long) before, null, count);
        assertTrue(IntStream.range(0, count).allMatch(k -> first[k] < before && after[k] > before
                && (k == 0 || first[k] > first[k - 1] && after[k] > after[k - 1])));
    }

    /** An event starting on that day, lasting a day or, one time in four, up to a month. */
    private static EventSummary summary(int epochDay, int[] serial, Random random) {
        String id = String.format("ev-%06d", serial[0]++);
        List<String> actors = random.nextInt(3) == 0 ? List.of() : List.of("person:" + (char) ('A' + random.nextInt(20)));
        LocalDate start = LocalDate.ofEpochDay(epochDay);
        TimeValue time = random.nextInt(4) == 0 ? TimeValue.interval(start, start.plusDays(1 + random.nextInt(30)), app.nenpyo.domain.Granularity.RANGE) : TimeValue.day(start);
        return new EventSummary(id, time, "出来事" + id, EventCategory.OTHER, actors,
                "", List.of("10日"), List.of(new SourceParagraph(1, 1)), false);
    }

    @org.junit.jupiter.api.Test
    void withNoRoomBetweenTwoKeptPagesEveryPageIsNumberedAgain() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            SchemaMigrator.migrate(Path.of("memory.nenpyo"), c, SchemaMigrator.LATEST);
            Random random = new Random(7);
            int[] serial = {0};
            List<EventSummary> expected = new ArrayList<>();
            for (int day = 0; day < 3; day++) {
                for (int k = 0; k < 4; k++) {
                    expected.add(summary(DAY + 10 * day, serial, random));
                }
            }
            expected.sort(EventSummaryPages.ORDER);
            List<EventSummaryPages.Page> pages = EventSummaryPages.pages(expected, 4);
            // numbered 1, 2, 3: no number between the first two for the two pages the new event and the second make
            EventSummaryPages.insert(c, pages, IntStream.range(0, 3)
                    .mapToObj(i -> new EventSummaryPages.StoredPage(i + 1, pages.get(i).span())).toList(), true);
            EventSummary between = summary(DAY + 5, serial, random);
            EventTables.Kept kept = new EventTables.Kept(day -> day == DAY + 5, key -> null);

            PageSplice.of(c, kept, 4).orElseThrow().write(List.of(between));

            expected.add(between);
            expected.sort(EventSummaryPages.ORDER);
            assertEquals(expected, EventSummaryPages.read(c));
            List<Long> keys = EventSummaryPages.spans(c).orElseThrow().stream().map(EventSummaryPages.StoredPage::key).toList();
            assertEquals(List.of(1L, 2L, 3L, 4L).stream().map(k -> k * EventSummaryPages.KEY_SPACING).toList(), keys,
                    "every page numbered again, a page apart");
        }
    }

    private static List<String> ids(List<EventSummary> summaries) {
        return summaries.stream().map(EventSummary::id).sorted().toList();
    }
}
