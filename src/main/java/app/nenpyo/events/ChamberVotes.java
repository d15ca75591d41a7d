package app.nenpyo.events;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a label tells a bill voted by a legislature, a step of law making (decision 0029's addendum of session 40):
 * the predicate is a vote's outcome (可決, 否決, 通過) and the label names the chamber that voted (市議会, 国会, 本会議,
 * 衆院, 上院) or the law voted (…維持法を可決). Read by {@link CategoryRules#categorise} only when what is voted has no
 * category of its own, which decides first (予算案を可決: the economy's; 条例案を否決: a law's by 条例).
 *
 * <pre>
 *   市議会が本会議で調査委員会の設置を可決            → true  (a chamber's vote)
 *   計画が町議会で可決                                → true
 *   衆院を通過                                        → true  (a bill passing a chamber, the bill unnamed)
 *   常務委員会が国家安全維持法を可決                  → true  (a law voted)
 *   市議会が市長の不信任決議案を可決                  → false (a no-confidence motion: the writers split, other)
 *   株主総会で取締役の選任案を可決                    → false (no chamber: a company's meeting)
 *   台風が本州を通過                                  → false (no chamber)
 * </pre>
 *
 * <p>The writers of sets four to sixteen file a chamber's vote as legal whatever it passes (a bill, a plan, a
 * committee set up, a resolution: 19 reports of nine writers), none as other; sets two and three, older, have other
 * and announcement. Known weakness: a vote of a council that is no chamber (理事会で可決) is left out, and a
 * chamber named only in another sentence too.
 */
final class ChamberVotes {

    /** A vote's outcome as the label's predicate writes it. */
    private static final Set<String> OUTCOMES = Set.of("可決", "否決", "通過");
    /** Legislatures and their sittings: 市議会, 連邦議会, 国会, 本会議, 衆院, 参議院, 上院, 全人代. */
    private static final List<String> CHAMBERS = List.of("議会", "国会", "本会議", "衆院", "参院", "衆議院", "参議院", "上院",
            "下院", "両院", "人民代表大会", "全人代");
    /**
     * A law named before its particle, two kanji at least before 法: 国家安全維持法を, 改正法が; not a way or a treatment
     * (方法, 手法, 技法, 治療法 … 療法).
     */
    private static final Pattern A_LAW_VOTED = Pattern.compile("\\p{IsHan}\\p{IsHan}(?<![方手技療])法(案)?[をがは]");
    /** A motion of (no) confidence: a political vote, other as the class comment of CategoryRules keeps it. */
    private static final String CONFIDENCE = "信任";

    private ChamberVotes() {
    }

    /** Whether the label tells a bill or a motion voted by a chamber, or a law voted (see the class comment). */
    static boolean aBillVoted(String label, String predicate) {
        if (!OUTCOMES.contains(predicate) || label.contains(CONFIDENCE)) {
            return false;
        }
        for (String chamber : CHAMBERS) {
            if (label.contains(chamber)) {
                return true;
            }
        }
        return A_LAW_VOTED.matcher(label).find();
    }
}
