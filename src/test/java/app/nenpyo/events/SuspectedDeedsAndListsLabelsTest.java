package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.EventCategory;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deed suspected told with its suspicion, and a phrase listing examples with など kept as the doer or the object
 * (decision 0037's addendum of 2026-12-17, session 41). Sentences written for these tests, in the style of police,
 * disaster and government news.
 */
class SuspectedDeedsAndListsLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 20);

    private static List<String> labels(String text) {
        return Articles.datedLabels(text, DAY);
    }

    /** The one dated label of {@code text}. */
    private static String onlyLabel(String text) {
        List<String> labels = labels(text);
        assertEquals(1, labels.size(), labels::toString);
        return labels.get(0);
    }

    @Test
    void aSuspicionEndingTheSentenceIsToldWithTheDeedItHolds() {
        // the label was 男が疑い: the deed suspected was written before た疑い and read as no predicate
        assertEquals(List.of("2024-06-05 男が現金約10万円を盗んだ疑い"), labels("男は5日夜、現金約10万円を盗んだ疑いがある。\n"));
        // two deeds before the suspicion: the one suspected is the last, not the first (…預金を解約); the doer is
        // left unasserted, as 逮捕容疑 (the charge, a topic) is no one who embezzled (a known weakness)
        String charged = onlyLabel("逮捕容疑は5日、市内の女性の預金約80万円を無断で解約し、着服した疑い。\n");
        assertTrue(charged.startsWith("2024-06-05 ") && charged.endsWith("着服した疑い"), charged);
        assertEquals(List.of("2024-06-12 元社員が顧客情報を外部に持ち出した疑い"),
                labels("元社員は12日、顧客情報を外部に持ち出した疑いがあり、会社が調べている。\n"));
        // an inquiry in progress after 疑いがあり、 is no news of its own: the suspicion stays the label's
        assertEquals(List.of("2024-06-08 業者が補助金を不正に受け取った疑い"),
                labels("業者は8日、補助金を不正に受け取った疑いがあり、県が詳しく調査している。\n"));
        assertEquals(List.of("2024-06-05 男が車を売った疑い"),
                labels("男は5日、盗んだ車を売った疑いがあり、警察が行方を追っている。\n"));
    }

    @Test
    void aCausativeDeedIsTheDeedSuspected() {
        // the labels told the deed before the causative (…男性を殴る, 長男を放置) or none: させた was read as no verb
        assertEquals(List.of("2024-06-05 女が死亡させた疑い"),
                labels("女は5日、生後3か月の長男を放置し、死亡させた疑いがある。\n"));
        assertEquals(List.of("2024-06-07 男が部下に書類を偽造させた疑い"),
                labels("男は7日、部下に書類を偽造させた疑いがある。\n"));
        String injured = onlyLabel("逮捕容疑は5日午後、駅前の路上で男性を殴り、けがをさせた疑い。\n");
        assertTrue(injured.endsWith("けがをさせた疑い"), injured);
    }

    @Test
    void aSuspicionThatIsAReasonLeavesTheDeedItLeadsTo() {
        // near misses: the arrest and the suit are the news, as before this rule
        assertEquals(List.of("2024-06-05 県警が現金を盗んだ疑いで男を逮捕"), labels("県警は5日、現金を盗んだ疑いで男を逮捕した。\n"));
        // 疑いがあり、 followed by what was done on the suspicion: the arrest and the inspection are the news
        assertTheDeedDoneIsTheNews("社員は5日、会社の金を横領した疑いがあり、警察が逮捕した。\n", "警察が逮捕", EventCategory.LEGAL);
        assertTheDeedDoneIsTheNews("男は5日、車で男性をはねた疑いがあり、県警が逮捕した。\n", "県警が逮捕", EventCategory.LEGAL);
        assertTheDeedDoneIsTheNews("同社は5日、検査データを改ざんした疑いがあり、国が立ち入り検査した。\n", "検査", null);
        assertEquals(List.of("2024-06-05 住民らが電力会社を提訴"),
                labels("住民らは5日、送電線の火花が火元になった疑いがあるとして、電力会社を提訴した。\n"));
        // a deed in progress or suffered before the suspicion is no deed the label can say so
        assertEquals(List.of("2024-06-05 倉庫の鍵が壊される"), labels("5日、倉庫の鍵が壊された疑いがある。\n"));
    }

    @Test
    void aListOfExamplesWithNadoIsTheDoerOrTheObject() {
        // the labels were 町内で壊れる, 浸水 and 政府が被災地に送る: など ended no phrase
        assertEquals(List.of("2024-06-05 町内で倉庫などが壊れる"), labels("町内では5日、竜巻で倉庫などが壊れた。\n"));
        assertEquals(List.of("2024-06-05 住宅などが浸水"), labels("大雨で5日、住宅などが浸水した。\n"));
        assertEquals(List.of("2024-06-05 政府が被災地に毛布などを送る"), labels("政府は5日、被災地に毛布などを送った。\n"));
        // near miss: など after a verb (…するなど) lists deeds and makes no noun phrase: the clause's deed stays the label's
        assertEquals(List.of("2024-06-05 市が対応に追われる"), labels("市は5日、避難所を開設するなど対応に追われた。\n"));
        // the same with など right before its particle, where the rule would take it: no phrase ends in など
        String deeds = onlyLabel("大雨で5日、川があふれるなどが相次いだ。\n");
        assertFalse(deeds.contains("など"), deeds);
    }

    /** The one report of {@code text} tells the deed done on the suspicion, not the suspicion (its category too if given). */
    private static void assertTheDeedDoneIsTheNews(String text, String deed, EventCategory category) {
        List<Report> reports = Articles.reports(text, DAY);
        assertEquals(1, reports.size(), reports::toString);
        assertTrue(reports.get(0).label().endsWith(deed) && !reports.get(0).label().contains("疑い"), reports::toString);
        if (category != null) {
            assertEquals(category, reports.get(0).category(), reports::toString);
        }
    }
}
