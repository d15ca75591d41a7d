package app.nenpyo.events;

import java.util.Map;
import java.util.Set;

/**
 * What the analyst decided about which reports make an event, applied by the merge
 * ({@link EventMerger}) over what its rules judge.
 *
 * <pre>{@code
 * new MergeChoices(Set.of("ev-30"), Map.of())                        // ¶30 is an event of its own (decision 0018)
 * new MergeChoices(Set.of(), Map.of("ev-11", "ev-11", "ev-22", "ev-11")) // ¶11 and ¶22 are one event (decision 0019)
 * }</pre>
 *
 * @param keptApart source ids of reports the analyst took out of their event: none of them joins
 *                  or is joined by the machine's judgement
 * @param joins     the analyst's join of each joined report, by source id: reports of one period
 *                  with the same join are one event, whatever the rules judge
 */
public record MergeChoices(Set<String> keptApart, Map<String, String> joins) {

    /** Nothing decided: the rules alone merge. */
    public static final MergeChoices NONE = new MergeChoices(Set.of(), Map.of());

    public MergeChoices {
        keptApart = Set.copyOf(keptApart);
        joins = Map.copyOf(joins);
    }
}
