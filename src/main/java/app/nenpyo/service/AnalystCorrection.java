package app.nenpyo.service;

/** What of an event the analyst corrected (decisions 0016–0020), as the sources pane names it. */
public enum AnalystCorrection {
    /** Its date ({@link ProjectService#setEventDate}). */
    DATE,
    /** Its label ({@link ProjectService#setEventLabel}). */
    LABEL,
    /** Whether it is background ({@link ProjectService#setEventBackground}). */
    BACKGROUND,
    /** A report of it taken out of the event it was merged into ({@link ProjectService#keepApart}). */
    KEPT_APART,
    /** It joined to another event the merge had kept apart ({@link ProjectService#join}). */
    JOINED,
    /** A report of it added by the analyst from a clause the machine did not read as one ({@link ProjectService#addEvent}). */
    ADDED
}
