package app.nenpyo.temporal;

import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;

/**
 * The day a time of day written without its day is on: the story's day, which is not always the
 * article's.
 *
 * <ol>
 *   <li>A date earlier in its sentence: 23日も…熊谷市では午後2時16分に41.1度を観測し → the 23rd.</li>
 *   <li>Else the day of the last clock time told (a dateline's is none): 1日午後4時10分ごろ、…地震があり。気象庁は午後4時22分、
 *       → the 1st, in an article of the 2nd; 11日午前9時半すぎ…。近くでは10日深夜にも、不審火があった。
 *       消防は正午から → the 11th, the story's day, not the aside's.</li>
 *   <li>Else the day of the last part of a day told: 23日夜、…開会式が行われ、8月8日までの…。開会式は午後8時に
 *       始まり → the 23rd, not the end of the Games.</li>
 *   <li>Else the day told before with the happening its sentence has for topic: 停戦合意が19日、発効した。
 *       発効は当初、午前8時半の予定だった → the 19th.</li>
 *   <li>Else the latest single day the sentence right before it told, in its paragraph (a line a page's width wrapped
 *       breaks none), of those written without their year, no limit of a period (14日まで) and of the week up to the
 *       article's day: スーパーは6日、備蓄米の販売を始めた。開店前の午前8時ごろには約200人が列をつくり → the 6th;
 *       会談は5日に行われた。午後3時に終わった。 → the 5th (session 36: it had been the article's day; set twelve's
 *       writer reads the day before, three times); 首相は10日、3日に死去した元首相の弔問に訪れた。午後1時には → the
 *       10th, not the 3rd. None after days listed (試験は1日、3日、5日に行われた), 1950年5月3日生まれ or
 *       先月3日のことだ. Sentences between that tell no date at all move the story to no other day (session 40):
 *       第4局が11日、京都市で指され、…奪取した。これで八冠となった。対局は午前9時に始まり → the 11th, in an article of
 *       the 12th; a sentence telling a month, a year or another day between ends it. Known weakness: sentences of a
 *       plan or a state between hold it too (市は3日、計画を発表した。計画は5年間で完成させる。反対する住民もいる。
 *       住民団体は午前10時から集会を開いた → the 3rd); ending the hold at such a sentence took two right days from a
 *       blind set (session 40).</li>
 *   <li>Else none: the resolver takes the article's day.</li>
 * </ol>
 *
 * <p>A later day told moves the story on: 地震は12日午後に起きた。市は14日、…設けた。委員会は午前10時に
 * → not the 12th (the 14th, by its topic). Nor is a time told as coming (午後3時から会見を開く。) on a
 * day before the article's, whichever of these gave it: 首相は13日夜、…会談した。首相は午前11時から
 * 記者会見を開く。 → the article's day.
 *
 * <p>Known weakness: a time that opens a new story of the article's own day after another day was
 * told, in the past (…20日に発表した。…午後3時に会見した), is put on the day told.
 */
final class DayOfATime {
    /** What makes a day told a bound of a period, not a day the story goes on to: 8月8日までの, 20日から. */
    private static final Words LIMITS = new Words("まで", "から", "以降", "以前", "以来", "以後");

    private TimeValue clockDay;
    private TimeValue partOfDayDay;

    /**
     * Takes a resolved date or time: a single day with a clock time or a part of the day, not the
     * time a dateline gives the clipping (2025/01/20 11:40 on a line of its own), which no story happened at;
     * {@code documentDate} (or null) tells a plan, a day after it.
     */
    void told(TimeValue value, Expr e, char[] c, LocalDate documentDate) {
        if (!value.start().equals(value.end()) || dateline(e, c)) {
            return;
        }
        // 14日午前に発生した。政府は16日、本部を設置した。本部は午後3時に: the story has moved on to a later
        // day; an earlier one told after (10日深夜にも、 after 11日午前9時半) is an aside, a limit
        // (8月8日までの17日間) no day of the story, and a day after the article's a plan (15日に訪米する): they move nothing
        boolean aLimit = aLimit(c, e.end) || documentDate != null && value.start().isAfter(documentDate);
        if (clockDay != null && value.start().isAfter(clockDay.start()) && !aLimit) {
            clockDay = null;
        }
        if (partOfDayDay != null && value.start().isAfter(partOfDayDay.start()) && !aLimit) {
            partOfDayDay = null;
        }
        if (value.startTime() != null) {
            clockDay = TimeValue.day(value.start());
        } else if (e.dayPart != null) {
            partOfDayDay = TimeValue.day(value.start());
        }
    }

    /** Whether the date ending at {@code end} is a bound of a period (8月8日までの, 20日から), no day of the story. */
    static boolean aLimit(char[] c, int end) {
        return LIMITS.at(c, end) != null;
    }

    /** How many days before the article's a day told in the sentence before a time may still be its day. */
    private static final int STORY_DAYS = 7;

    /** Whether {@code day} is of the week up to the article's day (a story's day, not one recalled: 先月3日のことだ). */
    static boolean justBefore(TimeValue day, LocalDate documentDate) {
        return !day.start().isAfter(documentDate) && !day.start().isBefore(documentDate.minusDays(STORY_DAYS));
    }

    /** Whether a date with its year opens a line that has no clause after it (2025/01/20 11:40, 2019年3月25日 夕刊). */
    private static boolean dateline(Expr e, char[] c) {
        if (!e.hasYear()) {
            return false;
        }
        int k = e.start;
        while (k > 0 && c[k - 1] == ' ') {
            k--;
        }
        if (k > 0 && c[k - 1] != '\n') {
            return false;
        }
        for (int j = e.end; j < c.length && c[j] != '\n'; j++) {
            if (c[j] == '、' || c[j] == '。') {
                return false;
            }
        }
        return true;
    }

    /**
     * The day for a time of day without its day: {@code inSentence}, the last date in its sentence,
     * else the days told before, else {@code ofTheTopic}, the day told with its sentence's topic,
     * else {@code ofTheSentenceBefore}, the day the sentence right before told in its paragraph (each
     * may be null); none of these when it is before {@code documentDate} and the time is told
     * {@code ahead}, as coming.
     */
    TimeValue day(TimeValue inSentence, TimeValue ofTheTopic, TimeValue ofTheSentenceBefore, boolean ahead, LocalDate documentDate) {
        if (inSentence != null) {
            return inSentence;
        }
        TimeValue toldBefore = clockDay != null ? clockDay : partOfDayDay != null ? partOfDayDay
                : ofTheTopic != null ? ofTheTopic : ofTheSentenceBefore;
        if (toldBefore != null && ahead && toldBefore.start().isBefore(documentDate)) {
            // 首相は14日午前、…協議した。首相は午後3時から記者会見を開く。: what is coming is not on a day gone
            return null;
        }
        return toldBefore;
    }
}
