package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;
import java.util.Set;

/**
 * A company whose name is a made-up word of kanji and an ending only companies' names have: 北斗電産は → 北斗電産,
 * 三協電工と → 三協電工, 瑞穂製薬が → 瑞穂製薬. A writer invents the first word (北斗, 三協, 瑞穂: a
 * star, a figure and a suffix, ears of rice), which IPADIC reads as a common word or splits, so it says nothing; the
 * ending says it. The endings here ({@link #ENDINGS}) name no trade after a common word (電産, 電工, 製作所, 商事, 物産,
 * ホールディングス): a trade is said 電機業界, 製薬大手, 商社. Where a trade is said by such a word (国内電機各社, 大手製薬),
 * the word before it is a qualifier ({@link #QUALIFIERS}) or a trade's word follows it (各社, 大手, 業界), and it is none.
 *
 * <p>The first word is two to four kanji written as nouns or figures (名詞, 三 / 協) from a word's start; no verb, particle
 * or prefix inside, and of common words only one of two kanji (工作機械製作所, a compound of words a reader knows, says what is made). 重工 and 化学 are
 * left out: they are a trade's words as well (heavy industry, chemistry), and a common word before them names no company
 * unless something says it is one ({@code ActorFinder}: 機械大手の銀河重工; 銀河重工は alone is none). Endings that follow a common word as often as a name (鉄道, 建設, 銀行, 食品, 航空: 高速鉄道, 公共建設,
 * 地方銀行, 加工食品, 民間航空) are left to {@code ActorFinder}'s rules that need a proper noun or a company's officer.
 *
 * <p>A name in brackets after its kind (持ち株会社「三協高輪ホールディングス」) is left as it was read: the kind before it
 * says what it is and the label keeps it (a company as the label's subject starts the label, which then lost 持ち株会社 and
 * its category).
 *
 * <p>Known weaknesses: 東雲鉄道 or 北辰建設 with no officer or head office named is not taken; a qualifier not in the
 * list before one of the endings (老舗製菓 is in it, 名門製菓 not) is taken for a company.
 */
final class CompanyNames {

    /** Endings only a company's name has, the longer of two that start alike first. */
    private static final List<String> ENDINGS = List.of("ホールディングス", "製作所", "電産", "電工", "電機", "精機", "精工", "商事",
            "物産", "興業", "技研", "化成", "製菓", "製薬", "紡績", "乳業");

    /** Words that say what kind of company, not which: 国内電機, 新興製薬, 老舗製菓, 同業の. */
    private static final Set<String> QUALIFIERS = Set.of("国内", "海外", "外資", "新興", "中堅", "総合", "主要", "地場", "老舗",
            "大手", "中小", "地方", "民間", "国営", "国有", "同業", "各", "同", "米", "日系", "外国", "家電", "医薬");

    /** The most kanji of common words a made-up name holds: one word of two (北斗). */
    private static final int MADE_UP_WORD = 2;

    private static final int SHORTEST_WORD = 2;
    private static final int LONGEST_WORD = 4;

    private CompanyNames() {
    }

    /** Whether {@code text} may name a company by its ending at all (it holds 製作所, 商事…), checked once a sentence. */
    static boolean mayNameOne(String text) {
        return WordsWritten.anyIn(text, ENDINGS);
    }

    /** The company whose name starts at {@code i}, or null: 「北斗電産は」 → 北斗電産; 「国内電機各社は」, 「大手製薬が」 → null. */
    static ActorMention at(String text, Token[] tokenAt, int i) {
        if (i > 0 && (BodiesByTheirKind.continuesAWord(text.charAt(i - 1)) || text.charAt(i - 1) == '「')) {
            return null; // 持ち株会社「三協高輪ホールディングス」: named by the kind before it, which the label keeps
        }
        Token first = ActorFinder.at(tokenAt, i);
        if (first == null || QUALIFIERS.contains(first.surface())) {
            return null;
        }
        int end = -1;
        int commonWords = 0;
        for (Token t = first; t != null && t.span().end() - i <= LONGEST_WORD + ActorFinder.LONGEST_ENDING;
                t = ActorFinder.at(tokenAt, t.span().end())) {
            int wordEnd = t.span().start();
            if (wordEnd - i >= SHORTEST_WORD && wordEnd - i <= LONGEST_WORD) {
                String ending = endingAt(text, wordEnd);
                if (ending != null) {
                    end = wordEnd + ending.length();
                    break;
                }
            }
            if (!inAName(t) || !ActorRegistry.isKanji(t.surface())) {
                break;
            }
            commonWords += isCommonWord(t) ? t.surface().length() : 0;
            if (commonWords > MADE_UP_WORD) {
                return null; // 工作機械製作所: words a reader knows, compounded, say what is made, not who makes it
            }
        }
        if (end < 0) {
            return null;
        }
        String name = text.substring(i, end);
        return new ActorMention(name, new TextSpan(i, end), ActorKind.ORGANISATION, name, name, "", "", "");
    }

    /**
     * The ending written from {@code at} that ends the word, or null: no kanji or katakana after it but ・ (北斗電産・三協電工).
     * An ending with more noun after it is part of a word (観光物産展, 調理製菓専門学校), and so is a trade
     * (電機各社, 製薬大手, 電機業界, 製薬会社, 製薬メーカー, 電機業).
     */
    private static String endingAt(String text, int at) {
        for (String ending : ENDINGS) {
            int end = at + ending.length();
            if (text.startsWith(ending, at) && (end >= text.length() || text.charAt(end) == '・'
                    || !BodiesByTheirKind.continuesAWord(text.charAt(end)))) {
                return ending;
            }
        }
        return null;
    }

    /** A word of a made-up name: a noun of any kind (北斗, 三協's 協 a suffix, 高輪 a place) or a figure (三). */
    private static boolean inAName(Token t) {
        return t.is(PartOfSpeech.NOUN) && !t.is(PartOfSpeech.DEPENDENT_NOUN) && !t.is(PartOfSpeech.PRONOUN);
    }

    /**
     * A common noun of two kanji or more (no proper noun, figure or suffix): a made-up name's one word is two (北斗, 瑞穂), and more are a compound of words a
     * reader knows (工作 / 機械, 精密 / 機器), which says what is made.
     */
    private static boolean isCommonWord(Token t) {
        return t.surface().length() > 1 && !t.is(PartOfSpeech.PROPER_NOUN) && !t.is(PartOfSpeech.NUMBER) && !t.is(PartOfSpeech.NOUN_SUFFIX);
    }

}
