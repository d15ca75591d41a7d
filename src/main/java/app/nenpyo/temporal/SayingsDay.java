package app.nenpyo.temporal;

/**
 * Whether a day told in a sentence dates the saying of a quote after it, so that a day word quoted (今夜, あす)
 * counts from it (see {@code DateFinder.Reading#dayOfTheSaying}).
 *
 * <pre>
 *   "大統領は12日夜のテレビ演説で「フランスは今夜、…」"   → yes: the day of an occasion of speaking, with で
 *   "首相は10日、「あすにも発表する」と述べた。"            → yes: the day set off, the speaker's
 *   "首相は20日に予定される首脳会談について「あす…」"     → no: the day of what is spoken about
 *   "首相は、20日投開票の衆院選について「今日から…」"       → no
 * </pre>
 *
 * <p>Known weakness: an occasion of speaking not listed ({@link #OCCASIONS}) leaves the document's day.
 */
final class SayingsDay {
    /** Occasions of speaking a day may be written onto: 会見, テレビ演説, 講演, 取材, 集会…. */
    private static final Words OCCASIONS = new Words("会見", "演説", "講演", "取材", "会合", "声明", "インタビュー", "談話", "答弁",
            "集会", "番組", "式典", "あいさつ", "挨拶", "質疑", "記者団");
    /** How far after the day's の an occasion may end with its で (12日夜の閣議後の記者会見で). */
    private static final int SCOPE = 12;

    private SayingsDay() {
    }

    /** Whether the day ending at {@code end} is set off by a comma or written onto an occasion of speaking and で. */
    static boolean dates(char[] c, int end) {
        if (end >= c.length) {
            return false;
        }
        if (c[end] == '、') {
            return true;
        }
        if (c[end] != 'の') {
            return false;
        }
        for (int k = end + 1; k < Math.min(c.length, end + 1 + SCOPE); k++) {
            if (c[k] == '、' || c[k] == '。' || c[k] == '「') {
                return false;
            }
            String occasion = OCCASIONS.at(c, k);
            if (occasion != null && Chars.at(c, k + occasion.length(), "で")) {
                return true;
            }
        }
        return false;
    }
}
