package app.nenpyo.events;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deed an article's lead tells, whose day a quote said later in the article without a day of its own takes when the
 * sentence right before it tells no deed done (decision 0042's addendum of 2026-12-13): news opens with the day's
 * happening, and the words it quotes further down were said that day, after a plan, a figure or a flashback told
 * between.
 *
 * <p>{@code 市は14日、図書館を5月まで休館すると発表した。休館中は移動図書館を走らせる予定だ。館長は「ご不便をおかけする」と
 * 話した。}, written on the 15th → the words are a statement of the 14th; the same words after {@code 館長は1998年4月1日に
 * 就任した。} (a deed done on a day, of long ago) are not read here ({@link DayOfTheSentenceBefore} reads them, and refuses
 * them). A deed of a year, a month or a range of days ({@code 館長は1998年に就任した。}, {@code 市は昨年10月にも説明会を開いた。},
 * {@code 祭りは15～16日に開かれた。}) counts as no deed: the words after it take the lead's day, as the writers of sets
 * eleven and thirteen date them.
 *
 * <p>The lead is the first sentence of the article's body that ends as a deed done with a report on the timeline on or
 * before the article's day (not its dateline, nor a plan it opens with: {@code 市は4月1日から図書館を休館する。市が19日、
 * 発表した。} leads with the 19th); its deed ({@link GoverningDeed}) must be on the timeline, on one day, told as done,
 * and lie in the week before the article ({@link DayOfTheSentenceBefore#RECENT_DAYS}): words quoted in a story of long
 * ago (a trial's history, an anniversary) were said on days the article does not tell. Its reach ends at the next address
 * line or title paragraph ({@link Lead}): a blog that pastes several articles gives a later one's quotes no day of the
 * first's.
 *
 * <p>Known weaknesses: words the article quotes from an earlier day (a speech at the event its lead recalls) take the
 * lead's day unless the sentence names the occasion ({@link #saidThatDay}); an article that leads with a flashback told
 * as a deed done and tells the day's news second gives its quotes no day; articles pasted one after another with no
 * title or address line between read as one; only the first quote after a deed the sentence before refuses is refused
 * (a second, {@code …とも指摘した}, takes the lead's day).
 */
final class DayOfTheLead {

    private DayOfTheLead() {
    }

    /**
     * The lead's deed and where its reach ends: at the first address line after the lead ({@code https://example.jp/news/2})
     * or the first body paragraph of no full stop ({@code 商店街の空き店舗増加} on its own), which opens another article
     * pasted into the same post, whose quotes were said on days of their own; the text's end when none.
     */
    record Lead(Report deed, int reachEnd) {

        /** Whether a sentence after {@code before} lies in the lead's reach: after the lead, before the next title. */
        boolean reaches(Sentence before, Sentence sentence) {
            return deed.source().sentence().end() <= before.span().end() && sentence.span().start() < reachEnd;
        }
    }

    /** A full stop: a paragraph of none in the body is a title or an address, no sentence of the story. */
    private static final Pattern FULL_STOP = Pattern.compile("[。．]");

    /**
     * A line that is only an address ({@code https://example.jp/news/2}), which a clipping blog puts under each article's
     * title, in the paragraph of its first sentences; never a line of a hard-wrapped sentence, as a title line may be.
     */
    private static final Pattern ADDRESS_LINE = Pattern.compile("(?m)^[ \t　]*(https?://|www\\.)\\S*[ \t　]*$");

    /**
     * The lead, if the article has one a later quote may take the day of.
     *
     * @param bySentence the reports of the document's dated sentences by the start of their sentence
     * @param written    the article's day; null when it has none (then no lead is recent: none)
     */
    static Optional<Lead> lead(AnalyzedDocument doc, Map<Integer, List<Report>> bySentence, LocalDate written) {
        if (written == null) {
            return Optional.empty();
        }
        // the dateline, the lines of no verb above the story and a plan it opens with are no lead: the first sentence
        // telling a deed done, on or before the article's day, is
        Optional<Sentence> lead = doc.sentences().stream()
                .filter(s -> DayOfTheSentenceBefore.isBody(doc, s))
                .filter(s -> DayOfTheSentenceBefore.endsAsADeedDone(s.span().of(doc.text())))
                .filter(s -> bySentence.getOrDefault(s.span().start(), List.of()).stream()
                        .anyMatch(r -> BackgroundRules.aDeedWhoseDayIsTaken(doc.text(), r)
                                && !r.time().start().isAfter(written)))
                .findFirst();
        if (lead.isEmpty()) {
            return Optional.empty();
        }
        List<Report> there = bySentence.get(lead.get().span().start());
        List<Report> deedFirst = GoverningDeed.first(there, written, doc.text());
        if (deedFirst.isEmpty()) {
            return Optional.empty();
        }
        Report deed = deedFirst.get(0);
        boolean recent = !deed.time().start().isAfter(written)
                && !deed.time().start().isBefore(written.minusDays(DayOfTheSentenceBefore.RECENT_DAYS));
        // the lead ends as a deed done (the search above asked it)
        boolean done = BackgroundRules.aDeedWhoseDayIsTaken(doc.text(), deed)
                && DayOfTheSentenceBefore.isDay(deed.time());
        return recent && done ? Optional.of(new Lead(deed, reachEnd(doc, lead.get()))) : Optional.empty();
    }

    private static int reachEnd(AnalyzedDocument doc, Sentence lead) {
        String text = doc.text();
        int title = doc.paragraphs().stream()
                .filter(p -> p.kind() == ParagraphKind.BODY && p.span().start() >= lead.span().end())
                .filter(p -> !p.span().of(text).isBlank() && !FULL_STOP.matcher(p.span().of(text)).find())
                .mapToInt(p -> p.span().start()).findFirst().orElse(text.length());
        Matcher address = ADDRESS_LINE.matcher(text).region(lead.span().end(), title);
        return address.find() ? address.start() : title;
    }

    /**
     * Where, outside quotes, a sentence says its words were said at an occasion that is not a statement of the lead's
     * day: the press conference (記者会見で, 会見で, 記者団に, 報道陣に, 取材に), where the lead's news itself was mostly
     * announced, so that the writers read its words as that announcement told further, no report of their own; or the
     * proceedings of a court or an inquiry (判決理由で, 控訴審で, 公判で, 審理で, 調べに対し), whose words are the ruling's
     * or were said on the trial's days, not on the lead's. And words said at another time or place the sentence names:
     * before (生前, かつて, 当時, 以前, 就任時), in an interview (取材で, インタビュー), a lecture or a council's sitting
     * (講演, 議会で, 答弁); or the blog writer's own (私は, 僕も, 筆者は opening the sentence, not 私立; 思わず), or those of
     * someone the blog writer knows (筆者の近所の鮮魚店は, 私の母は: words the writer gathered on no day the article tells;
     * session 42), no statement the article reports.
     */
    private static final Pattern OTHER_OCCASION = Pattern.compile("会見|記者団に|報道陣に|取材[にで]|判決理由|決定理由|審で|公判で"
            + "|審理で|調べに対し|生前|かつて|当時|以前|就任時|インタビュー|講演|議会で|答弁|^[\\s　]*(私|僕|筆者)[はもが、の]|思わず");

    /**
     * Whether the words a sentence quotes, read without its quotes, were said on the lead's day as a statement of their
     * own: {@code 館長は「…」と話した。}, {@code 市長は式の後、「…」と述べた。} → true; {@code 社長は記者会見で「…」と述べた。},
     * {@code 裁判長は判決理由で「…」と指摘した。}, {@code 山田さんは生前「…」と語った。}, {@code 思わず妻に「…」と話した。},
     * {@code 近所の60代の女性は「…」と話した。} (a bystander: {@link #BYSTANDER}) → false.
     */
    static boolean saidThatDay(String unquoted) {
        return !OTHER_OCCASION.matcher(unquoted).find() && !toldByABystander(unquoted);
    }

    /**
     * Whether the speaker, the words before the sentence's first topic or subject (its first は or が after a word
     * not in hiragana), is a bystander ({@link #BYSTANDER}): {@code 近所の70代の男性は「…」と話した。} → true;
     * {@code 社長は近所の住民に「…」と話した。}, {@code 市長は、70代の男性が死亡した事故を受け「…」と述べた。} → false (the
     * bystander words are not the speaker's).
     */
    private static boolean toldByABystander(String unquoted) {
        Matcher particle = SPEAKERS_PARTICLE.matcher(unquoted);
        return particle.find() && BYSTANDER.matcher(unquoted.substring(0, particle.start())).find();
    }

    /** The first particle of a topic or subject: は or が right after a kanji, katakana, digit or bracket (男性は, （70）が). */
    private static final Pattern SPEAKERS_PARTICLE = Pattern.compile("(?<=[^\\p{IsHiragana}\\s　、。])[はが]");

    /**
     * A speaker the sentence names only by age and sex or as a neighbour, at the end of the speaker's words (近所の60代の
     * 女性, 現場近くに住む男性（70）, ３０代の会社員, 近所の住民): a bystander's words, gathered by the reporter at the scene on
     * a day the article does not tell, no statement of anyone's (decision 0042's addendum of 2026-12-17). Not a named
     * person, a neighbour among them (近くに住む山田花子さん（60）は), nor one named by a role (館長は, 県立高校2年の女子生徒は:
     * a rider of the cut buses, whose words set thirteen's writer expects).
     *
     * <p>Known weakness: a sentence whose first topic is no speaker (この日は、近所の男性は「…」) reads the first as the
     * speaker's and takes the words as said that day.
     */
    private static final Pattern BYSTANDER = Pattern.compile(
            "(近所の|近くに住む|[0-9０-９十]+代の?)[^、。「」]{0,12}?(女性|男性|主婦|会社員|夫婦|人|住民)(（[^）]*）)?$");
}
