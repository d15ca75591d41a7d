package app.nenpyo.temporal;

/**
 * 初日 and 最終日 told alone, the first or last day of a happening the text told before with its day: what
 * the scanner reads as a day counted from another ({@link DateFinder} finds which).
 *
 * <pre>
 *   旅館が21日、営業を再開した。…初日の宿泊客約40人を   → 初日, the 21st (the day told reopening)
 *   音楽祭は15日に開幕し、17日に閉幕した。初日は        → 初日, the 15th; 最終日は the 17th
 *   動物公園は14日、営業を再開した。今月10日の脱走を受け…。再開の初日は → 初日, the 14th (the day told with 再開)
 *   事業が22日始まり、…温泉では、初日から予約客が到着した → 初日, the 22nd
 *   名古屋場所は7月7日に初日を迎える。                   → none: the word as the verb's object
 *   初日の6日は, 初日の出, 最終日曜                        → none: a day written after it (read by DayNamedBeside), the
 *                                                         New Year's sunrise, the last Sunday
 * </pre>
 *
 * <p>The word stands before the topic, a comma, だけ, に, も, から (初日から予約客が), or の and a noun (初日の献立); a name right
 * before it (再開初日, 開業初日, 大会最終日, 再開の初日) is the happening whose day it takes; else the last day told
 * whose clause begins (ends) a happening (15日に開幕し、17日に閉幕した。初日は → the 15th), else the latest day told
 * up to the article's. Known weaknesses: a happening's start told with none of the words of {@link #toldAtItsEdge}
 * after a later day of another happening (チケットは10日に発売された) takes that day; writers of sets seven and nine
 * left the word alone unkeyed (再開の初日は, 初日は朝から雨).
 */
final class HappeningsEdgeDays {
    static final int FIRST = 1;
    static final int LAST = 2;
    private static final Words WORDS = new Words("初日", "最終日");
    private static final String AFTER = "は、だにものか";

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
                || c[q] == 'か' && !Chars.at(c, q, "から") || c[q] == 'の' && !nounAfter(c, q + 1)) {
            return 0;
        }
        return w.equals("初日") ? FIRST : LAST;
    }

    /** Words after a day that make it a happening's first: 15日に開幕し, 1日から, 28日、…運行を再開した. */
    private static final Words BEGINNINGS = new Words("から", "開幕", "開会", "開始", "始ま", "始め", "再開", "開業", "開館",
            "開店", "開園", "開通", "オープン", "初日を迎え", "山開き", "幕を開け");
    /** Words after a day that make it a happening's last: 17日に閉幕した, 31日に幕を下ろした, 14日まで. */
    private static final Words ENDINGS = new Words("まで", "閉幕", "閉会", "終了", "終わ", "最後", "幕を下ろ", "閉店", "閉館",
            "閉園", "最終日を迎え");

    /** Whether the text after a day, up to {@code to}, tells it begins (or, not {@code first}, ends) a happening. */
    static boolean toldAtItsEdge(char[] c, int from, int to, boolean first) {
        Words words = first ? BEGINNINGS : ENDINGS;
        for (int k = from; k < to; k++) {
            if (c[k] == '。') {
                return false;
            }
            if (words.at(c, k) != null) {
                return true;
            }
        }
        return false;
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
