package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names an article gave once, found again where it writes them bare. News introduces a body or a person once
 * with what says what it is (東雲鉄道の藤堂昭彦社長, 英国航空（BA）, 北浜市長の岡部信也氏) and then writes the name alone
 * (東雲鉄道山吹線で, BAによると, 岡部市長は), where nothing in that sentence says it is a name: the finder, reading
 * one sentence at a time, took it only where the cue stood.
 *
 * <ul>
 *   <li>An organisation found in the article by a name of its own that no list holds (a made-up company, an
 *       abbreviation given in brackets) is that organisation wherever the article writes the name again, from a word's
 *       start to a word's end: 「…東雲鉄道の藤堂昭彦社長は…」 makes 「柚木町の東雲鉄道山吹線で脱線した」 name 東雲鉄道; 英国航空（BA）
 *       makes 「BAによると」 name BA. Not inside a longer word (BALPA holds no BA, 百条委員会 no 百条委: 委 / 員 is
 *       inside 委員), nor
 *       a body said only by its kind (調査委員会: which one is the article's matter), nor a name the gazetteer knows
 *       (found wherever written already, or refused where it is refused: 日経 in 日経平均株価).</li>
 *   <li>A surname before a municipal head's title (岡部市長, 中川町長), which the finder leaves alone because 田中市長
 *       may be the mayor of 田中市 (decision 0030), is a person when the article named a person in full with that
 *       surname and no other (岡部信也 → 岡部市長 is 岡部, canonically 岡部信也), not when that name came with another
 *       municipal head's title (岡部信也市長, then 中川町の岡部町長: another town's head).</li>
 * </ul>
 * Found mentions stay as they are: what is written again is looked for only where no mention stands.
 *
 * <p>Known weaknesses: a name found wrongly once is found wrongly again; a name the article writes only in a
 * sentence no report is read from is not known; two full names with one surname leave the surname alone.
 */
public final class NamesSaidAgain {

    /** The titles a surname alone is refused before (decision 0030): 市長, 副町長. */
    private static final List<String> MUNICIPAL_HEADS = List.of("副市長", "副町長", "副村長", "副区長", "市長", "町長", "村長", "区長");

    /** The shortest name looked for again: BA, JA. */
    private static final int SHORTEST = 2;

    private final Map<String, ActorMention> organisations;
    private final WordTrie organisationNames;
    /** The one full name of each surname of two or three kanji, or "" where two full names share it. */
    private final Map<String, String> fullNameBySurname;
    /** The title each full name was found with ("" when none), which a municipal head's title written later must not contradict. */
    private final Map<String, String> titleByFullName;

    private NamesSaidAgain(Map<String, ActorMention> organisations, Map<String, String> fullNameBySurname,
                           Map<String, String> titleByFullName) {
        this.organisations = organisations;
        this.organisationNames = organisations.isEmpty() ? null : new WordTrie(organisations.keySet());
        this.fullNameBySurname = fullNameBySurname;
        this.titleByFullName = titleByFullName;
    }

    /**
     * What the article's found mentions make known.
     *
     * @param found     every mention found in the article (any spans)
     * @param gazetteer the gazetteer the finder read them with: its names are not looked for again
     */
    public static NamesSaidAgain of(List<ActorMention> found, Gazetteer gazetteer) {
        Map<String, ActorMention> organisations = new HashMap<>();
        Map<String, String> fullNameBySurname = new HashMap<>();
        Map<String, String> titleByFullName = new HashMap<>();
        for (ActorMention m : found) {
            if (m.kind() == ActorKind.ORGANISATION && !m.saysOnlyItsKind() && m.surface().equals(m.name())
                    && m.name().length() >= SHORTEST && gazetteer.exactly(m.name()).isEmpty()) {
                organisations.putIfAbsent(m.name(), m);
            }
            if (m.kind() == ActorKind.PERSON && m.name().length() >= 3 && ActorRegistry.isKanji(m.name())) {
                for (int length = 2; length <= 3 && length < m.name().length(); length++) {
                    fullNameBySurname.merge(m.name().substring(0, length), m.name(), (a, b) -> a.equals(b) ? a : "");
                }
                titleByFullName.merge(m.name(), m.title(), (a, b) -> a.isEmpty() ? b : a);
            }
        }
        return new NamesSaidAgain(organisations, fullNameBySurname, titleByFullName);
    }

