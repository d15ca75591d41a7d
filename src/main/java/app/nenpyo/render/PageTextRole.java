package app.nenpyo.render;

/** The texts a report page adds around the timeline; the timeline's own are {@link app.nenpyo.timeline.TextRole}s. */
public enum PageTextRole {
    /** The report's title at the top. */
    TITLE,
    /** What was exported: range, lanes, number of events. */
    SUBTITLE,
    /** A category's name beside its colour. */
    LEGEND,
    /** A numbered source line under the timeline. */
    FOOTNOTE,
    /** Why some events have no footnote (folded, capped). */
    NOTE
}
