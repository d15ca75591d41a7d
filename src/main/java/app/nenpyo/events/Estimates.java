package app.nenpyo.events;

import java.util.regex.Pattern;

/**
 * Whether a clause tells an estimate the writers file as the economy's (decision 0029's addendum of session 42): a
 * newspaper's report of an estimate (経済日報は同日付で「…約30億円」という試算を載せた), which the READMEs of sets fourteen,
 * fifteen and sixteen name as the one report of a paper that is not other ("economy for a paper's estimate"), and an
 * estimate in money whose label names nothing else (…約900億円が失われると試算した).
 *
 * <pre>
 *   経済日報は同日付で「八冠効果は約30億円」という試算を載せた。   → a paper's estimate: ECONOMY, not a report's OTHER
 *   経済日報（24日付）は、約900億円が失われると試算した。           → an estimate in money: ECONOMY
 *   県は5日、南海トラフ地震の死者を最大3万人と試算した。            → no: 地震 names the label's happening (DISASTER)
 *   研究所は5日、来年の人口が1億人を割ると試算した。                → no money: OTHER
 * </pre>
 *
 * <p>Known weaknesses: a paper's report that only names an estimate in passing is the economy's too; an estimate in a
 * currency written in words alone (数十億の損失) is no money, nor is a sum the label leaves out (…使う額を約2000億円と
 * 試算 is labelled 来場者を使うと試算: other).
 */
final class Estimates {

    /** The word of an estimate: 試算. */
    private static final String ESTIMATE = "試算";

    /** A sum of money: digits or kanji numerals, then 円, ドル or ユーロ (900億円, 数十億ドル, ３０億円). */
    private static final Pattern MONEY = Pattern.compile("[0-9０-９.,．，〇一二三四五六七八九十百千万億兆数]+(円|ドル|ユーロ)");

    private Estimates() {
    }

    /** Whether a paper's report, its clause as written, tells an estimate: …という試算を載せた, …と試算した. */
    static boolean aPapersEstimate(String clause) {
        return clause.contains(ESTIMATE);
    }

    /**
     * Whether the predicate is 試算 and the label names a sum of money: {@code ("約900億円が失うと試算", "試算")} →
     * true; {@code ("来年の人口が1億人を割ると試算", "試算")} → false.
     */
    static boolean anEstimateOfMoney(String label, String predicate) {
        return predicate.equals(ESTIMATE) && MONEY.matcher(label).find();
    }
}
