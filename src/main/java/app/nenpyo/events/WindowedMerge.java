package app.nenpyo.events;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.ReportDays;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.ActorRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Merges the reports of many documents into events without holding every report at once: the
 * memory a rebuild needs follows the size of a window of time, not of the project.
 *
 * <p>Two passes over the documents, which the caller decodes on demand (from the reports saved
 * with each document):
 * <ol>
 *   <li>{@link #plan}: every document's actor mentions go to one {@link ActorRegistry} (aliases
 *       are merged across all documents), the start day of each report is noted
 *       ({@link DocumentActors}, read without building the reports), and the days to merge are
 *       chosen ({@link MergeScope}: every day, or after an import only those the new documents
 *       change);</li>
 *   <li>{@link #merge(MergePlan, WindowReader, Consumer)}: the start days in scope are cut into
 *       windows of at most about {@code windowReports} reports, never inside a season (one season
 *       holding more is one window: decision 0032); for each window, in
 *       time order, the documents with a report in it are decoded again, those reports resolved
 *       and merged ({@link EventMerger}).</li>
 * </ol>
 * Reports of different periods are merged only when one period holds the other and both lie in
 * one season ({@link WiderPeriods}), and a window never cuts a season, so the events are exactly
 * those of one merge over everything, in the same order (start, end, then reading order of the
 * first report): each report keeps the position it has in the reading order of all documents.
 * For the same reason a merge after an import makes again, with the days it changes, the periods of
 * the wider reports holding one of them, and reads with them the periods of the wider reports
 * holding one of those ({@link WiderReach}).
 *
 * <p>The cost: a document is read once for its actors and decoded once per window it has reports
 * in (on the 100 MB benchmark corpus, 2.2 times on average with windows of 32,768 reports: news
 * often dates things years back), though only the reports of the window are built. What still
 * grows with the project: the actor registry (every way an actor was written), the saved bytes
 * and the events themselves.
 */
final class WindowedMerge {

    /** Documents asked for at once (read in one query and decoded on every core by the caller). */
    static final int CHUNK = 256;

    private final int windowReports;

    WindowedMerge(int windowReports) {
        if (windowReports < 1) {
            throw new IllegalArgumentException("a window holds at least one report: " + windowReports);
        }
        this.windowReports = windowReports;
    }

    /** The same for documents already in memory. */
    List<Event> merge(List<DocumentReports> documents) {
        List<Event> events = new ArrayList<>();
        merge(documents.size(), indexes -> Arrays.stream(indexes).mapToObj(i -> DocumentActors.of(documents.get(i))).toList(),
                (indexes, fromDay, toDay) -> Arrays.stream(indexes)
                        .mapToObj(i -> WindowReports.of(documents.get(i), fromDay, toDay)).toList(),
                events::addAll);
        return events;
    }

    /**
     * @param count    how many documents, in reading order
     * @param actorsOf the actors of the documents at some indexes (first pass), in their order;
     *                 asked for up to {@value #CHUNK} documents at a time
     * @param window   the reports of the documents at some indexes that start in a window, as
     *                 {@code actorsOf} describes them, in their order; asked once per window a
     *                 document has reports in
     * @param out      takes the events of each window, in time order: together, the events of
     *                 one merge over everything, in its order
     */
    void merge(int count, Function<int[], List<DocumentActors>> actorsOf, WindowReader window, Consumer<List<Event>> out) {
        merge(plan(count, actorsOf, i -> false, List.of(), null, i -> null, 1), window, out);
    }

    /**
     * The first pass: every document's mentions into one registry, resolved; the sorted start
     * days of each document's reports and the reading-order position of its first report; and
     * which days to merge again. With no document merged before, every day; otherwise the days
     * of the documents not merged before and of those whose actors they changed: a second
     * registry of only the documents merged before tells which ways of writing an actor now stand
     * for another actor, or for one of another name, kind, title or country (what a merge and its
     * stored events depend on; aliases are written apart), and those documents are read for their
     * actors again. The registry of all is that second one with the new documents added, wherever
     * they fall in the reading order (resolving does not depend on the order documents are added),
     * and the documents corrected since taken out as they were read then. The registries (every
     * way an actor was written in the project) are dropped when this returns.
     *
     * @param mergedBefore whether the document at an index, with the reports it has now, is
     *                     among those the stored events were merged from
     * @param earlier      the documents merged before with other reports (a corrected date), as
     *                     they were read then: their old days are merged again
     * @param last         the registry the stored events were merged with ({@link MergePlan#registry}),
     *                     or null: the documents merged before (and {@code earlier}) are added to a
     *                     new one instead
     * @param knownDays    the report start days and wider periods of the document at an index
     *                     when they are known without reading it (null otherwise): with
     *                     {@code last} and the days of every document merged before known, only
     *                     the new (and corrected) documents are read
     * @param wholeAbove   the share of the reports above which every day is merged: the events of
     *                     the days not merged are kept, which costs a reading of all of them
     * @param alsoDays     epoch days to make again whatever changed (an analyst's decision on one
     *                     of their events, applied as the events are written)
     */
    MergePlan plan(int count, Function<int[], List<DocumentActors>> actorsOf, IntPredicate mergedBefore,
                   List<EarlierReading> earlier, ActorRegistry last, IntFunction<ReportDays> knownDays, double wholeAbove) {
        return plan(count, actorsOf, mergedBefore, earlier, last, knownDays, wholeAbove, new int[0]);
    }

    /** The same, making {@code alsoDays} again too. */
    MergePlan plan(int count, Function<int[], List<DocumentActors>> actorsOf, IntPredicate mergedBefore,
                   List<EarlierReading> earlier, ActorRegistry last, IntFunction<ReportDays> knownDays, double wholeAbove,
                   int[] alsoDays) {
        int[][] startDays = new int[count][];
        int[][] widerPeriods = new int[count][];
        int[] firstOrder = new int[count];
        boolean[] before = new boolean[count];
        int beforeCount = 0;
        for (int i = 0; i < count; i++) {
            before[i] = mergedBefore.test(i);
            beforeCount += before[i] ? 1 : 0;
        }
        boolean anyBefore = beforeCount > 0 || !earlier.isEmpty();
        boolean partial = anyBefore && beforeCount < count;
        ActorRegistry all = anyBefore && last != null && IntStream.range(0, count).allMatch(i -> !before[i] || knownDays.apply(i) != null)
                ? fromStored(count, actorsOf, before, earlier, last, knownDays, startDays, widerPeriods) : null;
        ActorRegistry previous = last;
        if (all == null) {
            // every document read: those merged before into one registry, the others into another
            ActorRegistry mergedOnes = new ActorRegistry();
            ActorRegistry added = new ActorRegistry();
            inOrder(IntStream.range(0, count).toArray(), actorsOf, (i, d) -> {
                (partial && before[i] ? mergedOnes : added).addDocument(d.documentKey(), d.actors());
                startDays[i] = d.reportStartDays();
                widerPeriods[i] = d.widerPeriods();
            });
            if (partial && previous == null) {
                // the registry of the last merge: the documents merged before, and those since corrected as they were read then
                previous = mergedOnes.copy();
                for (EarlierReading then : earlier) {
                    previous.addDocument(then.actors().documentKey(), then.actors().actors());
                }
            }
            if (partial) {
                mergedOnes.addAll(added);
            }
            // not partial: every document went to the added ones
            all = partial ? mergedOnes : added;
        }
        int reports = 0;
        for (int i = 0; i < count; i++) {
            firstOrder[i] = reports;
            reports += startDays[i].length;
        }
        ActorRegistry.ActorIndex actors = all.resolve();
        MergeScope scope;
        if (!anyBefore) {
            scope = MergeScope.everyDay();
        } else if (beforeCount == count) {
            scope = widerReach(widerPeriods, earlier).scopeOf(alsoDays);
        } else {
            MergeScope changed = changedDays(actorsOf, before, startDays, actors, previous.resolve(), earlier, alsoDays,
                    widerReach(widerPeriods, earlier));
            long inScope = Arrays.stream(startDays).mapToLong(days -> changed.readWithin(days).length).sum();
            scope = inScope > wholeAbove * reports ? MergeScope.everyDay() : changed;
        }
        return new MergePlan(all, actors, startDays, widerPeriods, firstOrder, scope);
    }

    /**
     * The registry of all from the one the last merge stored, when the report days of every
     * document merged before are known: the documents corrected since are taken out as they were
     * read then, and only the new (and corrected) documents are read and added. Null when the
     * stored registry does not hold those earlier readings: then every document is read.
     */
    private static ActorRegistry fromStored(int count, Function<int[], List<DocumentActors>> actorsOf, boolean[] before,
                                            List<EarlierReading> earlier, ActorRegistry last, IntFunction<ReportDays> knownDays,
                                            int[][] startDays, int[][] widerPeriods) {
        ActorRegistry all = last.copy();
        for (EarlierReading then : earlier) {
            if (!all.removeDocument(then.actors().documentKey(), then.actors().actors())) {
                return null;
            }
        }
        for (int i = 0; i < count; i++) {
            if (before[i]) {
                ReportDays known = knownDays.apply(i);
                startDays[i] = known.startDays();
                widerPeriods[i] = known.widerPeriods();
            }
        }
        inOrder(IntStream.range(0, count).filter(i -> !before[i]).toArray(), actorsOf, (i, d) -> {
            all.addDocument(d.documentKey(), d.actors());
            startDays[i] = d.reportStartDays();
            widerPeriods[i] = d.widerPeriods();
        });
        return all;
    }

    private static MergeScope changedDays(Function<int[], List<DocumentActors>> actorsOf, boolean[] before, int[][] startDays,
                                          ActorRegistry.ActorIndex now, ActorRegistry.ActorIndex previous,
                                          List<EarlierReading> earlier, int[] alsoDays, WiderReach reach) {
        Set<String> changed = new HashSet<>();
        for (String key : previous.documentKeys()) {
            // a key no document gives now (a corrected date left its only sentence undated) is changed too
            Actor actorNow = now.actorOfKey(key);
            if (actorNow == null || !sameForMerging(previous.actorOfKey(key), actorNow)) {
                changed.add(key);
            }
        }
        int count = before.length;
        boolean[] again = new boolean[count];
        for (int i = 0; i < count; i++) {
            again[i] = !before[i];
        }
        if (!changed.isEmpty()) {
            int[] merged = IntStream.range(0, count).filter(i -> before[i]).toArray();
            inOrder(merged, actorsOf, (i, d) -> again[i] = ActorRegistry.ActorIndex.namesAny(d.actors(), changed));
        }
        IntStream days = IntStream.concat(IntStream.concat(IntStream.range(0, count).filter(i -> again[i]).flatMap(i -> Arrays.stream(startDays[i])),
                earlier.stream().flatMapToInt(e -> Arrays.stream(e.actors().reportStartDays()))), Arrays.stream(alsoDays));
        return reach.scopeOf(days.toArray());
    }

    /**
     * Where a report of a wider period may join an event of a day inside it ({@link WiderPeriods}):
     * the wider reports of every document as it is now and of those corrected since as they were
     * read then (a report they no longer give may have to leave the event it joined).
     */
    private static WiderReach widerReach(int[][] widerPeriods, List<EarlierReading> earlier) {
        return WiderReach.of(IntStream.concat(Arrays.stream(widerPeriods).flatMapToInt(Arrays::stream),
                earlier.stream().flatMapToInt(e -> Arrays.stream(e.actors().widerPeriods()))).toArray());
    }

    /** Whether a merge and the events it stores would see the same actor (its aliases are stored apart). */
    private static boolean sameForMerging(Actor a, Actor b) {
        return a.key().equals(b.key()) && a.name().equals(b.name()) && a.kind() == b.kind() && a.title().equals(b.title())
                && a.country().equals(b.country());
    }

    /**
     * The second pass: the days in the plan's scope, a window of about {@code windowReports}
     * reports at a time; for each window, in time order, the documents with a report in it in
     * scope are decoded again, those reports resolved and merged ({@link EventMerger}).
     */
    void merge(MergePlan plan, WindowReader window, Consumer<List<Event>> out) {
        merge(plan, window, MergeChoices.NONE, out);
    }

    /** The same, with the reports the analyst kept apart (decision 0018) and joined (decision 0019). */
    void merge(MergePlan plan, WindowReader window, MergeChoices choices, Consumer<List<Event>> out) {
        MergeScope scope = plan.scope();
        int count = plan.documents();
        int[][] days = new int[count][];
        for (int i = 0; i < count; i++) {
            days[i] = scope.readWithin(plan.startDays(i));
        }
        ActorRegistry.ActorIndex actors = plan.actors();
        List<int[]> windows = windows(days);
        for (int w = 0; w < windows.size(); w++) {
            int from = windows.get(w)[0];
            int to = windows.get(w)[1];
            int nextTo = w + 1 < windows.size() ? windows.get(w + 1)[1] : to;
            IntPredicate inNextWindow = i -> hasDayIn(days[i], to, nextTo);
            int[] documents = IntStream.range(0, count).filter(i -> hasDayIn(days[i], from, to)).toArray();
            List<ResolvedReport> resolved = new ArrayList<>();
            ResolvedReport.Ids ids = new ResolvedReport.Ids();
            inOrder(documents, chunk -> window.reports(chunk, from, to, inNextWindow), (i, d) -> {
                Map<ActorMention, Actor> actorOf = actors.actorsOf(d.actors());
                for (int k = 0; k < d.reports().size(); k++) {
                    Report r = d.reports().get(k);
                    int day = startDay(r);
                    if (day < from || day >= to) {
                        throw new IllegalArgumentException("a report of " + d.documentKey() + " starts outside the window it was read for");
                    }
                    if (scope.reads(day)) {
                        resolved.add(resolve(actorOf, r, plan.firstOrder(i) + d.positions()[k], ids));
                    }
                }
            });
            List<Event> events = new EventMerger(choices).merge(resolved);
            // those of the days read only are a merge's of every day only where they are made again
            out.accept(scope.all() ? events : events.stream().filter(e -> scope.includes(Math.toIntExact(e.time().start().toEpochDay()))).toList());
        }
    }

    /** @param actorOf the actor of each mention of the report's document ({@link ActorRegistry.ActorIndex#actorsOf}) */
    private static ResolvedReport resolve(Map<ActorMention, Actor> actorOf, Report r, int order, ResolvedReport.Ids ids) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (ActorMention m : r.actors()) {
            Actor a = actorIn(actorOf, m);
            actors.putIfAbsent(a.key(), a);
        }
        return ResolvedReport.of(r, List.copyOf(actors.values()), r.subject().map(m -> actorIn(actorOf, m)),
                r.place().map(m -> actorIn(actorOf, m)), spots(actorOf, r), order, ids);
    }

    /**
     * The places a report's happening lies in: the first its clause names, with those written on after it
     * (北浜 and 東町 of 北浜市東町の住宅から出火し); not one named further on (南浜 of 北浜市で10日夜に起きた火災で、
     * 北浜署は13日、死亡したのは南浜町に住む男性と確認した, a victim's address).
     */
    private static List<Actor> spots(Map<ActorMention, Actor> actorOf, Report r) {
        List<ActorMention> places = r.actors().stream()
                .filter(m -> r.source().clause().contains(m.span()) && actorIn(actorOf, m).kind() == ActorKind.PLACE)
                .sorted(Comparator.comparing(ActorMention::span)).toList();
        Map<String, Actor> spots = new LinkedHashMap<>();
        int end = -1;
        for (ActorMention m : places) {
            // 北浜市東町: the town's name one suffix after the city's
            if (end >= 0 && m.span().start() > end + 1) {
                break;
            }
            Actor a = actorIn(actorOf, m);
            spots.putIfAbsent(a.key(), a);
            end = m.span().end();
        }
        return List.copyOf(spots.values());
    }

    private static Actor actorIn(Map<ActorMention, Actor> actorOf, ActorMention m) {
        Actor a = actorOf.get(m);
        if (a == null) {
            throw new IllegalArgumentException("a report names a mention its document does not list: " + m);
        }
        return a;
    }

    private static int startDay(Report r) {
        return Math.toIntExact(r.time().start().toEpochDay());
    }

    /**
     * Windows [from, to) of start days, in order, each ending at the last season's boundary within
     * {@code windowReports} reports, or at the end of its season when that one season holds more: a
     * report of a wider period meets those of the days inside it ({@link WiderPeriods}), which lie in
     * its season, and a window holds no more reports than a season needs.
     */
    private List<int[]> windows(int[][] startDays) {
        int[] all = Arrays.stream(startDays).flatMapToInt(Arrays::stream).sorted().toArray();
        List<int[]> out = new ArrayList<>();
        int begin = 0;
        while (begin < all.length) {
            int end = Math.min(all.length, begin + windowReports);
            // back to the last season's boundary inside the window, so that a window holds no more
            // reports than before (memory, decision 0022); past it only when one season is bigger
            int cut = end;
            while (cut > begin && cut < all.length && WiderPeriods.seasonOf(all[cut]) == WiderPeriods.seasonOf(all[cut - 1])) {
                cut--;
            }
            if (cut > begin) {
                end = cut;
            }
            while (end < all.length && WiderPeriods.seasonOf(all[end]) == WiderPeriods.seasonOf(all[end - 1])) {
                end++;
            }
            out.add(new int[] {all[begin], end < all.length ? all[end] : all[all.length - 1] + 1});
            begin = end;
        }
        return out;
    }

    private static boolean hasDayIn(int[] sortedDays, int from, int to) {
        int lo = 0;
        int hi = sortedDays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedDays[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < sortedDays.length && sortedDays[lo] < to;
    }

    private interface DocumentConsumer<T> {
        void accept(int index, T decoded);
    }

    /** Asks for the documents a chunk at a time and hands them over in order, on this thread. */
    private static <T> void inOrder(int[] indexes, Function<int[], List<T>> documents, DocumentConsumer<T> consumer) {
        for (int from = 0; from < indexes.length; from += CHUNK) {
            int[] chunk = Arrays.copyOfRange(indexes, from, Math.min(indexes.length, from + CHUNK));
            List<T> decoded = documents.apply(chunk);
            for (int k = 0; k < chunk.length; k++) {
                consumer.accept(chunk[k], decoded.get(k));
            }
        }
    }
}
