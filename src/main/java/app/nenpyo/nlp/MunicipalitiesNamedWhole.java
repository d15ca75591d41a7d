package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.Optional;
import java.util.Set;

/**
 * A city, town, village or ward named whole before its kind, perhaps after its prefecture: the way Japanese news
 * places a happening (埼玉県熊谷市で, 宮崎県奥霧町では, 朱鷺宮町は). IPADIC knows few small towns and cuts their names into
 * a place and common words (朱 / 鷺宮 / 町, 奥 / 霧 / 町, 菊水 / 台 / 町, 薩摩 / 川内 / 市), so the finder took a piece
 * (鷺宮, 菊水) or nothing; and it took the prefecture written before a municipality as an actor of its own, where it is
 * only the municipality's address.
 *
 * <p>The name is one to {@link #LONGEST_NAME} characters of nouns (no suffix, figure, pronoun or prefix: 同市, 各町, 23区
 * are none; nor a kind of body or place written alone: 国県市, 県北町村会), at least one of them a proper noun or all of them single kanji (a made-up name IPADIC knows no word of:
 * 奥 / 霧 / 町 where no prefecture is written before it), before 市, 町, 村 or 区 written as IPADIC's place suffix (or as 市 after
 * a surname IPADIC reads it for: 葉月 / 市), starting where a word starts or right after a prefecture (a place and 県,
 * 都 or 府; 北海道). The mention spans the prefecture and the name, not the kind, as a place is written without it
 * (熊谷 for 熊谷市), so that an office after the kind is still the municipality's ({@code 市議会}, read by
 * {@link ActorFinder}) and 同市 or 市議会 said later finds the kind after it.
 *
 * <p>Examples: 「埼玉県熊谷市で」 → place 熊谷, written 埼玉県熊谷 (the prefecture no actor of its own); 「朱鷺宮町は」 →
 * place 朱鷺宮; 「鹿児島県薩摩川内市付近に」 → place 薩摩川内; a village whose last kanji and 村 IPADIC reads as one
 * surname or company, 「岬野村が」 (岬 / 野村) → place 岬野. None in 同市, 各町, 中核市 (a common word, no proper noun), 港町 (one word),
 * 朝霧市立病院 (a body the city runs: the hospital is the actor, {@link ActorFinder}).
 *
 * <p>Known weaknesses: a name of one character (呉市, 坂町) is left to the gazetteer, as a place of one character is; a
 * made-up name of common words only (富岳市: 富岳 is a common noun) is not taken; a district written after its city
 * (桐ヶ谷市北町) stays a place of its own, and so does a place IPADIC knows after a kind written alone (県北町村会 →
 * 北町, by {@link ActorFinder}'s proper nouns).
 */
final class MunicipalitiesNamedWhole {

    /** The kinds of municipality written after a name. */
    private static final Set<String> KINDS = Set.of("市", "町", "村", "区");

    /** The kinds of prefecture written after its name, whose municipality may follow: 埼玉県, 東京都, 大阪府. */
    private static final Set<String> PREFECTURE_KINDS = Set.of("県", "都", "府");

    /** Kinds of body or place written alone, which a municipality's name has no piece of: 国県市, 県北町村会. */
    private static final Set<String> ADMINISTRATIVE = Set.of("国", "県", "都", "府", "道", "市", "町", "村", "区", "郡", "州");

    /** Hokkaido, a prefecture IPADIC reads as one word with its kind. */
    private static final String HOKKAIDO = "北海道";

    /** The longest name of a municipality taken: 薩摩川内 is four characters, with one to spare. */
    private static final int LONGEST_NAME = 5;

    private MunicipalitiesNamedWhole() {
    }

    /** Whether {@code text} may name a municipality at all (it holds 市, 町, 村 or 区), checked once a sentence. */
    static boolean mayNameOne(String text) {
        return WordsWritten.anyIn(text, KINDS);
    }

    /** The municipality named from {@code i}, its prefecture perhaps before it, or null. */
    static ActorMention at(String text, Token[] tokenAt, int i, Gazetteer gazetteer) {
        if (i > 0 && BodiesByTheirKind.continuesAWord(text.charAt(i - 1))) {
            return null;
        }
        int nameStart = afterPrefecture(tokenAt, i);
        boolean properNoun = false;
        boolean singleKanji = true;
        boolean team = false; // a team or a firm before a surname (巨人 / 中村): a player, no village
        for (Token t = ActorFinder.at(tokenAt, nameStart); t != null && mayBeInAName(t)
                && t.span().end() - nameStart <= LONGEST_NAME; t = ActorFinder.at(tokenAt, t.span().end())) {
            if (ADMINISTRATIVE.contains(t.surface())) {
                return null; // 国 / 県 / 市 (国県市の負担), 県 / 北町 / 村 (県北町村会): kinds of body or place, no name
            }
            if (t.span().start() > nameStart && (properNoun ? !team : singleKanji && !t.is(PartOfSpeech.SURNAME))
                    && aVillageInsideAName(text, tokenAt, t)) {
                int end = t.span().end() - VILLAGE.length();
                String name = text.substring(nameStart, end);
                return new ActorMention(text.substring(i, end), new TextSpan(i, end), ActorKind.PLACE, name, name, "", "", "");
            }
            properNoun |= t.is(PartOfSpeech.PROPER_NOUN);
            team |= t.is(PartOfSpeech.ORGANISATION_NAME);
            singleKanji &= t.surface().length() == 1 && ActorRegistry.isKanji(t.surface());
            int end = t.span().end();
            Token kind = ActorFinder.at(tokenAt, end);
            if (kind != null && isAKind(kind, t)) {
                // a made-up name IPADIC knows no word of is cut into single kanji (奥 / 霧): a name all the same
                boolean aName = properNoun || singleKanji && end - nameStart >= 2;
                if (!aName || end - nameStart < 2 || text.startsWith("立", kind.span().end())) {
                    return null; // 中核市; 呉市, left to the gazetteer; 朝霧市立病院, the city's body
                }
                String name = text.substring(nameStart, end);
                String canonical = gazetteer.exactly(name).filter(e -> e.kind() == ActorKind.PLACE)
                        .map(Gazetteer.Entry::canonical).orElse(name);
                return new ActorMention(text.substring(i, end), new TextSpan(i, end), ActorKind.PLACE, name, canonical, "", "", "");
            }
        }
        return null;
    }

