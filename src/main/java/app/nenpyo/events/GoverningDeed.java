package app.nenpyo.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a sentence's reports tells its deed, the one a sentence after it without a date of its own goes on from
 * (decision 0042's addendum of 2026-12-12): the report of the clause that ends last, the sentence's last predicate,
 * among those on or before the article's day; a date after it is of what the deed said or set, never of a deed the
 * sentence tells as done.
 *
 * <p>{@code 地裁は4日、昨年12月3日に戒厳を宣言した大統領に罷免を言い渡した。} → the 4th's report (罷免を言い渡した ends
 * the sentence; 昨年12月3日 dates a modifier of 大統領); {@code 新会社が1日に発足し、3日に発足式を開いた。} → the 3rd's;
 * {@code 市長は19日に会見し、28日付で辞職すると表明した。}, written on the 20th → the 19th's (the 28th is after the
 * article's day: the resignation said, not done).
 *
 * <p>The clause ending last is the deed only when no clause ending before it tells a later day: in
 * {@code 政府は18日に臨時閣議を開き、16日に発生した地震を激甚災害に指定した。} the last predicate hangs on 18日 through
 * the 連用 chain and 16日 dates a relative clause of the last clause, so no deed is clear and none is given (empty).
 *
 * <p>Two dates may share the clause ending last, no verb and comma between them to split it: the deed's is then the one
 * written in the slot news gives the deed's own day, right after the topic's は or が and right before a comma
 * ({@code 昨年10月29日夜に…159人が死亡した事故で、捜査本部は13日、最終結果を発表した。} → the 13th's;
 * {@code 沈没事故で、…被告の初公判が10日（火）、開かれた。} → the 10th's), the other dating a modifier (事故); with none in
 * that slot, or two, the first as before (decision 0042's addendum of 2026-12-15). The one date before a comma is the
 * deed's only after a topic: {@code 県警は18日に、今月3日、住宅に侵入した疑いで男を逮捕した。} → the 18th's, the first
 * (read again the same day). Of two dates before a comma, the one after a topic is the deed's, the other a modifier's
 * told after a place (the addendum of 2026-12-17): {@code 美術館から先月上旬、絵が盗まれた事件で、県警は14日、…逮捕した。}
 * → the 14th's; {@code …の住宅で2月、夫婦が死亡した火災で、地検は25日、起訴した。} → the 25th's. Both after a topic, or
 * neither, the first stays.
 *
 * <p>Known weakness: a deed whose clause the extractor cut short of the sentence's end (a clause it read as a
 * modifier) yields to an earlier report's; a sentence whose reports are all after the article's day keeps its first;
 * a later day in a modifier of the last clause (19日に会見し、20日に…) is still taken as the deed's.
 */
final class GoverningDeed {

    /** The commas of Japanese text: the ideographic one, the full-width and the half-width ones. */
    private static final String COMMAS = "、，,";

    private GoverningDeed() {
    }

    /**
     * The reports of one sentence with its deed's report first, the others after it in their order; none (an empty
     * list) when a clause ending before the deed's tells a later day, the deed then unclear.
     *
     * @param there   the reports of one sentence, in reading order; not empty
     * @param written the article's day; null when it has none (then every report may be the deed)
     * @param text    the document's text, which the reports' spans index
     */
    static List<Report> first(List<Report> there, LocalDate written, String text) {
        List<Report> past = there.stream().filter(r -> written == null || !r.time().start().isAfter(written)).toList();
        int lastEnd = past.stream().mapToInt(r -> r.source().clause().end()).max().orElse(-1);
        List<Report> endingLast = past.stream().filter(r -> r.source().clause().end() == lastEnd).toList();
        List<Report> inTheSlot = endingLast.stream().filter(r -> beforeAComma(r, text))
                .filter(r -> afterATopic(r.source().expression().start(), text)).toList();
        Report deed = inTheSlot.size() == 1 ? inTheSlot.get(0) : endingLast.isEmpty() ? there.get(0) : endingLast.get(0);
        if (there.stream().anyMatch(r -> endsBefore(r, deed) && r.time().start().isAfter(deed.time().start())
                && (written == null || !r.time().start().isAfter(written)))) {
            return List.of();
        }
        List<Report> ordered = new ArrayList<>(there.size());
        ordered.add(deed);
        there.stream().filter(r -> r != deed).forEach(ordered::add);
        return ordered;
    }

    /**
     * Whether the report's date expression is followed by a comma: 13日、, 10日（火）、 (the bracket in the expression); the
     * full-width and half-width commas count as 、 does (13日，).
     */
    private static boolean beforeAComma(Report r, String text) {
        int after = r.source().expression().end();
        return after < text.length() && COMMAS.indexOf(text.charAt(after)) >= 0;
    }

    /**
     * Whether a topic's は or が, or one and a comma, ends right before that index, the date's start: 捜査本部は13日、,
     * 初公判が10日（火）、, 県警は、18日、 → yes; the modifier's 今月3日 in 県警は18日に、今月3日、…侵入した疑いで…逮捕した → no.
     */
    private static boolean afterATopic(int at, String text) {
        int before = at - 1;
        if (before >= 1 && COMMAS.indexOf(text.charAt(before)) >= 0) {
            before--;
        }
        return before >= 0 && "はが".indexOf(text.charAt(before)) >= 0;
    }

    private static boolean endsBefore(Report r, Report deed) {
        return r.source().clause().end() < deed.source().clause().end();
    }
}
