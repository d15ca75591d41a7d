package app.nenpyo.events;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.InTextOrder;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses what the category of a dated clause is read from when the date is not the main verb's (decision 0029's
 * addendum of session 35): a date inside the incident that frames the sentence ({@link IncidentFrame}: 昨年7月に沖で
 * 旅客船が沈んだ事故で、国交省は…処分を出した) is the incident's, read from the frame alone; a date inside what the
 * clause's last verb makes known is the deed reported, read without the report; a newspaper's report its date dates is
 * other, whatever it tells ({@link PressReports}, session 36: 東都新聞は5日付の朝刊で、…経済対策を報じた); any other date
 * is the clause's, read by {@link CategoryRules#categorise}, and words said where that finds nothing and the clause's
 * verb takes a quotation ({@link QuotedWords}, session 39: 町長は13日、「一日も早い開通を」と県に要望した).
 *
 * <pre>
 *   社長は16日に会見し、6月30日付で辞任すると表明した。  6月30日 → the resignation: OTHER, not the statement
 *   同社は2日、田中専務が4月1日付で社長に昇格する人事を発表した。  4月1日 → the promotion: OTHER, not the announcement
 *   市長は16日、辞任を表明した。                        16日 → the statement (the date is set off: the verb's)
 *   市長は16日に辞任を表明した。                        16日 → the statement (no verb between: the date is the verb's)
 *   同社は15日付のプレスリリースで、新工場を建設すると発表した。  15日 → the announcement (付の: a dated document)
 *   2025年の万博に向けて、政府は14日に補助金を設けると発表した。  14日 → the announcement (2025年: not the doer's date)
 * </pre>
 *
 * <p>The date is inside what is reported when no comma sets it off (県は5日、…と発表した dates the announcing verb),
 * the clause ends with a verb that makes something known (表明, 発表, 公表, 明らかにする) whose quotation or object
 * is a verb's clause (…辞任すると表明, …昇格する人事を発表), and the date is not the report's: it is the day a change
 * takes effect (4月1日付で, no comma after it), or the doer's own date stands before it: set off after the topic
 * (同社は2日、) or ending a clause of its own, a verb and a comma after it (16日に会見し、), not in a の-phrase nor in
 * a phrase that frames (2025年の万博に向けて、). Then the label is read without its last verb, the words naming the
 * happening without it, and the predicate not at all. A lone date before such a verb is the report's
 * (市は14日に新しい補助金を設けると発表した: the announcement), as the writers read it. Known weakness: of two dates the second may be the report's too
 * (3日に説明会を開き、5日に新制度を始めると発表した reads the 5th as the new scheme's).
 */
final class DatedClauseCategory {

    /** Verbs that frame what follows rather than act (2025年の万博に向け、, 選挙を控え、): no clause of the doer's. */
    private static final Set<String> FRAMING_VERBS = Set.of("向ける", "控える");
    /** What follows the day a change takes effect: 4月1日付で, 4月1日付けで. */
    private static final List<String> TAKING_EFFECT = List.of("付で", "付けで");

    private DatedClauseCategory() {
    }

    /**
     * The category of a clause from its label, the words naming its happening and the words its date governs; those
     * of the incident framing the sentence when the date is written inside the frame, those of the deed reported when
     * the date is inside what the clause's last verb makes known, else as {@link CategoryRules#categorise} reads them.
     *
     * @param s          the sentence
     * @param clause     the clause the date governs, in the sentence
     * @param date       the date expression, in the sentence
     * @param otherDates the sentence's dates, in the sentence; the date itself among them is passed over by its place
     */
    static EventCategory categorise(Label label, AnalysedSentence s, TextSpan clause, TextSpan date, List<TextSpan> otherDates) {
        List<Token> tokens = s.tokens();
        Optional<String> frame = IncidentFrame.after(s, clause, date, otherDates);
        if (frame.isPresent()) {
            return CategoryRules.categorise("", frame.get(), List.of(), List.of());
        }
        if (PressReports.aPaperReports(label.text(), label.predicate()) && PressReports.datesTheReport(s, clause, date)) {
            // the paper's report is the happening, whatever it tells; its editorial is its words
            return PressReports.categoryOfTheReport(s, clause);
        }
        List<String> governed = CategoryRules.governedWords(tokens, clause, date, label.predicate());
        if (!CategoryRules.makesKnown(label.predicate()) || !dateInsideWhatIsReported(tokens, s.text(), clause, date, otherDates)) {
            // 「一日も早い開通を」と県に要望した: words said, whatever the verb, where nothing else has a category
            return QuotedWords.orWordsSaid(CategoryRules.categorise(label.predicate(), label.text(), label.headWords(), governed),
                    tokens, s.text(), clause, date, label.predicate());
        }
        List<String> heads = new ArrayList<>();
        for (String w : label.headWords()) {
            if (!CategoryRules.makesKnown(w)) {
                heads.add(w);
            }
        }
        return CategoryRules.categorise("", withoutTheReport(label.text(), label.predicate()), heads, governed);
    }

    /**
     * Whether the date is inside what the clause's last verb reports: no comma after the date, the reporting verb takes
     * a verb's clause as its quotation (…すると表明) or as the clause of its object (…昇格する人事を発表), and the date
     * is a change's (付で) or the doer's own earlier date stands before it.
     */
    private static boolean dateInsideWhatIsReported(List<Token> tokens, String text, TextSpan clause, TextSpan date,
                                                    List<TextSpan> otherDates) {
        if (date.end() <= date.start() || CategoryRules.setOff(tokens, date)) {
            return false;
        }
        int last = CategoryRules.lastWord(tokens, clause);
        if (last < 2 || !CategoryRules.makesKnown(tokens.get(last).baseForm())
                || tokens.get(last - 1).span().start() < date.end()) {
            return false;
        }
        Token marker = tokens.get(last - 1);
        boolean reportsAClause = Morphemes.isParticle(marker, "と") ? endsAVerb(tokens.get(last - 2))
                : Morphemes.isParticle(marker, "を") && last >= 3 && Morphemes.isNounLike(tokens.get(last - 2))
                        && endsAVerb(tokens.get(last - 3)) && tokens.get(last - 3).span().start() >= date.end();
        return reportsAClause && (takesEffect(text, date) || datedBefore(tokens, text, otherDates, date));
    }

    /**
     * Whether the date is followed by 付で (4月1日付で辞任する): the day a change takes effect, not the day it is told;
     * not 付の (15日付のプレスリリースで: a dated document) nor 付で set off by a comma (16日付で、…と発表: the release's).
     */
    private static boolean takesEffect(String text, TextSpan date) {
        for (String mark : TAKING_EFFECT) {
            if (text.startsWith(mark, date.end())) {
                int after = date.end() + mark.length();
                return after >= text.length() || "、，".indexOf(text.charAt(after)) < 0;
            }
        }
        return false;
    }

    /**
     * Whether the doer's own date stands before the date: one a comma sets off right after the topic (同社は2日、) or
     * one of a clause of its own, a verb and a comma after it (16日に記者会見し、). Not a date of a の-phrase or of a
     * phrase that frames (2025年の万博に向けて、), nor one modifying the subject.
     */
    private static boolean datedBefore(List<Token> tokens, String text, List<TextSpan> otherDates, TextSpan date) {
        for (TextSpan other : otherDates) {
            if (other.end() <= date.start() && other.end() > other.start()
                    && (CategoryRules.setOff(tokens, other) && CategoryRules.afterTopic(tokens, other)
                        || endsAClauseOfItsOwn(tokens, text, other, date))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb and a comma follow the earlier date before the later one: 16日に記者会見し、6月30日付で…. */
    private static boolean endsAClauseOfItsOwn(List<Token> tokens, String text, TextSpan earlier, TextSpan later) {
        int comma = -1;
        for (int i = earlier.end(); i < later.start() && comma < 0; i++) {
            if ("、，".indexOf(text.charAt(i)) >= 0) {
                comma = i;
            }
        }
        if (comma < 0) {
            return false;
        }
        int before = InTextOrder.firstStartingFrom(tokens, Token::span, comma) - 1;
        if (before < 0 || tokens.get(before).span().start() < earlier.end()) {
            return false;
        }
        if (!endsAVerb(tokens.get(before))) {
            return false;
        }
        int first = CategoryRules.firstTokenAfter(tokens, earlier);
        if (first <= before && Morphemes.isParticle(tokens.get(first), "の")) {
            // 2025年の万博…: the date names a thing, not the doer's day
            return false;
        }
        for (int i = first; i <= before; i++) {
            if (FRAMING_VERBS.contains(tokens.get(i).baseForm())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word ends a verb's clause: the verb itself, する or an ending (辞任する, 昇格した, 行う). */
    private static boolean endsAVerb(Token t) {
        return Morphemes.isVerb(t) || Morphemes.isSuru(t) || Morphemes.isVerbEnding(t);
    }

    /** The label without the reporting verb at its end and the particle before it: 社長辞任と表明 → 社長辞任. */
    private static String withoutTheReport(String label, String predicate) {
        if (!label.endsWith(predicate)) {
            return label;
        }
        String said = label.substring(0, label.length() - predicate.length());
        return said.endsWith("と") || said.endsWith("を") ? said.substring(0, said.length() - 1) : said;
    }
}
