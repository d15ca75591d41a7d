package app.nenpyo.nlp;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What news writes around a company's name to say it is one, with no ending or 本社 to tell it: the company's kind and の
 * before the name (機械大手の銀河重工, 航空会社の北星エア, 電機メーカーの東雲テック, IT企業の…, 同業の銀河食品, グループ傘下の北星エア),
 * and its head office's city in brackets after it (瑞穂製薬（大阪市）, 北星エア（札幌市）, 若草フードサービス（北海道雪原町）,
 * （東京都港区）). One list and one pattern, read by {@link ActorFinder} (a name with a company's ending) and
 * {@link CompaniesByTheirHeadOffice} (a name with none), so that the two rules say the same company alike.
 *
 * <p>Examples: {@code kindBefore("航空会社の北星エア", 6)} → true; {@code kindBefore("会社員の若草", 4)} → false (員 goes on:
 * a person's work); {@code cityInBrackets("北星エア（北海道）は", 4)} → true; {@code cityInBrackets("北星エア（2019年設立）", 4)}
 * → false.
 *
 * <p>Known weaknesses: the kind says a company follows, not that the next word is its name (物流会社の倉庫（千葉県市川市）:
 * the callers ask the word to be name-like); a person's home in brackets (山田太郎さん（大阪市）) is written so too; a kind
 * not listed (運行会社の is, 運行業者の is not) says nothing.
 */
final class CompanysKindAndCity {

    /** A company's kind and の (地域航空会社の, 電機メーカーの, 食品大手の, IT企業の, 同業の, グループ傘下の): the name after is a company's. */
    private static final List<String> KINDS_AND_NO = List.of("大手の", "メーカーの", "会社の", "企業の", "同業の", "傘下の");

    /**
     * A municipality, a ward or a prefecture in brackets: （札幌市）, （東京都港区）, （北海道）, （北海道雪原町）, （さいたま市）. Not brackets
     * holding a year, an age or words (（2019年設立）, （45）, （本社・…）, read by {@link CompaniesByTheirHeadOffice} itself).
     */
    private static final Pattern CITY_IN_BRACKETS =
            Pattern.compile("[（(][\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー]{1,11}[市区町村都道府県][）)]");

    private CompanysKindAndCity() {
    }

    /** Whether a company's kind and の stand right before {@code i}: 航空会社の北星エア at 北 → true, 友人の北星 → false. */
    static boolean kindBefore(String text, int i) {
        if (i < 2 || text.charAt(i - 1) != 'の') {
            return false; // checked first: asked at every word start a company's name may take
        }
        for (String kind : KINDS_AND_NO) {
            if (text.startsWith(kind, i - kind.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a city in brackets starts at {@code at}: 瑞穂製薬（大阪市） at （ → true; 製薬（新薬） → false. */
    static boolean cityInBrackets(String text, int at) {
        if (at >= text.length() || text.charAt(at) != '（' && text.charAt(at) != '(') {
            return false; // checked first: no Matcher built where no bracket opens
        }
        return CITY_IN_BRACKETS.matcher(text).region(at, text.length()).lookingAt();
    }
}
