package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TimeValue;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A named period glossed in brackets by the months it stands for (上半期（4～9月）, 第1四半期（4～6月）,
 * 昨年度（2021年4月～22年3月）) is one period, the one the gloss says: a company's or the state's half
 * is its fiscal half, which the name alone does not tell (上半期 alone reads as January to June). The
 * period keeps its expression and granularity and takes the gloss's days, and the gloss makes no
 * report of its own: a review found 上半期 and 4～9月 of one sentence as two reports of one figure,
 * on different dates. A bracket of another length is no gloss of it (昨年（1～11月）: the months
 * counted so far).
 */
final class GlossedDates {

    /** Periods whose months a gloss may say: a half, a quarter, a season, a part of a year, a (fiscal) year. */
    private static final Set<Granularity> NAMED = EnumSet.of(Granularity.HALF_YEAR, Granularity.QUARTER, Granularity.SEASON,
            Granularity.PART_OF_YEAR, Granularity.FISCAL_YEAR, Granularity.YEAR);

    private GlossedDates() {
    }

    /**
     * The dates of a sentence with each named period glossed in brackets dated by its gloss, and the
     * gloss left out; the others as they are, in order.
     *
     * @param text the text the mentions' spans index
     */
    static List<DateMention> read(String text, List<DateMention> dates) {
        if (dates.size() < 2) {
            return dates;
        }
        List<DateMention> out = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            DateMention named = dates.get(i);
            Optional<TimeValue> gloss = i + 1 < dates.size() ? glossOf(text, named, dates.get(i + 1)) : Optional.empty();
            if (gloss.isPresent()) {
                out.add(new DateMention(named.text(), named.span(), named.kind(), gloss, named.anchor(), named.anchorKind(),
                        named.confidence(), named.reason(), named.flags()));
                i++;
            } else {
                out.add(named);
            }
        }
        return out;
    }

    private static Optional<TimeValue> glossOf(String text, DateMention named, DateMention next) {
        int at = named.span().end();
        if (named.value().isEmpty() || next.value().isEmpty() || !NAMED.contains(named.value().get().granularity())
                || next.span().start() != at + 1 || !opens(text, at) || !closes(text, next.span().end())) {
            return Optional.empty();
        }
        TimeValue a = named.value().get();
        TimeValue b = next.value().get();
        boolean wholeMonths = b.start().getDayOfMonth() == 1 && b.end().equals(b.end().withDayOfMonth(b.end().lengthOfMonth()));
        return wholeMonths && months(a) == months(b)
                ? Optional.of(new TimeValue(b.start(), b.end(), a.granularity(), null, null, a.openness())) : Optional.empty();
    }

    private static long months(TimeValue t) {
        return ChronoUnit.MONTHS.between(t.start().withDayOfMonth(1), t.end().withDayOfMonth(1)) + 1;
    }

    private static boolean opens(String text, int at) {
        return at < text.length() && (text.charAt(at) == '（' || text.charAt(at) == '(');
    }

    private static boolean closes(String text, int at) {
        return at < text.length() && (text.charAt(at) == '）' || text.charAt(at) == ')');
    }
}
