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
 * <p>Only between two documents (one article's sentences share their topic's words, whatever their happening), only
 * when the shorter clause has at most three quarters of the longer's words (two clauses of much the same length are
 * two tellings the Jaccard overlap compares: two deeds of one case, 再逮捕 and 起訴, told in nine words each share five),
 * and when at least {@link #SHARED} words, half the shorter's, are the longer's. The points stand in for the overlap's,
 * not beside them: the same words are not counted twice. Subjects, places and objects that conflict still keep two
 * happenings apart.
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

    /** The blocking key of a word of a report's clause ({@link EventMerger}): every report files one for each of its words. */
    static final String KEY = "m:";

    /**
     * How many of its words a report seeks reports by: a few, not all, so that a day of many posts compares each with
     * no more than the posts holding those words. Chosen by their hash, not their order, so that two tellings choose
     * alike; a retelling half of whose words are the report's holds one of them with odds of seven in eight or so.
     */
    static final int SOUGHT = 3;

    private RetoldInFewerWords() {
    }

    /** Adds the keys of the {@link #SOUGHT} words of a report's clause of the smallest hash (ties: by the words). */
    static void addSoughtKeys(java.util.List<String> sought, java.util.List<String> words) {
        String[] chosen = new String[SOUGHT];
        for (String w : words) {
            String carried = w;
            for (int i = 0; i < SOUGHT && carried != null; i++) {
                if (chosen[i] == null || before(carried, chosen[i])) {
                    String out = chosen[i];
                    chosen[i] = carried;
                    carried = out;
                }
            }
        }
        for (String w : chosen) {
            if (w != null) {
                sought.add(KEY + w);
            }
        }
    }

    private static boolean before(String a, String b) {
        return a.hashCode() < b.hashCode() || a.hashCode() == b.hashCode() && a.compareTo(b) < 0;
    }

    /**
     * How many of the shorter report's words the longer one has, when one of two documents retells the other's
     * happening in fewer words; 0 when not so.
     */
    static int sharedWords(ResolvedReport a, ResolvedReport b) {
        if (a.report().source().documentKey().equals(b.report().source().documentKey())) {
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
