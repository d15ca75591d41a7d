package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A school, hospital, library, museum or zoo named whole, whatever words its own name is made of: news says which one
 * by who founded it (私立, 町立, 杉浦市立) or by a place's name, and writers list it as the doer of what it does (開館した,
 * 閉校する, 出産の取り扱いを終える).
 *
 * <ul>
 *   <li>by its founder: 私立青嵐学園高校 → 青嵐学園高校 (私立 only says it is private), 町立北浦病院 → 町立北浦病院,
 *       杉浦市立みらい図書館 (a place, its 立 and the name) → 杉浦市立みらい図書館, 県立中央病院 → 県立中央病院. The
 *       founder's word says one institution is
 *       meant; its name is what stands between it and the kind. None where nothing stands there: 県立高校, 市立病院 and
 *       国立競技場 name a kind of school, hospital or the like, not which.</li>
 *   <li>by a place's name or a name built as places are (a kanji, ヶ or ノ, a kanji: 桜ヶ池): 鷺島小中学校 →
 *       鷺島小中学校, 桜ヶ池動物公園 → 桜ヶ池動物公園; and a school by its school corporation's name, 青嵐学園高校 →
 *       青嵐学園高校. Not a common word before the kind: 地元の小学校, 大型動物公園, 総合病院 name a kind.</li>
 * </ul>
 *
 * <p>Known weaknesses: a common word the dictionary knows as a place (中央 is none, 青葉 may be) before a kind names a
 * school whether the writer meant one or the kind; a name of more than {@link #LONGEST_NAME} characters is not read; a
 * founder's word inside a sentence about a kind (県立の高校) is skipped by the particle, as it should, but 県立高校の
 * 図書館 is read as no library at all.
 */
final class InstitutionsNamedWhole {

    /** What founded an institution, said before its name: 私立 (private) and the public founders. */
    private static final Set<String> FOUNDERS = Set.of("私立", "公立", "国立", "県立", "都立", "府立", "道立", "市立", "町立",
            "村立", "区立");

    /** A private founder's word, which news writes before the name but is no part of it. */
    private static final String PRIVATE = "私立";

    /** What a place written before its founder's word ends with: 杉浦市立, 西原町立. */
    private static final List<String> PLACES_FOUNDING = List.of("市立", "町立", "村立", "区立", "県立", "都立", "府立", "道立");

    /** The kinds of institution, the longer of two that end alike first. */
    private static final List<String> KINDS = List.of("義務教育学校", "小中学校", "中学校", "小学校", "高等学校", "高校", "中学",
            "学校", "短期大学", "大学", "総合病院", "病院", "医療センター", "図書館", "美術館", "博物館", "動物公園", "動物園",
            "植物園", "水族館", "体育館", "公民館", "幼稚園", "保育園", "こども園");

    /** A school corporation's word, which a school's own name may end with before its kind: 青嵐学園高校. */
    private static final String SCHOOL_CORPORATION = "学園";

    /** A name built as places are: kanji, a small ヶ (or ケ, ノ) and kanji, 桜ヶ池, 緑ケ丘, 湯ノ沢. */
    private static final Pattern BUILT_AS_A_PLACE = Pattern.compile("\\p{IsHan}+[ヶケノ]\\p{IsHan}+");

    /** The longest own name read between a founder's word and the kind. */
    private static final int LONGEST_NAME = 10;

    private InstitutionsNamedWhole() {
    }

    /** The institution whose name starts at {@code i}, or null. */
    static ActorMention at(String text, Token[] tokenAt, int i) {
        if (i > 0 && BodiesByTheirKind.continuesAWord(text.charAt(i - 1))) {
            return null;
        }
        Token first = ActorFinder.at(tokenAt, i);
        if (first == null) {
            return null;
        }
        int from = FOUNDERS.contains(first.surface()) ? first.span().end() : placeFounding(text, first);
        Named named = from < 0 ? null : namedAfter(text, tokenAt, from);
        if (named == null) {
            named = namedAfter(text, tokenAt, i);
            if (named == null || !namedAsAPlaceOrASchool(text.substring(i, named.nameEnd()), first)) {
                return null;
            }
        }
        String whole = text.substring(i, named.end());
        // 私立 says what it is, no part of its name (私立青嵐学園高校 is 青嵐学園高校); 町立北浦病院 is named with its founder
        String name = first.surface().equals(PRIVATE) ? text.substring(first.span().end(), named.end()) : whole;
        return new ActorMention(whole, new TextSpan(i, named.end()), ActorKind.ORGANISATION, name, name, "", "", "");
    }

    /** An own name before a kind, and where the kind ends. */
    private record Named(int nameEnd, int end) {
    }

    /**
     * 鷺島 (a place's name, one word), 桜ヶ池 (built as places are), 青嵐学園 (a school corporation's name before a school's
     * kind): a name before a kind that says which one, with no founder before it.
     */
    private static boolean namedAsAPlaceOrASchool(String name, Token first) {
        boolean placeName = name.equals(first.surface()) && first.partOfSpeech().startsWith("名詞-固有名詞-地域");
        boolean schoolsName = name.endsWith(SCHOOL_CORPORATION) && name.length() > SCHOOL_CORPORATION.length();
        return placeName || schoolsName || BUILT_AS_A_PLACE.matcher(name).matches();
    }

    /** Where 杉浦市立 ends, the place's token {@code first} followed by a place's founding word; -1 if it is none. */
    private static int placeFounding(String text, Token first) {
        int at = first.span().end();
        for (String founding : PLACES_FOUNDING) {
            if (text.startsWith(founding, at)) {
                return at + founding.length();
            }
        }
        return -1;
    }

    /**
     * The name starting at {@code from} and the kind after it, or null: one noun or more (no particle, figure or
     * founder's word), up to {@link #LONGEST_NAME} characters, then a kind ending a word.
     */
    private static Named namedAfter(String text, Token[] tokenAt, int from) {
        int at = from;
        for (Token t = ActorFinder.at(tokenAt, at); t != null && at - from <= LONGEST_NAME; t = ActorFinder.at(tokenAt, at)) {
            int kindEnd = kindEndingAWord(text, at);
            if (kindEnd > 0 && at > from) {
                return new Named(at, kindEnd);
            }
            if (!inAName(t)) {
                return null;
            }
            at = t.span().end();
        }
        return null;
    }

    /** The end of a kind written at {@code at} and ending a word there (病院は, not 病院長), or -1. */
    private static int kindEndingAWord(String text, int at) {
        for (String kind : KINDS) {
            int end = at + kind.length();
            if (text.startsWith(kind, at) && (end >= text.length() || !BodiesByTheirKind.continuesAWord(text.charAt(end)))) {
                return end;
            }
        }
        return -1;
    }

    /**
     * A word of an institution's own name: a noun (北浦, 青嵐) or a prefix before one (み / らい: IPADIC cuts みらい so), none
     * that depends on another or stands for one.
     */
    private static boolean inAName(Token t) {
        String pos = t.partOfSpeech();
        return (pos.startsWith("名詞") || pos.startsWith("接頭詞-名詞接続")) && !pos.startsWith("名詞-非自立") && !pos.startsWith("名詞-代名詞")
                && !pos.startsWith("名詞-数") && !pos.startsWith("名詞-接尾-助数詞") && !FOUNDERS.contains(t.surface());
    }
}
