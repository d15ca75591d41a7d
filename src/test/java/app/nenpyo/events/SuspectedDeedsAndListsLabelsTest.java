package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void aSuspicionEndingTheSentenceIsToldWithTheDeedItHolds() {
        // the label was 男が疑い: the deed suspected was written before た疑い and read as no predicate
        assertEquals(List.of("2024-06-05 男が現金約10万円を盗んだ疑い"), labels("男は5日夜、現金約10万円を盗んだ疑いがある。\n"));
        // two deeds before the suspicion: the one suspected is the last, not the first (…預金を解約)
        assertEquals(List.of("2024-06-05 逮捕容疑が着服した疑い"),
                labels("逮捕容疑は5日、市内の女性の預金約80万円を無断で解約し、着服した疑い。\n"));
        assertEquals(List.of("2024-06-12 元社員が顧客情報を外部に持ち出した疑い"),
                labels("元社員は12日、顧客情報を外部に持ち出した疑いがあり、会社が調べている。\n"));
    }

    @Test
    void aSuspicionThatIsAReasonLeavesTheDeedItLeadsTo() {
        // near misses: the arrest and the suit are the news, as before this rule
        assertEquals(List.of("2024-06-05 県警が現金を盗んだ疑いで男を逮捕"), labels("県警は5日、現金を盗んだ疑いで男を逮捕した。\n"));
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
    }
}
