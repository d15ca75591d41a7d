package app.nenpyo.temporal;

/** Which way a sentence points in time, for dates whose month or year is not written. */
enum Lean {
    /** Reported as done: した, 述べた, 始まった. */
    PAST,
    /** Planned or coming: 予定, 行われる, 方針, 開幕する, 〜へ. */
    FUTURE,
    /**
     * A sentence that ends in a verb's plain form other than る (株主総会を開く。): mostly what is
     * coming, but news also tells the past so (両社は提携を結ぶ。), so it only tips the balance.
     */
    LEANING_FUTURE,
    /** Nothing said either way. */
    NEUTRAL,
    /**
     * Figures of a quarter or a half told as out (上半期の決算を発表した): only a period over by the
     * document date, though one begun days before is nearer.
     */
    OVER;

    /** Whether the sentence tells what is done. */
    boolean past() {
        return this == PAST || this == OVER;
    }
}
