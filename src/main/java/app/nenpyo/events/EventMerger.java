package app.nenpyo.events;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TimeValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges reports of the same happening, across paragraphs and documents, into one event with
 * all its sources and the reasons for each merge; different happenings on the same day stay
 * apart ({@link Similarity}).
 *
 * <p>Greedy and order-independent in its result for the usual cases: reports are taken in
 * reading order; each joins the existing event of the same period whose best-matching report
 * scores at least {@link Similarity#THRESHOLD} and none of whose reports conflicts with it
 * (different subject actors), else it starts a new event. Conflicting details stay visible: the
 * 5800 and 8000 detained are said on different days, so they are never compared; two reports
 * merged despite different numbers keep both sentences as sources.
 *
 * <p>The event takes its label and first source from its first report in reading order, the
 * category most of its reports have (ties: the first report's), the union of actors, and the
 * first place said. Single-threaded.
 */
final class EventMerger {

    List<Event> merge(List<ResolvedReport> reports) {
        List<List<ResolvedReport>> groups = new ArrayList<>();
        List<List<String>> reasons = new ArrayList<>();
        for (ResolvedReport r : reports.stream().sorted(Comparator.comparingInt(ResolvedReport::order)).toList()) {
            int best = -1;
            double bestPoints = 0;
            Similarity.Score bestScore = null;
            ResolvedReport bestMatch = null;
            for (int g = 0; g < groups.size(); g++) {
                List<ResolvedReport> group = groups.get(g);
                if (!Similarity.samePeriod(group.get(0).report().time(), r.report().time())) {
                    continue;
                }
                boolean conflict = false;
                Similarity.Score top = null;
                ResolvedReport topMatch = null;
                for (ResolvedReport m : group) {
                    Similarity.Score s = Similarity.of(m, r);
                    conflict |= s.conflict();
                    if (top == null || s.points() > top.points()) {
                        top = s;
                        topMatch = m;
                    }
                }
                if (!conflict && top.merges() && top.points() > bestPoints) {
                    best = g;
                    bestPoints = top.points();
                    bestScore = top;
                    bestMatch = topMatch;
                }
            }
            if (best < 0) {
                groups.add(new ArrayList<>(List.of(r)));
                reasons.add(new ArrayList<>());
            } else {
                groups.get(best).add(r);
                reasons.get(best).add(ref(r, bestMatch) + " with " + ref(bestMatch, r) + ": "
                        + String.join("; ", bestScore.reasons()));
            }
        }
        List<Event> events = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            events.add(event(groups.get(g), reasons.get(g)));
        }
        events.sort(Comparator.comparing((Event e) -> e.time().start()).thenComparing(e -> e.time().end())
                .thenComparingInt(e -> firstOrder(groups, e)));
        return events;
    }

    private static int firstOrder(List<List<ResolvedReport>> groups, Event e) {
        for (List<ResolvedReport> g : groups) {
            if (g.get(0).report().source().sourceId().equals(e.sources().get(0).sourceId())) {
                return g.get(0).order();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** ¶22, or the document key's first 8 digits and ¶22 when the two are in different documents. */
    private static String ref(ResolvedReport r, ResolvedReport other) {
        EventSource s = r.report().source();
        boolean sameDocument = s.documentKey().equals(other.report().source().documentKey());
        return (sameDocument ? "" : s.documentKey().substring(0, Math.min(8, s.documentKey().length())) + ":")
                + "¶" + s.paragraph();
    }

    private static Event event(List<ResolvedReport> group, List<String> reasons) {
        ResolvedReport first = group.get(0);
        List<EventSource> sources = group.stream().map(r -> r.report().source()).toList();
        String id = EventIds.eventId(sources.stream().map(EventSource::sourceId).toList());
        Map<String, Actor> actors = new LinkedHashMap<>();
        group.forEach(r -> r.actors().forEach(a -> actors.putIfAbsent(a.key(), a)));
        String place = group.stream().map(ResolvedReport::place).flatMap(Optional::stream).map(Actor::name)
                .findFirst().orElse("");
        TimeValue time = group.stream().map(r -> r.report().time()).filter(t -> !t.isOpen()).findFirst()
                .orElse(first.report().time());
        boolean background = sources.stream().allMatch(EventSource::isBackground);
        return new Event(id, time, first.report().label(), List.copyOf(actors.values()), place,
                category(group), sources, reasons, background);
    }

    private static EventCategory category(List<ResolvedReport> group) {
        Map<EventCategory, Integer> counts = new EnumMap<>(EventCategory.class);
        group.forEach(r -> counts.merge(r.report().category(), 1, Integer::sum));
        EventCategory firstCategory = group.get(0).report().category();
        int top = counts.get(firstCategory);
        for (Map.Entry<EventCategory, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                return e.getKey();
            }
        }
        return firstCategory;
    }
}
