package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A company said to be one by its head office in brackets after its name: 潮騒鉄道（本社・潮騒市） → 潮騒鉄道,
 * 白浜交通（本社・川霧市） → 白浜交通, 「みどり給食サービス」（本社・同市） → みどり給食サービス. Only a company has a 本社, so
 * whatever words the name is made of (潮騒, a sea's roar; 白浜 a beach) and whatever it ends with (交通, サービス: no
 * company's ending of their own), the name before the brackets is a company's.
 *
 * <p>The name is the run of nouns right before the brackets, from a word's start, or what brackets 「」 hold right before
 * them. A company's kind and の before the name and a city in brackets after it ({@link CompanysKindAndCity}, as
 * {@code ActorFinder} reads them) say the same with no 本社 when a word of the name is name-like (地域航空会社の北星エア（札幌市）
 * → 北星エア, 電機メーカーの東雲テック（大阪府） → 東雲テック, グループ傘下の北星エア（札幌市） → 北星エア); not a common noun after the
 * kind (物流会社の倉庫（千葉県市川市）, 自動車メーカーの研究所（栃木県）, 食品会社の工場長（大阪府）: the company's site or officer, no
 * name) nor a person with his home (運送会社の運転手山田太郎さん（札幌市）). Not a run holding what says a company's kind (食品メーカー北斗（本社・…）: the kind is no part of the name, and
 * 北斗 alone starts inside the run), nor a head office in brackets with no 本社 (（大阪市）: a person's home is written
 * so too, 山田太郎さん（大阪市）; a company's ending before it is read by {@code ActorFinder}).
 *
 * <p>A kind counts as a whole word only (大手町開発 is a name, 大手 no word of it); a company's legal form is no part of
 * the name (株式会社みどり（本社・大阪市） → みどり). Not a run ending with a title or a site of the company
 * (北斗電機社長（本社・…）, 北斗電機の滋賀工場（本社・…）): the brackets tell the company's head office, the run names
 * someone or something else.
 *
 * <p>Known weaknesses: a name longer than {@link #LONGEST} characters is not read; a company named after a kind with no
 * mark between (食品メーカー北斗, 製造業北斗) is not read at all, nor one whose name ends with a kind (東洋企業（本社・福岡市）);
 * a company carries no country (気象庁 carries 日本).
 */
final class CompaniesByTheirHeadOffice {

    /** A head office in brackets: （本社・潮騒市）, （本社：東京都港区）, (本社・同市). */
    private static final Pattern HEAD_OFFICE = Pattern.compile("[（(]本社[・:：、]?[^）)]{1,12}[）)]");

    /** Words saying what kind of company, not which, that a run holding them is not a name: 食品メーカー北斗, 製造業北斗 (業 a word of its own). */
    private static final List<String> KINDS = List.of("メーカー", "大手", "会社", "企業", "業者", "各社", "運営", "子会社", "業");

    /** A company's legal form written before its name. */
    private static final List<String> LEGAL_FORMS = List.of("株式会社", "有限会社", "合同会社");

    /** What a run names that is no company though its head office follows: a title, a site of the company. */
    private static final List<String> NO_COMPANYS_ENDINGS = List.of("社長", "会長", "工場", "支店", "支社", "営業所", "事業所");

    /** The longest name read. */
    private static final int LONGEST = 16;

    private CompaniesByTheirHeadOffice() {
    }

    /**
     * Whether {@code text} may name a company by its head office at all (it holds 本社 or a bracket), checked once a sentence;
     * {@link #at} then asks for a bracket right after the run before anything else (a tenth of the sentences hold a bracket,
     * a few hundredths 本社).
     */
    static boolean mayNameOne(String text) {
        return text.contains("本社") || text.contains("（") || text.contains("(");
    }

    /** The company whose name starts at {@code i}, or null. */
    static ActorMention at(String text, Token[] tokenAt, int i) {
        int end = i > 0 && text.charAt(i - 1) == '「' ? bracketsClosedAt(text, i) : runOfNouns(text, tokenAt, i);
        if (end <= i || end - i > LONGEST) {
            return null;
        }
        int after = text.charAt(end) == '」' ? end + 1 : end;
        if (after >= text.length() || text.charAt(after) != '（' && text.charAt(after) != '(') {
            return null; // no brackets after the run: asked first, at every run of nouns of a sentence holding a bracket
        }
        boolean headOffice = text.startsWith("本社", after + 1) && HEAD_OFFICE.matcher(text).region(after, text.length()).lookingAt();
        if (!headOffice && !(CompanysKindAndCity.kindBefore(text, i) && CompanysKindAndCity.cityInBrackets(text, after)
                && (text.charAt(end) == '」' || nameLike(tokenAt, i, end)))) {
            return null;
        }
        String surface = text.substring(i, end);
        int nameFrom = i + legalForm(surface).length();
        if (nameFrom >= end || holdsAKind(tokenAt, nameFrom, end) || NO_COMPANYS_ENDINGS.stream().anyMatch(surface::endsWith)) {
            return null;
        }
        String name = text.substring(nameFrom, end);
        return new ActorMention(surface, new TextSpan(i, end), ActorKind.ORGANISATION, name, name, "", "", "");
    }

    /**
     * Whether the run from {@code i} to {@code end} may be a company's name after its kind and の, with no 本社 to say so: a
     * word of it a proper noun other than a country, a person's or a place's name (北星 of 北星エア), a word IPADIC does not
     * know or a katakana word (テック of 東雲テック, whose 東雲 IPADIC knows as dawn); its first word no verbal noun nor a
     * country (運転手, 日本法人), its last no person's suffix (さん). The kind says a company follows, not that the next word
     * names it: 物流会社の倉庫（千葉県市川市）, 電力会社の発電所（福島県）, 食品会社の工場長（大阪府）, 外資系企業の日本法人（東京都）
     * are its site, its officer or its branch, and 運送会社の運転手山田太郎さん（札幌市） a person with his home. Known weakness:
     * a katakana common noun after the kind (物流会社のセンター（…市）) passes.
     */
    private static boolean nameLike(Token[] tokenAt, int i, int end) {
        Token first = ActorFinder.at(tokenAt, i);
        if (first == null || first.is(PartOfSpeech.SAHEN_NOUN) || first.is(PartOfSpeech.COUNTRY_NAME)
                || first.is(PartOfSpeech.NOUN_SUFFIX)) {
            return false;
        }
        boolean aName = false;
        Token last = first;
        for (Token t = first; t != null && t.span().end() <= end; t = ActorFinder.at(tokenAt, t.span().end())) {
            aName |= t.is(PartOfSpeech.PROPER_NOUN) && !t.is(PartOfSpeech.COUNTRY_NAME) || t.unknownKatakana()
                    || t.surface().chars().allMatch(c -> KanaVariants.isKatakana((char) c));
            last = t;
        }
        return aName && !last.partOfSpeech().startsWith(PERSONS_SUFFIX);
    }

    /** IPADIC's part of speech of a suffix after a person's name: さん, 氏, 君. */
    private static final String PERSONS_SUFFIX = "名詞-接尾-人名";

    /** Whether a word from {@code i} to {@code end} says a company's kind ({@link #KINDS}), a whole word only. */
    private static boolean holdsAKind(Token[] tokenAt, int i, int end) {
        for (int at = i; at < end; at++) {
            Token t = ActorFinder.at(tokenAt, at);
            if (t != null && KINDS.contains(t.surface())) {
                return true;
            }
        }
        return false;
    }

    /** The legal form written before the name (株式会社 of 株式会社みどり), or "". */
    private static String legalForm(String surface) {
        for (String form : LEGAL_FORMS) {
            if (surface.startsWith(form)) {
                return form;
            }
        }
        return "";
    }

    /** Where the 」 closing what starts at {@code i} stands, or -1. */
    private static int bracketsClosedAt(String text, int i) {
        int close = text.indexOf('」', i);
        return close < 0 || close - i > LONGEST ? -1 : close;
    }

    /** The end of the run of nouns starting at a word's start {@code i}, or -1. */
    private static int runOfNouns(String text, Token[] tokenAt, int i) {
        if (i > 0 && BodiesByTheirKind.continuesAWord(text.charAt(i - 1))) {
            return -1;
        }
        int at = i;
        for (Token t = ActorFinder.at(tokenAt, at); t != null && t.partOfSpeech().startsWith("名詞")
                && !t.partOfSpeech().startsWith("名詞-非自立") && !t.partOfSpeech().startsWith("名詞-代名詞");
                t = ActorFinder.at(tokenAt, at)) {
            at = t.span().end();
        }
        return at > i && at < text.length() ? at : -1;
    }
}
