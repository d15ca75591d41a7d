package app.nenpyo.events;

import java.util.List;

/**
 * Tells a search by the police or prosecutors, a step of a criminal case (legal), from a search for the missing, which
 * 捜索 alone also names (a coast guard's or firefighters' search after an accident): the label's doer, its words before
 * the first が, ends with a police or prosecutors' office and its deed is 捜索.
 *
 * <pre>
 *   県警が容疑者の知人の倉庫を捜索       → a police search (legal)
 *   東京地検特捜部が議員の事務所を捜索   → a police search (legal)
 *   南署が男の自宅を捜索                 → a police search (legal: a police station by its name)
 *   海上保安庁が巡視船で不明者を捜索     → no: a search for the missing
 *   消防署が川で男性を捜索               → no: firefighters, though 署 ends their name too
 * </pre>
 *
 * <p>Known weaknesses: a police search for a missing child (県警が山中で不明の女児を捜索) is read as legal; a doer named
 * only by a pronoun (同署) passes, one named by a title (署長) does not.
 */
final class PoliceSearches {

    /** How the names of the police and prosecutors end: 県警, 警視庁, 警察, 地検, 特捜部, and a police station's 署. */
    private static final List<String> POLICE = List.of("警", "警察", "警視庁", "地検", "検察", "特捜部", "署");
    /** Offices whose names end with 署 that are no police: firefighters, tax offices, forest offices. */
    private static final List<String> OTHER_OFFICES = List.of("消防署", "税務署", "森林管理署");
    /** The deed: 捜索 (捜索した, 捜索に入った). */
    private static final String SEARCH = "捜索";

    private PoliceSearches() {
    }

    /**
     * Whether the label tells a search by the police or prosecutors.
     * {@code ("県警が男の自宅を捜索", "捜索")} → true; {@code ("海上保安庁が巡視船で不明者を捜索", "捜索")} → false.
     */
    static boolean aPoliceSearch(String label, String predicate) {
        if (!predicate.equals(SEARCH)) {
            return false;
        }
        int ga = label.indexOf('が');
        if (ga < 0) {
            return false;
        }
        String doer = label.substring(0, ga);
        return POLICE.stream().anyMatch(doer::endsWith) && OTHER_OFFICES.stream().noneMatch(doer::endsWith);
    }
}
