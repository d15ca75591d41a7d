package app.nenpyo.events;

import java.util.regex.Pattern;

/**
 * Whether a label names an incident by the fire it was (decision 0029's addendum of session 42): it ends with 事件 and
 * what it says of the incident tells a fire as a deed (全焼して, 半焼し, 放火され, 火災で, 焼死した, 火をつけ; not
 * 火災保険, 火災報知, 焼死体: review rvD), so the happening the date dates is
 * the fire, a disaster, not the case 事件 would make it. The writers of sets three and fifteen file such incidents so
 * (住宅が全焼して夫婦が死亡した事件 four times, スタジオが放火され36人が死亡した事件 twice; set fifteen's README: "a fire
 * set on purpose … disaster"), where an incident of no fire stays the case's (一家3人が殺害された「北沢事件」: legal).
 *
 * <pre>
 *   兵庫県東湊市で住宅が全焼して夫婦が死亡した事件           → true (DISASTER, not LEGAL)
 *   京都市伏見区の第1スタジオが放火され36人が死亡した事件     → true
 *   北沢村で一家3人が殺害された「北沢事件」                   → false (no fire: the case's)
 *   放火事件で県警が男を逮捕                                   → false (the label's deed is the arrest)
 *   火災保険金約500万円をだまし取った事件                      → false (an insurance's name: a fraud, legal)
 *   女性が焼死体で見つかった事件                               → false (a body found: a murder, legal)
 * </pre>
 *
 * <p>Read by {@link CategoryRules#categorise} before the label's last keyword, which would be 事件. Known weakness: a
 * fire named only in the incident's name (京アニ放火事件 alone, no deed told) is read as the fire too.
 */
final class IncidentsByFire {

    /** The word that names an incident: 事件. */
    private static final String INCIDENT = "事件";

    /**
     * A fire told as a deed in what is told of the incident: 全焼, 半焼, 放火 (放火され, 放火して), 火災 followed by a
     * particle (火災で, 火災が, 火災に, 火災と, 火災によ…), 焼死 told as a death (焼死し, 焼死した, 焼死者), 火をつけ. Not a
     * substring of a thing's name (review rvD, finding 1): 火災保険金をだまし取った, 火災報知器を盗んだ (火災 before a
     * noun), 焼死体で見つかった (a body found burnt: a murder's, the case's) tell no fire the incident was.
     */
    private static final Pattern FIRE = Pattern.compile(
            "全焼|半焼|放火|火災(?:で|が|に|と|によ|を起こ)|焼死(?:し|する|者)|火をつけ|火を付け");

    private IncidentsByFire() {
    }

    /** Whether the label ends with 事件 and holds a fire before it. */
    static boolean anIncidentByFire(String label) {
        if (!label.endsWith(INCIDENT)) {
            return false;
        }
        String told = label.substring(0, label.length() - INCIDENT.length());
        return FIRE.matcher(told).find();
    }
}
