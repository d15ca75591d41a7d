package app.nenpyo.events;

import java.util.Map;
import java.util.Set;

/**
 * Word lists that the label's reading and the dated relative clause ({@link DatedRelativeClause}) both read:
 * the nouns of a case or a vote (火災, 選挙), the verbs that say something began (始まる → 開始), and the verbs that
 * after を or に work as a particle (を受けて) or say what a noun is about (を巡る). Constants only.
 */
final class ClauseWords {

    private ClauseWords() {
    }

    /**
     * Nouns that name a case or a vote a sentence is about ({@code settingTheDateTells}: …夫婦が死亡した火災で、,
     * 3日に投票が行われた大統領選で、): not a meeting, an effect or a place (首相が出席した会議で, 台風が上陸した
     * 影響で), which say where or why.
     */
    static final Set<String> CASE_NOUNS = Set.of("事件", "事故", "火災", "火事", "事案", "災害", "爆発", "テロ",
            "選挙", "選");

    /** Verbs (base form, or the sahen noun before する) that say something began, and the label's word for it. */
    static final Map<String, String> INCEPTION_HINTS = Map.of("始まる", "開始", "発する", "開始", "発す", "開始",
            "起きる", "発生", "起こる", "発生", "発生", "発生", "勃発", "発生");

    /** Verbs that after を/に and in their joining form work as a particle: を受けて, に比べ, に入り, に伴い. */
    static final Set<String> FRAMING_VERBS = Set.of("受ける", "比べる", "入る", "伴う", "対する", "関する",
            "基づく", "沿う", "際する", "先立つ", "応じる", "踏まえる", "控える", "加える", "続く");

    /** Verbs that, after を or に, say what a noun is about or aimed at: 国葬を巡る審査, 選挙に向けた準備. */
    static final Set<String> RELATIONS = Set.of("巡る", "めぐる", "関する", "対する", "向ける", "関わる");
}
