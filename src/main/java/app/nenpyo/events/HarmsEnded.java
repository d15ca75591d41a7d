package app.nenpyo.events;

import java.util.List;

/**
 * Whether a clause tells a disaster's harm ended (decision 0029's addendum of session 41): the predicate is 解消 or
 * 復旧 (or ends so: 全面復旧), so the disaster the clause names (断水, 停電, 立ち往生, 通信障害) is what ended, not what
 * happened. A return to the ordinary state is no disaster: the writers of sets eight, sixteen and seventeen file such
 * ends as other (停電のほぼすべてを解消, 立ち往生が解消, 断水が全面解消), none as a disaster; a service resumed or
 * restored is other to all but one writer who files one (診療を再開, システム障害がほぼ復旧, 運行を再開; ATMが全面復旧 the
 * economy's to set eleven).
 *
 * <pre>
 *   断水は5日夜までに全ての地域で解消した。        → OTHER (the disaster's harm ended)
 *   台風で止まっていた通信障害は3日に全面復旧した。  → OTHER
 *   大雪で27日、車の立ち往生が起きた。             → DISASTER (the harm itself)
 *   電力会社は8日、停電の解消を発表した。          → ANNOUNCEMENT (the predicate is 発表, read first)
 * </pre>
 *
 * <p>Read by {@link CategoryRules#categorise} on the category its words give: only a disaster turns to other (渋滞が解消
 * is other already; 品薄の解消を強調 is words by its predicate). Known weaknesses: a lifting (避難指示を解除) is left
 * alone, the writers split on it (set eight other, set nine a disaster); an end told with another verb (停電がなくなる,
 * 電気が戻る) is read as the disaster.
 */
final class HarmsEnded {

    /** Predicates that end a state: 解消, 復旧, with what precedes them in a compound (全面復旧). */
    private static final List<String> ENDS = List.of("解消", "復旧");

    private HarmsEnded() {
    }

    /** Whether the predicate ends a state (解消, 復旧, 全面復旧), so that a disaster named with it is its harm ended. */
    static boolean endsAHarm(String predicate) {
        for (String end : ENDS) {
            if (predicate.endsWith(end)) {
                return true;
            }
        }
        return false;
    }
}
