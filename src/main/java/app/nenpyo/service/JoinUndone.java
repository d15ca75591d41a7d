package app.nenpyo.service;

/**
 * An undone join (decision 0019): the rebuild that merged its reports again, and whether a date of
 * the analyst's stays on any of them (given before or after the join, or given back), so that the
 * rules may still make them one event on that date.
 */
public record JoinUndone(EventRebuild rebuild, boolean analystDateKept) {
}