    /**
     * The prefecture a municipality was written after, as a place of its own at its words (静岡 of 静岡県榊原, spanning
     * 静岡), for what is read by the prefecture named before (a prefecture's police said alone, {@link UnnamedOffices});
     * empty for a municipality written alone or any other mention.
     */
    static Optional<ActorMention> prefectureOf(ActorMention municipality) {
        String surface = municipality.surface();
        int written = surface.length() - municipality.name().length();
        if (municipality.kind() != ActorKind.PLACE || written < 2 || !surface.endsWith(municipality.name())) {
            return Optional.empty();
        }
        String prefecture = surface.substring(0, written);
        String name = prefecture.equals(HOKKAIDO) ? prefecture : prefecture.substring(0, written - 1);
        if (!prefecture.equals(HOKKAIDO) && !PREFECTURE_KINDS.contains(prefecture.substring(written - 1))) {
            return Optional.empty();
        }
        int start = municipality.span().start();
        return Optional.of(new ActorMention(name, new TextSpan(start, start + name.length()), ActorKind.PLACE, name, name, "", "", ""));
    }

    /** Where the municipality's name starts: after the prefecture written from {@code i} (埼玉 / 県), else at {@code i}. */
    private static int afterPrefecture(Token[] tokenAt, int i) {
        Token place = ActorFinder.at(tokenAt, i);
        if (place == null || !place.is(PartOfSpeech.PLACE_NAME)) {
            return i;
        }
        if (place.surface().equals(HOKKAIDO)) {
            return place.span().end();
        }
        Token kind = ActorFinder.at(tokenAt, place.span().end());
        return kind != null && kind.is(PartOfSpeech.PLACE_SUFFIX) && PREFECTURE_KINDS.contains(kind.surface())
                ? kind.span().end() : i;
    }

    /** A village's kind, which IPADIC may read inside a surname with the name's last kanji (野村, 川村). */
    private static final String VILLAGE = "村";

    /** What may follow a village named whole: a particle or a mark, or its head, assembly or office (岬野村長, 岬野村議会). */
    private static final Set<String> VILLAGE_OFFICES = Set.of("長", "議会", "議", "役場", "民");

    /**
     * 岬 / 野村 / が, 雪 / 川村 / の: a name of two kanji (a proper name IPADIC takes for a surname, a place or a company)
     * ending in 村 after a piece of a name is a village's last kanji and its kind, when a particle, a mark or the village's
     * office follows. Not 岬 / 野村 / さん (a person) nor a common noun before a surname (社長野村氏: the name's first
     * piece must be a proper noun or a single kanji, which the caller checks). The caller refuses too a team or a firm
     * before it (巨人 / 中村 / が, a sports headline's player; 巨人 stays the team) and a single common kanji before a
     * surname (父 / 中村 / が), while 雪 / 川村 (a place's word) is taken: a made-up village cut 霧 / 中村 is lost so.
     */
    private static boolean aVillageInsideAName(String text, Token[] tokenAt, Token t) {
        if (t.surface().length() != 2 || !t.surface().endsWith(VILLAGE) || !t.is(PartOfSpeech.PROPER_NOUN)) {
            return false;
        }
        int end = t.span().end();
        Token after = ActorFinder.at(tokenAt, end);
        return end >= text.length() || "、。・".indexOf(text.charAt(end)) >= 0
                || after != null && (after.is(PartOfSpeech.PARTICLE) || VILLAGE_OFFICES.contains(after.surface()));
    }

    /** A noun that may be a piece of a name: a proper or common noun (奥 / 霧, 桐 / ヶ / 谷), no suffix, figure or pronoun. */
    private static boolean mayBeInAName(Token t) {
        return t.is(PartOfSpeech.NOUN) && !t.is(PartOfSpeech.NOUN_SUFFIX) && !t.is(PartOfSpeech.NUMBER)
                && !t.is(PartOfSpeech.PRONOUN) && !t.is(PartOfSpeech.DEPENDENT_NOUN) && !t.is(PartOfSpeech.ADVERBIAL_NOUN)
                && !t.is(PartOfSpeech.SAHEN_NOUN);
    }

    /** 市, 町, 村 or 区 as IPADIC's place suffix, or 市 as the common noun it reads after a surname (葉月 / 市). */
    private static boolean isAKind(Token kind, Token before) {
        return KINDS.contains(kind.surface()) && (kind.is(PartOfSpeech.PLACE_SUFFIX)
                || kind.is(PartOfSpeech.COMMON_NOUN) && before.is(PartOfSpeech.PERSON_NAME));
    }
}
