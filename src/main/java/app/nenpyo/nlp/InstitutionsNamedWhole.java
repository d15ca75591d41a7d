package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A school, hospital, library, museum or zoo named whole, whatever words its own name is made of: news says which one
 * by who founded it (私立, 町立, 杉浦市立) or by a place's name, and writers list it as the doer of what it does (開館した,
 * 閉校する, 出産の取り扱いを終える).
 *
 * <ul>
 *   <li>by its founder: 私立青嵐学園高校 → 青嵐学園高校 (私立 only says it is private), 町立北浦病院 → 町立北浦病院,
 *       杉浦市立みらい図書館 (a place, its 立 and the name) → 杉浦市立みらい図書館, 県立中央病院 → 県立中央病院. The
 *       founder's word says one institution is
 *       meant; its name is what stands between it and the kind. None where nothing stands there (県立高校, 市立病院
 *       name a kind of school or hospital, not which), nor where what stands there says a kind too: a kind of its own
 *       (国立大学病院, 国立大学附属病院: a university's hospital), a sort of school or hospital (私立有名大学, 県立工業高校,
 *       都立夜間中学, 県立特別支援学校) or a prefix (市立新病院: a new one).</li>
 *   <li>by a place's name or a name built as places are (a kanji, ヶ or ノ, a kanji: 桜ヶ池): 鷺島小中学校 →
 *       鷺島小中学校, 桜ヶ池動物公園 → 桜ヶ池動物公園; and a school by its school corporation's name, 青嵐学園高校 →
 *       青嵐学園高校. Not a common word before the kind: 地元の小学校, 大型動物公園, 総合病院 name a kind; nor a country's
 *       name, 米国大学 (a university in that country; the country is read).</li>
 *   <li>never from a prefix: 同学園高校 and 同市立みらい図書館 point back at one named before, 旧青嵐学園高校 is read as
 *       none.</li>
 * </ul>
 *
 * <p>Known weaknesses: a common word the dictionary knows as a place (中央 is none, 青葉 may be) before a kind names a
 * school whether the writer meant one or the kind; a name of more than {@link #LONGEST_NAME} characters is not read; a
 * founder's word inside a sentence about a kind (県立の高校) is skipped by the particle, as it should, but 県立高校の
 * 図書館 is read as no library at all; a sort of school not in {@link #SORTS} (県立園芸高校) is read as a name; an
 * institution carries no country (気象庁 carries 日本), and 東京医療センター is an organisation, not the place 東京; the place
 * before 市立 must be one token (東大阪市立 is, as IPADIC holds 東大阪) or two kanji IPADIC cuts (鷺 / 川 / 町立).
 */
final class InstitutionsNamedWhole {

    /** What founded an institution, said before its name: 私立 (private) and the public founders. */
    private static final Set<String> FOUNDERS = Set.of("私立", "公立", "国立", "県立", "都立", "府立", "道立", "市立", "町立",
            "村立", "区立");

    /** A private founder's word, which news writes before the name but is no part of it. */
    private static final String PRIVATE = "私立";

    /** What a place written before its founder's word ends with (杉浦市立, 西原町立): a founder but the private and the nation's. */
    private static final List<String> PLACES_FOUNDING = FOUNDERS.stream()
            .filter(f -> !f.equals(PRIVATE) && !f.equals("公立") && !f.equals("国立")).sorted().toList();

    /** The kinds of institution, the longer of two that end alike first. */
    private static final List<String> KINDS = List.of("義務教育学校", "小中学校", "中学校", "小学校", "高等学校", "高校", "中学",
            "学校", "短期大学", "大学", "総合病院", "病院", "医療センター", "図書館", "美術館", "博物館", "動物公園", "動物園",
            "植物園", "水族館", "体育館", "公民館", "資料館", "記念館", "幼稚園", "保育園", "こども園");

    /** What a sort of school or hospital is called by, not which one (工業高校, 有名大学), written alone or together. */
    private static final List<String> SORTS = List.of("有名", "難関", "名門", "進学", "工業", "商業", "農業", "水産", "定時制",
            "通信制", "夜間", "特別支援", "女子", "男子", "中高一貫");

    /** The first characters of {@link #KINDS}: a kind can start nowhere else. */
    private static final String KINDS_START = KINDS.stream().map(kind -> kind.substring(0, 1)).distinct()
            .collect(Collectors.joining());

    /** What every kind ends with: a sentence holding none names no institution. */
    private static final List<String> KIND_ENDINGS = List.of("校", "学", "院", "センター", "館", "園");

    /** A school corporation's word, which a school's own name may end with before its kind: 青嵐学園高校. */
    private static final String SCHOOL_CORPORATION = "学園";

    /** A name built as places are: kanji, a small ヶ (or ケ, ノ) and kanji, 桜ヶ池, 緑ケ丘, 湯ノ沢. */
    private static final Pattern BUILT_AS_A_PLACE = Pattern.compile("\\p{IsHan}+[ヶケノ]\\p{IsHan}+");

    /** The longest own name read between a founder's word and the kind. */
    private static final int LONGEST_NAME = 10;

    private InstitutionsNamedWhole() {
    }

    /**
     * Whether {@code text} may name an institution at all, checked once a sentence so that most sentences (none of 校,
     * 学, 院, センター, 館, 園 in them) cost nothing more.
     */
    static boolean mayNameOne(String text) {
        return WordsWritten.anyIn(text, KIND_ENDINGS);
    }

    /** The institution whose name starts at {@code i}, or null. */
    static ActorMention at(String text, Token[] tokenAt, int i) {
        if (i > 0 && BodiesByTheirKind.continuesAWord(text.charAt(i - 1))) {
            return null;
        }
        Token first = ActorFinder.at(tokenAt, i);
        if (first == null || aPrefixInKanji(first)) {
            return null;
        }
        int from = FOUNDERS.contains(first.surface()) ? first.span().end() : placeFounding(text, tokenAt, first);
        Named named = from < 0 ? null : namedAfter(text, tokenAt, from);
        if (named != null && aSort(text.substring(from, named.nameEnd()))) {
            return null;
        }
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
        boolean placeName = name.equals(first.surface()) && first.partOfSpeech().startsWith("名詞-固有名詞-地域")
                && !first.partOfSpeech().startsWith(COUNTRY);
        boolean schoolsName = name.endsWith(SCHOOL_CORPORATION) && name.length() > SCHOOL_CORPORATION.length();
        return placeName || schoolsName || BUILT_AS_A_PLACE.matcher(name).matches();
    }

    /** A country's part of speech: 米国大学 is a university in the country, not one named after it. */
    private static final String COUNTRY = "名詞-固有名詞-地域-国";

    /** Whether {@code name} only says a sort of school or hospital (工業, 有名, 特別支援, 女子工業), no one's name. */
    private static boolean aSort(String name) {
        String rest = name;
        for (boolean cut = true; cut && !rest.isEmpty(); ) {
            cut = false;
            for (String sort : SORTS) {
                if (rest.startsWith(sort)) {
                    rest = rest.substring(sort.length());
                    cut = true;
                    break;
                }
            }
        }
        return rest.isEmpty();
    }

    /** 同, 旧, 新, 各: a prefix in kanji points back or says which one of a kind (同学園高校, 市立新病院), starts no name. */
    private static boolean aPrefixInKanji(Token t) {
        return t.partOfSpeech().startsWith("接頭詞") && Scripts.isHan(t.surface().charAt(0));
    }

    /**
     * Where 杉浦市立 ends, the place's token {@code first} followed by a place's founding word; -1 if it is none. The place
     * may be two kanji IPADIC cuts into one and a suffix or another (鷺 / 川 / 町立, 桜 / 坂 / 市立), as a made-up town's
     * name often is; the founding word after it says it is a place.
     */
    private static int placeFounding(String text, Token[] tokenAt, Token first) {
        int founded = foundingAt(text, first.span().end());
        Token second = ActorFinder.at(tokenAt, first.span().end());
        boolean cut = founded < 0 && oneKanji(first) && !aPrefixInKanji(first) && second != null && oneKanji(second);
        return cut ? foundingAt(text, second.span().end()) : founded;
    }

    /** Where a place's founding word written at {@code at} ends, or -1. */
    private static int foundingAt(String text, int at) {
        for (String founding : PLACES_FOUNDING) {
            if (text.startsWith(founding, at)) {
                return at + founding.length();
            }
        }
        return -1;
    }

    private static boolean oneKanji(Token t) {
        return t.surface().length() == 1 && Scripts.isHan(t.surface().charAt(0));
    }

    /**
     * The name starting at {@code from} and the kind after it, or null: one noun or more (no particle, figure or
     * founder's word, no prefix in kanji first), up to {@link #LONGEST_NAME} characters, then a kind ending a word; none
     * where a kind starts a word of the name (大学 of 大学病院, 大学附属病院: the name says a kind of its own).
     */
    private static Named namedAfter(String text, Token[] tokenAt, int from) {
        int at = from;
        for (Token t = ActorFinder.at(tokenAt, at); t != null && at - from <= LONGEST_NAME; t = ActorFinder.at(tokenAt, at)) {
            int kindEnd = KINDS_START.indexOf(text.charAt(at)) < 0 ? -1 : kindEndingAWord(text, at);
            if (kindEnd > 0 && at > from) {
                return new Named(at, kindEnd);
            }
            if (!inAName(t) || kindEnd < 0 && startsAKind(text, at) || at == from && aPrefixInKanji(t)) {
                return null;
            }
            at = t.span().end();
        }
        return null;
    }

    /** Whether a kind is written at {@code at}, ending the word there or not (大学 of 大学病院). */
    private static boolean startsAKind(String text, int at) {
        if (KINDS_START.indexOf(text.charAt(at)) < 0) {
            return false;
        }
        for (String kind : KINDS) {
            if (text.startsWith(kind, at)) {
                return true;
            }
        }
        return false;
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
