package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date written inside a relative clause dates that clause's deed, said with the noun it describes, not what
 * the sentence goes on to say of the noun (decision 0037's addendum of session 27). Sentences written for these
 * tests in the style of news reports; each form with a near miss the rule must leave as it was.
 */
class DatedRelativeClauseLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 20);

    private static List<String> labels(String text) {
        return Articles.reports(text, DAY).stream().map(r -> r.time().format() + " " + r.label()).toList();
    }

    @Test
    void theNounIsTheDoerOfAClauseWithoutItsOwnSubject() {
        assertEquals(List.of("2024-06-12 県が工事を中断した北川トンネルの点検を開始", "2024-05-03 北川トンネルが工事を中断"),
                labels("県は12日、先月3日に工事を中断した北川トンネルの点検を始めた。\n"));
        List<String> resumed = labels("先月18日に全線で運転を再開した北山鉄道は、3日にも臨時列車を走らせる。\n");
        assertEquals("2024-05-18 北山鉄道が全線で運転を再開", resumed.get(0));
        // the main clause's label is not this rule's (and loses the causative: 走らせる → 走る, left for later)
        assertEquals(2, resumed.size(), resumed.toString());
        assertTrue(resumed.get(1).startsWith("2024-07-03 北山鉄道が臨時列車を"), resumed.toString());
    }

    /** A clipping cut off after the noun's の: no noun to say the clause of, and nothing breaks. */
    @Test
    void aRelativeClauseAtTheEndOfACutText() {
        List<String> cut = labels("東浜原子力発電所は先月29日に再稼働したばかりの");
        assertEquals(1, cut.size(), cut.toString());
        assertTrue(cut.get(0).startsWith("2024-05-29 "), cut.toString());
    }

    @Test
    void theNounIsWhatWasDoneWhenTheClauseHasItsSubjectBeforeTheDate() {
        assertEquals(List.of("2024-06-05 山本自動車が新型車を発売"),
                labels("山本自動車が今月5日に発売した新型車を巡っては、苦情が相次いでいる。\n"));
    }

    @Test
    void aSubjectAfterTheDateDidItToTheNounOrItHappenedThere() {
        assertEquals(List.of("2024-06-10 市民団体が集会を開催"), labels("10日に市民団体が開いた集会に、約300人が参加した。\n"));
        assertEquals(List.of("2024-06-08 市長選で投票が実施"), labels("8日に投票が行われた市長選で、新人の佐藤氏が初当選した。\n"));
    }

    @Test
    void aClauseBeforeKotoIsSaidAlone() {
        assertEquals(List.of("2024-06-10 物価が急騰"), labels("政府は、今月10日に物価が急騰したことを受け、対策を急ぐ。\n"));
    }

    @Test
    void theAnnouncementOfTheMainClauseKeepsItsDateAndTheOpeningItsOwn() {
        // near miss: 20日 set off by its comma dates the announcement, the happening of this sentence
        assertEquals(List.of("2024-06-20 市が1万人を超えると発表", "2024-05 図書館が開館"),
                labels("市は20日、先月開館した図書館の利用者が1万人を超えたと発表した。\n"));
    }

    @Test
    void aNounTheMainVerbTakesOrAPlanOrATimeStaysWithTheMainDeed() {
        // near misses: attending is on the day of the ceremony; a plan's date; a clause of time
        assertEquals(List.of("2024-07-04 開会式に出席"), labels("来月4日に行われる開会式に出席する。\n"));
        assertEquals(List.of("2024-10-12 市が花火大会を中止"), labels("市は10月12日に予定していた花火大会を中止した。\n"));
        assertEquals(List.of("2024-06-03 首相が記者団に発言"), labels("首相は3日に訪米した際、記者団に語った。\n"));
    }
}
