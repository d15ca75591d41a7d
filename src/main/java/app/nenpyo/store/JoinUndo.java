package app.nenpyo.store;

/**
 * What undoing the joins of an event did (decision 0019), as the undo's transaction knows it.
 *
 * @param undone          whether any of the event's reports was joined (false: nothing was written)
 * @param analystDateKept whether any of its reports still carries a date of the analyst's after the
 *                        undo (one given before or after the join, or given back): the rules may
 *                        merge them again on that date
 */
public record JoinUndo(boolean undone, boolean analystDateKept) {

    /** Nothing was joined: nothing was undone. */
    static final JoinUndo NOTHING_JOINED = new JoinUndo(false, false);
}
