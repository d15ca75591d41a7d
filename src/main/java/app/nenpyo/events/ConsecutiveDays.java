package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two days in a row joined by と (日銀は17日と18日に金融政策決定会合を開く) date one happening over
 * both when it is one that lasts: a two-day meeting, exercise, hearing, protest or storm is not two
 * meetings, exercises, hearings, protests or storms. What is done at once is done again on the
 * second day: a deed whose word is among {@link #ONE_OFF} (発射, 逮捕, 起訴, 発表, 発生…) is one report a
 * day (9月28日と29日にも発射があった: two launches). The happening's word decides, not its category:
 * a two-day exercise is military like a launch, and a two-day trial legal like an arrest. Days
 * further apart are two happenings (男子シングルは8日と10日に行われる: the short programme and the
 * free), and so are days of two clauses. The joined date spans both expressions and what is between
 * them, which is the text the analyst sees; the days stay as written, only their reading is one.
 */
final class ConsecutiveDays {

    /**
     * Deeds done at once, which two days tell twice (a head word ending in one: ミサイル発射, 記者会見):
     * launches and attacks, steps of a case, what is said or made known, what happens or is decided
     * in a moment.
     */
    private static final List<String> ONE_OFF = List.of("発射", "砲撃", "攻撃", "空爆", "爆発", "衝突", "打ち上げ",
            "逮捕", "拘束", "起訴", "送検", "判決", "提訴", "発表", "公表", "発令", "表明", "発言", "演説", "会見", "発生",
            "死亡", "決定", "可決", "成立", "署名");
    /**
     * Happenings that go on, which a deed told with them does not cut in two (17日と18日に会合を開き、
     * 維持を決めた is one meeting over both days).
     */
    private static final List<String> LASTING = List.of("会合", "会談", "協議", "会議", "総会", "大会", "演習", "訓練",
            "公判", "審理", "選挙", "デモ", "抗議", "集会", "大雪", "大雨");
    /** What a happening of these categories is, when its words say neither: a meeting, a protest, a storm, an election. */
    private static final Set<EventCategory> LASTING_CATEGORIES = EnumSet.of(EventCategory.MEETING, EventCategory.PROTEST,
            EventCategory.DISASTER, EventCategory.ELECTION, EventCategory.OTHER);

    private ConsecutiveDays() {
    }

    /**
     * The dates of a sentence with each pair of days in a row joined by と made one date
     * ({@code 17日と18日} → 2022-01-17/2022-01-18); the others as they are, in order.
     *
     * @param text the text the mentions' spans index
     */
    static List<DateMention> joined(String text, List<DateMention> dates) {
        if (dates.size() < 2) {
            return dates;
        }
        List<DateMention> out = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            DateMention first = dates.get(i);
            Optional<DateMention> pair = i + 1 < dates.size() ? pair(text, first, dates.get(i + 1)) : Optional.empty();
            if (pair.isPresent()) {
                out.add(pair.get());
                i++;
            } else {
                out.add(first);
            }
        }
        return out;
    }

    /**
     * Whether a happening said of two days in a row is one over both (a meeting, an exercise), not
     * one on each (a launch, an arrest): a word naming it that goes on wins, then one done at once,
     * then its category (a meeting, a protest, a storm, an election or other lasts).
     */
    static boolean lastsBoth(List<String> headWords, EventCategory category) {
        if (headWords.stream().anyMatch(h -> LASTING.stream().anyMatch(h::endsWith))) {
            return true;
        }
        if (headWords.stream().anyMatch(ConsecutiveDays::namesADeedDoneAtOnce)) {
            return false;
        }
        return LASTING_CATEGORIES.contains(category);
    }

    /** Whether a word naming a happening is, or ends in, a deed done at once (発射, ミサイル発射, 記者会見). */
    static boolean namesADeedDoneAtOnce(String word) {
        return ONE_OFF.stream().anyMatch(word::endsWith);
    }

    /** The days a joined date was made of, in order: those of {@code dates} inside its span. */
    static List<DateMention> daysOf(DateMention joined, List<DateMention> dates) {
        return dates.stream().filter(d -> joined.span().contains(d.span())).toList();
    }

    private static Optional<DateMention> pair(String text, DateMention first, DateMention second) {
        if (first.value().isEmpty() || second.value().isEmpty() || !oneDay(first.value().get()) || !oneDay(second.value().get())
                || second.span().start() != first.span().end() + 1 || text.charAt(first.span().end()) != 'と'
                || !first.value().get().start().plusDays(1).equals(second.value().get().start())) {
            return Optional.empty();
        }
        TextSpan both = new TextSpan(first.span().start(), second.span().end());
        TimeValue days = TimeValue.interval(first.value().get().start(), second.value().get().start(), Granularity.RANGE);
        return Optional.of(new DateMention(both.of(text), both, first.kind(), Optional.of(days), first.anchor(),
                first.anchorKind(), first.confidence(), first.reason(), first.flags()));
    }

    private static boolean oneDay(TimeValue t) {
        return t.granularity() == Granularity.DAY && t.start().equals(t.end()) && !t.isOpen() && t.time().isEmpty();
    }
}
