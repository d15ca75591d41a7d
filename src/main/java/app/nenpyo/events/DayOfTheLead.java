package app.nenpyo.events;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The deed an article's lead tells, whose day a quote said later in the article without a day of its own takes when the
 * sentence right before it tells no deed done (decision 0042's addendum of 2026-12-13): news opens with the day's
 * happening, and the words it quotes further down were said that day, after a plan, a figure or a flashback told
 * between.
 *
 * <p>{@code 市は14日、図書館を5月まで休館すると発表した。休館中は移動図書館を走らせる予定だ。館長は「ご不便をおかけする」と
 * 話した。}, written on the 15th → the words are a statement of the 14th; the same words after {@code 館長は1998年に就任
 * した。} (a deed done, of long ago) are not read here ({@link DayOfTheSentenceBefore} reads them, and refuses them).
 *
 * <p>The lead is the first sentence of the article's body with a report on the timeline (not its dateline); its deed
 * ({@link GoverningDeed}) must be on the timeline, on one day, told as done, and lie in the week before the article
 * ({@link DayOfTheSentenceBefore#RECENT_DAYS}): words quoted in a story of long ago (a trial's history, an anniversary)
 * were said on days the article does not tell.
 *
 * <p>Known weaknesses: words the article quotes from an earlier day (a speech at the event its lead recalls) take the
 * lead's day; an article that leads with a flashback and tells the day's news second gives its quotes no day.
 */
final class DayOfTheLead {

    private DayOfTheLead() {
    }

    /**
     * The lead's deed, if the article has one a later quote may take the day of.
     *
     * @param bySentence the reports of the document's dated sentences by the start of their sentence
     * @param written    the article's day; null when it has none (then no lead is recent: none)
     */
    static Optional<Report> deed(AnalyzedDocument doc, Map<Integer, List<Report>> bySentence, LocalDate written) {
        if (written == null) {
            return Optional.empty();
        }
        // the dateline and the lines of no verb above the story are no lead: the first sentence telling a deed is
        Optional<Sentence> lead = doc.sentences().stream()
                .filter(s -> DayOfTheSentenceBefore.isBody(doc, s))
                .filter(s -> bySentence.getOrDefault(s.span().start(), List.of()).stream()
                        .anyMatch(r -> !r.source().isBackground()))
                .findFirst();
        if (lead.isEmpty()) {
            return Optional.empty();
        }
        List<Report> there = bySentence.get(lead.get().span().start());
        List<Report> deedFirst = GoverningDeed.first(there, written);
        if (deedFirst.isEmpty()) {
            return Optional.empty();
        }
        Report deed = deedFirst.get(0);
        boolean recent = !deed.time().start().isAfter(written)
                && !deed.time().start().isBefore(written.minusDays(DayOfTheSentenceBefore.RECENT_DAYS));
        boolean done = !deed.source().isBackground() && DayOfTheSentenceBefore.isDay(deed.time())
                && DayOfTheSentenceBefore.endsAsADeedDone(lead.get().span().of(doc.text()));
        return recent && done ? Optional.of(deed) : Optional.empty();
    }

    /**
     * Where, outside quotes, a sentence says its words were said at an occasion that is not a statement of the lead's
     * day: the press conference (記者会見で, 会見で, 記者団に, 報道陣に, 取材に), where the lead's news itself was mostly
     * announced, so that the writers read its words as that announcement told further, no report of their own; or the
     * proceedings of a court or an inquiry (判決理由で, 控訴審で, 公判で, 審理で, 調べに対し), whose words are the ruling's
     * or were said on the trial's days, not on the lead's.
     */
    private static final Pattern OTHER_OCCASION = Pattern.compile("会見|記者団に|報道陣に|取材に|判決理由|決定理由|審で|公判で|審理で|調べに対し");

    /**
     * Whether the words a sentence quotes, read without its quotes, were said on the lead's day as a statement of their
     * own: {@code 館長は「…」と話した。}, {@code 市長は式の後、「…」と述べた。} → true; {@code 社長は記者会見で「…」と述べた。},
     * {@code 裁判長は判決理由で「…」と指摘した。} → false.
     */
    static boolean saidThatDay(String unquoted) {
        return !OTHER_OCCASION.matcher(unquoted).find();
    }
}
