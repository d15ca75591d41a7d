package app.nenpyo.events;

/**
 * A happening another article retells in fewer words, most of them the report's: a blogger's or a later article's
 * clause keeps the names and the deed of the news and drops the rest (its time, its figures, who said so), so the two
 * share few words of the longer one and the overlap of their words ({@link Similarity}'s Jaccard, from 0.3) says
 * nothing, though nearly every word the retelling has is the report's.
 *
 * <pre>
 *   滋賀県湖北市で24日に開かれた湖北ハーフマラソンで、先頭を走っていた6人が誘導員の指示でコースを外れ、…ゴールしていた
 *   (13 words) and 先週日曜の湖北ハーフ、私も走っていましたが、ゴール後に先頭集団のコース間違いを聞いて驚きました (10 words):
 *   湖北, 走る, ゴール, 先頭, コース shared, half the shorter's words → one happening (+2)
 *   桜台市は14日、…男性教諭と当時の校長に約175万円を請求すると発表した and 14日に市が請求を発表してから各紙の論調が…:
 *   桜台, プール, 水, 請求, 発表 of ten words → one happening (+2)
 * </pre>
 *
 * <p>Only between two documents (one article's sentences share their topic's words, whatever their happening) and
 * of one category (a meeting retold in a rebuttal's words is another happening), only
 * when the shorter clause has at most three quarters of the longer's words (two clauses of much the same length are
 * two tellings the Jaccard overlap compares: two deeds of one case, 再逮捕 and 起訴, told in nine words each share five),
 * and when at least {@link #SHARED} words, half the shorter's, are the longer's. The points stand in for the overlap's,
 * not beside them: the same words are not counted twice. Subjects, places and objects that conflict still keep two
 * happenings apart.
 *
 * <p>Found only where another key of the merge brings the two together (a head word of one among the other's words, a
 * subject, a place): a key for every word made two speakers' same words, and a body's consent to a mayor's resignation,
 * meet and merge by their shared words (decision 0043's addendum of 2026-12-16).
 *
 * <p>Near misses: the same two clauses in one article; a town's festival on the day of its race, told by a blogger in
 * four of the race's words (南浜, 選手, 走る, ゴール) of nine. Known weakness: four of eight join it, and a blogger's line
 * on a day's second happening in the first's words (the same town, the same race, the same crowd) joins the first.
 */
final class RetoldInFewerWords {

    /** The fewest words the retelling shares with the report: three are a town, its festival and a verb. */
    static final int SHARED = 4;

    /** The points of a retelling, beside the category's: enough with it and no more. */
    static final double POINTS = 2;

    private RetoldInFewerWords() {
    }

    /**
     * How many of the shorter report's words the longer one has, when one of two documents retells the other's
     * happening in fewer words; 0 when not so.
     */
    static int sharedWords(ResolvedReport a, ResolvedReport b) {
        if (a.report().source().documentKey().equals(b.report().source().documentKey())
                || a.report().category() != b.report().category()) {
            // a retelling tells the same kind of happening: a minister's meeting in four of a spokesman's rebuttal's eight
            // words, the same minister named, is another happening (the generated posts, session 40)
            return 0;
        }
        int shorter = Math.min(a.wordIds().length, b.wordIds().length);
        int longer = Math.max(a.wordIds().length, b.wordIds().length);
        if (shorter < SHARED || 4 * shorter > 3 * longer) {
            return 0;
        }
        int shared = Similarity.intersection(a.wordIds(), b.wordIds());
        return shared >= SHARED && 2 * shared >= shorter ? shared : 0;
    }

    /** The reason the analyst reads: {@code retold in fewer words (5 of the shorter report's 10 words)}. */
    static String said(ResolvedReport a, ResolvedReport b, int shared) {
        return "retold in fewer words (" + shared + " of the shorter report's "
                + Math.min(a.wordIds().length, b.wordIds().length) + " words)";
    }
}
