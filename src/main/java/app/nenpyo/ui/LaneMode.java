package app.nenpyo.ui;

/** How the timeline splits events into lanes. */
public enum LaneMode {
    /** One lane, no headers. */
    NONE,
    /** One lane per actor (display name); an event with several actors shows in each. */
    ACTOR,
    /** One lane per place; events without a place go to その他. */
    PLACE,
    /** One lane per category. */
    CATEGORY,
    /** One lane per source document (title). */
    DOCUMENT
}
