package app.nenpyo.events;

import java.util.List;

/**
 * Tells a search by the police or prosecutors, a step of a criminal case (legal), from a search for the missing, which
 * 捜索 alone also names (a coast guard's or firefighters' search after an accident): the label's doer, its words before
 * the first が, ends with a police or prosecutors' office and its deed is 捜索. A doer of several names joined by と is
 * the police's only when each name is (県警と地検; not 消防と県警, a joint search for the missing), and one naming the
 * firefighters anywhere (北消防分署) is never. The missing named in the label (不明, 安否, 乗組員, 登山者) make it no
 * case's search, but for a thing unaccounted for (使途不明金); CategoryRules reads a disaster the label names (遭難, 土砂崩れ) before it, too.
 *
 * <pre>
 *   県警が容疑者の知人の倉庫を捜索       → a police search (legal)
 *   東京地検特捜部が議員の事務所を捜索   → a police search (legal)
 *   南署が男の自宅を捜索                 → a police search (legal: a police station by its name)
 *   海上保安庁が巡視船で不明者を捜索     → no: a search for the missing
 *   消防署が川で男性を捜索               → no: firefighters, though 署 ends their name too
 *   宮古海上保安署が漁船の乗組員を捜索   → no: the coast guard's local office
 *   消防と県警が川で男性を捜索           → no: a joint search, the firefighters' too
 *   県警が山中で行方不明者を捜索         → no: the missing are named
 * </pre>
 *
 * <p>Known weaknesses: a police search for the missing not named so (県警が山中で女児を捜索) is read as legal; a doer named
 * only by a pronoun (同署) passes, one named by a title (署長) does not; a high prosecutors' office (大阪高検) and a
 * police headquarters (県警察本部) are not read as the police. A case's search for what is unaccounted for (使途不明金,
 * 使途が不明な資金, 出所不明の資金) or about what is unknown (原因不明, 身元不明, 意識不明) is the case's (session 38).
 */
final class PoliceSearches {

    /**
     * How the names of the police and prosecutors end: 県警, 府警, 道警, 警視庁, 警察, 地検, 特捜部, and a police station's
     * 署; not any 警 (中国海警 is a coast guard).
     */
    private static final List<String> POLICE = List.of("県警", "府警", "道警", "警察", "警視庁", "地検", "検察", "特捜部", "署");
    /** Offices whose names end with 署 that are no police: tax offices, forest offices, the coast guard's local ones. */
    private static final List<String> OTHER_OFFICES = List.of("税務署", "森林管理署", "営林署", "海上保安署");
    /** What names the firefighters anywhere in a doer: 消防署, 北消防分署, 消防. */
    private static final String FIREFIGHTERS = "消防";
    /** Words of a label that name the missing a search is for: 行方不明者, 不明の女児, 安否, 乗組員, 登山者. */
    private static final List<String> THE_MISSING = List.of("不明", "安否", "乗組員", "登山者");
    /**
     * What before 不明, or before が不明, says it is no person missing but a thing unaccounted for or a fact unknown:
     * 使途不明金, 使途が不明な資金 (money whose use is unknown), 出所不明の資金 (of unknown source), 原因不明の火災, 身元不明の
     * 遺体 (a body not yet named), 意識不明の男性 (one found, unconscious). Not 所在 or 行方: 所在不明, 行方不明 are the missing.
     */
    private static final List<String> UNACCOUNTED = List.of("使途", "出所", "原因", "身元", "意識");
    /** The particle that may stand between what is unknown and 不明: 使途が不明. */
    private static final String SUBJECT_MARKER = "が";
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
        if (doer.contains(FIREFIGHTERS) || namesTheMissing(label)) {
            return false;
        }
        for (String name : doer.split("と")) {
            if (POLICE.stream().noneMatch(name::endsWith) || OTHER_OFFICES.stream().anyMatch(name::endsWith)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the label names the missing a search is for ({@link #THE_MISSING}): 行方不明者, 不明の女児, 安否; not a thing
     * unaccounted for ({@link #UNACCOUNTED}: 特捜部が使途不明金をめぐり党本部を捜索, 県警が使途が不明な資金をめぐり事務所を
     * 捜索 are a case's searches, session 38).
     */
    private static boolean namesTheMissing(String label) {
        for (String missing : THE_MISSING) {
            for (int at = label.indexOf(missing); at >= 0; at = label.indexOf(missing, at + 1)) {
                if (!unaccounted(label, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether what comes before the word at {@code at} makes it a thing unaccounted for (使途不明, 使途が不明). */
    private static boolean unaccounted(String label, int at) {
        int before = label.startsWith(SUBJECT_MARKER, at - SUBJECT_MARKER.length()) ? at - SUBJECT_MARKER.length() : at;
        return UNACCOUNTED.stream().anyMatch(thing -> label.startsWith(thing, before - thing.length()));
    }
}
