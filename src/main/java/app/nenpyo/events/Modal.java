package app.nenpyo.events;

import java.util.Map;

/**
 * How a noun after a verb tells the deed: planned or expected (開催する見通し → 開催へ), feared (広がる恐れ →
 * 感染が拡大の恐れ), rumoured (辞任するとの観測). {@link #NOUNS} gives each such noun its kind: 見通し → PLAN,
 * 恐れ → RISK, 見方 → VIEW.
 *
 * <p>Known weakness: a noun is read by its surface only, wherever a rule asks about it.
 */
enum Modal {
    PLAN, RISK, VIEW;

    /** The nouns after a verb that tell a deed planned, feared or rumoured, and how they tell it. */
    static final Map<String, Modal> NOUNS = Map.ofEntries(
            Map.entry("見通し", Modal.PLAN), Map.entry("見込み", Modal.PLAN), Map.entry("予定", Modal.PLAN),
            Map.entry("公算", Modal.PLAN), Map.entry("方向", Modal.PLAN), Map.entry("方針", Modal.PLAN),
            Map.entry("意向", Modal.PLAN), Map.entry("構え", Modal.PLAN), Map.entry("恐れ", Modal.RISK),
            Map.entry("おそれ", Modal.RISK), Map.entry("可能性", Modal.RISK), Map.entry("観測", Modal.VIEW),
            Map.entry("見方", Modal.VIEW));

    /** Whether a label tells a feared state, not a happening (広がる恐れ → 感染が拡大の恐れ, 大荒れの可能性). */
    static boolean toldAsARisk(String label) {
        for (Map.Entry<String, Modal> modal : NOUNS.entrySet()) {
            if (modal.getValue() == Modal.RISK && label.endsWith(modal.getKey())) {
                return true;
            }
        }
        return false;
    }
}
