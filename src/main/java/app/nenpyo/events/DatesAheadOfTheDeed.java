package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.InTextOrder;
import app.nenpyo.domain.Sentence;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether every date of a sentence lies after the article's own day (issue 4, decision 0042's addendum of
 * session 30): a deed the sentence tells as done, in the past, was done by the day the article was written,
 * so such dates are of what the deed said, planned or set (a statement's content, a schedule decided, a
 * promise), never of the deed itself, which is then told without a date of its own.
 *
 * <p>Written on 2024-05-20: {@code 社長は、来月10日に新工場を稼働させる方針を示した。} → true (the plan is dated, the
 * showing is not); {@code 知事は、7月1日から補助金の受け付けを始めると発表した。} → true; {@code 社長は18日、…方針を
 * 示した。} → false (18日 is before the 20th: the showing's own day); {@code 社長は18日、来月10日に稼働させる
 * 方針を示した。} → false (a day of its own beside the later one).
 *
 * <p>Only dates the finder resolved count; a length of time (3か月間) says no day and is passed over, a time
 * of day without its day (午後3時) or a date it could not resolve makes the answer false (its day unknown), and so
 * does a date followed by a comma ({@code 社長は来月10日、記者会見し…}): news gives the deed's own day there.
 * Known weakness: a sentence telling a deed the article foresees in the past tense of a plan (来月10日に開業した
 * in an article dated before it: a wrong article date) is read as a deed of the day before too.
 */
final class DatesAheadOfTheDeed {

    private DatesAheadOfTheDeed() {
    }

    /**
     * What, after the last date, makes the dates part of what the deed says or sets rather than its own: a
     * quote's と before a verb of saying or deciding (…すると発表した, …と述べ), a thing said or set (こと, 方針,
     * 考え, 方向, 見通し, 意向, 日程, 計画, 予定, 目標) or a request's よう before its asking; not ようやく, ことし, と話し合った.
     */
    private static final Pattern CONTENT = Pattern.compile(
            "と(述|話(?!し合)|語|明ら|発表|表明|説明|強調|約束|伝え|報じ|し[、た]|決め|指摘|批判|訴え)|こと(?!し)|方針|考え|方向|見通し|意向|日程|計画|予定|目標"
                    + "|よう(に)?[^、。]{0,6}(求|要請|要求|指示|促|呼びかけ|依頼)");

    /**
     * @param text   the document's text
     * @param sorted the document's date mentions in text order (by their spans)
     * @param day    the article's date; null when it has none (then false)
     */
    static boolean allAfter(String text, List<DateMention> sorted, Sentence sentence, LocalDate day) {
        if (day == null) {
            return false;
        }
        int last = -1;
        // only the mentions starting inside the sentence can lie in it: a file of a year's posts holds thousands of sentences
        for (int i = InTextOrder.firstStartingFrom(sorted, DateMention::span, sentence.span().start());
             i < sorted.size() && sorted.get(i).span().start() <= sentence.span().end(); i++) {
            DateMention m = sorted.get(i);
            if (!sentence.span().contains(m.span()) || m.kind() == DateMention.Kind.DURATION) {
                continue;
            }
            // 社長は来月10日、…: a date and a comma is the lead's slot for the deed's own day, whatever its tense
            if (m.kind() != DateMention.Kind.DATE || m.value().isEmpty() || !m.value().get().start().isAfter(day)
                    || m.span().end() < text.length() && text.charAt(m.span().end()) == '、') {
                return false;
            }
            last = m.span().end();
        }
        return last >= 0 && CONTENT.matcher(text.substring(last, sentence.span().end())).find();
    }
}
