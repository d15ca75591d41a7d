package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import java.util.OptionalLong;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The join dialog's list against a brute-force reference over random event lists by start date. */
class JoinWalkRandomTest {
    private final Messages ja = Messages.of(Language.JAPANESE);

    /** Days between the two ranges, counted day by day: the fewest from a day of one to a day of the other. */
    private static long apart(TimeValue a, TimeValue b) {
        long fewest = Long.MAX_VALUE;
        for (LocalDate x = a.start(); !x.isAfter(a.end()); x = x.plusDays(1)) {
            for (LocalDate y = b.start(); !y.isAfter(b.end()); y = y.plusDays(1)) {
                fewest = Math.min(fewest, Math.abs(x.toEpochDay() - y.toEpochDay()));
            }
        }
        return fewest;
    }

    private static String key(EventSummary e, TimeValue selected) {
        return apart(e.time(), selected) + "|" + e.time().start() + "|" + e.label();
    }

    private static List<String> reference(List<EventSummary> events, Event selected, String search) {
        String wanted = search.strip().toLowerCase(Locale.ROOT);
        java.util.Map<String, Long> apart = new java.util.HashMap<>();
        for (EventSummary e : events) {
            apart.put(e.id(), apart(e.time(), selected.time()));
        }
        List<EventSummary> found = new ArrayList<>();
        for (EventSummary e : events) {
            if (e.id().equals(selected.id())) continue;
            boolean m = wanted.isEmpty() ? apart.get(e.id()) <= JoinEventsViewModel.NEARBY_DAYS
                    : e.label().toLowerCase(Locale.ROOT).contains(wanted) || e.place().toLowerCase(Locale.ROOT).contains(wanted);
            if (m) found.add(e);
        }
        found.sort(Comparator.comparingLong((EventSummary e) -> apart.get(e.id()))
                .thenComparing(e -> e.time().start()).thenComparing(EventSummary::label));
        return found.stream().limit(JoinEventsViewModel.MAX_LISTED).map(e -> key(e, selected.time())).toList();
    }

    private static List<EventSource> src(String id) {
        return List.of(new EventSource("hash7", OptionalLong.empty(), id, 26, new TextSpan(0, 5), new TextSpan(0, 5), new TextSpan(0, 3), "10日", ""));
    }

    @Test
    void theWalkListsWhatABruteForceSearchLists() {
        Random r = new Random(11);
        LocalDate base = LocalDate.of(2022, 1, 1);
        String[] labels = {"a", "b", "A", "ab", "x", "会談", "会議"};
        for (int round = 0; round < 3000; round++) {
            int n = r.nextInt(5) == 0 ? r.nextInt(3) : r.nextInt(r.nextBoolean() ? 30 : 900);
            int span = 1 + r.nextInt(r.nextBoolean() ? 10 : 400);
            List<EventSummary> events = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDate s = base.plusDays(r.nextInt(span));
                TimeValue t = r.nextInt(4) == 0 ? TimeValue.parse(s + "/" + s.plusDays(1 + r.nextInt(20))) : TimeValue.parse(s.toString());
                events.add(new EventSummary("e" + i, t, labels[r.nextInt(labels.length)], EventCategory.MEETING, List.of(),
                        r.nextBoolean() ? "" : labels[r.nextInt(labels.length)], List.of(), List.of(), false));
            }
            events.sort(Comparator.comparing((EventSummary e) -> e.time().start()).thenComparing(e -> e.time().end()));
            Event selected;
            int where = r.nextInt(4);
            if (n > 0 && where < 3) {
                EventSummary s = events.get(where == 0 ? 0 : where == 1 ? n - 1 : r.nextInt(n));
                selected = new Event(s.id(), s.time(), s.label(), List.of(), s.place(), EventCategory.MEETING, src(s.id()), List.of(), false);
            } else {
                LocalDate d = base.plusDays(r.nextInt(span + 40) - 20);
                selected = new Event("other", TimeValue.parse(d.toString()), "x", List.of(), "", EventCategory.MEETING, src("other"), List.of(), false);
            }
            JoinEventsViewModel m = new JoinEventsViewModel(selected, events, new SameThreadTaskExecutor(), ja);
            for (String search : new String[] {"", "a", "A", "会", "b", " x "}) {
                m.searchProperty().set(search);
                List<String> got = m.candidates().stream().map(c -> {
                    EventSummary e = events.stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow();
                    return key(e, selected.time());
                }).toList();
                assertEquals(reference(events, selected, search), got, "round " + round + " search '" + search + "' n=" + n);
            }
        }
    }
}
