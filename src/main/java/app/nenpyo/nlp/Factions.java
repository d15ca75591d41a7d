package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.Set;

/**
 * A faction or an armed movement named by a name and 派: a party's faction by its leader's surname (安倍派, 茂木派), a
 * movement by its own name in katakana (フーシ派). The finder took the surname for the leader himself (岸田派 → 岸田文雄)
 * or for a place (麻生派 → 麻生), and the katakana name, cut by IPADIC (フー / シ), for nothing; the group is the actor.
 *
 * <p>The name before 派 is one surname (IPADIC's 人名-姓, or a place it reads a surname as: 麻生), or katakana words of
 * which one at least is a proper noun or unknown to the dictionary, no country and no denomination of Islam (スンニ派,
 * シーア派: a faith). A place of up to three kanji counts as a surname unless the gazetteer knows it as a place (東京派
 * stays the place 東京). 派 must be IPADIC's suffix of its own (not 派閥), whatever follows it; 旧 may stand before the name.
 *
 * <p>Examples: 「フーシ派は19日」 → organisation フーシ派; 「茂木派と麻生派が」 → 茂木派, 麻生派; 「旧安倍派の議員」 → 旧安倍派; 「安倍派幹部が」 →
 * 安倍派; 「岸田派・宏池会が」 → 岸田派, 宏池会. None in ハト派, タカ派, リベラル派
 * (katakana words a reader knows: what a side thinks), 親ロシア派, ロシア派 (a country: those for it), スンニ派, 改革派, 保守派 (common
 * words), 派閥 (the word goes on).
 *
 * <p>Known weaknesses: a faction named by a full name or a kanji word IPADIC knows as common (独立派, listed by one writer) is
 * not taken; a surname IPADIC reads as a common word before 派 is missed; a surname the gazetteer knows as a place is
 * missed too; a place IPADIC knows and the gazetteer does not, before 派, is taken for a faction (a town's side: 桐生派).
 */
final class Factions {

    /** The word that makes a name a faction's or a movement's. */
    private static final String FACTION = "派";

    /** The prefix of a faction that was dissolved, still named so: 旧安倍派. */
    private static final String FORMER = "旧";

    /** Islam's denominations, IPADIC's proper nouns or unknown words before 派: a faith, not a faction or a movement. */
    private static final Set<String> DENOMINATIONS = Set.of("スンニ", "シーア", "ドルーズ", "アラウィ", "イスマイリ", "ザイド");

    /** The most characters of a name before 派: a surname of three kanji, a movement's name in katakana. */
    private static final int LONGEST_NAME = 8;

    private Factions() {
    }

    /** Whether {@code text} may name a faction at all (it holds 派), checked once a sentence. */
    static boolean mayNameOne(String text) {
        return text.contains(FACTION);
    }

    /** The faction named from {@code i}, 旧 perhaps before it, or null. */
    static ActorMention at(String text, Token[] tokenAt, int i, Gazetteer gazetteer) {
        if (i > 0 && BodiesByTheirKind.continuesAWord(text.charAt(i - 1))) {
            return null;
        }
        Token first = ActorFinder.at(tokenAt, i);
        if (first != null && first.surface().equals(FORMER) && first.is(PartOfSpeech.PREFIX)) {
            first = ActorFinder.at(tokenAt, first.span().end());
        }
        if (first == null) {
            return null;
        }
        int nameEnd = isASurname(first, gazetteer) ? first.span().end() : katakanaNameEnd(tokenAt, first);
        Token faction = nameEnd < 0 ? null : ActorFinder.at(tokenAt, nameEnd);
        // 派 as a suffix of its own ends the name whatever follows (安倍派幹部, 岸田派・宏池会); 派閥, 派遣 are one word
        if (faction == null || !faction.surface().equals(FACTION) || !faction.is(PartOfSpeech.NOUN_SUFFIX)
                || DENOMINATIONS.contains(text.substring(first.span().start(), nameEnd))) {
            return null;
        }
        int end = faction.span().end();
        String name = text.substring(i, end);
        return new ActorMention(name, new TextSpan(i, end), ActorKind.ORGANISATION, name, name, "", "", "");
    }

    /**
     * A surname IPADIC tags as one, or a place of two or three kanji it reads a surname as (麻生, 茂木) that the gazetteer
     * does not know as a place (東京, 大阪: a city's side).
     */
    private static boolean isASurname(Token t, Gazetteer gazetteer) {
        return t.is(PartOfSpeech.SURNAME) || t.is(PartOfSpeech.GENERAL_PLACE_NAME) && t.surface().length() <= 3
                && ActorRegistry.isKanji(t.surface())
                && gazetteer.exactly(t.surface()).filter(e -> e.kind() == ActorKind.PLACE).isEmpty();
    }

    /** Where katakana words from {@code first} end when one of them is a proper noun (no country) or unknown; -1 otherwise. */
    private static int katakanaNameEnd(Token[] tokenAt, Token first) {
        int start = first.span().start();
        int end = -1;
        boolean aName = false;
        for (Token t = first; t != null && isKatakana(t.surface()) && t.span().end() - start <= LONGEST_NAME;
                t = ActorFinder.at(tokenAt, t.span().end())) {
            if (t.is(PartOfSpeech.COUNTRY_NAME)) {
                return -1;
            }
            aName |= t.unknownKatakana() || t.is(PartOfSpeech.PROPER_NOUN);
            end = t.span().end();
        }
        return aName ? end : -1;
    }

    private static boolean isKatakana(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> KanaVariants.isKatakana((char) c) || c == 'ー' || c == '・');
    }
}
