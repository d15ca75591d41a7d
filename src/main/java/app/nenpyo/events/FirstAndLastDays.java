package app.nenpyo.events;

import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TimeValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A happening of several days told by its days (G7は19～21日に広島市で首脳会議を開く) and by its
 * opening on the first of them or its closing on the last (首脳会議は21日、閉幕した) is one event, which
 * keeps the days: the opening and the closing are the happening's edges, not happenings of their own
 * (decision 0032's addendum). Days said as a range are exact, so {@link WiderPeriods} does not let them
 * hold a finer report; only the day that opens or closes them is theirs.
 *
 * <p>As strict as a wider period's join: the day's report says an opening or a closing (開幕, 開会,
 * 閉幕, 閉会, and their ceremonies), the two tell the same happening ({@link Similarity#dayOfPeriodPoints}),
 * and each has only the other: a range with two openings on its first day, or a closing day two ranges
 * could take, stays apart. The range lies in one season, as every period that joins a report of
 * another does, so a merge of a window or of the seasons an import changes always holds both.
 */
final class FirstAndLastDays {

    private static final List<String> OPENINGS = List.of("開幕", "開会", "開幕式", "開会式");
    private static final List<String> CLOSINGS = List.of("閉幕", "閉会", "閉幕式", "閉会式");

    private FirstAndLastDays() {
    }

    /** A day event joined to the event of days it opens or closes. */
    private record Join(int days, int day, ResolvedReport periodReport, ResolvedReport dayReport) {
    }

    /** Whether a word names an opening or a closing (開幕, 閉会式): the first or last of some days. */
    static boolean namesAnEdge(String word) {
        return OPENINGS.contains(word) || CLOSINGS.contains(word);
    }

    /**
     * Joins, in place, each event of one day that opens or closes the one event of days said as a
     * range starting or ending on it; what the analyst kept apart, added or joined is left as it is.
     */
    static void fold(List<EventMerger.Group> groups, Set<String> keptApart) {
        Map<Long, List<Integer>> openings = new HashMap<>();
        Map<Long, List<Integer>> closings = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            EventMerger.Group group = groups.get(g);
            TimeValue t = group.time();
            if (!t.start().equals(t.end()) || !WiderPeriods.eligible(group, keptApart)) {
                continue;
            }
            long day = t.start().toEpochDay();
            if (says(group, OPENINGS)) {
                openings.computeIfAbsent(day, d -> new ArrayList<>()).add(g);
            }
            if (says(group, CLOSINGS)) {
                closings.computeIfAbsent(day, d -> new ArrayList<>()).add(g);
            }
        }
        if (openings.isEmpty() && closings.isEmpty()) {
            return;
        }
        List<Join> joins = new ArrayList<>();
        Map<Integer, Integer> rangesOfDay = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            EventMerger.Group group = groups.get(g);
            if (!toldAsDays(group.time()) || !WiderPeriods.eligible(group, keptApart) || WiderPeriods.feared(group)) {
                continue;
            }
            for (Map<Long, List<Integer>> edge : List.of(openings, closings)) {
                long day = (edge == openings ? group.time().start() : group.time().end()).toEpochDay();
                Join found = null;
                int candidates = 0;
                for (int c : edge.getOrDefault(day, List.of())) {
                    ResolvedReport[] pair = tellsTheSame(group, groups.get(c));
                    if (pair != null) {
                        found = new Join(g, c, pair[0], pair[1]);
                        candidates++;
                    }
                }
                if (candidates == 1) {
                    joins.add(found);
                    rangesOfDay.merge(found.day(), 1, Integer::sum);
                }
            }
        }
        boolean[] gone = new boolean[groups.size()];
        for (Join j : joins) {
            if (rangesOfDay.get(j.day()) == 1 && !gone[j.day()]) {
                groups.get(j.days()).takeFirstOrLastDay(groups.get(j.day()), j.periodReport(), j.dayReport());
                gone[j.day()] = true;
            }
        }
        int kept = 0;
        for (int g = 0; g < groups.size(); g++) {
            if (!gone[g]) {
                groups.set(kept++, groups.get(g));
            }
        }
        groups.subList(kept, groups.size()).clear();
    }

    /** Days said as a range (19～21日, 19日から21日まで), closed, in one season. */
    private static boolean toldAsDays(TimeValue t) {
        return t.granularity() == Granularity.RANGE && !t.isOpen() && t.end().isAfter(t.start())
                && WiderPeriods.seasonOf(Math.toIntExact(t.start().toEpochDay())) == WiderPeriods.seasonOf(Math.toIntExact(t.end().toEpochDay()));
    }

    /** Whether a report of the event names an opening or a closing among the words naming its happening. */
    private static boolean says(EventMerger.Group group, List<String> edges) {
        for (ResolvedReport r : EventMerger.sample(group.reports())) {
            for (String h : r.report().headWords()) {
                if (edges.stream().anyMatch(h::endsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The report of days and the day's that tell one happening, the best pair; null when none does or any pair conflicts. */
    private static ResolvedReport[] tellsTheSame(EventMerger.Group days, EventMerger.Group day) {
        ResolvedReport[] best = null;
        double bestPoints = 0;
        for (ResolvedReport period : EventMerger.sample(days.reports())) {
            for (ResolvedReport one : EventMerger.sample(day.reports())) {
                Similarity.Score s = Similarity.dayOfPeriodPoints(period, one);
                if (s.conflict()) {
                    return null;
                }
                if (s.merges() && s.points() > bestPoints) {
                    bestPoints = s.points();
                    best = new ResolvedReport[] {period, one};
                }
            }
        }
        return best;
    }
}
