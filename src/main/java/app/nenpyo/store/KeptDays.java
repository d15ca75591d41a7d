package app.nenpyo.store;

/** What a project file keeps beside each document's saved reports, by its schema version. */
enum KeptDays {
    /** Only the reports (before migration 7). */
    NONE,
    /** Their start days (migration 7). */
    START_DAYS,
    /** Their start days and the days of those told as a wider period (migration 18). */
    START_DAYS_AND_WIDER_PERIODS;

    static KeptDays of(int schemaVersion) {
        if (schemaVersion >= Migration18WiderPeriods.VERSION) {
            return START_DAYS_AND_WIDER_PERIODS;
        }
        return schemaVersion >= Migration7MergeState.VERSION ? START_DAYS : NONE;
    }

    boolean startDays() {
        return this != NONE;
    }

    boolean widerPeriods() {
        return this == START_DAYS_AND_WIDER_PERIODS;
    }
}
