package app.nenpyo.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thing named in full with its short name in brackets in one report and by the short name in another: news
 * gives a law, a body or a plan its full name once, the short one after it in brackets, and later articles use
 * the short one only. 改正教員給与特別措置法（給特法）が…可決、成立 and 先週11日に成立した改正給特法 name one law;
 * 国際原子力機関（IAEA）が…報告書を公表 and IAEAの報告書 one body.
 *
 * <p>A short name is one that keeps the full name's last character (給特法 of 教員給与特別措置法, 独禁法 of
 * 独占禁止法: the kind of thing, 法 or 会, stays) or is written in Latin letters (IAEA); so a company's
 * place in brackets (北洋物産（東京都港区）) or a person's age (（58）) is no short name. The other report's head
 * word must be the short name, or it amended or new (改正給特法, 新給特法), not any word ending with it: 改正福島復興再生
 * 特措法 is another 特措法, 生成AI no 人工知能（AI）. Nothing when the report naming it in full has the short name as a
 * head word of its own: the shared head word (or the compound ending in it, {@link CompoundHeads}) already counts it.
 *
 * <p>{@code sharedShortName([改正教員給与特別措置法（給特法）, 成立], [成立, 改正給特法])} → {@code 給特法};
 * {@code sharedShortName([北洋物産（東京都港区）], [東京都港区])} → "";
 * {@code sharedShortName([改正教員給与特別措置法（給特法）], [改正労働基準法])} → "";
 * {@code sharedShortName([改正新型インフルエンザ等対策特別措置法（特措法）], [改正福島復興再生特措法])} → "".
 *
 * <p>Known weaknesses: a short name not kept in a head word (its report labelled by another deed) is not
 * seen; a short name whose last character differs from the full name's (日銀 of 日本銀行) is not read as one.
 */
final class ShortNames {

    /** A full name of noun characters and, in brackets right after it, what may be its short name. */
    private static final Pattern NAMED_IN_FULL = Pattern.compile("([\\p{IsHan}\\p{IsKatakana}ー]{3,})[（(]([^（）()、。]{2,12})[）)]");

    private static final Pattern LATIN = Pattern.compile("[A-Za-zＡ-Ｚａ-ｚ]+");

    private ShortNames() {
    }

    /** The short name one report's head words give in brackets and the other's use alone; "" when none. */
    static String sharedShortName(List<String> a, List<String> b) {
        return shared(givenInBrackets(a), b, givenInBrackets(b), a);
    }

    /**
     * The same from short names read once per report ({@link #givenInBrackets}, kept in {@link ResolvedReport}): the
     * first of one report's that the other's head words use.
     */
    static String shared(List<String> shortNamesOfA, List<String> headsOfB, List<String> shortNamesOfB, List<String> headsOfA) {
        String found = usedBy(shortNamesOfA, headsOfB);
        return found.isEmpty() ? usedBy(shortNamesOfB, headsOfA) : found;
    }

    /**
     * The short names a report's head words give in brackets after a full name (給特法 of 改正教員給与特別措置法
     * （給特法）), but none the report also has as a head word of its own.
     */
    static List<String> givenInBrackets(List<String> heads) {
        List<String> found = new ArrayList<>(0);
        for (String head : heads) {
            if (head.indexOf('（') < 0 && head.indexOf('(') < 0) {
                continue;
            }
            Matcher m = NAMED_IN_FULL.matcher(head);
            while (m.find()) {
                String name = m.group(1);
                String shortName = m.group(2);
                boolean abbreviation = LATIN.matcher(shortName).matches()
                        || shortName.charAt(shortName.length() - 1) == name.charAt(name.length() - 1);
                if (abbreviation && !heads.contains(shortName)) {
                    found.add(shortName);
                }
            }
        }
        return found.isEmpty() ? List.of() : List.copyOf(found);
    }

    private static String usedBy(List<String> shortNames, List<String> heads) {
        for (String shortName : shortNames) {
            for (String head : heads) {
                if (namedBy(head, shortName)) {
                    return shortName;
                }
            }
        }
        return "";
    }

    /** Whether a head word is the short name, or it as amended or new (改正給特法, 新給特法), not another name ending so. */
    private static boolean namedBy(String head, String shortName) {
        return head.equals(shortName) || head.equals("改正" + shortName) || head.equals("新" + shortName);
    }
}
