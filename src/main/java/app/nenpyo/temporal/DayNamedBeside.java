package app.nenpyo.temporal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The month of a day alone written after the word that says which day it is beside (前日の5日,
 * 翌日の9日, 前々日の3日, 当日の10日, 同じ日の10日): the day that word counts to from a day told before it, or from the
 * article's own, whichever gives that number, the latest told first; after a word counting from the article's
 * day (一昨日の13日, 昨日の14日, 今日の15日), from the article's alone; so too right after such a word with nothing
 * between (昨日17日, あす19日), when the number lies within three days of the word's day. The written day is the mention
 * (ExpressionScanner.dayNamedAfter); this only says its month, where the month of a date written
 * earlier in the sentence would be wrong.
 *
 * <pre>
 *   (article of 2025-05-07) 議会は6日、首相を選出した。…2月23日の総選挙から…、協定には前日の5日に署名した
 *       → 2025-05 (the day before the 6th), not February
 *   (article of 2024-03-02) 判決は1日に言い渡された。被告は翌日の2日に控訴した → 2024-03
 *   (article of 2025-10-15) 4月13日に開幕した万博は、一昨日の13日、閉幕した → 2025-10 (一昨日 counts from the article)
 * </pre>
 * Null when no day told gives that number (期限の前日の29日, the deadline's day not told): the day is
 * read as any day alone.
 *
 * <p>A count of days before the day and の says which the same way, from the days the story told since the last year
 * or month (not a bound of a period) (5日後の25日 after 2024年1月20日, in an article of 20
 * January 2025 → 2024-01, session 40), and so does a noun naming a day by its part (初日の6日 after 来月6日と7日: the
 * 6th told).
 *
 * <p>Known weakness: only days written as dates count; a day told by its weekday alone does not.
 */
final class DayNamedBeside {
    /** The words of the article's day a day is written right after, with nothing between: 昨日17日, あす19日, 本日18日. */
    private static final List<String> ARTICLES_DAYS = List.of("一昨日", "おととい", "昨日", "きのう", "今日", "きょう", "本日", "明日",
            "あした", "あす");
    /** Those of them a day is written after with の: 昨日の14日 (not 明日の, which names a day to come). */
    private static final List<String> ARTICLES_DAYS_WITH_NO = ARTICLES_DAYS.stream().filter(w -> !w.equals("明日") && !w.equals("あした")
            && !w.equals("あす")).map(w -> w + "の").toList();
    private static final Words BESIDE = new Words(Stream.of(List.of("前々日の", "翌々日の", "前日の", "翌日の", "当日の", "同日の", "同じ日の"),
            ARTICLES_DAYS_WITH_NO, ARTICLES_DAYS).flatMap(List::stream).toArray(String[]::new));
    /**
     * Nouns naming a day by its part in a happening, before the day and の (初日の6日, 最終日の7日, 投票日の6日): that day
     * was told before (来月6日と7日の2日間開く。初日の6日は → the 6th told, in its month). Not 平日の, 休日の, 本日の.
     */
    private static final Words DAYS_BY_THEIR_PART = new Words("初日の", "最終日の", "開幕日の", "閉幕日の", "開会日の", "閉会日の",
            "投開票日の", "投票日の", "開票日の", "公示日の", "告示日の", "発売日の", "開業日の", "開店日の", "開催日の", "決勝日の");
    /** The words that count from the article's own day, not from a day told: 一昨日の13日 (article of the 15th). */
    private static final Words FROM_THE_ARTICLE = new Words(Stream.concat(ARTICLES_DAYS_WITH_NO.stream(), ARTICLES_DAYS.stream())
            .toArray(String[]::new));
    private static final Set<String> RIGHT_BEFORE_A_DAY = Set.copyOf(ARTICLES_DAYS);
    /** How far the day written may lie from the one the word counts to: an article dated the day after it was written. */
    private static final int DAYS_OFF = 3;

    private DayNamedBeside() {
    }

    /** Whether a day word (前日, 一昨日, 同じ日) is one whose day a day written after it with の names. */
    static boolean namesTheDayAfter(String word) {
        char[] written = (word + "の").toCharArray();
        String found = BESIDE.at(written, 0);
        return found != null && found.length() == written.length;
    }

    /**
     * Whether a day word of the article's day (昨日, あす, 本日) is one the day {@code day} written right after it names:
     * 昨日17日 in an article of the 18th (or up to {@value #DAYS_OFF} days from it), the day written is the mention and
     * the word says only its month; not 今日1日 of the 18th (all of today: both read as before).
     */
    static boolean namesTheDayRightAfter(String word, long day, LocalDate document) {
        return RIGHT_BEFORE_A_DAY.contains(word) && nearest(document.plusDays(offset(word)), day) != null;
    }

    /** How many days from the day it is beside the word counts: 前日の −1, 翌々日の 2, 本日 0. */
    private static int offset(String word) {
        return switch (word) {
            case "前々日の", "一昨日の", "おとといの", "一昨日", "おととい" -> -2;
            case "翌々日の" -> 2;
            case "前日の", "昨日の", "きのうの", "昨日", "きのう" -> -1;
            case "翌日の", "明日", "あした", "あす" -> 1;
            default -> 0;
        };
    }

    /** The day numbered {@code day} within {@value #DAYS_OFF} days of {@code beside}, the nearest first, or null. */
    private static LocalDate nearest(LocalDate beside, long day) {
        if (beside.getDayOfMonth() == day) {
            return beside;
        }
        for (int off = 1; off <= DAYS_OFF; off++) {
            if (beside.minusDays(off).getDayOfMonth() == day) {
                return beside.minusDays(off);
            }
            if (beside.plusDays(off).getDayOfMonth() == day) {
                return beside.plusDays(off);
            }
        }
        return null;
    }

    /**
     * The month of the day {@code day} starting at {@code at}, given the days told before it
     * ({@code toldBefore}, in text order, asked for only when such a word is written before the day), those of them
     * the story went through ({@code storyDays}: no bound of a period, none before a year or month told since) and
     * the article's date; null when it is not written after such a word or no day gives its number.
     */
    static YearMonth month(char[] c, int at, long day, Supplier<List<LocalDate>> toldBefore, Supplier<List<LocalDate>> storyDays,
            LocalDate document) {
        String word = BESIDE.before(c, at);
        if (word == null) {
            Integer counted = daysCountedBefore(c, at);
            if (counted == null && DAYS_BY_THEIR_PART.before(c, at) != null) {
                counted = 0;
            }
            LocalDate told = counted == null ? null : toldDayBeside(day, counted, storyDays.get());
            return told == null ? null : YearMonth.from(told.plusDays(counted));
        }
        int offset = offset(word);
        boolean fromTheArticle = FROM_THE_ARTICLE.before(c, at) != null;
        // 会期は10月13日までの…。開会式は前日の12日: a day of the story first; a bound only when none gives the number
        // (受け付けは4月30日までだった。前日の29日には)
        LocalDate told = fromTheArticle ? null : toldDayBeside(day, offset, storyDays.get());
        if (told == null && !fromTheArticle) {
            told = toldDayBeside(day, offset, toldBefore.get());
        }
        if (told != null) {
            return YearMonth.from(told.plusDays(offset));
        }
        LocalDate beside = document.plusDays(offset);
        // 昨日17日 in an article dated the 19th, the day after it was written: the nearest day of that number
        LocalDate near = RIGHT_BEFORE_A_DAY.contains(word) ? nearest(beside, day) : beside.getDayOfMonth() == day ? beside : null;
        return near != null ? YearMonth.from(near) : null;
    }

    /**
     * The days a count written right before a day and の moves by (5日後の25日 → 5, 2日前の8日 → −2), or null. The
     * count runs from a day told before (写真が公開されたのは、1月20日の着陸から5日後の25日); the article's own day is
     * none of it: with no day told that gives the number, the day is read as any day alone.
     */
    private static Integer daysCountedBefore(char[] c, int at) {
        int k = at - 4;
        if (k < 0 || c[at - 1] != 'の' || c[at - 3] != '日' || c[at - 2] != '後' && c[at - 2] != '前') {
            return null;
        }
        int days = 0;
        int scale = 1;
        for (; k >= 0 && Chars.isDigit(c[k]) && scale <= 100; k--) {
            days += (c[k] - '0') * scale;
            scale *= 10;
        }
        if (scale == 1 || days == 0) {
            return null;
        }
        return c[at - 2] == '後' ? days : -days;
    }

    /**
     * The latest of the days told (in text order) that lies {@code offset} days from a day numbered
     * {@code day}; null when none does. 翌13日 after 12日に脱線し… and 14日に調べた: the 12th, whose next day is
     * the 13th, not the 14th, told last.
     */
    static LocalDate toldDayBeside(long day, int offset, List<LocalDate> daysTold) {
        for (int k = daysTold.size() - 1; k >= 0; k--) {
            if (daysTold.get(k).plusDays(offset).getDayOfMonth() == day) {
                return daysTold.get(k);
            }
        }
        return null;
    }
}
