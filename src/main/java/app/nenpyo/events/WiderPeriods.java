package app.nenpyo.events;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A happening told once as a wider period and once by a day (or shorter period) inside it is one
 * event (decision 0032): 「1月に召集される通常国会」 and 「今月17日に召集される通常国会」, 「来春の統一地方選」 and
 * 「統一地方選は4月に行われる」. The events of one period merged first ({@link EventMerger}), each event
 * of a wider period joins the one event inside its period that tells the same happening
 * ({@link Similarity#containedPoints}), and the event keeps the finer date; where two or more could
 * take it, it stays apart: a month holds many happenings, and a guess would hide one.
 *
 * <p>A period can hold finer ones when it is longer than a day, is no year (a year holds too
 * many happenings to tell one by its words) and lies in one {@linkplain #seasonOf season}
 * (December to February, March to May, June to August, September to November): months, their
 * 上旬/中旬/下旬, 年末, weeks and seasons. That bound is what lets a merge stay a window of time at a
 * time (decision 0022): a window never cuts a season, so a period report and the reports of its
 * days always meet. A merge of the days an import changes (decision 0012) makes again the periods
 * of the wider reports holding one of them ({@link WiderReach}, decision 0033).
 */
final class WiderPeriods {

    private WiderPeriods() {
    }

    /**
     * The season an epoch day lies in, numbered in time order: winter (December to February, counted
     * with the year it ends in), spring (March to May), summer (June to August), autumn (September to
     * November). Japanese news speaks of seasons by these months (来春 is March to May).
     */
    static int seasonOf(int epochDay) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        return Math.floorDiv(12 * day.getYear() + day.getMonthValue(), 3);
    }

    /** The periods news tells a happening by before (or instead of) its day: no day, no range of days said. */
    private static final Set<Granularity> TOLD_AS_WIDER = Set.of(Granularity.WEEK, Granularity.WEEKEND, Granularity.MONTH,
            Granularity.PART_OF_MONTH, Granularity.SEASON, Granularity.PART_OF_YEAR);

    /**
     * Whether a time can hold a finer report's time: a period told as such (a week, a month, 上旬, a
     * season, 年末), closed, in one season. Not a range of days said (19日から21日まで, a fall since
     * 大発会以降): it is as exact as the days in it, and no coarser telling of them.
     */
    static boolean canHoldFiner(TimeValue t) {
        return canHoldFiner(t.granularity(), t.isOpen(), Math.toIntExact(t.start().toEpochDay()), Math.toIntExact(t.end().toEpochDay()));
    }

    /** The same for a time read as its kind, whether it is open, and its first and last epoch day. */
    static boolean canHoldFiner(Granularity granularity, boolean open, int firstDay, int lastDay) {
        return TOLD_AS_WIDER.contains(granularity) && !open && lastDay > firstDay && seasonOf(firstDay) == seasonOf(lastDay);
    }

    /**
     * Whether a wider period's happening may take {@code finer}'s date: a day, or days said (19日から
     * 21日まで), inside it, or a month inside a season (来春 and 4月). A week or 上旬 is no more exact
     * than the month or 年末 around it: 12月上旬に改定する told before and 昨年末に閣議決定した told after
     * would date the deed by the plan.
     */
    static boolean mayTakeTheDateOf(TimeValue finer, TimeValue wider) {
        return exactEnough(finer.granularity(), wider.granularity()) && inside(finer, wider);
    }

    /** Whether a time of kind {@code finer} is more exact than one of kind {@code wider}, as {@link #mayTakeTheDateOf} asks. */
    private static boolean exactEnough(Granularity finer, Granularity wider) {
        return finer == Granularity.DAY || finer == Granularity.RANGE || finer == Granularity.MONTH && wider == Granularity.SEASON;
    }

    /** Whether a time is of a kind some wider period may take (a season takes the most: days and months). */
    private static boolean mayTakeAWiderReport(TimeValue t) {
        return exactEnough(t.granularity(), Granularity.SEASON);
    }

    /** Whether {@code inner} lies inside {@code outer} and is shorter. */
    static boolean inside(TimeValue inner, TimeValue outer) {
        return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end())
                && (inner.start().isAfter(outer.start()) || inner.end().isBefore(outer.end()));
    }

    /**
     * Periods given as first and last epoch day in pairs, ordered by first day (then last day).
     *
     * @throws IllegalArgumentException for an odd count or a period that ends before it starts
     */
    static int[] sortedPairs(int[] pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("periods come in pairs of days: " + pairs.length);
        }
        long[] packed = new long[pairs.length / 2];
        for (int k = 0; k < packed.length; k++) {
            if (pairs[2 * k + 1] < pairs[2 * k]) {
                throw new IllegalArgumentException("a period ends before it starts: " + pairs[2 * k] + ".." + pairs[2 * k + 1]);
            }
            packed[k] = (long) pairs[2 * k] << 32 | (pairs[2 * k + 1] - pairs[2 * k]);
        }
        Arrays.sort(packed);
        int[] sorted = new int[pairs.length];
        for (int k = 0; k < packed.length; k++) {
            sorted[2 * k] = (int) (packed[k] >> 32);
            sorted[2 * k + 1] = sorted[2 * k] + (int) packed[k];
        }
        return sorted;
    }

    /**
     * The events of one window's periods, merged ({@link EventMerger.Group}), with every event of a
     * wider period that tells the happening of exactly one event inside it joined to that event, in
     * place. The narrowest wider periods go first, so 4月 joins its day before 来春 looks for one.
     * An event holding a report the analyst kept apart, added or joined neither joins nor is joined
     * by this rule, background joins nothing (decision 0005), and a risk told for a period is no
     * happening to join.
     */
    static void fold(List<EventMerger.Group> groups, Set<String> keptApart) {
        // the days are read once: a window holds years of events, and a wider one looks at many
        int n = groups.size();
        long[] startDay = new long[n];
        long[] endDay = new long[n];
        for (int g = 0; g < n; g++) {
            startDay[g] = groups.get(g).time().start().toEpochDay();
            endDay[g] = groups.get(g).time().end().toEpochDay();
        }
        List<Integer> wider = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            if (canHoldFiner(groups.get(g).time()) && eligible(groups.get(g), keptApart) && !feared(groups.get(g))) {
                wider.add(g);
            }
        }
        if (wider.isEmpty()) {
            return;
        }
        wider.sort(Comparator.comparingLong((Integer g) -> endDay[g] - startDay[g]).thenComparingInt(g -> groups.get(g).firstOrder()));
        // a wider event and the events it may join lie in one season
        Map<Integer, List<Integer>> widerBySeason = new LinkedHashMap<>();
        for (int w : wider) {
            widerBySeason.computeIfAbsent(seasonOf(groups.get(w).time()), season -> new ArrayList<>()).add(w);
        }
        // the events a wider one may join, by season and word, each word's in time order so that a
        // wider event looks only at those starting inside it: a window holds years of news, and a
        // word of every season (抗議活動) would make each wider event look at all of them. The events
        // are visited in that order, so each word's list is born sorted
        Map<Integer, Map<String, IntList>> bySeasonAndWord = new HashMap<>();
        for (int g : inStartOrder(startDay)) {
            EventMerger.Group group = groups.get(g);
            int season = seasonOf(group.time());
            if (widerBySeason.containsKey(season) && mayTakeAWiderReport(group.time()) && eligible(group, keptApart)) {
                Map<String, IntList> byWord = bySeasonAndWord.computeIfAbsent(season, s -> new HashMap<>());
                for (String word : happeningWords(group)) {
                    byWord.computeIfAbsent(word, w -> new IntList()).add(g);
                }
            }
        }
        Granularity[] kind = new Granularity[n];
        for (int g = 0; g < n; g++) {
            kind[g] = groups.get(g).time().granularity();
        }
        boolean[] gone = new boolean[n];
        int[] lookedAtFor = new int[n];
        Arrays.fill(lookedAtFor, -1);
        // the seasons are folded apart, on every core, each touching only its own events
        widerBySeason.entrySet().parallelStream().forEach(season -> {
            Map<String, IntList> byWord = bySeasonAndWord.get(season.getKey());
            if (byWord != null) {
                // else no day, days or month of its season may take one
                new SeasonFold(groups, byWord, startDay, endDay, kind, gone, lookedAtFor).fold(season.getValue());
            }
        });
        int kept = 0;
        for (int g = 0; g < n; g++) {
            if (!gone[g]) {
                groups.set(kept++, groups.get(g));
            }
        }
        groups.subList(kept, n).clear();
    }

    /**
     * The joins of one season's wider events, in the order given (narrowest first). A wider event is
     * compared with a candidate's own reports, so the index of words is not added to as events join.
     */
    private record SeasonFold(List<EventMerger.Group> groups, Map<String, IntList> byWord,
                              long[] startDay, long[] endDay, Granularity[] kind, boolean[] gone, int[] lookedAtFor) {

        void fold(List<Integer> wider) {
            for (int w : wider) {
                EventMerger.Group told = groups.get(w);
                List<ResolvedReport> compared = EventMerger.sample(told.reports());
                Granularity widerKind = told.time().granularity();
                int taker = -1;
                ResolvedReport[] takerPair = null;
                search:
                for (String word : happeningWords(told)) {
                    IntList events = byWord.get(word);
                    if (events == null) {
                        continue;
                    }
                    for (int k = firstStartingFrom(events, startDay, startDay[w]); k < events.size && startDay[events.values[k]] <= endDay[w]; k++) {
                        int c = events.values[k];
                        boolean inside = endDay[c] <= endDay[w] && (startDay[c] > startDay[w] || endDay[c] < endDay[w]);
                        if (c == w || gone[c] || lookedAtFor[c] == w || !inside || !exactEnough(kind[c], widerKind)) {
                            continue;
                        }
                        lookedAtFor[c] = w;
                        ResolvedReport[] pair = tellsTheSame(compared, groups.get(c));
                        if (pair == null) {
                            continue;
                        }
                        if (taker >= 0) {
                            taker = -2;
                            break search;
                        }
                        taker = c;
                        takerPair = pair;
                    }
                }
                if (taker >= 0) {
                    groups.get(taker).take(told, takerPair[0], takerPair[1]);
                    gone[w] = true;
                }
            }
        }
    }

    /** The first position of {@code events} (in start order) whose event starts on or after {@code day}. */
    private static int firstStartingFrom(IntList events, long[] startDay, long day) {
        int lo = 0;
        int hi = events.size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startDay[events.values[mid]] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The indexes of the events by their first day, then by index: the order a wider event reads its candidates in. */
    private static int[] inStartOrder(long[] startDay) {
        long[] packed = new long[startDay.length];
        for (int g = 0; g < startDay.length; g++) {
            packed[g] = startDay[g] << 32 | g;
        }
        Arrays.sort(packed);
        int[] order = new int[packed.length];
        for (int k = 0; k < packed.length; k++) {
            order[k] = (int) packed[k];
        }
        return order;
    }

    /**
     * A growing list of event indexes without a box for each: a window's index of words holds one
     * for every word of every event that may take a wider one, and a wider event's search reads them
     * in its inner loop.
     */
    private static final class IntList {
        int[] values = new int[2];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    private static int seasonOf(TimeValue t) {
        return seasonOf(Math.toIntExact(t.start().toEpochDay()));
    }

    /**
     * Whether an event of a wider period tells a risk (年明けには…感染が広がる恐れがある): a state feared
     * over the period, which no happening of a day in it is (8日、…感染が確認された).
     */
    static boolean feared(EventMerger.Group group) {
        return group.reports().stream().anyMatch(r -> Modal.toldAsARisk(r.report().label()));
    }

    static boolean eligible(EventMerger.Group group, Set<String> keptApart) {
        if (group.byTheAnalyst()) {
            return false;
        }
        for (ResolvedReport r : group.reports()) {
            if (r.report().source().isBackground() || r.mergesWithNothing()
                    || !keptApart.isEmpty() && keptApart.contains(r.report().source().sourceId())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The wider report and the finer one that tell the same happening, the best pair of the two
     * events' compared reports ({@code told}: the wider event's, sampled once for all its
     * candidates); null when none does or any pair conflicts (two subjects, two countries, two objects).
     */
    private static ResolvedReport[] tellsTheSame(List<ResolvedReport> told, EventMerger.Group finer) {
        List<ResolvedReport> fines = EventMerger.sample(finer.reports());
        ResolvedReport[] best = null;
        double bestPoints = 0;
        for (ResolvedReport wide : told) {
            for (ResolvedReport fine : fines) {
                Similarity.Score s = Similarity.containedPoints(wide, fine);
                if (s.conflict()) {
                    return null;
                }
                if (s.merges() && s.points() > bestPoints) {
                    bestPoints = s.points();
                    best = new ResolvedReport[] {wide, fine};
                }
            }
        }
        return best;
    }

    /**
     * The words by which an event of a wider period finds the events it may tell: the words naming
     * the happening of its compared reports ({@link Similarity#aSharedHeadNamesTheHappening}: not 市 or 出す,
     * which no join reads as shared), the object of their deeds, and each two nouns in a row
     * of their clauses (記者会見 named by one clause is 記者 and 会見 in another's).
     */
    private static Set<String> happeningWords(EventMerger.Group group) {
        Set<String> words = new LinkedHashSet<>();
        for (ResolvedReport r : EventMerger.sample(group.reports())) {
            for (String h : r.report().headWords()) {
                if (Similarity.aSharedHeadNamesTheHappening(h)) {
                    words.add(h);
                }
            }
            if (Similarity.namesAThing(r.report().object())) {
                words.add(r.report().object());
            }
            List<String> content = r.report().contentWords();
            for (int i = 1; i < content.size(); i++) {
                words.add(content.get(i - 1) + content.get(i));
            }
            // a person or body named by both finds the day its month's clause tells in other words
            // (Similarity#oneNamedDoerInMuchTheSameWords)
            for (Actor a : r.actors()) {
                if (a.kind() == ActorKind.PERSON || a.kind() == ActorKind.ORGANISATION) {
                    words.add("actor " + a.key());
                }
            }
        }
        return words;
    }
}
