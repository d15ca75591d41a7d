package app.nenpyo.temporal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A month alone made the time of a sentence's topic, lending itself to the day told after the topic:
 * 3月の警報は、16日夜の地震で発電所が止まったことが引き金だった → 16 March, where the day alone would be read in
 * the month before the article; 3月の総会は10日に開かれた likewise, and the month itself the topic: 7月は1日のレジ袋
 * 有料化に始まり、2日未明には → 1 July (and the 2nd with it, the month lent by the day).
 *
 * <p>Not lent when the day is that of making the month's thing known or decided, which comes in another
 * month: 9月の貿易統計は、17日に公表される, 9月の消費者物価指数は、25日に総務省が発表した, 7月の参院選は、22日に
 * 公示される, 4月の定期異動は、15日に内示された (what is announced, published, proclaimed, approved or decided
 * after the day); nor when the day's tense points away from the month (a day told ahead of a month before the
 * article's, or told done of a month after it). Known weakness: a deed of another month told with a verb
 * not listed (9月の統計は、10日にまとまった) still takes the month.
 */
final class TopicsMonth {
    /** Verbs of making a thing known or decided, whose day lies apart from the month of the thing. */
    private static final Words MADE_KNOWN = new Words("発表", "公表", "公示", "告示", "内示", "認可", "決定", "決め", "決ま", "承認",
            "通知", "明らかに", "閣議", "まとめ");

    private TopicsMonth() {
    }

    /**
     * Where a day lending its month from a month alone would begin, when that month is the time of
     * the sentence's topic: 3月の警報は、16日夜の地震が引き金だった → the index of 16日. Only nouns stand between
     * the month's の and the topic's は, so that a clause told with a verb (3月に就任した市長は16日、) keeps the
     * day the article's own. -1 when not so.
     */
    static int dayAfterItsTopic(char[] c, int monthEnd, int sentenceEnd) {
        if (Chars.at(c, monthEnd, "は")) {
            // 7月は1日のレジ袋有料化に始まり: the month itself the topic, its days told right after it
            int k = monthEnd + 1;
            return k < sentenceEnd && (c[k] == '、' || c[k] == ',') ? k + 1 : k;
        }
        if (!Chars.at(c, monthEnd, "の")) {
            return -1;
        }
        int k = monthEnd + 1;
        while (k < sentenceEnd && Chars.isNounChar(c[k])) {
            k++;
        }
        if (k == monthEnd + 1 || k >= sentenceEnd || c[k] != 'は') {
            return -1;
        }
        k++;
        return k < sentenceEnd && (c[k] == '、' || c[k] == ',') ? k + 1 : k;
    }

    /**
     * Whether the topic's month lends itself to the day ending at {@code dayEnd}: no verb of making known or
     * deciding after the day in its sentence, and the day's lean not pointing away from the month.
     */
    static boolean lends(YearMonth month, char[] c, int dayEnd, int sentenceEnd, Lean lean, LocalDate document) {
        YearMonth documentMonth = YearMonth.from(document);
        boolean ahead = lean == Lean.FUTURE || lean == Lean.LEANING_FUTURE;
        if (ahead && month.isBefore(documentMonth) || lean.past() && month.isAfter(documentMonth)) {
            return false;
        }
        for (int k = dayEnd; k < Math.min(sentenceEnd, c.length); k++) {
            if (MADE_KNOWN.at(c, k) != null) {
                return false;
            }
        }
        return true;
    }
}
