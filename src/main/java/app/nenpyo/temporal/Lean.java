package app.nenpyo.temporal;

/** Which way a sentence points in time, for dates whose month or year is not written. */
enum Lean {
    /** Reported as done: した, 述べた, 始まった. */
    PAST,
    /** Planned or coming: 予定, 行われる, 方針, 開幕する, 〜へ. */
    FUTURE,
    /** Nothing said either way. */
    NEUTRAL
}
