package app.nenpyo.temporal;

import app.nenpyo.domain.DateMention.AnchorKind;
import app.nenpyo.domain.DateMention.Confidence;
import app.nenpyo.domain.DateMention.Flag;
import app.nenpyo.domain.DateMention.Kind;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TimeValue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * Turns a scanned {@link Expr} into a {@link TimeValue}, against the document date or the previous
 * date in the text.
 *
 * <h2>Unwritten month or year: the nearest reading, weighed by the sentence's lean</h2>
 * For 10日 the readings are the 10th of the document's month, of the month before and of the month
 * after; for 12月 (or 上旬 of a month, 年末) the same month in the year before, the same year and
 * the year after. Each reading's distance in days to the document date is weighed: a reading on
 * the side the sentence does not lean to counts six times (twice for a future reading when the
 * sentence says nothing, and twice for a past one when it only leans to the future, {@link
 * Lean#LEANING_FUTURE}), and the smallest wins; a reading on that side is ruled out when it lies
 * more than 1 day ahead of the document for a past sentence, or more than 7 days before it for a
 * future one (clippings are often dated after the article). Against a document of 2022-01-10:
 * <pre>
 *   28日に発表した        → 2021-12-28 (13 days back beats 18×6 ahead)
 *   28日に発表する予定    → 2022-01-28 (18 ahead beats 13×6 back)
 *   11日に発表した        → 2022-01-11 (1×6 ahead beats 30 back: clipping lag, time zones)
 *   12月に               → 2021-12
 *   5日に開幕する         → 2022-02-05 (26 ahead beats 5×6 back)
 *   6月29日に総会を開く。 → 2022-06-29 (170 ahead beats 195×2 back); 28日に提携を結ぶ。 → 2022-01-28 (18 ahead beats 13×2 back)
 *   1月に発表した (doc 2021-11-20) → 2021-01 (2022-01 is more than a day ahead)
 * </pre>
 * A day-only date in the same sentence as an earlier date with a written month takes that month:
 * 昨年3月11日に逮捕され、13日に起訴 → 2021-03-13.
 *
 * <h2>Eras</h2>
 * An era year past the era's end (平成32年) is read as the Gregorian year and flagged DOUBTFUL
 * when the document was written at most a year after the era ended (forms printed before the
 * change), otherwise left unresolved; a date before the era's start (令和元年4月) is read and
 * flagged. 令和0年 is unresolved.
 */
final class Resolver {
    /** A reported (past) event may be dated a day after the document: time zones, late clipping. */
    private static final long PAST_LAG_DAYS = 1;
    /** A planned (future) event may lie a week before the document date: the clipping came late. */
    private static final long FUTURE_LAG_DAYS = 7;
    /**
     * A sentence told as done may still name a day of the coming weeks when the other reading is a
     * year away: the end of a period it tells was set (宣言の期間は5月11日まで, told on 26 April), a
     * holiday ahead (大型連休を含む), a day decided for. News writes another year's date with its year
     * (昨年, 来年), so a month and day within a month ahead is this year's; beyond it the tense rules
     * the reading out (1月に発表した in November is January past).
     */
    private static final long YEARS_APART_PAST_LAG_DAYS = 31;
    private static final long FAR = 1_000_000;
    /** Until June 新年度 is the business year just begun; from July, budgets and plans speak of the next. */
    private static final int NEW_BUSINESS_YEAR_UNTIL_MONTH = 6;

    /** What the resolution of one expression may use. */
    /**
     * {@code previous} is the last resolved date before the expression anywhere in the text;
     * {@code dayOfATime} the day a time of day without its day is on ({@link DayOfATime}), or null
     * for the document's; {@code sentenceMonth} the month of an earlier written month-and-day
     * in the sentence; {@code monthOfDayBefore} the month an earlier day alone in the sentence was
     * read in, when this day comes later in a month than that one (4～7日、…8日と10日), or null;
     * {@code lastTimeOfDay} the last date with a time of day told in the paragraph, which 2時間後
     * counts from, or null.
     */
    record Context(LocalDate document, Lean lean, TimeValue previous, TimeValue dayOfATime,
                   YearMonth sentenceMonth, YearMonth monthOfDayBefore, TimeValue lastTimeOfDay) {
    }

    /** The outcome: a value or a reason, and how it was reached. */
    record Result(TimeValue value, String reason, LocalDate anchor, AnchorKind anchorKind, Confidence confidence,
                  EnumSet<Flag> flags) {
    }

    private static final class Work {
        LocalDate anchor;
        AnchorKind anchorKind = AnchorKind.NONE;
        Confidence confidence = Confidence.CERTAIN;
        String reason = "";
        final EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        List<TimeValue> alternatives = List.of();

        void lower(Confidence c, String why) {
            if (c.ordinal() > confidence.ordinal()) {
                confidence = c;
            }
            if (!why.isEmpty()) {
                reason = reason.isEmpty() ? why : reason + "; " + why;
            }
        }
    }

    private static final class Unresolvable extends Exception {
        private static final long serialVersionUID = 1L;

        Unresolvable(String why) {
            super(why, null, false, false);
        }
    }

    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    Result resolve(Expr e, Context ctx) {
        Work w = new Work();
        try {
            if (e.kind == Kind.DURATION) {
                throw new Unresolvable("a duration: says how long, not when");
            }
            if (e.invalid != null) {
                throw new Unresolvable(e.invalid);
            }
            TimeValue v = point(e, ctx, w);
            if (e.lengthUnit != 0) {
                v = lasting(e, v);
            } else if (e.to != null) {
                v = range(e, v, ctx, w);
            } else if (e.dayTo >= 0 || e.monthTo >= 0 || e.yearTo >= 0) {
                v = innerRange(e, v);
            }
            if (e.openness != TimeValue.Openness.CLOSED) {
                v = v.withOpenness(e.openness);
            }
            if (v.start().getYear() < FIRST_YEAR || v.end().getYear() > LAST_YEAR) {
                // 来年 against 9999-12-31, 一昨年 against 0001-01-01: the time-value grammar writes four-digit years
                throw new Unresolvable("outside the years 0001–9999");
            }
            flags(e, w);
            return new Result(v, w.reason, w.anchor, w.anchorKind, w.confidence, w.flags);
        } catch (Unresolvable u) {
            flags(e, w);
            return new Result(null, u.getMessage(), w.anchor, w.anchorKind, Confidence.UNRESOLVED, w.flags);
        } catch (DateTimeException | ArithmeticException x) {
            return new Result(null, "out of the calendar's range", w.anchor, w.anchorKind, Confidence.UNRESOLVED, w.flags);
        }
    }

    private static void flags(Expr e, Work w) {
        if (e.localTime) {
            w.flags.add(Flag.LOCAL_TIME);
        }
        if (e.japanTime) {
            w.flags.add(Flag.JAPAN_TIME);
        }
        if (e.approximate) {
            w.flags.add(Flag.APPROXIMATE);
        }
        if (e.dayPart != null && e.hour < 0) {
            w.flags.add(Flag.PART_OF_DAY);
            w.reason = w.reason.isEmpty() ? "part of day: " + e.dayPart : w.reason + "; part of day: " + e.dayPart;
        }
    }

    // ------------------------------------------------------------------ one point

    private TimeValue point(Expr e, Context ctx, Work w) throws Unresolvable {
        if (e.relUnit == Expr.MINUTES) {
            return minutesFromTheTimeTold(e, ctx, w);
        }
        boolean needsPrevious = e.yearMode == Expr.PREV || e.monthMode == Expr.PREV || e.dayMode == Expr.PREV
                || e.weekMode == Expr.PREV || e.relToPrevious;
        boolean needsDocument = e.yearMode == Expr.DOC || e.monthMode == Expr.DOC || e.dayMode == Expr.DOC
                || e.weekMode == Expr.DOC || e.relUnit != 0 && !e.relToPrevious;
        LocalDate base = ctx.document();
        if (needsPrevious) {
            if (ctx.previous() != null) {
                base = e.dayMode == Expr.PREV && e.day > 0 || e.relN > 0 ? ctx.previous().end() : ctx.previous().start();
                w.anchor = base;
                w.anchorKind = AnchorKind.PREVIOUS_MENTION;
                w.lower(Confidence.EXACT_RELATIVE, "");
            } else {
                w.anchor = base;
                w.anchorKind = AnchorKind.DOCUMENT;
                w.lower(Confidence.INFERRED, "no earlier date in the text: taken from the document date");
            }
        } else if (needsDocument) {
            w.anchor = base;
            w.anchorKind = AnchorKind.DOCUMENT;
            w.lower(Confidence.EXACT_RELATIVE, "");
        }
        TimeValue v;
        if (e.relUnit != 0) {
            v = relativeUnits(e, base, w);
        } else if (e.weekMode != Expr.NONE) {
            v = week(e, base, ctx.lean(), w);
            if (e.bareWeekday) {
                w.lower(Confidence.INFERRED, "which week inferred from the document date ("
                        + ctx.lean().name().toLowerCase(Locale.ROOT) + ")");
            } else if (e.dayMode == Expr.ABS && v.granularity() != Granularity.DAY) {
                w.lower(Confidence.DOUBTFUL, "the " + e.day + "th is not in that week");
            }
        } else if (e.dayMode == Expr.DOC || e.dayMode == Expr.PREV) {
            v = TimeValue.day(base.plusDays(e.day));
        } else if (e.kind == Kind.TIME) {
            TimeValue day = ctx.dayOfATime();
            LocalDate d = day != null && day.start().equals(day.end()) ? day.start() : ctx.document();
            w.anchor = d;
            w.anchorKind = d == ctx.document() ? AnchorKind.DOCUMENT : AnchorKind.PREVIOUS_MENTION;
            w.lower(Confidence.INFERRED, "a time without its day: day taken from the context");
            v = TimeValue.day(d);
        } else {
            v = calendar(e, ctx, base, w);
        }
        v = weekdayCheck(e, v, w);
        return withTime(e, v);
    }

    /**
     * 11日午前8時ごろ、…火災が発生した。火は約2時間後に消し止められた。 → 2022-01-11T10:00: the time
     * told last, moved by the minutes counted, across midnight if need be.
     */
    private static TimeValue minutesFromTheTimeTold(Expr e, Context ctx, Work w) throws Unresolvable {
        TimeValue told = ctx.lastTimeOfDay();
        if (told == null || told.startTime() == null) {
            throw new Unresolvable("counted from a time of day not told");
        }
        LocalDateTime at = told.start().atTime(told.startTime()).plusMinutes(e.relN);
        w.anchor = told.start();
        w.anchorKind = AnchorKind.PREVIOUS_MENTION;
        w.lower(Confidence.EXACT_RELATIVE, "counted from the time told before it (" + told.format() + ")");
        return TimeValue.dayAt(at.toLocalDate(), at.toLocalTime());
    }

    /**
     * Whether a winter of a year counted back ({@code years} below 0: 昨年の冬, 5年前の冬) is told in January or
     * February, while the winter that began the December before runs: it is counted back from that winter
     * (昨年の冬 on 25 February 2023 → December 2021 to February 2022, as 昨冬 is; not the winter running).
     */
    private static boolean aPastWinterInItsWinter(Expr e, long years, LocalDate base) {
        return e.season == Expr.WINTER && !e.seasonOfNow && years < 0 && base.getMonthValue() <= 2;
    }

    private static TimeValue relativeUnits(Expr e, LocalDate base, Work w) throws Unresolvable {
        if (Math.abs(e.relN) > 100_000) {
            throw new Unresolvable("too far from the anchor to be a date");
        }
        switch (e.relUnit) {
            case 'd':
                return TimeValue.day(base.plusDays(e.relN));
            case 'w':
                w.flags.add(Flag.APPROXIMATE);
                return TimeValue.day(base.plusWeeks(e.relN));
            case 'm':
                return TimeValue.month(YearMonth.from(base).plusMonths(e.relN));
            default:
                int year = Math.toIntExact(base.getYear() + e.relN);
                // 5年前の冬 told in February: five winters before the one running, as 昨冬 is the one before it
                return e.season > 0 ? season(aPastWinterInItsWinter(e, e.relN, base) ? year - 1 : year, e.season) : TimeValue.year(year);
        }
    }

    /**
     * A decade (1960年代: 1960 to 1969), its first or second half (1960年代後半: 1965 to 1969), and an era's
     * (昭和40年代: 1965 to 1974) ending where the era does (昭和60年代: 1985 to 7 January 1989).
     */
    private static TimeValue decade(Expr e, int y) {
        LocalDate start = LocalDate.of(e.half == 2 ? y + 5 : y, 1, 1);
        LocalDate end = LocalDate.of(e.half == 1 ? y + 4 : y + 9, 12, 31);
        if (e.era != null && e.era.last() != null && end.isAfter(e.era.last()) && !start.isAfter(e.era.last())) {
            end = e.era.last();
        }
        return TimeValue.interval(start, end, Granularity.RANGE);
    }

    /** A season of a year: spring March to May, summer June to August, autumn September to November, winter December to February. */
    private static TimeValue season(int year, int season) {
        LocalDate start = LocalDate.of(year, 3 * season, 1);
        return TimeValue.interval(start, start.plusMonths(3).minusDays(1), Granularity.SEASON);
    }

    private static TimeValue week(Expr e, LocalDate base, Lean lean, Work w) {
        if (e.weekStart) {
            LocalDate monday = base.with(DayOfWeek.MONDAY);
            boolean next = !lean.past() && base.getDayOfWeek() != DayOfWeek.MONDAY;
            LocalDate start = next ? monday.plusWeeks(1) : monday;
            // 週明け5日: the day written, when it lies within a week of that Monday or the Tuesday a holiday may
            // make the week's start (the writer's day wins over the vague word); further off, the Monday
            LocalDate written = e.dayWrittenAfter > 0 ? dayNearTheWeek(e.dayWrittenAfter, start, start.plusDays(1)) : null;
            return TimeValue.day(written != null ? written : start);
        }
        if (e.bareWeekday) {
            return TimeValue.day(weekdayNear(base, DayOfWeek.of(e.weekday), lean));
        }
        LocalDate inWeek = base.plusWeeks(e.week);
        if (e.weekdayInWeek) {
            LocalDate day = inWeek.with(DayOfWeek.of(e.weekday));
            // 先週の金曜日から月曜日まで: the end after the start, across the weekend
            return TimeValue.day(e.rangeEnd && day.isBefore(base) ? day.plusWeeks(1) : day);
        }
        if (e.bareWeekend && lean.past() && base.getDayOfWeek().getValue() < 6) {
            inWeek = inWeek.minusWeeks(1);
        }
        if (e.dayMode == Expr.ABS) {
            // 来週11日: the 11th of that week (its weekend for 週末の8日)
            LocalDate first = e.weekend ? inWeek.with(DayOfWeek.SATURDAY) : inWeek.with(DayOfWeek.MONDAY);
            LocalDate last = inWeek.with(DayOfWeek.SUNDAY);
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                if (d.getDayOfMonth() == e.day) {
                    return TimeValue.day(d);
                }
            }
            LocalDate nearest = e.weekMode == Expr.PREV ? dayNearTheWeek(e.day, first, last) : null;
            if (nearest != null) {
                w.lower(Confidence.DOUBTFUL, "the " + e.day + "th is not in that week: the nearest " + e.day + "th taken");
                return TimeValue.day(nearest);
            }
        }
        if (e.weekend) {
            LocalDate saturday = inWeek.with(DayOfWeek.SATURDAY);
            return TimeValue.interval(saturday, saturday.plusDays(1), Granularity.WEEKEND);
        }
        return TimeValue.isoWeekOf(inWeek);
    }

    /** How many days outside a week named before it a day of the month may lie and still be read (前週の20日). */
    private static final int DAYS_NEAR_THE_WEEK = 7;

    /**
     * The day {@code day} of a month nearest the week from {@code first} to {@code last}, when
     * it lies within {@value #DAYS_NEAR_THE_WEEK} days of it, else null. In 前週の20日 the day
     * is the date and the week only says which 20th: writers count 前週 and 翌週 from the day told
     * before or from the article's, so the 20th may fall a day or a few outside the week we count.
     * 来週 and 先週 count from the article's date only: a day outside them stays a doubt, the week.
     */
    private static LocalDate dayNearTheWeek(long day, LocalDate first, LocalDate last) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int k = -1; k <= 1; k++) {
            YearMonth month = YearMonth.from(first).plusMonths(k);
            if (day > month.lengthOfMonth()) {
                continue;
            }
            LocalDate d = month.atDay((int) day);
            long distance = d.isBefore(first) ? ChronoUnit.DAYS.between(d, first) : ChronoUnit.DAYS.between(last, d);
            if (distance <= DAYS_NEAR_THE_WEEK && distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The weekday a bare 金曜日 means: the last one on or before the date for a sentence told as
     * done, the next one on or after it for one planned, else the nearer of the two (never the same
     * distance: a week is odd). 2022-01-11 (Tue): 金曜日に発表した → 2022-01-07, 金曜日に発表する予定
     * → 2022-01-14, 金曜日の会合 → 2022-01-14 (3 days against 4).
     */
    static LocalDate weekdayNear(LocalDate date, DayOfWeek weekday, Lean lean) {
        LocalDate before = date.with(TemporalAdjusters.previousOrSame(weekday));
        LocalDate after = date.with(TemporalAdjusters.nextOrSame(weekday));
        return switch (lean) {
            case PAST, OVER -> before;
            case FUTURE -> after;
            case LEANING_FUTURE, NEUTRAL -> date.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - date.toEpochDay()
                    ? before : after;
        };
    }

    /** Years, months, days and their parts; the unwritten ones are chosen by {@link #nearest}. */
    private TimeValue calendar(Expr e, Context ctx, LocalDate base, Work w) throws Unresolvable {
        LocalDate doc = ctx.document();
        Integer year = null;
        if (e.yearMode == Expr.ABS) {
            year = e.era != null ? e.era.gregorianYear(e.year)
                    : e.twoDigitYear ? inNearestCentury((int) e.year, doc.getYear(),
                            e.goalYear ? GOAL_YEARS_AHEAD : e.fiscal ? FISCAL_YEARS_AHEAD : YEARS_AHEAD)
                    : (int) e.year;
        } else if (e.yearMode != Expr.NONE) {
            // a business year starts in April; the winter of January to March began the December before (今冬 in January)
            boolean inTheYearBefore = e.fiscal && base.getMonthValue() < 4 || e.seasonOfNow && e.season == Expr.WINTER && base.getMonthValue() <= 3
                    || aPastWinterInItsWinter(e, e.year, base);
            int baseYear = inTheYearBefore ? base.getYear() - 1 : base.getYear();
            if (e.newBusinessYear && (base.getMonthValue() < 4 || base.getMonthValue() > NEW_BUSINESS_YEAR_UNTIL_MONTH)) {
                baseYear++;
            }
            year = Math.toIntExact(baseYear + e.year);
        }
        if (e.monthMode == Expr.DOC || e.monthMode == Expr.PREV) {
            YearMonth ym = YearMonth.from(base).plusMonths(e.month);
            if (year != null) {
                // 前年同月 after 昨年12月: December, of the year before it
                ym = YearMonth.of(year, ym.getMonthValue());
            }
            if (e.dayAfterPrevious && ctx.previous() != null && e.dayMode == Expr.ABS && e.day <= base.getDayOfMonth()) {
                // 12月31日に逮捕され、翌1日に: the 1st of the month after
                ym = ym.plusMonths(1);
            }
            return checkedEra(e, ofMonth(e, ym), doc, w);
        }
        if (e.monthMode == Expr.ABS) {
            int m = (int) e.month;
            if (year != null) {
                return checkedEra(e, ofMonth(e, YearMonth.of(year, m)), doc, w);
            }
            w.anchor = doc;
            w.anchorKind = AnchorKind.DOCUMENT;
            w.lower(Confidence.INFERRED, "year inferred from the document date (" + ctx.lean().name().toLowerCase(Locale.ROOT) + ")");
            // a month alone (12月に発表した) begins within a month of any day: only a day written lets its tense be outweighed
            return nearest(k -> ofMonthOrNull(e, YearMonth.of(doc.getYear() + k, m)), v -> spanFrom(e, v, ctx), doc, ctx.lean(),
                    e.dayMode == Expr.ABS ? YEARS_APART_PAST_LAG_DAYS : PAST_LAG_DAYS, w, monthDayText(e));
        }
        if (e.dayMode == Expr.ABS) {
            w.anchor = doc;
            w.anchorKind = AnchorKind.DOCUMENT;
            if (ctx.sentenceMonth() != null) {
                w.lower(Confidence.INFERRED, "month taken from the earlier date in the sentence");
                TimeValue v = ofMonthOrNull(e, ctx.sentenceMonth());
                if (v == null) {
                    throw new Unresolvable(e.day + "日: no such day in " + ctx.sentenceMonth());
                }
                w.alternatives = weekdayWritten(e) ? aroundTheDocument(e, doc, ctx.lean()) : List.of();
                return v;
            }
            if (ctx.monthOfDayBefore() != null) {
                // 団体戦は4～7日、男子シングルは8日と10日に (the 4th to 7th read in February): a
                // later day of the sentence goes on in that month, unless its tense rules that out
                TimeValue v = ofMonthOrNull(e, ctx.monthOfDayBefore());
                if (v != null && score(v, doc, ctx.lean(), PAST_LAG_DAYS) < FAR) {
                    w.lower(Confidence.INFERRED, "month of the day before it in the sentence");
                    return v;
                }
            }
            w.lower(Confidence.INFERRED, "month inferred from the document date (" + ctx.lean().name().toLowerCase(Locale.ROOT) + ")");
            YearMonth docMonth = YearMonth.from(doc);
            return nearest(k -> ofMonthOrNull(e, docMonth.plusMonths(k)), v -> v, doc, ctx.lean(), PAST_LAG_DAYS, w, e.day + "日");
        }
        if (e.monthPart != 0) {
            w.anchor = doc;
            w.anchorKind = AnchorKind.DOCUMENT;
            w.lower(Confidence.INFERRED, "month inferred from the document date");
            YearMonth docMonth = YearMonth.from(doc);
            return nearest(k -> notOverIfComing(ofMonthOrNull(e, docMonth.plusMonths(k)), doc, ctx.lean()), v -> v, doc,
                    ctx.lean(), PAST_LAG_DAYS, w, "");
        }
        if (year == null) {
            w.anchor = doc;
            w.anchorKind = AnchorKind.DOCUMENT;
            w.lower(Confidence.INFERRED, "year inferred from the document date");
            // a holiday's days are written days (大型連休 told on 27 April); a season begins within a month of some day
            boolean days = e.yearPart == Expr.GOLDEN_WEEK || e.yearPart == Expr.OBON || e.yearPart == Expr.NEW_YEARS_DAYS;
            return nearest(k -> notOverIfComing(ofYear(e, doc.getYear() + k), doc, ctx.lean()), v -> spanFrom(e, v, ctx), doc,
                    ctx.lean(), days ? YEARS_APART_PAST_LAG_DAYS : PAST_LAG_DAYS, w, "");
        }
        return checkedEra(e, ofYear(e, year), doc, w);
    }

    /**
     * A part of a month or year told as coming is not one already over: 年度末までに改正する方針 told on 2
     * April is the March to come, 月末に発表する予定 told on the 2nd this month's, 大型連休に開く予定 told on 8
     * May next year's, though the one just over lies nearer, even within {@link #FUTURE_LAG_DAYS} (the
     * grace a late clipping gets is for a day, not for a period a plan is made for). Only a firm
     * future: what merely leans ahead (年度末の決算発表を前に, a plain verb ending a sentence) may be of
     * the period just over. Null (no reading) for such a one.
     */
    private static TimeValue notOverIfComing(TimeValue reading, LocalDate doc, Lean lean) {
        return lean == Lean.FUTURE && reading != null && reading.end().isBefore(doc) ? null : reading;
    }

    private static String monthDayText(Expr e) {
        return e.month + "月" + (e.hasDay() ? e.day + "日" : "");
    }

    private static TimeValue ofMonthOrNull(Expr e, YearMonth ym) {
        try {
            return ofMonth(e, ym);
        } catch (Unresolvable u) {
            return null;
        }
    }

    private static TimeValue ofMonth(Expr e, YearMonth ym) throws Unresolvable {
        if (e.periodEndingMonth) {
            return TimeValue.interval(ym.minusMonths(11).atDay(1), ym.atEndOfMonth(), Granularity.FISCAL_YEAR);
        }
        if (e.halfEndingMonth) {
            return TimeValue.interval(ym.minusMonths(5).atDay(1), ym.atEndOfMonth(), Granularity.HALF_YEAR);
        }
        if (e.dayMode == Expr.ABS) {
            if (e.day > ym.lengthOfMonth()) {
                throw new Unresolvable(ym.getMonthValue() + "月" + e.day + "日: " + ym + " has " + ym.lengthOfMonth() + " days");
            }
            return TimeValue.day(ym.atDay((int) e.day));
        }
        if (e.nthOfTheMonth > 0) {
            LocalDate first = ym.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.of(e.weekdayOfTheMonth)));
            LocalDate day = first.plusWeeks(e.nthOfTheMonth - 1L);
            if (!YearMonth.from(day).equals(ym)) {
                throw new Unresolvable(ym + " has no " + e.nthOfTheMonth + "th " + DayOfWeek.of(e.weekdayOfTheMonth));
            }
            return TimeValue.day(day);
        }
        switch (e.monthPart) {
            case Expr.EARLY:
                return TimeValue.interval(ym.atDay(1), ym.atDay(10), Granularity.PART_OF_MONTH);
            case Expr.MIDDLE:
                return TimeValue.interval(ym.atDay(11), ym.atDay(20), Granularity.PART_OF_MONTH);
            case Expr.LATE:
                return TimeValue.interval(ym.atDay(21), ym.atEndOfMonth(), Granularity.PART_OF_MONTH);
            case Expr.MONTH_START:
                return TimeValue.interval(ym.atDay(1), ym.atDay(5), Granularity.PART_OF_MONTH);
            case Expr.MONTH_END, Expr.MONTH_LAST_DAY:
                return TimeValue.day(ym.atEndOfMonth());
            default:
                return TimeValue.month(ym);
        }
    }

    private static TimeValue ofYear(Expr e, int y) {
        if (e.fiscal) {
            LocalDate fyStart = LocalDate.of(y, 4, 1);
            if (e.yearPart == Expr.YEAR_END) {
                return TimeValue.month(YearMonth.of(y + 1, 3));
            }
            if (e.yearPart == Expr.YEAR_START) {
                return TimeValue.month(YearMonth.of(y, 4));
            }
            if (e.quarter > 0) {
                LocalDate qs = fyStart.plusMonths(3L * (e.quarter - 1));
                return TimeValue.interval(qs, qs.plusMonths(3).minusDays(1), Granularity.QUARTER);
            }
            if (e.half > 0) {
                LocalDate hs = fyStart.plusMonths(6L * (e.half - 1));
                return TimeValue.interval(hs, hs.plusMonths(6).minusDays(1), Granularity.HALF_YEAR);
            }
            return TimeValue.interval(fyStart, LocalDate.of(y + 1, 3, 31), Granularity.FISCAL_YEAR);
        }
        if (e.quarter > 0) {
            LocalDate qs = LocalDate.of(y, 3 * e.quarter - 2, 1);
            return TimeValue.interval(qs, qs.plusMonths(3).minusDays(1), Granularity.QUARTER);
        }
        if (e.decade) {
            return decade(e, y);
        }
        if (e.half > 0) {
            LocalDate hs = LocalDate.of(y, e.half == 1 ? 1 : 7, 1);
            return TimeValue.interval(hs, hs.plusMonths(6).minusDays(1), Granularity.HALF_YEAR);
        }
        if (e.season > 0) {
            return season(y, e.season);
        }
        if (e.yearPart == Expr.YEAR_TURN) {
            return TimeValue.interval(LocalDate.of(y, 12, 29), LocalDate.of(y + 1, 1, 3), Granularity.PART_OF_YEAR);
        }
        if (e.yearPart == Expr.GOLDEN_WEEK) {
            return GoldenWeek.of(y);
        }
        if (e.yearPart == Expr.OBON) {
            // 月遅れの盆, as offices, trains and most of the country keep it
            return TimeValue.interval(LocalDate.of(y, 8, 13), LocalDate.of(y, 8, 16), Granularity.PART_OF_YEAR);
        }
        if (e.yearPart == Expr.NEW_YEARS_DAYS) {
            return TimeValue.interval(LocalDate.of(y, 1, 1), LocalDate.of(y, 1, 3), Granularity.PART_OF_YEAR);
        }
        if (e.yearPart == Expr.YEAR_END) {
            return TimeValue.interval(LocalDate.of(y, 12, 1), LocalDate.of(y, 12, 31), Granularity.PART_OF_YEAR);
        }
        if (e.yearPart == Expr.YEAR_START) {
            return TimeValue.interval(LocalDate.of(y, 1, 1), LocalDate.of(y, 1, 31), Granularity.PART_OF_YEAR);
        }
        return TimeValue.year(y);
    }

    /** Whether a weekday is written with a day of the month alone (10日（火）), which may tell which month it is. */
    private static boolean weekdayWritten(Expr e) {
        return e.weekday != 0 && !e.weekdayInWeek;
    }

    /**
     * The day of the month in the document's month and those either side, nearest first as the sentence leans:
     * what a written weekday may choose among when the month lent from the sentence does not have it
     * (…2022年7月24日の事故で、…初公判が10日（火）、 told on 12 June 2025: the Tuesday is 10 June 2025, not the
     * Sunday of 10 July 2022; 10日（月）に開かれた told on 2 March 2025: February's Monday, not March's to come).
     */
    private static List<TimeValue> aroundTheDocument(Expr e, LocalDate doc, Lean lean) {
        List<TimeValue> around = new ArrayList<>(3);
        for (int k = -1; k <= 1; k++) {
            TimeValue v = ofMonthOrNull(e, YearMonth.from(doc).plusMonths(k));
            if (v != null) {
                around.add(v);
            }
        }
        around.sort(Comparator.comparingLong(v -> score(v, doc, lean, PAST_LAG_DAYS)));
        return around;
    }

    /**
     * The reading nearest to the document date among offsets -1, 0 and +1 (months or years), with
     * the side the sentence does not lean to weighing six times (a future reading twice when the
     * sentence is neutral). A reading of a year is weighed by what it spans with the end of its
     * range ({@code span}): 4月26日～5月29日 told on 7 May holds the document's date, however far back
     * its start lies for a sentence that leans to the future. (Readings a month apart are weighed
     * by their start, as the review set was tuned: 4～7日 on 11 January is February's to come.)
     */
    private static TimeValue nearest(IntFunction<TimeValue> reading, UnaryOperator<TimeValue> span, LocalDate doc, Lean lean,
                                     long pastLag, Work w, String what) throws Unresolvable {
        TimeValue best = null;
        long bestScore = Long.MAX_VALUE;
        List<TimeValue> all = new ArrayList<>(3);
        for (int k = -1; k <= 1; k++) {
            TimeValue v = reading.apply(k);
            if (v == null) {
                continue;
            }
            all.add(v);
            long score = score(span.apply(v), doc, lean, pastLag);
            if (score < bestScore) {
                bestScore = score;
                best = v;
            }
        }
        if (best == null) {
            throw new Unresolvable(what + ": no such date near the document date " + doc);
        }
        w.alternatives = all;
        return best;
    }

    /**
     * How far a reading lies from the document date, weighed by the lean; {@link #FAR} or more when
     * the lean rules it out: a reading before the document by more than {@link #FUTURE_LAG_DAYS}
     * for a sentence that leans to the future, one after it by more than {@code pastLag} for one
     * told as done.
     */
    private static long score(TimeValue v, LocalDate doc, Lean lean, long pastLag) {
        if (v.end().isBefore(doc)) {
            long days = ChronoUnit.DAYS.between(v.end(), doc);
            return lean == Lean.FUTURE ? days * 6 + (days > FUTURE_LAG_DAYS ? FAR : 0)
                    : lean == Lean.LEANING_FUTURE ? days * 2 : days;
        }
        if (lean == Lean.OVER) {
            return FAR;
        }
        if (v.start().isAfter(doc)) {
            long days = ChronoUnit.DAYS.between(doc, v.start());
            return lean == Lean.PAST ? days * 6 + (days > pastLag ? FAR : 0)
                    : lean == Lean.NEUTRAL ? days * 2 : days;
        }
        return 0;
    }

    private static TimeValue checkedEra(Expr e, TimeValue v, LocalDate doc, Work w) throws Unresolvable {
        Eras.Era era = e.era;
        if (era == null) {
            return v;
        }
        boolean yearLevel = v.granularity() == Granularity.YEAR || v.granularity() == Granularity.FISCAL_YEAR
                || e.fiscal || !e.hasMonth();
        int firstYear = e.fiscal ? v.start().getYear() : v.start().getYear();
        boolean after = era.last() != null && (yearLevel ? firstYear > era.last().getYear() : v.start().isAfter(era.last()));
        boolean before = yearLevel ? firstYear < era.first().getYear() : v.end().isBefore(era.first());
        String name = era.name() + (e.year == 1 ? "元" : Long.toString(e.year)) + "年";
        if (after) {
            if (doc.isAfter(era.last().plusYears(1))) {
                throw new Unresolvable(name + ": " + era.name() + " ended on " + era.last() + " (" + era.name()
                        + era.lastEraYear() + "年)");
            }
            w.flags.add(Flag.ERA_OUT_OF_RANGE);
            w.lower(Confidence.DOUBTFUL, era.name() + " ended on " + era.last() + "; read as " + v.start().getYear()
                    + " as written before the change");
        } else if (before) {
            w.flags.add(Flag.ERA_OUT_OF_RANGE);
            w.lower(Confidence.DOUBTFUL, era.name() + " began on " + era.first() + "; read as " + v.start().getYear());
        }
        return v;
    }

    private static TimeValue weekdayCheck(Expr e, TimeValue v, Work w) {
        if (e.weekday == 0 || e.weekdayInWeek || v.granularity() != Granularity.DAY) {
            return v;
        }
        if (v.start().getDayOfWeek().getValue() == e.weekday) {
            w.flags.add(Flag.WEEKDAY_CONFIRMED);
            return v;
        }
        for (TimeValue alt : w.alternatives) {
            if (alt.start().getDayOfWeek().getValue() == e.weekday) {
                w.flags.add(Flag.WEEKDAY_CHOSE_READING);
                return alt;
            }
        }
        w.flags.add(Flag.WEEKDAY_MISMATCH);
        w.lower(Confidence.DOUBTFUL, "the weekday written does not match " + v.start() + " ("
                + v.start().getDayOfWeek() + ")");
        return v;
    }

    private static TimeValue withTime(Expr e, TimeValue v) {
        if (e.hour < 0 || v.granularity() != Granularity.DAY) {
            return v;
        }
        if (e.hour == 24) {
            return TimeValue.dayAt(v.start().plusDays(1), LocalTime.MIDNIGHT);
        }
        return TimeValue.dayAt(v.start(), LocalTime.of(e.hour, e.minute));
    }

    /**
     * What a reading of the start of a range spans with its end, for weighing the reading (the end
     * of 4月26日～5月29日, of 10～12月); the start alone when there is no end or it cannot be read.
     */
    private TimeValue spanFrom(Expr e, TimeValue start, Context ctx) {
        try {
            if (e.to != null && !e.to.twoDigitYear) {
                return range(e, start, ctx, new Work());
            }
            if (e.to == null && e.monthTo >= 0) {
                return innerRange(e, start);
            }
        } catch (Unresolvable | DateTimeException x) {
            return start;
        }
        return start;
    }

    // ------------------------------------------------------------------ ranges

    /** How far ahead a year of two digits may be: 30年1月 is a plan's. */
    static final int YEARS_AHEAD = 20;
    /** A business year may be further: 50年度 is the target year 2050 of climate plans; 90年度 still 1990, their base. */
    static final int FISCAL_YEARS_AHEAD = 30;
    /**
     * A year a goal is set for is ahead rather than behind: 60年までに in 2022 is China's 2060, and
     * 50年の実質ゼロ 2050; a goal written of a year more than 20 years past is rare.
     */
    static final int GOAL_YEARS_AHEAD = 79;

    /**
     * The year of two digits {@code yy} in the century that puts it from {@code 99 - ahead}
     * years before the document's year to {@code ahead} after: in 2022, with 20 ahead, 95 is 1995
     * and 30 is 2030 (news writes 95年 for a past year and 30年 for a plan).
     */
    static int inNearestCentury(int yy, int documentYear, int ahead) {
        int year = documentYear / 100 * 100 + yy;
        if (year > documentYear + ahead) {
            return year - 100;
        }
        return year < documentYear + ahead - 99 ? year + 100 : year;
    }

    /** 2023年度から5年間 → 2023-04-01/2028-03-31, 4月から3カ月 → April to June: the span that long from the date's start. */
    private static TimeValue lasting(Expr e, TimeValue from) throws Unresolvable {
        if (e.lengthN > 1000) {
            throw new Unresolvable("too long a span to be read");
        }
        LocalDate start = from.start();
        LocalDate after = switch (e.lengthUnit) {
            case 'y' -> start.plusYears(e.lengthN);
            case 'w' -> start.plusWeeks(e.lengthN);
            case 'd' -> start.plusDays(e.lengthN);
            default -> start.plusMonths(e.lengthN);
        };
        return TimeValue.interval(start, after.minusDays(1), Granularity.RANGE);
    }

    /** 2〜10日, 10〜12月, 2020〜22年: one field spans, the others are shared. */
    private static TimeValue innerRange(Expr e, TimeValue from) throws Unresolvable {
        LocalDate end;
        if (e.dayTo >= 0) {
            YearMonth ym = YearMonth.from(from.start());
            if (e.dayTo > ym.lengthOfMonth()) {
                throw new Unresolvable(e.dayTo + "日: " + ym + " has " + ym.lengthOfMonth() + " days");
            }
            end = ym.atDay((int) e.dayTo);
        } else if (e.monthTo >= 0) {
            end = YearMonth.of(from.start().getYear(), (int) e.monthTo).atEndOfMonth();
        } else {
            int startYear = from.start().getYear();
            // 98～02年: the end's century is the one after the start that is nearest it
            long yearTo = e.twoDigitYear && e.yearTo < 100
                    ? startYear / 100 * 100 + e.yearTo + (startYear % 100 > e.yearTo ? 100 : 0) : e.yearTo;
            if (yearTo < startYear || yearTo > 9999) {
                throw new Unresolvable(e.year + "〜" + e.yearTo + "年: not a range of years");
            }
            // 2021～23年度 ends with the business year 2023, in March 2024
            end = e.fiscal ? LocalDate.of((int) yearTo + 1, 3, 31) : LocalDate.of((int) yearTo, 12, 31);
        }
        return TimeValue.interval(from.start(), end, e.monthTo >= 0 && e.monthTo - e.month == 2 && e.month % 3 == 1
                ? Granularity.QUARTER : Granularity.RANGE);
    }

    /** 1月2日～10日, 昨年3月11日〜9月10日, 2日から10日まで: the second end inherits what it lacks. */
    private TimeValue range(Expr e, TimeValue from, Context ctx, Work w) throws Unresolvable {
        Expr t = e.to;
        if (t.invalid != null) {
            throw new Unresolvable(t.invalid);
        }
        TimeValue to;
        boolean inherits = !t.hasYear() && t.weekMode == Expr.NONE && t.relUnit == 0 && t.dayMode != Expr.DOC
                && t.dayMode != Expr.PREV && t.monthMode != Expr.DOC && t.monthMode != Expr.PREV;
        if (inherits && t.kind == Kind.TIME) {
            to = withTime(t, TimeValue.day(from.end()));
        } else if (inherits && t.hasDay() && !t.hasMonth()) {
            YearMonth ym = YearMonth.from(from.start());
            if (t.day < from.start().getDayOfMonth()) {
                ym = ym.plusMonths(1);
            }
            to = withTime(t, ofMonth(t, ym));
        } else if (inherits && !t.hasDay() && !t.hasMonth() && t.monthPart != 0) {
            // 来月上旬から中旬にかけて: the end is a later part of the start's month
            to = ofMonth(t, YearMonth.from(from.start()));
        } else if (inherits && t.season > 0 && !t.hasMonth()) {
            // 昨年春から秋にかけて: the later season of the start's year
            to = season(from.start().getYear(), t.season);
        } else if (inherits && t.hasMonth()) {
            int y = from.start().getYear();
            if (t.month < from.start().getMonthValue()) {
                y++;
            }
            to = withTime(t, ofMonth(t, YearMonth.of(y, (int) t.month)));
        } else {
            if (t.twoDigitYear) {
                // 2040年1月～45年12月, 1914年7月～18年11月: the end's century is the one at or after the start
                int startYear = from.start().getYear();
                t.year = startYear / 100 * 100 + t.year + (startYear % 100 > t.year ? 100 : 0);
                t.twoDigitYear = false;
            }
            Result r = resolve(t, new Context(ctx.document(), ctx.lean(), from, from, ctx.sentenceMonth(), null, ctx.lastTimeOfDay()));
            if (r.value() == null) {
                throw new Unresolvable(r.reason());
            }
            to = r.value();
        }
        if (to.end().isBefore(from.start())) {
            throw new Unresolvable("the range ends (" + to.end() + ") before it starts (" + from.start() + ")");
        }
        return new TimeValue(from.start(), to.end(), Granularity.RANGE, from.startTime(),
                to.endTime() != null ? to.endTime() : to.startTime(), TimeValue.Openness.CLOSED);
    }
}
