package app.nenpyo.temporal;

import java.util.List;
import java.util.Set;

/**
 * The nouns that name figures of a period (statistics, accounts, prices, rates, budgets: 指数, 純利益,
 * 支持率, 予算) and the deeds that make a phrase of figures a happening (決算発表, 販売開始). One list
 * for the two readers of it: the resolution of a month whose figures are reported
 * ({@link ReportedPeriods}) and the background of a figure's date ({@code events.FigureDates}); two
 * lists had drifted apart, so 支持率 made a figure's date background without leaning its month to
 * the past, and 延期 made a happening for one and not the other.
 */
public final class FigureNouns {

    /**
     * Figures whatever the sentence does with them; a word is one when it is one of these or, for a
     * noun phrase, holds one (全国消費者物価指数, 国内新車販売台数).
     */
    private static final List<String> FIGURES = List.of("指数", "GDP", "総生産", "収支", "黒字", "赤字", "売上", "売り上げ",
            "利益", "損益", "損失", "経常", "決算", "業績", "実績", "人口", "終値", "株価", "物価", "税収", "予算", "統計", "速報",
            "失業率", "求人倍率", "支持率", "投票率", "成長率", "上昇率", "下落率", "貿易", "件数", "台数", "者数", "客数",
            "生産量", "生産額", "生産高", "販売量", "販売額", "出荷量", "出荷額", "輸出額", "輸入額", "受注額", "受注高", "輸出", "輸入",
            "出荷", "収益", "時価総額");
    /**
     * What a company reports or is valued at (株価, 営業利益, 時価総額), which says nothing without whose it
     * is; every one names figures ({@link #namesFigures}).
     */
    public static final Set<String> COMPANY_FIGURES = Set.of("株価", "営業利益", "純利益", "経常利益", "最終利益", "最終損益",
            "売上高", "営業収益", "業績", "時価総額", "受注高");
    /** Deeds that make a phrase of figures a happening: 決算発表, 統計の公表, 指数の算出開始, 決算発表を延期. */
    private static final Set<String> DEEDS = Set.of("発表", "公表", "開始", "再開", "終了", "停止", "中止", "延期");

    private FigureNouns() {
    }

    /** Whether a word or noun phrase names figures: it holds a figure noun and no deed (販売台数, not 販売開始). */
    public static boolean namesFigures(String noun) {
        if (holdsADeed(noun)) {
            return false;
        }
        for (String figure : FIGURES) {
            if (noun.contains(figure)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a deed that makes the figures before it a happening (発表, 延期). */
    public static boolean isDeed(String word) {
        return DEEDS.contains(word);
    }

    private static boolean holdsADeed(String noun) {
        for (String deed : DEEDS) {
            if (noun.contains(deed)) {
                return true;
            }
        }
        return false;
    }
}
