package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.nlp.ActorMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company's head said by name and title, or by the title alone, in a sentence naming no company, is the company's
 * named last before (decision 0044's addendum of session 33); sentences of news style and names made up for this test.
 */
class OfficersCompaniesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 20);

    private static final String RESULTS = "東邦精機は10日、2026年3月期の決算を発表した。";

    @Test
    void aPresidentByNameAndTitleIsHisCompanys() {
        String text = RESULTS + "田中一郎社長は11日、記者会見で新工場の計画を説明した。";
        assertEquals(List.of("田中一郎", "東邦精機"), Articles.actorsOf(text, "11日", DAY));
        Report r = Articles.reports(text, DAY).stream().filter(x -> x.source().expressionText().equals("11日")).findFirst().orElseThrow();
        ActorMention company = r.actors().stream().filter(a -> a.canonical().equals("東邦精機")).findFirst().orElseThrow();
        assertEquals("社長", company.span().of(text), "the company stands at the title's words");
        assertTrue(company.reason().contains("東邦精機"), company.reason());
        assertEquals("田中一郎社長が記者会見で新工場の計画を説明", r.label(), "the person said it: the label as read");
    }

    @Test
    void theTitleAloneIsTheCompanysToo() {
        assertEquals(List.of("東邦精機"), Articles.actorsOf(RESULTS + "社長は11日、記者会見で新工場の計画を説明した。", "11日", DAY));
    }

    /**
     * Session 38 (a review): 会長 said alone is the company's too, as 社長 is (the titles are quoted into the pattern and
     * asked first as literal words; the same titles either way). 頭取 alone finds no bank: a bank is no company 同社
     * points at (Coreference's public bodies), a gap left.
     */
    @Test
    void theChairmanAloneIsTheCompanysToo() {
        assertEquals(List.of("東邦精機"), Articles.actorsOf(RESULTS + "会長は11日、記者会見で退任を表明した。", "11日", DAY));
    }

    @Test
    void aTitleEndingAsAHeadsDoesNotMakeTheHolderTheCompanys() {
        assertEquals(List.of("田中一郎"), Articles.actorsOf(RESULTS + "田中一郎政調会長は11日、記者団に考えを述べた。", "11日", DAY));
    }

    @Test
    void twoCompaniesNamedBeforeLeaveTheTitleAlone() {
        String text = "東邦精機は10日、北斗商事を買収すると発表した。田中一郎社長は11日、記者会見で計画を説明した。";
        assertEquals(List.of("田中一郎"), Articles.actorsOf(text, "11日", DAY));
    }

    @Test
    void aBodyOfAnotherKindNamedSinceLeavesTheTitleAlone() {
        String text = RESULTS + "日本医師会は10日、会員向けの指針をまとめた。会長は11日、記者会見で指針を説明した。";
        assertTrue(Articles.actorsOf(text, "11日", DAY).stream().noneMatch("東邦精機"::equals), () -> Articles.actorsOf(text, "11日", DAY).toString());
    }

    @Test
    void aSentenceNamingABodyKeepsItsOwn() {
        String text = RESULTS + "北斗商事の田中一郎社長は11日、記者会見で提携を説明した。";
        assertEquals(List.of("北斗商事", "田中一郎"), Articles.actorsOf(text, "11日", DAY));
    }
}
