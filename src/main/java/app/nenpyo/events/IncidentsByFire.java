package app.nenpyo.events;

import java.util.List;

/**
 * Whether a label names an incident by the fire it was (decision 0029's addendum of session 42): it ends with 事件 and
 * what it says of the incident holds a fire (全焼, 半焼, 放火, 火災, 焼死, 火をつけ), so the happening the date dates is
 * the fire, a disaster, not the case 事件 would make it. The writers of sets three and fifteen file such incidents so
 * (住宅が全焼して夫婦が死亡した事件 four times, スタジオが放火され36人が死亡した事件 twice; set fifteen's README: "a fire
 * set on purpose … disaster"), where an incident of no fire stays the case's (一家3人が殺害された「北沢事件」: legal).
 *
 * <pre>
 *   兵庫県東湊市で住宅が全焼して夫婦が死亡した事件           → true (DISASTER, not LEGAL)
 *   京都市伏見区の第1スタジオが放火され36人が死亡した事件     → true
 *   北沢村で一家3人が殺害された「北沢事件」                   → false (no fire: the case's)
 *   放火事件で県警が男を逮捕                                   → false (the label's deed is the arrest)
 * </pre>
 *
 * <p>Read by {@link CategoryRules#categorise} before the label's last keyword, which would be 事件. Known weakness: a
 * fire named only in the incident's name (京アニ放火事件 alone, no deed told) is read as the fire too.
 */
final class IncidentsByFire {

    /** The word that names an incident: 事件. */
    private static final String INCIDENT = "事件";

    /** What names a fire in what is told of the incident. */
    private static final List<String> FIRES = List.of("全焼", "半焼", "放火", "火災", "焼死", "火をつけ", "火を付け");

    private IncidentsByFire() {
    }

    /** Whether the label ends with 事件 and holds a fire before it. */
    static boolean anIncidentByFire(String label) {
        if (!label.endsWith(INCIDENT)) {
            return false;
        }
        String told = label.substring(0, label.length() - INCIDENT.length());
        for (String fire : FIRES) {
            if (told.contains(fire)) {
                return true;
            }
        }
        return false;
    }
}
