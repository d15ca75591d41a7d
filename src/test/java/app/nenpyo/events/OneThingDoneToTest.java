package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two reports of one day that name no happening by one word but do their deed to one thing are one
 * happening (decision 0032's addendum of session 24): 判決を言い渡した and 判決が言い渡された, and the thing
 * is read past the reading a paper writes in brackets after it (株式公開買い付け（TOB）を). Sentences
 * written for these tests, not taken from the held-out sets.
 */
class OneThingDoneToTest {

    private static final LocalDate DAY = LocalDate.of(2023, 6, 12);

    private static Report onlyReport(String text) {
        List<Report> reports = Articles.reports(text, DAY).stream().filter(r -> !r.source().isBackground()).toList();
        assertEquals(1, reports.size(), reports.toString());
        return reports.get(0);
    }

    private static List<Event> merged(String... texts) {
        return new EventPipeline().extract(java.util.Arrays.stream(texts).map(t -> Articles.article(t, DAY)).toList());
    }

    private static Event telling(List<Event> events, String part) {
        return events.stream().filter(e -> e.label().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no label with " + part + " in " + events.stream().map(Event::label).toList()));
    }

    @Test
    void theThingADeedIsDoneToIsReadPastAReadingInBrackets() {
        assertEquals("買い付け", onlyReport("北光電機は5日、株式公開買い付け（TOB）を始めた。\n").object());
        assertEquals("条約", onlyReport("両国は9日、包括的核実験禁止条約(CTBT)を批准した。\n").object());
    }

    @Test
    void theThingIsReadAcrossALineBreakAPageWrapsBeforeItsParticle() {
        // a fixed-width page breaks its lines anywhere: before を, before the brackets, or inside them
        assertEquals("男", onlyReport("東京地検は12日、元社長の男\nを起訴した。\n").object());
        assertEquals("条約", onlyReport("両国は9日、包括的核実験禁止条約\n(CTBT)を批准した。\n").object());
        assertEquals("買い付け", onlyReport("北光電機は5日、株式公開買い付け（TOB）\n を始めた。\n").object());
    }

    @Test
    void aThingWithoutBracketsIsReadAsBefore() {
        // the near miss: the brackets close after the doer, not before the を
        assertEquals("製品", onlyReport("北光電機（本社・札幌市）は5日、新製品を発表した。\n").object());
    }

    @Test
    void aVerdictGivenAndAVerdictSaidInThePassiveOfOneDayAreOneHappening() {
        List<Event> events = merged("札幌地裁は12日、強盗の罪に問われた男に懲役5年の判決を言い渡した。\n",
                "強盗事件の判決は12日、札幌地裁で言い渡された。\n");
        Event verdict = telling(events, "判決を言い渡");
        assertEquals(2, verdict.sources().size(), events.toString());
        assertTrue(verdict.mergeReasons().get(0).contains("same object 判決"), verdict.mergeReasons().toString());
    }

    @Test
    void anotherDeedOfTheSameCourtOnTheSameDayStaysApart() {
        // the near miss: one court, one day, one category, and a first hearing is no verdict
        List<Event> events = merged("札幌地裁は12日、強盗の罪に問われた男に懲役5年の判決を言い渡した。\n",
                "札幌地裁は12日、詐欺事件の初公判を開いた。\n");
        assertNotEquals(telling(events, "判決").id(), telling(events, "初公判").id(), events.toString());
    }

    @Test
    void aVerdictBecomingFinalIsNoVerdictGivenThatDay() {
        // 確定した is no passive of 言い渡す: the verdict is what it is said of, not what it does
        List<Event> events = merged("高裁は12日、控訴審の判決を言い渡した。\n", "一審の判決は12日に確定した。\n");
        assertNotEquals(telling(events, "言い渡").id(), telling(events, "確定").id(), events.toString());
    }

    @Test
    void twoDoersDeedsDoneToOneThingOnOneDayStayApart() {
        // the near miss: one bill, one day, but the government tables it and the opposition attacks it
        List<Event> events = merged("政府は12日、補正予算案を国会に提出した。\n", "立憲民主党は12日、補正予算案を批判した。\n");
        assertNotEquals(telling(events, "提出").id(), telling(events, "批判").id(), events.toString());
    }

    @Test
    void twoVerdictsOfTwoCourtsOnOneDayStayApart() {
        // the near miss of one verdict said twice: one day, one category, but two courts and two cases
        List<Event> events = merged("札幌地裁は12日、強盗の罪に問われた男に懲役5年の判決を言い渡した。\n",
                "殺人事件の判決は12日、旭川地裁で言い渡された。\n");
        assertEquals(1, telling(events, "懲役5年").sources().size(), events.toString());
    }

    @Test
    void aVerdictInAnotherCaseOfTheSameDayStaysApart() {
        // the passive names no court and shares only 判決 and the category: another case, as it says
        List<Event> events = merged("東京地裁は12日、元社長に懲役3年の判決を言い渡した。\n",
                "12日には別の事件で判決が言い渡された。\n");
        assertEquals(1, telling(events, "元社長").sources().size(), events.toString());
    }

    @Test
    void twoTenderOffersForTwoCompaniesStayApart() {
        // 買い付け is the only thing both deeds are done to; one says whose shares, the other has no doer
        List<Event> events = merged("北光電機は12日、株式公開買い付け（TOB）を始めた。\n",
                "12日には南海化学に対する株式公開買い付け（TOB）を終えた。\n");
        assertEquals(1, telling(events, "北光電機").sources().size(), events.toString());
    }
}
