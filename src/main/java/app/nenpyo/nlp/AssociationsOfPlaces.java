package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;

/**
 * An association, federation or council named by the country or place it is of and what it does: 日本相撲協会,
 * 日本スケート連盟, 名古屋港運協会, 静岡県医師会, 日本国際博覧会協会. IPADIC splits the name into the place (a proper noun) and
 * common words, so the finder took the place alone (日本, a country) for the body the writer named; the whole is the body.
 *
 * <p>The name is a place or a country (IPADIC's 地域), perhaps its kind (県, 市), then up to {@link #MOST_WORDS} common
 * nouns, the last of them ending in one of {@link #KINDS}, where the word ends (a particle, a mark, the text's end) or a
 * title follows (日本相撲協会理事長: the body, then its officer's title).
 *
 * <p>Examples: 「日本相撲協会は21日」 → 日本相撲協会 (country 日本 when the place is one); 「静岡県医師会が」 → 静岡県医師会. None in
 * 日本の協会 (の between), 協会は (no place: said alone, {@link KindNouns} reads it), 日本協会員 (the word goes on), nor a body
 * named by a body (衆院予算委員会 is the chamber's, {@link BodiesByTheirKind}).
 *
 * <p>Known weaknesses: a general word after the place that is no part of the name (日本各地の連盟 is safe, but 日本全体協議会
 * would be taken whole); an association of a place IPADIC does not know as one (a made-up town's 医師会) is not read.
 */
final class AssociationsOfPlaces {

    /** How the names of associations, federations and councils end. */
    private static final List<String> KINDS = List.of("協会", "連盟", "協議会", "審議会", "評議会", "医師会", "弁護士会");

    /** The most common words between the place and the end of the name: 国際 / 博覧 / 会 / 協会. */
    private static final int MOST_WORDS = 5;

    private AssociationsOfPlaces() {
    }

    /** The association named from {@code i}, or null. */
    static ActorMention at(String text, Token[] tokenAt, int i, Gazetteer gazetteer) {
        Token place = ActorFinder.at(tokenAt, i);
        if (place == null || !place.is(PartOfSpeech.PLACE_NAME)
                || i > 0 && BodiesByTheirKind.continuesAWord(text.charAt(i - 1))) {
            return null;
        }
        int end = -1;
        int at = place.span().end();
        Token t = ActorFinder.at(tokenAt, at);
        if (t != null && t.is(PartOfSpeech.PLACE_SUFFIX)) {
            at = t.span().end(); // 静岡 / 県 / 医師会
        }
        for (int words = 0; words < MOST_WORDS; words++) {
            t = ActorFinder.at(tokenAt, at);
            if (t == null || !isCommonWord(t)) {
                break;
            }
            at = t.span().end();
            if (endsAKind(text, i, at) && (at >= text.length() || !BodiesByTheirKind.continuesAWord(text.charAt(at))
                    || gazetteer.titleLengthAt(text, at, text.length()) > 0)) {
                end = at;
            }
        }
        if (end < 0) {
            return null;
        }
        String name = text.substring(i, end);
        String country = place.is(PartOfSpeech.COUNTRY_NAME) ? gazetteer.exactly(place.surface())
                .filter(e -> e.kind() == ActorKind.COUNTRY).map(Gazetteer.Entry::canonical).orElse("") : "";
        return new ActorMention(name, new TextSpan(i, end), ActorKind.ORGANISATION, name, name, "", country, "");
    }

    private static boolean endsAKind(String text, int start, int end) {
        for (String kind : KINDS) {
            if (end - start > kind.length() && text.startsWith(kind, end - kind.length())) {
                return true;
            }
        }
        return false;
    }

    /** A common noun (相撲, 国際, 会 as a suffix), no proper noun, figure, pronoun or dependent noun. */
    private static boolean isCommonWord(Token t) {
        return t.is(PartOfSpeech.NOUN) && !t.is(PartOfSpeech.PROPER_NOUN) && !t.is(PartOfSpeech.NUMBER)
                && !t.is(PartOfSpeech.PRONOUN) && !t.is(PartOfSpeech.DEPENDENT_NOUN) && !t.is(PartOfSpeech.ADVERBIAL_NOUN)
                && !t.is(PartOfSpeech.PLACE_SUFFIX);
    }
}
