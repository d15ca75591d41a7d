package app.nenpyo.events;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a label tells a bill voted by a legislature, a step of law making (decision 0029's addendum of session 40):
 * the predicate is a vote's outcome (可決, 否決) and the label names the chamber that voted (市議会, 国会, 本会議, 衆院,
 * 上院) or the law voted (…維持法を可決), or the predicate is 通過 and the chamber is what is passed (衆院を通過,
 * 参院本会議を通過) or the topic that passed it (衆院は先月通過しており: the label's 衆院が通過). Read by {@link CategoryRules#categorise} after the predicate's keywords and the label's last
 * keyword and before the words naming the happening and the clause's other words: what is voted decides first only
 * where the label names it (予算案を可決: the economy's; 条例案を否決: a law's by 条例), and a chamber's vote is legal
 * whatever those later words would read.
 *
 * <pre>
 *   市議会が本会議で調査委員会の設置を可決            → true  (a chamber's vote)
 *   計画が町議会で可決                                → true
 *   衆院を通過                                        → true  (a bill passing a chamber, the bill unnamed)
 *   常務委員会が国家安全維持法を可決                  → true  (a law voted)
 *   市議会が市長の不信任決議案を可決                  → false (a no-confidence motion: the writers split, other)
 *   株主総会で取締役の選任案を可決                    → false (no chamber: a company's meeting)
 *   審議会が答申案を可決                              → false (a council, no chamber: 審議会, 評議会, 協議会)
 *   聖火リレーが県議会前を通過                        → false (a place passed by: the chamber is not what is passed)
 *   新工法が国の審査を通過                            → false (a screening passed: no chamber, and a law only by a vote)
 *   台風が本州を通過                                  → false (no chamber)
 * </pre>
 *
 * <p>The writers of sets four to sixteen file a chamber's vote as legal whatever it passes (a bill, a plan, a
 * committee set up, a resolution: 19 reports of nine writers), none as other; sets two and three, older, have other
 * and announcement. The chamber is read as a word in the label's text, not a token: 議会 not after 評, 審, 協 or 会,
 * 国会 not before a word 会 begins (全国会議, 米国会計, 中国会社) nor the library's 図 (国会図書館, session 41), 本会議 not
 * after 日. Known weaknesses: a vote of a council that is no chamber (理事会で可決) is left out, and a chamber named
 * only in another sentence too; a bill passing a chamber's committee other than by its name (衆院の委員会を通過) is left
 * out.
 */
final class ChamberVotes {

    /** A vote's outcome as the label's predicate writes it. */
    private static final Set<String> VOTES = Set.of("可決", "否決");
    /** A bill passing a chamber: 衆院を通過. */
    private static final String PASSED = "通過";
    /**
     * Legislatures and their sittings as words: 市議会, 連邦議会, 国会, 本会議, 衆院, 参議院, 上院, 全人代; not a council
     * (評議会, 審議会, 協議会, 会議会場) nor a word holding 国会 (全国会議, 米国会計, 国会図書館) or 本会議 (日本会議).
     * The library (図) is also in {@code CategoryRules.NAMES_HOLDING_A_KEYWORD}, which this class does not read: keep the
     * two in step.
     */
    private static final String CHAMBER = "(?:(?<![評審協会])議会|国会(?![議計社館場長員見図])|(?<!日)本会議|衆院|参院|衆議院|参議院"
            + "|上院|下院|両院|人民代表大会|全人代)";
    private static final Pattern A_CHAMBER = Pattern.compile(CHAMBER);
    /**
     * A chamber or its committee as what is passed or as the topic: 衆院を, 参院本会議を, 衆院厚生労働委員会を, 衆院が;
     * not a place by it, 県議会前を, 国会周辺を.
     */
    private static final Pattern A_CHAMBER_PASSED = Pattern.compile(CHAMBER + "(?:\\p{IsHan}*会議?)?[をがは]");
    /**
     * A law named before its particle, two kanji at least before 法: 国家安全維持法を, 改正法が; not a way, a treatment or
     * a technique (方法, 手法, 技法, 治療法 … 療法, 工法, 製法, 作法, 戦法, 打法, 論法, 寸法).
     */
    private static final Pattern A_LAW_VOTED = Pattern.compile("\\p{IsHan}\\p{IsHan}(?<![方手技療工製作戦打論寸])法(案)?[をがは]");
    /** A motion of (no) confidence: a political vote, other as the class comment of CategoryRules keeps it. */
    private static final String CONFIDENCE = "信任";

    private ChamberVotes() {
    }

    /** Whether the label tells a bill or a motion voted by a chamber, or a law voted (see the class comment). */
    static boolean aBillVoted(String label, String predicate) {
        if (label.contains(CONFIDENCE)) {
            return false;
        }
        if (predicate.equals(PASSED)) {
            // a screening or a place passed is no bill: 審査を通過, 県議会前を通過
            return A_CHAMBER_PASSED.matcher(label).find();
        }
        return VOTES.contains(predicate) && (A_CHAMBER.matcher(label).find() || A_LAW_VOTED.matcher(label).find());
    }
}
