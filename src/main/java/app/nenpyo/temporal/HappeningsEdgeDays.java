package app.nenpyo.temporal;

/**
 * 初日 and 最終日 told alone, the first or last day of a happening the text told before with its day: what
 * the scanner reads as a day counted from another ({@link DateFinder} finds which).
 *
 * <pre>
 *   旅館が21日、営業を再開した。…初日の宿泊客約40人を   → 初日, the 21st (the latest day told before it)
 *   動物公園は14日、営業を再開した。今月10日の脱走を受け…。再開の初日は → 初日, the 14th (the day told with 再開)
 *   名古屋場所は7月7日に初日を迎える。                   → none: the word as the verb's object
 *   初日の6日は, 初日の出, 最終日曜                        → none: a day written after it (read by DayNamedBeside), the
 *                                                         New Year's sunrise, the last Sunday
 * </pre>
 *
 * <p>The word stands before the topic, a comma, だけ, に, も, or の and a noun (初日の献立); a name right
 * before it (再開初日, 開業初日, 大会最終日, 再開の初日) is the happening whose day it takes. Known weakness: a
 * happening of several days told ahead (来月6日と7日の2日間開く。初日は) gives no day, as only days up to the
 * article's are read for it; writers of sets seven and nine left the word alone unkeyed (再開の初日は, 初日は朝から雨).
 */
final class HappeningsEdgeDays {
    static final int FIRST = 1;
    static final int LAST = 2;
    private static final Words WORDS = new Words("初日", "最終日");
    private static final String AFTER = "は、だにもの";

    private HappeningsEdgeDays() {
    }

    /** {@link #FIRST} or {@link #LAST} when the word at {@code p} is one told alone, else 0. */
    static int at(char[] c, int p) {
        String w = WORDS.at(c, p);
        if (w == null) {
            return 0;
        }
        int q = p + w.length();
        if (q >= c.length || AFTER.indexOf(c[q]) < 0 || c[q] == 'だ' && !Chars.at(c, q, "だけ")
                || c[q] == 'の' && !nounAfter(c, q + 1)) {
            return 0;
        }
        return w.equals("初日") ? FIRST : LAST;
    }

    static int length(int edge) {
        return edge == FIRST ? 2 : 3;
    }

    /** 初日の献立, 初日の宿泊客: a noun after の; not a day (初日の6日, 初日の同じ12日) nor 初日の出. */
    private static boolean nounAfter(char[] c, int k) {
        return k < c.length && (Chars.isKanji(c[k]) || Chars.isKatakana(c[k])) && c[k] != '出' && c[k] != '同'
                && c[k] != '翌' && c[k] != '前' && c[k] != '当' && !Numerals.isKanjiNumeral(c[k]);
    }
}
