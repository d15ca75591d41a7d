package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;
import java.util.Set;

/**
 * A body news names by what it is rather than by a name, as the one that acts: 市が設けた調査委員会は28日、報告書を提出した;
 * 原告団は13日に集会を開き; 再稼働に反対する市民団体は29日、抗議集会を開いた; 早瀬川水系渇水対策協議会は20日、…決めた. A committee,
 * a council, a team of lawyers or plaintiffs, a citizens' group or a residents' union is who did the deed, and the
 * writer lists it as an actor; a thing the sentence is about it is not ({@code TopicalisedObjects} in events reads
 * such a word as a who).
 *
 * <p>The body is the run of words from a phrase's start (after a particle, a mark or a verb: 県の｜調査委員会,
 * 設けた｜調査委員会) to one of {@link #KINDS}, words joined by ・ too (調査・安全小委員会), with at least one word before
 * a kind that is no word alone (第三者委員会, 市民団体; 委員会は alone points back to one named before), and it must be
 * the topic or the subject of its clause (は, が, も after it): 第三者委員会を設け tells what the city did, 委員会の報告書 whose
 * report. A name the gazetteer or another rule knows wins a tie (運輸安全委員会, 北浜市選挙管理委員会), and a run that
 * starts with a body's or a person's name is that name's (衆院予算委員会: 衆院 is found, not a new body). A place's
 * office said by its kind (町選挙管理委員会, 県教育委員会) is an actor by its kind, as 県警 and 市議会 are ({@code
 * UnnamedOffices}), not joined to the place named before.
 *
 * <p>The mention says it is a body said by its kind ({@link ActorMention#saysOnlyItsKind}), so that a label keeps
 * whose it is (文部科学省の調査・安全小委員会が初会合を開催, not 調査・安全小委員会が…).
 *
 * <p>Known weaknesses: the body's name is its words as written, so two articles' 調査委員会 (or two towns'
 * 町選挙管理委員会) are one actor in the project, as 県警 is; a delegation (視察団, 代表団) is left to the country or body named with it.
 */
final class BodiesByTheirKind {

    /** How a body said by what it is ends. */
    private static final List<String> KINDS = List.of("委員会", "協議会", "審議会", "弁護団", "原告団", "団体", "管理組合");

    /** Kinds that are a whole word, a body on their own: 弁護団は, 原告団が. */
    private static final Set<String> WHOLE_WORDS = Set.of("弁護団", "原告団", "管理組合");

    /** The particles that make the body its clause's topic or subject. */
    private static final Set<String> TOPIC_OR_SUBJECT = Set.of("は", "が", "も");

    private BodiesByTheirKind() {
    }

    /** Whether {@code text} may name a body by its kind at all (it holds 委員会, 団体…), checked once a sentence. */
    static boolean mayNameOne(String text) {
        return WordsWritten.anyIn(text, KINDS);
    }

    /**
     * The body said by its kind starting at {@code i}, or null: 「市が設けた調査委員会は」 at 調 → 調査委員会; 「原告団は」 →
     * 原告団; 「第三者委員会を設け」, 「委員会は」, 「衆院予算委員会で」 → null.
     */
    static ActorMention at(String text, Token[] tokenAt, int i) {
        if (i > 0 && continuesAWord(text.charAt(i - 1))) {
            return null;
        }
        int end = -1;
        int at = i;
        for (Token t = ActorFinder.at(tokenAt, at); t != null && mayBeInABodysName(t, at == i); t = ActorFinder.at(tokenAt, at)) {
            at = t.span().end();
            String run = text.substring(i, at);
            for (String kind : KINDS) {
                if (run.endsWith(kind) && (run.length() > kind.length() || WHOLE_WORDS.contains(kind))) {
                    end = at;
                }
            }
            if (at < text.length() && text.charAt(at) == '・') {
                at++; // 調査・安全小委員会: words of one name joined
            }
        }
        Token after = end < 0 ? null : ActorFinder.at(tokenAt, end);
        if (after == null || !after.is(PartOfSpeech.PARTICLE) || !TOPIC_OR_SUBJECT.contains(after.surface())) {
            return null;
        }
        String name = text.substring(i, end);
        return new ActorMention(name, new TextSpan(i, end), ActorKind.ORGANISATION, name, name, "", "", ActorMention.SAID_BY_ITS_KIND);
    }

    /** Whether a word may be part of a body's name said by its kind: a common noun, a figure (百条委員会), a prefix. */
    private static boolean mayBeInABodysName(Token t, boolean first) {
        if (t.is(PartOfSpeech.ORGANISATION_NAME) || t.is(PartOfSpeech.PERSON_NAME)) {
            return false;
        }
        return t.is(PartOfSpeech.NOUN) && !t.is(PartOfSpeech.DEPENDENT_NOUN) && !t.is(PartOfSpeech.PRONOUN)
                && !t.is(PartOfSpeech.ADVERBIAL_NOUN) || first && t.is(PartOfSpeech.PREFIX);
    }

    /** Whether a character goes on the word before it: a kanji, a katakana, a long mark or ・ (also read by {@link CompanyNames}). */
    static boolean continuesAWord(char c) {
        return Scripts.isHan(c) || c >= 'ァ' && c <= 'ヺ' || c == 'ー' || c == '・';
    }
}
