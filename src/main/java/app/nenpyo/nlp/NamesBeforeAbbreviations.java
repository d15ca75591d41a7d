package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.FullWidth;
import app.nenpyo.domain.TextSpan;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body's full name written before its abbreviation in brackets, as Japanese news names a body the
 * first time: スポーツ仲裁裁判所（CAS）は → the organisation CAS written スポーツ仲裁裁判所, the full name an
 * alias of it with its reason; モディ首相のインド人民党（BJP） → インド人民党 (BJP); 与党連合「国民民主同盟」（NDA）
 * → 国民民主同盟 (NDA; a name in 「」 is taken whole). Keyed by the abbreviation, as the gazetteer keys JAXA:
 * an article written later says ISU alone, and it must be the same body as 国際スケート連盟（ISU）. IPADIC reads the abbreviation as an organisation and the full name as common
 * nouns (スポーツ / 仲裁 / 裁判所), so without this the full name is no actor and the abbreviation one of
 * its own.
 *
 * <p>The full name is the run of kanji, katakana, ー and ・ right before the bracket, from a word's
 * start (the text's start, a mark, a bracket or a hiragana particle: の, は): 国際港湾労働者協会（ILA）.
 * It must end as a body's name does (党, 同盟, 委員会, 裁判所, 機構, 協会, 局…): 人工知能（AI） and
 * 電気自動車（EV） name no body. The abbreviation is two to eight capital letters, perhaps with digits,
 * ・ or &amp; (CDU・CSU).
 *
 * <p>Known weaknesses: a run after a number is left alone (第28回締約国会議（COP28）: where the name
 * begins is not sure); a name with hiragana inside (気候変動枠組み条約) is cut at its last hiragana, so
 * only names written without them are found; a place or country at the run's start stays part of the
 * name (米航空宇宙局).
 */
final class NamesBeforeAbbreviations {

    /**
     * The abbreviation in brackets, read in the text narrowed ({@link FullWidth}): （CAS）, (NDA), （CDU・CSU）, and
     * （ＩＳＵ） as papers that print letters in full width write it, keyed ISU as written alone in half width.
     */
    private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Z][A-Z0-9&・]{1,7})\\)");

    /** The characters an abbreviation in brackets may take: its brackets and at most eight letters. */
    private static final int LONGEST_BRACKET = 10;

    /** How the names of bodies end: a party, an alliance, a court, a committee, an agency… */
    private static final List<String> BODY_ENDINGS = List.of("党", "同盟", "連合", "連盟", "戦線", "委員会", "評議会", "理事会",
            "協議会", "議会", "裁判所", "機構", "機関", "協会", "組合", "財団", "基金", "銀行", "公社", "研究所", "局", "庁", "省",
            "部隊", "軍", "会議", "同盟会", "センター", "本部");

    private NamesBeforeAbbreviations() {
    }

    /**
     * Whether a full name may be written before its abbreviation in the text: only where a bracket opens
     * ({@link #fullNameAt} reads one after the name), asked once a sentence, not at each of its characters.
     */
    static boolean mayNameOne(String text) {
        return text.indexOf('（') >= 0 || text.indexOf('(') >= 0;
    }

    /**
     * The full name starting at {@code i}, if one is written there before its abbreviation: the mention spans the
     * name only, without the bracket, and is keyed by the abbreviation written in the brackets, in half width (CDU・CSU whole),
     * as the gazetteer keys JAXA, so that the abbreviation written alone in another article (ISUは…) is the same
     * body.
     */
    static ActorMention fullNameAt(String text, int i) {
        if (i > 0 && !startsAWord(text.charAt(i - 1)) || !inName(text.charAt(i)) || text.charAt(i) == '・') {
            return null;
        }
        int end = i;
        while (end < text.length() && inName(text.charAt(end))) {
            end++;
        }
        int nameEnd = end;
        if (i > 0 && text.charAt(i - 1) == '「') {
            if (end >= text.length() || text.charAt(end) != '」') {
                return null;
            }
            end++; // 「国民民主同盟」（NDA）: the name in brackets, then its abbreviation
        }
        // asked at every word's start of a dated sentence: the matcher only where a bracket follows a long enough run
        if (nameEnd - i < 3 || end >= text.length() || "（(".indexOf(text.charAt(end)) < 0) {
            return null;
        }
        Matcher m = abbreviationAt(text, end);
        if (!m.lookingAt() || !endsAsABody(text.substring(i, nameEnd))) {
            return null;
        }
        String name = text.substring(i, nameEnd);
        return new ActorMention(name, new TextSpan(i, nameEnd), ActorKind.ORGANISATION, name, m.group(1), "", "",
                name + " = " + m.group(1) + " (the full name written before its abbreviation in brackets)");
    }

    /**
     * An abbreviation inside the brackets right after a full name found by {@link #fullNameAt}, keyed as the full
     * name is: CDU of キリスト教民主・社会同盟（CDU・CSU） is CDU・CSU. {@code abbreviation} is what the finder found at
     * its place; returned as it is where it is the whole bracket already or stands elsewhere.
     */
    static ActorMention abbreviationOf(String text, ActorMention fullName, ActorMention abbreviation) {
        int open = fullName.span().end();
        if (open < text.length() && text.charAt(open) == '」') {
            open++;
        }
        Matcher m = abbreviationAt(text, Math.min(open, text.length()));
        if (!m.lookingAt() || abbreviation.span().start() <= open || abbreviation.span().end() > open + m.end() - 1
                || abbreviation.canonical().equals(fullName.canonical())) {
            return abbreviation;
        }
        return new ActorMention(abbreviation.surface(), abbreviation.span(), ActorKind.ORGANISATION, abbreviation.name(),
                fullName.canonical(), "", fullName.country(), abbreviation.surface() + " = " + fullName.canonical()
                + " (written in the brackets after " + fullName.name() + ")");
    }

    /** A matcher of {@link #ABBREVIATION} over the few characters from {@code at}, narrowed: its offsets count from there. */
    private static Matcher abbreviationAt(String text, int at) {
        return ABBREVIATION.matcher(FullWidth.narrow(text.substring(at, Math.min(text.length(), at + LONGEST_BRACKET))));
    }

    private static boolean endsAsABody(String name) {
        for (String ending : BODY_ENDINGS) {
            if (name.endsWith(ending) && name.length() > ending.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inName(char c) {
        return Scripts.isHan(c) || KanaVariants.isKatakana(c) || c == '・' || c == 'ー';
    }

    /** What a name may follow: a mark, a bracket or a space, or a hiragana particle; not a digit or a letter. */
    private static boolean startsAWord(char before) {
        return Scripts.inHiraganaBlock(before)
                || !Character.isLetterOrDigit(before) && !Character.isIdeographic(before);
    }
}
