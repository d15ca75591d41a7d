package app.nenpyo.timeline;

/**
 * What a piece of text is for. Painters map each role to a font (size, weight) and a colour; a
 * {@link TextMeasure} gets the role too, so widths are measured with the font that will paint them.
 */
public enum TextRole {
    /** The fine axis row: 10日(月), 15時, 1月. */
    TICK_MINOR,
    /** The context axis row: 2022年1月, Jan 2022. */
    TICK_MAJOR,
    /** The Japanese era row: 令和4年. */
    ERA,
    /** An event's label next to its point or inside its bar. */
    ITEM_LABEL,
    /** The number of sources of an event, in a small badge. */
    BADGE,
    /** The number of events folded into a cluster. */
    CLUSTER_COUNT,
    /** A lane's title in its header strip. */
    LANE_HEADER
}
