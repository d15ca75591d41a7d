package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging and ids, on short articles written for these tests. */
class MergingTest {

    private static final LocalDate DATE = LocalDate.of(2023, 3, 15);

    private static final String NHK_STYLE = "ロシアのラブロフ外相は14日、トルコのアンカラでチャウシオール外相と会談し、穀物輸出について協議しました。\n\n"
            + "ロシア国防省は14日、ウクライナ東部で新たな攻撃を行ったと発表しました。\n";
    private static final String WIRE_STYLE = "ラブロフ露外相は14日、アンカラでチャウシオール外相と会談した。両外相は穀物輸出の再開を巡って意見を交わした。\n\n"
            + "国連のグテーレス事務総長は14日、安全保障理事会で停戦を呼びかけた。\n";

    private static List<Event> extract(String... texts) {
        List<DocumentInput> docs = new ArrayList<>();
        for (String t : texts) {
            docs.add(Articles.article(t, DATE));
        }
        return new EventPipeline().extract(docs);
    }

    private static Event withLabelContaining(List<Event> events, String part) {
        return events.stream().filter(e -> e.label().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no label with " + part + " in " + events.stream().map(Event::label).toList()));
    }

    @Test
    void theSameHappeningInTwoDocumentsIsOneEventWithBothSources() {
        List<Event> events = extract(NHK_STYLE, WIRE_STYLE);
        assertEquals(3, events.size(), events.stream().map(Event::label).toList().toString());
        Event talks = withLabelContaining(events, "会談");
        assertEquals(2, talks.sources().stream().map(EventSource::documentKey).distinct().count());
        assertEquals(1, talks.mergeReasons().size());
        assertTrue(talks.mergeReasons().get(0).contains("same subject ラブロフ"), talks.mergeReasons().get(0));
        assertEquals("アンカラ", talks.place());
    }

    @Test
    void differentHappeningsOnTheSameDayStayApart() {
        List<Event> events = extract(NHK_STYLE, WIRE_STYLE);
        assertTrue(events.stream().allMatch(e -> e.time().format().equals("2023-03-14")));
        assertNotEquals(withLabelContaining(events, "国防省").id(), withLabelContaining(events, "グテーレス").id());
        assertEquals(1, withLabelContaining(events, "国防省").sources().size());
    }

    @Test
    void twoMeetingsOfDifferentPeopleOnOneDayStayApart() {
        List<Event> events = extract("岸田首相は14日、バイデン大統領と会談した。\n\nマクロン大統領は14日、ショルツ首相と会談した。\n");
        assertEquals(2, events.size());
    }

    @Test
    void theSameKindOfHappeningInTwoCountriesStaysTwoEvents() {
        List<Event> events = extract("中国では14日、燃料価格の引き上げに端を発した抗議活動が広がった。\n\n"
                + "ロシアでは14日、燃料価格の引き上げに端を発した抗議活動が広がった。\n");
        assertEquals(2, events.size(), "protests in China and in Russia: " + events.stream().map(Event::place).toList());
        List<Event> sameCountry = extract("スイスでは14日、燃料価格の引き上げに端を発した抗議活動が広がった。\n\n"
                + "ジュネーブでは14日、燃料価格の引き上げに端を発した抗議活動が広がった。\n");
        assertEquals(1, sameCountry.size(), "Geneva is in Switzerland: one happening, "
                + sameCountry.stream().map(Event::place).toList());
        assertEquals(2, extract("ジュネーブでは14日、燃料価格の引き上げに端を発した抗議活動が広がった。\n\n"
                + "ウィーンでは14日、燃料価格の引き上げに端を発した抗議活動が広がった。\n").size(), "cities of two countries");
        // 「Xでの」 describes a noun: it is no place of the happening, and decides nothing
        assertEquals(1, extract("ウクライナのゼレンスキー大統領は14日、キーウで記者会見し、ロシアでの動員を非難した。\n",
                "ゼレンスキー大統領は14日、記者会見し、ロシアでの動員を非難した。\n").size());
        assertEquals(1, extract("岸田首相は14日、北京で習近平国家主席と会談した。\n",
                "岸田首相は14日、習近平国家主席と会談し、日本での首脳会議への出席を求めた。\n").size());
    }

    @Test
    void conflictingNumbersOnDifferentDaysStayTwoFacts() {
        List<Event> events = extract("警察は9日、これまでに5800人を拘束したと発表しました。\n\n警察は10日、およそ8000人を拘束したと発表しました。\n");
        assertEquals(2, events.size());
        assertTrue(events.get(0).label().contains("5800"));
        assertTrue(events.get(1).label().contains("8000"));
    }

    @Test
    void idsAreStableAcrossRunsAndIndependentOfDocumentOrder() {
        List<String> first = extract(NHK_STYLE, WIRE_STYLE).stream().map(Event::id).sorted().toList();
        List<String> again = extract(NHK_STYLE, WIRE_STYLE).stream().map(Event::id).sorted().toList();
        List<String> swapped = extract(WIRE_STYLE, NHK_STYLE).stream().map(Event::id).sorted().toList();
        assertEquals(first, again);
        assertEquals(first, swapped);
        for (Event e : extract(NHK_STYLE, WIRE_STYLE)) {
            assertEquals(e.id(), e.sources().stream().map(EventSource::sourceId).min(String::compareTo).orElseThrow());
        }
    }

    @Test
    void theSamePersonInAnotherArticleIsTheSameActor() {
        List<Event> events = extract(NHK_STYLE, WIRE_STYLE);
        Event talks = withLabelContaining(events, "会談");
        assertEquals(1, talks.actors().stream().filter(a -> a.name().equals("ラブロフ")).count());
        assertEquals("ロシア", talks.actors().stream().filter(a -> a.name().equals("ラブロフ")).findFirst().orElseThrow().country());
    }
}
