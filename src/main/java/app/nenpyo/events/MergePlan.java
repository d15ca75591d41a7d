package app.nenpyo.events;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ReportDays;
import app.nenpyo.nlp.ActorRegistry;

/**
 * The first pass of a merge ({@link EventPipeline#plan}): the project's actors resolved across
 * every document, where each document's reports start, and which days the merge makes again
 * ({@link #scope}). {@link EventPipeline#combine(MergePlan, WindowReader, MergeChoices, java.util.function.Consumer)}
 * then merges the days in scope a window at a time.
 */
public final class MergePlan {

    private final ActorRegistry registry;
    private final ActorRegistry.ActorIndex actors;
    private final int[][] startDays;
    private final int[][] widerPeriods;
    private final int[] firstOrder;
    private final MergeScope scope;

    MergePlan(ActorRegistry registry, ActorRegistry.ActorIndex actors, int[][] startDays, int[][] widerPeriods, int[] firstOrder,
              MergeScope scope) {
        this.registry = registry;
        this.actors = actors;
        this.startDays = startDays;
        this.widerPeriods = widerPeriods;
        this.firstOrder = firstOrder;
        this.scope = scope;
    }

    /** The days whose events the merge makes again; the events of other days stay as they are. */
    public MergeScope scope() {
        return scope;
    }

    /** The registry of every document this plan resolved the actors from: store it for the next plan. */
    public ActorRegistry registry() {
        return registry;
    }

    /** The actor with this key as every document together resolves it (kept events' actors, up to date); null for none. */
    public Actor actor(String key) {
        return actors.byKey().get(key);
    }

    ActorRegistry.ActorIndex actors() {
        return actors;
    }

    /** The sorted start days of the reports of the document at this index (reading order): store them to be known next time. */
    public int[] startDays(int document) {
        return startDays[document];
    }

    /** Where the reports of the document at this index lie in time: store it to be known next time. */
    public ReportDays days(int document) {
        return new ReportDays(startDays[document], widerPeriods[document]);
    }

    int documents() {
        return startDays.length;
    }

    /** The reading-order position of the first report of the document at this index. */
    int firstOrder(int document) {
        return firstOrder[document];
    }
}
