package app.nenpyo.temporal;

/**
 * A day's figure: a day written onto an amount that something is compared with (9月22日の2.8兆円を大きく上回り,
 * 25日の40.2度を超えた) is a figure recorded on that day, so the day has passed whatever the sentence goes on to
 * say of what would come (…上回り、過去最大になる). The amount has a unit of measure, a particle right after it and
 * a verb of comparing after that (上回る, 下回る, 超える, 超す, 抜く, 更新する, 比べる, 並ぶ), so that a contest
 * named by its distance (7日の5000メートルに出場する), a gathering by its size (10日の1万人集会) or a goal
 * (20日の2千円を目標に) is none of this. Known weakness: a forecast's figure compared (5日の35度を超える暑さに警戒)
 * is read as past.
 */
final class FiguresOfADay {
    private static final Words UNITS = new Words("兆円", "億円", "万円", "円", "ドル", "ユーロ", "元", "人", "件", "度", "％", "%",
            "台", "棟", "票", "倍", "戸", "頭", "匹", "社", "校", "トン", "ミリ", "センチ", "キロ", "メートル");
    private static final Words COMPARED = new Words("大きく上回", "大幅に上回", "上回", "下回", "超え", "超す", "抜", "更新", "比べ", "並");
    private static final String AFTER_THE_UNIT = "をがはにと、";

    private FiguresOfADay() {
    }

    /**
     * Whether a page's line break at {@code k} cuts the amount in two (9月22日の2⏎.8兆円, or 2.8⏎兆円 where the
     * finder moved the break past the number's run).
     */
    private static boolean wrappedInside(char[] c, int k) {
        return c[k] == '\n' && k > 0 && (Chars.isDigit(c[k - 1]) || c[k - 1] == '.') && k + 1 < c.length
                && (Chars.isDigit(c[k + 1]) || c[k + 1] == '.' || UNITS.at(c, k + 1) != null);
    }

    /** Whether a day's expression ending at {@code end} is written onto an amount, as above. */
    static boolean recorded(Expr e, char[] c) {
        int k = e.end;
        if (!e.hasDay() || e.to != null || !Chars.at(c, k, "の")) {
            return false;
        }
        int digits = ++k;
        while (k < c.length && (Chars.isDigit(c[k]) || c[k] == '.' || c[k] == '．' || "万億兆千百十".indexOf(c[k]) >= 0 && k > digits
                || wrappedInside(c, k))) {
            k++;
        }
        if (k == digits || !Chars.isDigit(c[digits])) {
            return false;
        }
        String unit = UNITS.at(c, k);
        int after = unit == null ? -1 : k + unit.length();
        return unit != null && after < c.length && AFTER_THE_UNIT.indexOf(c[after]) >= 0 && COMPARED.at(c, after + 1) != null;
    }
}
