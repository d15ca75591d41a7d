package app.nenpyo.domain;

/**
 * How coarse a resolved {@link TimeValue} is: what the writer actually said, not just the
 * interval it covers. {@code 1月} and {@code 1月1日〜31日} cover the same days but are a MONTH and
 * a RANGE.
 */
public enum Granularity {
    /** One calendar day: 10日, 2022年1月10日, 昨日. May carry a time of day. */
    DAY,
    /** A Monday–Sunday ISO week: 先週, 来週. */
    WEEK,
    /** Saturday and Sunday: 週末, 今週末. */
    WEEKEND,
    /** A calendar month: 1月, 来月. */
    MONTH,
    /** A third or an edge of a month: 上旬 (1–10), 中旬 (11–20), 下旬 (21–end), 月末. */
    PART_OF_MONTH,
    /** A calendar or fiscal quarter: 第1四半期, 1〜3月期. */
    QUARTER,
    /** A half year: 上半期, 下半期. */
    HALF_YEAR,
    /** A season: 春 (Mar–May), 夏 (Jun–Aug), 秋 (Sep–Nov), 冬 (Dec–Feb of the next year). */
    SEASON,
    /** A part of a year: 年初, 年明け (January), 年末 (December). */
    PART_OF_YEAR,
    /** A calendar year: 2022年, 昨年. */
    YEAR,
    /** A Japanese fiscal year, April to March: 2022年度 is 2022-04-01/2023-03-31. */
    FISCAL_YEAR,
    /** Any other interval, mostly explicit ranges: 2日から10日まで, 2〜10日. */
    RANGE
}
