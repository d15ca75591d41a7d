package app.nenpyo.events;

import static app.nenpyo.events.Articles.labelled;
import static app.nenpyo.events.Articles.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One happening told in other words by other reports (decision 0043): what a deed too generic to name
 * it is said of (開会式が行われ), what a doer took part in (就任式に臨み). Sentences written for this test,
 * none from the held-out sets; each rule with the near misses it must leave apart.
 */
class OneHappeningInOtherWordsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 14);

    private static List<Event> texts(String... texts) {
        return Articles.events(DAY, texts);
    }

    private static List<String> labels(List<Event> events) {
        return events.stream().map(Event::label).toList();
    }

    // --- what a generic deed is said of (開会式が行われ) names the happening

    @Test
    void aCeremonyHeldAndTheCeremonyBegunAreOneHappening() {
        List<Event> events = texts("北浜市の市民マラソン大会は12日朝、市役所前の広場で開会式が行われた。\n",
                "開会式は12日午前8時に始まり、市長がスタートの号砲を鳴らした。\n");
        assertEquals(1, events.size(), labels(events).toString());
        assertTrue(reasons(events.get(0)).contains("same happening 開会式"), reasons(events.get(0)));
    }

    @Test
    void theClosingCeremonyOfTheSameDayStaysApartFromTheOpening() {
        List<Event> events = texts("北浜市の市民マラソン大会は12日朝、市役所前の広場で開会式が行われた。\n",
                "大会の表彰式は12日午後、市民会館で行われた。\n");
        assertNotEquals(labelled(events, "開会式").id(), labelled(events, "表彰式").id(), labels(events).toString());
    }

    @Test
    void theSameCeremonyInTwoCountriesIsTwoHappenings() {
        // known weakness: two cities of one country part nothing (decision 0005's addendum on places)
        List<Event> events = texts("国際会議は12日、ジュネーブ市内のホテルで開会式が行われた。\n",
                "開会式は12日午前10時にソウル市内で始まり、市長があいさつした。\n");
        assertEquals(2, events.size(), labels(events).toString());
    }

    @Test
    void theSameCeremonyOnAnotherDayIsAnotherHappening() {
        List<Event> events = texts("北浜市の市民マラソン大会は12日朝、市役所前の広場で開会式が行われた。\n",
                "開会式は13日午前8時に始まり、市長がスタートの号砲を鳴らした。\n");
        assertEquals(2, events.size(), labels(events).toString());
    }

    @Test
    void theThingHeldIsWhatAGenericDeedWithoutObjectOrDoerIsSaidOf() {
        assertEquals("開会式", EventExtractor.heldThing(label("東京大会の開会式が国立競技場で実施", "実施"), ""));
        assertEquals("決選投票", EventExtractor.heldThing(label("大統領選の決選投票が実施", "実施"), ""));
        assertEquals("", EventExtractor.heldThing(label("市が説明会を実施", "実施"), "説明会"), "the object names it");
        assertEquals("", EventExtractor.heldThing(label("東京都内で感染が確認", "確認"), ""), "確認 is no generic deed");
        assertEquals("", EventExtractor.heldThing(label("首相が官邸で実施", "実施"), ""), "a participant names who");
        assertEquals("", EventExtractor.heldThing(label("政府が官邸で実施", "実施"), ""), "a generic noun names nothing");
    }

    private static Label label(String text, String predicate) {
        return new Label(text, Optional.empty(), Optional.empty(), List.of(), predicate, "", "", "");
    }

    // --- what a doer took part in (就任式に臨み) names the happening

    @Test
    void theInaugurationHeldAndTheGovernorAttendingItAreOneHappening() {
        List<Event> events = texts("西山県の新しい知事の就任式は4月14日、県庁の講堂で行われる。\n",
                "西山県の田中一郎知事は14日、県庁の講堂で就任式に臨み、職員に「県民の声を聞く」と訓示した。\n");
        assertEquals(1, events.size(), labels(events).toString());
        assertTrue(reasons(events.get(0)).contains("same happening 就任式"), reasons(events.get(0)));
    }

    @Test
    void aGovernorAttendingAnotherCeremonyOfTheDayStaysApart() {
        List<Event> events = texts("西山県の新しい知事の就任式は4月14日、県庁の講堂で行われる。\n",
                "西山県の田中一郎知事は14日、県立高校の入学式に出席した。\n");
        assertEquals(2, events.size(), labels(events).toString());
    }

    @Test
    void twoGovernorsAttendingTheirInaugurationsOfOneDayStayApart() {
        List<Event> events = texts("西山県の田中一郎知事は14日、県庁の講堂で就任式に臨んだ。\n",
                "東山県の佐藤次郎知事は14日、県庁の講堂で就任式に臨んだ。\n");
        assertEquals(2, events.size(), labels(events).toString());
    }

    @Test
    void theThingAttendedIsTheNounBeforeItsDeed() {
        assertEquals("就任式", EventExtractor.attendedThing("頼氏が総統府で就任式に臨む"));
        assertEquals("追悼式", EventExtractor.attendedThing("首相が追悼式に出席"));
        assertEquals("", EventExtractor.attendedThing("首相が記者会見で発言"), "no deed of taking part");
        assertEquals("", EventExtractor.attendedThing("陛下が朝見の儀に臨まれる"), "one kanji names no happening");
        assertEquals("", EventExtractor.attendedThing("首相が記者会見に臨み質問に答える"), "the deed ends no label");
    }

    // --- the subject of a passive is what the active deed is done to (衆院が解散される / 首相が衆院を解散)

    @Test
    void aDissolutionToldInThePassiveIsTheDissolutionThePrimeMinisterDid() {
        List<Event> events = texts("石田首相は25日、臨時国会の冒頭で衆院を解散した。\n",
                "衆院は25日に解散され、各党は選挙準備を本格化させた。\n");
        Event dissolution = labelled(events, "解散");
        assertEquals(2, dissolution.sources().size(), labels(events) + " " + reasons(dissolution));
        assertTrue(reasons(dissolution).contains("same object 衆院 (the subject of the passive)"), reasons(dissolution));
    }

    @Test
    void anotherBodyDissolvedTheSameDayStaysApart() {
        List<Event> events = texts("石田首相は25日、臨時国会の冒頭で衆院を解散した。\n",
                "北浜市議会は25日に解散され、出直し選挙が行われることになった。\n");
        assertEquals(2, events.size(), labels(events).toString());
    }

    @Test
    void theBodysOwnDeedOfTheDayIsNoPassiveOfTheOthers() {
        List<Event> events = texts("石田首相は25日、臨時国会の冒頭で衆院を解散した。\n",
                "衆院は25日、本会議で補正予算を可決した。\n");
        assertEquals(2, events.size(), labels(events).toString());
    }
}
