package app.nenpyo.temporal;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.TimeValue;

/**
 * What the scanner read, before resolution: which fields were written and how (absolute, relative
 * to the document, relative to the previous date). One instance per found expression; a range
 * links its second end in {@link #to}.
 *
 * <p>Example: 来月4日に → month {@code DOC +1}, day {@code ABS 4}; 同月10日 → month {@code PREV 0},
 * day {@code ABS 10}; 2〜10日 → day {@code ABS 2}, {@code dayTo 10}.
 */
final class Expr {
    static final int NONE = 0;
    /** Written as a number: 2022年, 1月, 10日. */
    static final int ABS = 1;
    /** Relative to the document date: 昨年, 来月, 昨日 (the field holds the offset). */
    static final int DOC = 2;
    /** Relative to the previous date in the text: 同年, 翌月, 前日 (the field holds the offset). */
    static final int PREV = 3;

    static final int SPRING = 1, SUMMER = 2, AUTUMN = 3, WINTER = 4;
    /** Parts of a year: 年初, 年末, 年末年始, and the holidays named by the whole country (ゴールデンウィーク, お盆). */
    static final int YEAR_START = 1, YEAR_END = 2, YEAR_TURN = 3, GOLDEN_WEEK = 4, OBON = 5, NEW_YEARS_DAYS = 6;
    /** Parts of a month; 月末 is its last day, {@code MONTH_LAST_DAY} a 月末 that names an edge (6月末まで, 3月末で退任, 10月末時点). */
    static final int EARLY = 1, MIDDLE = 2, LATE = 3, MONTH_END = 4, MONTH_START = 5, MONTH_LAST_DAY = 6;

    /** Read after 毎年, 毎月 or 毎週 (毎年3月11日): it comes back every year, so it is no one date. */
    boolean recurring;
    int start;
    int end;
    DateMention.Kind kind = DateMention.Kind.DATE;

    int yearMode;
    long year;
    /** 95年1月17日, 22～24年度: a year of two digits, whose century is the document's nearest. */
    boolean twoDigitYear;
    /** 50年の排出実質ゼロ, 30年までに: a two-digit year a goal is set for, read ahead of the document's year. */
    boolean goalYear;
    /** The era of the start of the range this is the end of (令和4年12月から5年1月): its short years are of it. */
    Eras.Era eraOfRange;
    /** The start's year in that era: an end's year before it is not of the era (平成31年4月から5年3月). */
    long eraYearOfRange;
    /** The end of a range (after 〜 or から): a number after から there is its year, not a count from something. */
    boolean rangeEnd;
    Eras.Era era;
    boolean fiscal;
    int quarter;
    int half;
    int season;
    /** 今冬, 昨冬, 来冬: a season counted from the one the document is in (a winter from January to March began the December before). */
    boolean seasonOfNow;
    /** 新年度: the business year begun this April until June, else the one that begins next April. */
    boolean newBusinessYear;
    int yearPart;
    /** 大型連休: Golden Week only in an article of the weeks around it (March to June), where no other long holiday is meant. */
    boolean goldenWeekBySeason;
    long yearTo = -1;
    /** 1990年代. */
    boolean decade;

    int monthMode;
    long month;
    int monthPart;
    long monthTo = -1;
    /** 2023年3月期: the business year that ends with that month. */
    boolean periodEndingMonth;
    /** 2023年9月中間: the half business year that ends with that month (中間決算, 中間期). */
    boolean halfEndingMonth;

    /** 翌1日: the first day of that number after the previous date, in its month or the next. */
    boolean dayAfterPrevious;
    /** 初日 (1) or 最終日 (2) told alone: the first or last day of a happening told before ({@link HappeningsEdgeDays}). */
    int edgeOfAHappening;
    int dayMode;
    long day;
    long dayTo = -1;

    int weekMode;
    int week;
    boolean weekend;
    /** 週末 without 今週/先週: which weekend depends on the sentence's tense. */
    boolean bareWeekend;
    /** 先週金曜日: {@link #weekday} names a day of the week, not a check. */
    boolean weekdayInWeek;
    /** 金曜日 alone, without 今週/先週: which one depends on the sentence's tense. */
    boolean bareWeekday;
    /** 週明け: the Monday that opens the week. */
    boolean weekStart;
    /** 週明け5日: the day of the month written right after 週明け, which says which week's start (0: none). */
    long dayWrittenAfter;

    /** N units before (negative) or after the anchor: 3日前 → relN -3, relUnit 'd'. */
    long relN;
    /** 'd', 'w', 'm', 'y', or {@link #MINUTES}. */
    char relUnit;
    /** 約2時間後, 30分前: minutes (relN) from the last time of day told in the paragraph. */
    static final char MINUTES = 'n';
    boolean relToPrevious;

    /** ISO day of week 1 (Monday) … 7 (Sunday) written after the date, 0 when none. */
    int weekday;
    /** 2月の第2日曜: which of its month's such weekdays the day is (2), with {@link #weekdayOfTheMonth} (7); 0 when none. */
    int nthOfTheMonth;
    int weekdayOfTheMonth;
    int hour = -1;
    int minute = -1;
    String dayPart;

    boolean localTime;
    boolean japanTime;
    boolean approximate;
    /** Why the expression cannot be a date, or null. */
    String invalid;

    /** 2023年度から5年間: a span of this many {@link #lengthUnit}s ('y' or 'm') from the date's start. */
    long lengthN;
    /** 今後1週間: a length from the day told (the document's, or the one before it in its sentence). */
    boolean fromNow;
    char lengthUnit;

    TimeValue.Openness openness = TimeValue.Openness.CLOSED;
    Expr to;

    boolean hasYear() {
        return yearMode != NONE;
    }

    boolean hasMonth() {
        return monthMode != NONE;
    }

    boolean hasDay() {
        return dayMode != NONE;
    }

    boolean isEmpty() {
        return yearMode == NONE && monthMode == NONE && dayMode == NONE && weekMode == NONE && relUnit == 0
                && hour < 0 && season == 0 && yearPart == 0 && monthPart == 0 && !weekend && !weekStart && quarter == 0 && half == 0
                && kind == DateMention.Kind.DATE && invalid == null;
    }

    void invalidate(String reason) {
        if (invalid == null) {
            invalid = reason;
        }
    }
}
