package app.nenpyo.timeline;

/**
 * One lane as ordered by {@link LaneLayout}: its key ({@link TimelineIndex#UNASSIGNED} for items
 * without one), the title for its header, and how many items it holds in the whole index.
 */
public record Lane(String key, String title, int itemCount) {
}
