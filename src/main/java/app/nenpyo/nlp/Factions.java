package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;

/**
 * A faction or an armed movement named by a name and 派: a party's faction by its leader's surname (安倍派, 茂木派), a
 * movement by its own name in katakana (フーシ派). The finder took the surname for the leader himself (岸田派 → 岸田文雄)
 * or for a place (麻生派 → 麻生), and the katakana name, cut by IPADIC (フー / シ), for nothing; the group is the actor.
 *
 * <p>The name before 派 is one surname (IPADIC's 人名-姓, or a place it reads a surname as: 麻生), or katakana words of
 * which one at least is a proper noun or unknown to the dictionary, no country. 派 must end the word.
 *
 * <p>Examples: 「フーシ派は19日」 → organisation フーシ派; 「茂木派と麻生派が」 → 茂木派, 麻生派. None in ハト派, タカ派, リベラル派
 * (katakana words a reader knows: what a side thinks), 親ロシア派 (a country: those for it), 改革派, 保守派 (common
 * words), 派閥 (the word goes on).
 *
 * <p>Known weaknesses: a faction named by a full name or a kanji word IPADIC knows as common (独立派, listed by one writer) is
 * not taken; a surname IPADIC reads as a common word before 派 is missed.
 */
final class Factions {

    /** The word that makes a name a faction's or a movement's. */
    private static final String FACTION = "派";

    /** The most characters of a name before 派: a surname of three kanji, a movement's name in katakana. */
    private static final int LONGEST_NAME = 8;

    private Factions() {
    }

    /** The faction named from {@code i}, or null. */
    static ActorMention at(String text, Token[] tokenAt, int i) {
        if (i > 0 && BodiesByTheirKind.continuesAWord(text.charAt(i - 1))) {
            return null;
        }
        Token first = ActorFinder.at(tokenAt, i);
        if (first == null) {
            return null;
        }
        int nameEnd = isASurname(first) ? first.span().end() : katakanaNameEnd(tokenAt, first);
        if (nameEnd < 0 || !text.startsWith(FACTION, nameEnd)) {
            return null;
        }
        int end = nameEnd + FACTION.length();
        if (end < text.length() && BodiesByTheirKind.continuesAWord(text.charAt(end))) {
            return null;
        }
        String name = text.substring(i, end);
        return new ActorMention(name, new TextSpan(i, end), ActorKind.ORGANISATION, name, name, "", "", "");
    }

    /** A surname IPADIC tags as one, or a place of two or three kanji it reads a surname as (麻生). */
    private static boolean isASurname(Token t) {
        String pos = t.partOfSpeech();
        return pos.startsWith("名詞-固有名詞-人名-姓") || pos.startsWith("名詞-固有名詞-地域-一般") && t.surface().length() <= 3
                && ActorRegistry.isKanji(t.surface());
    }

    /** Where katakana words from {@code first} end when one of them is a proper noun (no country) or unknown; -1 otherwise. */
    private static int katakanaNameEnd(Token[] tokenAt, Token first) {
        int start = first.span().start();
        int end = -1;
        boolean aName = false;
        for (Token t = first; t != null && isKatakana(t.surface()) && t.span().end() - start <= LONGEST_NAME;
                t = ActorFinder.at(tokenAt, t.span().end())) {
            String pos = t.partOfSpeech();
            if (pos.startsWith("名詞-固有名詞-地域-国")) {
                return -1;
            }
            aName |= t.unknownKatakana() || pos.startsWith("名詞-固有名詞");
            end = t.span().end();
        }
        return aName ? end : -1;
    }

    private static boolean isKatakana(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> KanaVariants.isKatakana((char) c) || c == 'ー' || c == '・');
    }
}
