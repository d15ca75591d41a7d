package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date followed by 以降 or 以来 in a sentence told as done dates what happened over the days from
 * it to the document's date, as far as the article knows them: 同社株は4日以降、2割下落した on
 * 2022-01-11 is a fall over 2022-01-04/2022-01-11, not on the 4th. When an occasion is named between
 * them (今月4日の大発会以降、2割下落した) the date still dates the occasion, and the occasion with its
 * 以降 (大発会以降) is a date of its own, the period, which makes the report of what happened in it.
 * A sentence still going on (4日以降も捜索を続けている) keeps the period open at its end.
 *
 * <p>Left as they were: a date of a noun (4日以降の予定を発表した), a sentence not told as done
 * (来月以降、値上げする: a plan from a month on), a
 * record since a date (1951年の統計開始以来初めて, 2009年以来3大会ぶりの優勝: a comparison, not a
 * happening over the years), a later date in the sentence (4日以降は休場し、10日に再開した: the period's
 * end is told), and a date after the document's.
 */
final class PeriodsSince {

    /**
     * 以降 or 以来 right after the date, and how the clause goes on: a comma, or は/も before it; not
     * の (4日以降の予定を発表した: the date is of the plan, not of the deed told).
     */
    private static final Pattern SINCE = Pattern.compile("(以降|以来)(は|も)?、?(?!の)");
    /**
     * の, an occasion of kanji and katakana (大発会, 政権発足, 開戦) with the kana of a compound's
     * verbs (利上げ, 引き上げ, 打ち上げ), and 以降 or 以来.
     */
    private static final Pattern OCCASION_SINCE = Pattern.compile(
            "の([\\p{IsHan}\\p{InKatakana}ー][\\p{IsHan}\\p{InKatakana}ーげきりちしえれみつ]{0,11})(以降|以来)(は|も)?、?(?!の)");
    /** Words of a record or a count since the date, not a happening over the period: 以来初めて, 以来最低, 3大会ぶり. */
    private static final Pattern RECORD = Pattern.compile("初めて|初の|ぶり|振り|最も|最高|最低|最大|最小|最多|最少|最長|最短|以来初");
    /** How a sentence told as done ends (下落した, 続けている, 増えています), full stops and brackets aside. */
    private static final Pattern DONE = Pattern.compile("(た|ている|ています|てきている)[」』）)]*[。．\\s]*$");
    private static final Pattern GOING_ON = Pattern.compile("(ている|ています|てきている)[」』）)]*[。．\\s]*$");

    /** The length of 以降 and 以来. */
    private static final int MARK_LENGTH = 2;
    private static final String SINCE_REASON = "the period from it to the document's date";

    private PeriodsSince() {
    }

    /**
     * The dates of one sentence, those followed by 以降 or 以来 in a sentence told as done read as
     * the period to the document's date (a named occasion's keeping its date, with a date of its own
     * for the period after it), in text order.
     *
     * @param text     the document's text, which the spans index
     * @param sentence the sentence's span in it
     * @param document the document's date, if it has one
     */
    static List<DateMention> read(String text, TextSpan sentence, Optional<LocalDate> document, List<DateMention> dates) {
        if (document.isEmpty() || dates.isEmpty()) {
            return dates;
        }
        List<DateMention> out = new ArrayList<>(dates.size() + 1);
        for (int i = 0; i < dates.size(); i++) {
            DateMention m = dates.get(i);
            out.add(m);
            if (i + 1 < dates.size() || m.kind() != DateMention.Kind.DATE || m.value().isEmpty()
                    || m.value().get().start().isAfter(document.get())) {
                continue;
            }
            String after = text.substring(m.span().end(), sentence.end());
            Matcher since = SINCE.matcher(after);
            Matcher occasion = OCCASION_SINCE.matcher(after);
            if (since.lookingAt() && toldAsDone(after.substring(since.end()))) {
                out.set(out.size() - 1, dated(m, m.text(), m.span(), period(m, document.get(), after)));
            } else if (occasion.lookingAt() && toldAsDone(after.substring(occasion.end()))) {
                int start = m.span().end() + occasion.start(1);
                int end = m.span().end() + occasion.end(2);
                out.add(dated(m, text.substring(start, end), new TextSpan(start, end), period(m, document.get(), after)));
            }
        }
        return out;
    }

    /**
     * What of a date no label of its sentence says: all of it, but of an occasion's period only its
     * 以降 or 以来, since the occasion (大発会) is what the date before it names.
     */
    static TextSpan unsaidPart(DateMention m) {
        boolean occasionsPeriod = m.text().length() > MARK_LENGTH && (m.text().endsWith("以降") || m.text().endsWith("以来"));
        return occasionsPeriod ? new TextSpan(m.span().end() - MARK_LENGTH, m.span().end()) : m.span();
    }

    /** Whether what follows the mark tells what has happened since: the sentence ends in the past or goes on, no record said. */
    private static boolean toldAsDone(String rest) {
        return DONE.matcher(rest).find() && !RECORD.matcher(rest).find() && rest.indexOf('「') < 0;
    }

    private static TimeValue period(DateMention m, LocalDate document, String after) {
        TimeValue since = m.value().orElseThrow();
        // what is told as done happened by the document's date, though 今月以降 names a whole month
        LocalDate end = document;
        TimeValue.Openness open = GOING_ON.matcher(after).find() ? TimeValue.Openness.OPEN_END : TimeValue.Openness.CLOSED;
        return new TimeValue(since.start(), end, Granularity.RANGE, since.startTime(), null, open);
    }

    private static DateMention dated(DateMention m, String text, TextSpan span, TimeValue value) {
        return new DateMention(text, span, m.kind(), Optional.of(value), m.anchor(), m.anchorKind(), m.confidence(),
                m.reason().isEmpty() ? SINCE_REASON : m.reason() + "; " + SINCE_REASON,
                m.flags());
    }
}
