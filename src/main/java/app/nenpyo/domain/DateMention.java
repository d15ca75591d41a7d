package app.nenpyo.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One date expression found in a text, with how it was resolved, so that an analyst can see and
 * correct it and so that a new document date re-resolves it without re-reading the file.
 *
 * <ul>
 *   <li>{@code text} is exactly {@code span.of(documentText)}; spans are UTF-16 indices.</li>
 *   <li>{@code value} is empty when the expression cannot be a date (2月30日, 13月, 25時, 令和0年,
 *       99999999日); {@code reason} then says why. Never a guessed wrong date.</li>
 *   <li>{@code anchor} is the day the expression was resolved against: the document date for
 *       昨日/来月4日/10日, the previous date in the text for 同日/翌日/その2日後, absent for
 *       absolute dates such as 2022年1月10日.</li>
 *   <li>{@code confidence} and {@code reason}: CERTAIN for a full absolute date, EXACT_RELATIVE for
 *       a relative one that has a single reading (来月4日), INFERRED when the year or month was
 *       chosen (10日, 12月), DOUBTFUL when something disagrees (weekday, era).</li>
 * </ul>
 *
 * <p>Durations (3日間, 2週間, 5年間) are reported with kind {@link Kind#DURATION} and no value: they
 * say how long, not when, and the events layer must ignore them.
 */
public record DateMention(String text, TextSpan span, Kind kind, Optional<TimeValue> value,
                          Optional<LocalDate> anchor, AnchorKind anchorKind, Confidence confidence,
                          String reason, Set<Flag> flags) {

    /** What kind of expression this is. */
    public enum Kind {
        /** A date, period or range that places something in time. */
        DATE,
        /** A time of day written without its day (午後3時): its day comes from the context. */
        TIME,
        /** A length of time (3日間, 2週間): not a point, never an event. */
        DURATION
    }

    /** What the value was resolved against. */
    public enum AnchorKind {
        /** The expression says everything itself (2022年1月10日). */
        NONE,
        /** The document date (昨日, 来月4日, 10日). */
        DOCUMENT,
        /** The previous date in the text (同日, 翌日, 前年, その2日後). */
        PREVIOUS_MENTION
    }

    /** How sure the resolution is, from surest to least sure. */
    public enum Confidence {
        CERTAIN, EXACT_RELATIVE, INFERRED, DOUBTFUL, UNRESOLVED
    }

    /** Remarks an analyst should see next to the value. */
    public enum Flag {
        /** A weekday written after the date agrees with it. */
        WEEKDAY_CONFIRMED,
        /** A weekday written after the date disagrees with every reading. */
        WEEKDAY_MISMATCH,
        /** The year or month was picked because the weekday fits (10日（月）). */
        WEEKDAY_CHOSE_READING,
        /** 現地時間9日: the date of the place of the event, not Japan's. */
        LOCAL_TIME,
        /** 日本時間10日: explicitly Japan's date. */
        JAPAN_TIME,
        /** ごろ, 頃, 前後: approximate. */
        APPROXIMATE,
        /** An era year past the era's end or before its start (平成32年, 令和元年4月). */
        ERA_OUT_OF_RANGE,
        /** 未明, 朝, 夜, 午前 without a clock time: a part of the day, noted in the reason. */
        PART_OF_DAY,
        /** The sentence said the thing is planned or coming (予定, 行われる, 方針). */
        FUTURE_CUE,
        /** The sentence reported the thing as done (した, 述べた). */
        PAST_CUE,
        /**
         * The period of figures reported (12月の消費者物価指数, 7～9月期の実質GDP, 2022年度の税収):
         * what the figures measure, not a happening.
         */
        FIGURES_PERIOD
    }

    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        value = value == null ? Optional.empty() : value;
        anchor = anchor == null ? Optional.empty() : anchor;
        Objects.requireNonNull(anchorKind, "anchorKind");
        Objects.requireNonNull(confidence, "confidence");
        reason = reason == null ? "" : reason;
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        if (span.length() != text.length()) {
            throw new IllegalArgumentException("text '" + text + "' does not fit span " + span);
        }
    }

    public boolean isResolved() {
        return value.isPresent();
    }

    /** The value in DESIGN.md's grammar, or "" when unresolved (what the {@code dates} command prints). */
    public String formattedValue() {
        return value.map(TimeValue::format).orElse("");
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }
}
