package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whose officer a company's head is when the sentence does not say: news names the company, then its head by name
 * and title alone (東邦精機は10日、決算を発表した。田中一郎社長は記者会見で…と述べた) or by the title alone (社長は来月、
 * 計画を示す). The title is the company's as 同社 would be ({@link app.nenpyo.nlp.Coreference}: the company named last before, within
 * reach, in a sentence naming no other), and the company becomes an actor of the report at the title's words, with
 * the reason said ({@link CompaniesAtWords}): what the head says or does there, the company says or does. Only when:
 * <ul>
 *   <li>the title is a company's head's, whole (社長, 会長, 頭取 and their deputies and former holders, CEO; not
 *       政調会長, a party's), after a person's name found (田中一郎社長, 田中社長) or as a phrase of its own (、社長は), as
 *       the topic or subject (は, が, も) of the report's clause;</li>
 *   <li>the report names no organisation (東邦精機の田中社長 names it already; 医師会の会長 is the association's).</li>
 * </ul>
 * The label is left as read: the person said it (田中一郎社長が…と発言).
 *
 * <p>Known weaknesses: the heads of public bodies (総裁 of a central bank, 理事長 of an agency, 学長, 院長) are left
 * alone: their body is no company 同社 would point at, and their titles are borne by heads of bodies of many kinds;
 * a company named between the head's company and the head (a client, a rival) leaves the title alone.
 */
final class OfficersCompanies {

    /** A company head's whole title after a person's name: 社長, 前会長, 代表取締役社長; not 政調会長 (a party's). */
    private static final Pattern HEAD = Pattern.compile("(?:前|元|副)?(?:代表取締役)?(?:社長|会長|頭取|CEO)");

    /** The titles {@link #TITLE_ALONE} takes said alone. */
    private static final List<String> TITLES_ALONE = List.of("社長", "会長", "頭取");

    /**
     * The title said alone, as a phrase of its own: at the sentence's start or after a comma or a bracket. Each title
     * quoted, so that the pattern takes no more than the literal gate {@link #holdsATitleAlone} lets through.
     */
    private static final Pattern TITLE_ALONE = Pattern.compile("(?<=^|[。\\n、「（　 ])(?:"
            + TITLES_ALONE.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?=[はがも])");

    private OfficersCompanies() {
    }

    /**
     * The reports with each company head's company added as an actor; the new mentions are added to {@code actors}
     * too (the document's every actor, in text order, links included).
     *
     * @param text the document text the spans index
     */
    static List<Report> withCompanies(String text, List<Report> reports, List<ActorMention> actors) {
        Map<Integer, TextSpan> headed = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (r.actors().stream().noneMatch(a -> a.kind() == ActorKind.ORGANISATION)) {
                TextSpan title = headsTitle(text, r);
                if (title != null) {
                    headed.put(i, title);
                }
            }
        }
        return CompaniesAtWords.added(text, reports, actors, headed);
    }

    /** Where the report's clause writes a company head's title as its topic or subject, or null. */
    private static TextSpan headsTitle(String text, Report r) {
        TextSpan clause = r.source().clause();
        for (ActorMention a : r.actors()) {
            if (a.kind() == ActorKind.PERSON && clause.contains(a.span()) && a.span().end() < text.length()
                    && "はがも".indexOf(text.charAt(a.span().end())) >= 0) {
                if (HEAD.matcher(a.title()).matches() && a.surface().endsWith(a.title())) {
                    return new TextSpan(a.span().end() - a.title().length(), a.span().end());
                }
            }
        }
        if (!holdsATitleAlone(clause.of(text))) {
            return null;
        }
        Matcher alone = TITLE_ALONE.matcher(text).region(clause.start(), clause.end());
        alone.useTransparentBounds(true);
        return alone.find() ? new TextSpan(alone.start(), alone.end()) : null;
    }

    /**
     * Whether the clause holds a title {@link #TITLE_ALONE} takes at all: asked first, as the pattern, opening with a
     * look-behind, is tried at every character of every report's clause, and few clauses name a company's head.
     */
    private static boolean holdsATitleAlone(String clause) {
        for (String title : TITLES_ALONE) {
            if (clause.contains(title)) {
                return true;
            }
        }
        return false;
    }
}
