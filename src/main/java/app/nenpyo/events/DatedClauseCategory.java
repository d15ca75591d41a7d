package app.nenpyo.events;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses what the category of a dated clause is read from when the date is not the main verb's (decision 0029's
 * addendum of session 35): a date inside the incident that frames the sentence ({@link IncidentFrame}: 昨年7月に沖で
 * 旅客船が沈んだ事故で、国交省は…処分を出した) is the incident's, read from the frame alone; a date inside what the
 * clause's last verb makes known is the deed reported, read without the report; any other date is the clause's, read
 * by {@link CategoryRules#categorise}.
 *
 * <pre>
 *   社長は16日に会見し、6月30日付で辞任すると表明した。  6月30日 → the resignation: OTHER, not the statement
 *   同社は2日、田中専務が4月1日付で社長に昇格する人事を発表した。  4月1日 → the promotion: OTHER, not the announcement
 *   市長は16日、辞任を表明した。                        16日 → the statement (the date is set off: the verb's)
 *   市長は16日に辞任を表明した。                        16日 → the statement (no verb between: the date is the verb's)
 * </pre>
 *
 * <p>The date is inside what is reported when no comma sets it off (県は5日、…と発表した dates the announcing verb),
 * the clause ends with a verb that makes something known (表明, 発表, 公表, 明らかにする) whose quotation or object
 * is a verb's clause (…辞任すると表明, …昇格する人事を発表), and the date is not the report's: it is the day a change
 * takes effect (4月1日付で), or another date stands before it in the sentence, the report's own or that of what
 * led to it (会見し). Then the label is read without its last verb, the words naming the happening without it, and
 * the predicate not at all. A lone date before such a verb is the report's (市は14日に新しい補助金を設けると発表した:
 * the announcement), as the writers read it. Known weakness: of two dates the second may be the report's too
 * (3日に説明会を開き、5日に新制度を始めると発表した reads the 5th as the new scheme's).
 */
final class DatedClauseCategory {

    /** The nouns of the verbs that make known what their doer says, decides or finds. */
    private static final Set<String> MAKING_KNOWN = Set.of("表明", "発表", "公表", "明らか");

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
     * @param otherDates the sentence's other dates, in the sentence
     */
    static EventCategory categorise(Label label, AnalysedSentence s, TextSpan clause, TextSpan date, List<TextSpan> otherDates) {
        List<Token> tokens = s.tokens();
        Optional<String> frame = IncidentFrame.after(tokens, s.text(), clause, date, otherDates);
        if (frame.isPresent()) {
            return CategoryRules.categorise("", frame.get(), List.of(), List.of());
        }
        List<String> governed = CategoryRules.governedWords(tokens, clause, date, label.predicate());
        boolean datedBefore = otherDates.stream().anyMatch(other -> other.end() <= date.start());
        if (!MAKING_KNOWN.contains(label.predicate()) || !dateInsideWhatIsReported(tokens, clause, date, datedBefore)) {
            return CategoryRules.categorise(label.predicate(), label.text(), label.headWords(), governed);
        }
        List<String> heads = label.headWords().stream().filter(w -> !MAKING_KNOWN.contains(w)).toList();
        return CategoryRules.categorise("", withoutTheReport(label.text(), label.predicate()), heads, governed);
    }

    /**
     * Whether the date is inside what the clause's last verb reports: no comma after the date, the date a change's
     * (付で) or another date before it, and the reporting verb takes a verb's clause as its quotation (…すると表明) or
     * as the clause of its object (…昇格する人事を発表).
     */
    private static boolean dateInsideWhatIsReported(List<Token> tokens, TextSpan clause, TextSpan date, boolean datedBefore) {
        if (date.end() <= date.start() || CategoryRules.setOff(tokens, date)
                || !(datedBefore || takesEffect(tokens, date))) {
            return false;
        }
        int last = lastWord(tokens, clause);
        if (last < 2 || !MAKING_KNOWN.contains(tokens.get(last).baseForm())
                || tokens.get(last - 1).span().start() < date.end()) {
            return false;
        }
        Token marker = tokens.get(last - 1);
        if (Morphemes.isParticle(marker, "と")) {
            return endsAVerb(tokens.get(last - 2));
        }
        return Morphemes.isParticle(marker, "を") && last >= 3 && Morphemes.isNounLike(tokens.get(last - 2))
                && endsAVerb(tokens.get(last - 3)) && tokens.get(last - 3).span().start() >= date.end();
    }

    /** Whether the date is followed by 付 (4月1日付で): the day a change takes effect, not the day it is told. */
    private static boolean takesEffect(List<Token> tokens, TextSpan date) {
        for (Token t : tokens) {
            if (t.span().start() >= date.end()) {
                return t.surface().startsWith("付");
            }
        }
        return false;
    }

    /** The index of the clause's last word, its endings, する and に passed over; -1 when none. */
    private static int lastWord(List<Token> tokens, TextSpan clause) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (clause.contains(t.span())
                    && !(Morphemes.isVerbEnding(t) || Morphemes.isSuru(t) || Morphemes.isParticle(t, "に"))) {
                return i;
            }
        }
        return -1;
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
