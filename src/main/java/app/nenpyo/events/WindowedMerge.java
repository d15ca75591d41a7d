package app.nenpyo.events;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.Event;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.ActorRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Merges the reports of many documents into events without holding every report at once: the
 * memory a rebuild needs follows the size of a window of time, not of the project.
 *
 * <p>Two passes over the documents, which the caller decodes on demand (from the reports saved
 * with each document):
 * <ol>
 *   <li>every document's actor mentions go to one {@link ActorRegistry} (aliases are merged
 *       across all documents), and the start day of each report is noted ({@link DocumentActors},
 *       read without building the reports);</li>
 *   <li>the start days are cut into windows of about {@code windowReports} reports, never inside
 *       a day; for each window, in time order, the documents with a report in it are decoded
 *       again, those reports resolved and merged ({@link EventMerger}).</li>
 * </ol>
 * Reports of different periods are never merged ({@link Similarity}), and a period (its start and
 * end dates) lies in one window, so the events are exactly those of one merge over everything,
 * in the same order (start, end, then reading order of the first report): each report keeps the
 * position it has in the reading order of all documents.
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
        int[][] startDays = new int[count][];
        int[] firstOrder = new int[count];
        ActorRegistry.ActorIndex actors = actors(count, actorsOf, startDays, firstOrder);
        for (int[] days : windows(startDays)) {
            int from = days[0];
            int to = days[1];
            int[] documents = IntStream.range(0, count).filter(i -> hasDayIn(startDays[i], from, to)).toArray();
            List<ResolvedReport> resolved = new ArrayList<>();
            ResolvedReport.Ids ids = new ResolvedReport.Ids();
            inOrder(documents, chunk -> window.reports(chunk, from, to), (i, d) -> {
                Map<ActorMention, Actor> actorOf = actors.actorsOf(d.actors());
                for (int k = 0; k < d.reports().size(); k++) {
                    Report r = d.reports().get(k);
                    int day = startDay(r);
                    if (day < from || day >= to) {
                        throw new IllegalArgumentException("a report of " + d.documentKey() + " starts outside the window it was read for");
                    }
                    resolved.add(resolve(actorOf, r, firstOrder[i] + d.positions()[k], ids));
                }
            });
            out.accept(new EventMerger().merge(resolved));
        }
    }

    /**
     * The first pass: every document's mentions into one registry, resolved; the sorted start
     * days of each document's reports and the reading-order position of its first report. The
     * registry (every mention of the project) is dropped when this returns.
     */
    private static ActorRegistry.ActorIndex actors(int count, Function<int[], List<DocumentActors>> actorsOf,
                                                   int[][] startDays, int[] firstOrder) {
        ActorRegistry registry = new ActorRegistry();
        int[] reports = {0};
        inOrder(IntStream.range(0, count).toArray(), actorsOf, (i, d) -> {
            registry.addDocument(d.documentKey(), d.actors());
            startDays[i] = d.reportStartDays();
            firstOrder[i] = reports[0];
            reports[0] += d.reportCount();
        });
        return registry.resolve();
    }

    /** @param actorOf the actor of each mention of the report's document ({@link ActorRegistry.ActorIndex#actorsOf}) */
    private static ResolvedReport resolve(Map<ActorMention, Actor> actorOf, Report r, int order, ResolvedReport.Ids ids) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (ActorMention m : r.actors()) {
            Actor a = actorIn(actorOf, m);
            actors.putIfAbsent(a.key(), a);
        }
        return ResolvedReport.of(r, List.copyOf(actors.values()), r.subject().map(m -> actorIn(actorOf, m)),
                r.place().map(m -> actorIn(actorOf, m)), order, ids);
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

    /** Windows [from, to) of start days, in order, each ending at a day boundary after at least {@code windowReports} reports. */
    private List<int[]> windows(int[][] startDays) {
        int[] all = Arrays.stream(startDays).flatMapToInt(Arrays::stream).sorted().toArray();
        List<int[]> out = new ArrayList<>();
        int begin = 0;
        while (begin < all.length) {
            int end = Math.min(all.length, begin + windowReports);
            while (end < all.length && all[end] == all[end - 1]) {
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
