package app.nenpyo.events;

import java.util.List;

/**
 * A deed told in the passive by one writer and in the active by another: 県は2日、運転席部分を引き上げた and 今月2日、
 * ようやく運転席部分が引き上げられた are one lifting, 女性がクマに襲われた and クマが女性を襲った one attack. The label
 * keeps the passive's verb as its head word (引き上げられる), the active's as its own (引き上げる), so the two shared no
 * word naming the happening; the active of the passive is one, said as written by the clause (its words hold the
 * dictionary form the tokenizer read: 引き上げる of 引き上げられ).
 *
 * <p>{@code activeOf("引き上げられる", [運転, 席, 部分, 引き上げる])} → 引き上げる; {@code activeOf("撃たれる", [銃, 撃つ])} →
 * 撃つ; {@code activeOf("襲われる", [クマ, 襲う])} → 襲う; {@code activeOf("分かれる", [意見, 分かれる])} → "" (a verb of its
 * own, 分かる is not among the words); {@code activeOf("銃撃される", …)} → "" (a noun's deed, whose head is the noun
 * 銃撃 already).
 *
 * <p>Only a godan or ichidan verb's passive: its stem, a kana of the あ row (わ か が さ た な ば ま ら) and れる, whose
 * active (the stem and the kana of the う row: 撃た → 撃つ, 引き上げら → 引き上げる) the clause's words hold. Known
 * weaknesses: a potential or honorific in られる (見られる, 臨まれる) is read as a passive too, which names the same
 * deed all the same; two people of one day each told in one voice (男性が刺された in one town, 男が女性を刺した in
 * another) share the deed: {@link Similarity#deedInThePassiveOfTheOther} asks for one body or place named by both,
 * and for the passive's thing to be the active's object when both are named (絵画が盗まれた and 男が現金を盗んだ in one town
 * stay two).
 */
final class PassiveDeeds {

    private static final String A_ROW = "わかがさたなばまら";
    private static final String U_ROW = "うくぐすつぬぶむる";

    private PassiveDeeds() {
    }

    /** The active of a head word said in the passive, when the clause's words hold it; "" else. */
    static String activeOf(String head, List<String> words) {
        if (head.length() < 4 || !head.endsWith("れる")) {
            return "";
        }
        int row = A_ROW.indexOf(head.charAt(head.length() - 3));
        String stem = head.substring(0, head.length() - 3);
        // 銃撃される: a noun of two kanji and される is the noun's deed, not a verb of the さ row
        if (row < 0 || row == A_ROW.indexOf('さ') && stem.length() >= 2 && stem.chars().allMatch(PassiveDeeds::isKanji)) {
            return "";
        }
        String active = stem + U_ROW.charAt(row);
        return words.contains(active) ? active : "";
    }

    private static boolean isKanji(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