    /**
     * The sentence's mentions with the names said again added where no mention stands, in text order.
     *
     * @param text   the sentence
     * @param tokens its tokens, spans into {@code text}
     * @param found  the mentions the finder found in it, spans into {@code text}
     */
    public List<ActorMention> in(String text, List<Token> tokens, List<ActorMention> found) {
        if (organisationNames == null && fullNameBySurname.isEmpty()) {
            return found;
        }
        boolean[] taken = new boolean[text.length() + 1];
        for (ActorMention m : found) {
            for (int k = Math.max(0, m.span().start()); k < Math.min(text.length(), m.span().end()); k++) {
                taken[k] = true;
            }
        }
        // the token starting at each position, and where words end: an array, as the finder has them
        Token[] wordAt = new Token[text.length() + 1];
        boolean[] wordEnds = new boolean[text.length() + 1];
        for (Token t : tokens) {
            if (t.span().start() >= 0 && t.span().start() < text.length()) {
                wordAt[t.span().start()] = t;
            }
            wordEnds[Math.min(text.length(), Math.max(0, t.span().end()))] = true;
        }
        List<ActorMention> added = new ArrayList<>(0);
        for (int i = 0; i < text.length(); i++) {
            if (taken[i] || wordAt[i] == null || i > 0 && sameScript(text.charAt(i - 1), text.charAt(i))) {
                continue;
            }
            ActorMention again = organisationAt(text, i, taken, wordEnds);
            if (again == null) {
                again = headOfAMunicipalityAt(text, wordAt[i], taken);
            }
            if (again != null) {
                added.add(again);
                i = again.span().end() - 1;
            }
        }
        if (added.isEmpty()) {
            return found;
        }
        List<ActorMention> all = new ArrayList<>(found);
        all.addAll(added);
        all.sort(Comparator.comparing(ActorMention::span));
        return all;
    }

    private ActorMention organisationAt(String text, int i, boolean[] taken, boolean[] wordEnds) {
        if (organisationNames == null) {
            return null;
        }
        int length = organisationNames.longestAt(text, i, text.length());
        int end = i + length;
        if (length == 0 || !wordEnds[end] || isTaken(taken, i, end) || endsInsideAWord(text, end)) {
            return null;
        }
        ActorMention known = organisations.get(text.substring(i, end));
        return known == null ? null : new ActorMention(known.surface(), new TextSpan(i, end), known.kind(), known.name(),
                known.canonical(), known.title(), known.country(), known.reason());
    }

    private ActorMention headOfAMunicipalityAt(String text, Token surname, boolean[] taken) {
        int i = surname.span().start();
        if (!surname.is(PartOfSpeech.SURNAME)
                || fullNameBySurname.getOrDefault(surname.surface(), "").isEmpty()) {
            return null;
        }
        int from = surname.span().end();
        String fullName = fullNameBySurname.get(surname.surface());
        for (String title : MUNICIPAL_HEADS) {
            int end = from + title.length();
            if (text.startsWith(title, from) && !isTaken(taken, i, end)
                    && (end >= text.length() || !Character.isIdeographic(text.charAt(end)))
                    && !anotherOffice(titleByFullName.getOrDefault(fullName, ""), title)) {
                // the person named in full: its canonical name, as a link found by coreference has it
                return new ActorMention(text.substring(i, end), new TextSpan(i, end), ActorKind.PERSON, surname.surface(),
                        fullName, title, "", "");
            }
        }
        return null;
    }

    /**
     * Whether the full name was found with a municipal head's title other than the one written now (岡部信也市長, then
     * 中川町の岡部町長: another town's head of that surname); a name found with no such title (岡部信也氏) may be any.
     */
    private static boolean anotherOffice(String knownTitle, String written) {
        return MUNICIPAL_HEADS.stream().anyMatch(knownTitle::endsWith) && !knownTitle.endsWith(written);
    }

    private static boolean isTaken(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    /** A name of Latin letters or katakana goes on into a longer one (BA in BALPA); a kanji name may stand before a word (東雲鉄道山吹線). */
    private static boolean endsInsideAWord(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char last = text.charAt(end - 1);
        return !Character.isIdeographic(last) && sameScript(last, text.charAt(end));
    }

    private static boolean sameScript(char a, char b) {
        if (Character.isIdeographic(a) || Character.isIdeographic(b)) {
            return Character.isIdeographic(a) && Character.isIdeographic(b);
        }
        Character.UnicodeScript sa = Scripts.of(a);
        return sa != Character.UnicodeScript.COMMON && sa == Scripts.of(b) || isKatakana(a) && isKatakana(b);
    }

    private static boolean isKatakana(char c) {
        return Scripts.of(c) == Character.UnicodeScript.KATAKANA || c == 'ー';
    }
}
