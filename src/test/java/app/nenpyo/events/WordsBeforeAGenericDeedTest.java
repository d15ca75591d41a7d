package app.nenpyo.events;

import static app.nenpyo.events.Articles.reasons;
import static app.nenpyo.events.WiderPeriodsTest.holding;
import static app.nenpyo.events.WiderPeriodsTest.merged;
import static app.nenpyo.events.WiderPeriodsTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A happening named by the word before a deed that names nothing ({@link WordsBeforeAGenericDeed},
 * {@link Similarity#namedBeforeAGenericDeed}; decision 0043's addendum of session 35): the thing a body issued
 * (勧告を出す, 警報を出す) and the first part of a compound ending in a generic deed (出場辞退の発表). Sentences written
 * for this test, none from the held-out sets; each near miss must stay apart. Articles of 2022, read and merged as
 * {@link WiderPeriodsTest} does.
 */
class WordsBeforeAGenericDeedTest {

    @Test
    void theThingIssuedIsTheWordBeforeTheIssuingDeed() {
        assertEquals(List.of("勧告"), WordsBeforeAGenericDeed.of("公正取引委員会が独占禁止法に基づく勧告を出す", List.of("出す"), List.of()));
        assertEquals(List.of("大雨警報"), WordsBeforeAGenericDeed.of("気象台が大雨警報を発令", List.of("発令"), List.of()));
        assertEquals(List.of("避難指示"), WordsBeforeAGenericDeed.of("北浜市が「避難指示」を出す", List.of("出す"), List.of()));
        // a generic thing issued names nothing (a court's 決定), and 出る is said of the thing, already the head
        assertEquals(List.of(), WordsBeforeAGenericDeed.of("東浜地裁が仮処分を認めない決定を出す", List.of("出す"), List.of()));
        assertEquals(List.of(), WordsBeforeAGenericDeed.of("大雨警報が出る", List.of("出る", "大雨警報"), List.of()));
        // a thing put out of the kind no deed issues (手を出す) has no word of two characters before it
        assertEquals(List.of(), WordsBeforeAGenericDeed.of("市長が手を出す", List.of("出す"), List.of()));
    }

    @Test
    void aCompoundEndingInAGenericDeedIsNamedByItsFirstPart() {
        assertEquals(List.of("出場辞退"), WordsBeforeAGenericDeed.of("出場辞退の発表", List.of("発表", "出場辞退の発表"), List.of()));
        assertEquals(List.of("脱退"), WordsBeforeAGenericDeed.of("脱退表明", List.of("表明", "脱退表明"), List.of()));
        // a kind of matter or a participant before the deed names no happening; a generic deed alone names nothing
        assertEquals(List.of(), WordsBeforeAGenericDeed.of("事件の発表", List.of("発表", "事件の発表"), List.of()));
        assertEquals(List.of(), WordsBeforeAGenericDeed.of("首相の発表", List.of("発表", "首相の発表"), List.of()));
        assertEquals(List.of(), WordsBeforeAGenericDeed.of("発表", List.of("発表"), List.of()));
        // a doer ending in a generic word (政府) is no deed: 日本 names no happening
        assertEquals(List.of(), WordsBeforeAGenericDeed.of("日本政府が支援", List.of("日本政府", "支援"), List.of()));
    }

    private static final String WARNING = "気象庁は10日午後、北海県の沿岸に「高潮警報」を出した。\n";

    @Test
    void anOrderIssuedAndNamedByItsWordAloneLaterAreOneOrder() {
        assertOneHappening("勧告", read("公正取引委員会は10日、北洋物産に対し、独占禁止法に基づく勧告を出した。\n", 3, 10),
                read("公正取引委員会が北洋物産に出した10日の勧告を、業界紙は「遅すぎた」と評した。\n", 4, 2));
    }

    @Test
    void aWarningIssuedByTheBodyAndSaidToHaveComeOutIsOneWarning() {
        assertOneHappening("高潮警報", read(WARNING, 8, 10), read("先週10日に出た高潮警報は、翌日の夕方に解除された。\n", 8, 17));
    }

    @Test
    void anAnnouncementNamedLaterByWhatWasAnnouncedIsOneAnnouncement() {
        assertOneHappening("出場辞退", read("東浜高校は8日、部員の不祥事を受けて、全国大会への出場を辞退すると発表した。\n", 7, 8),
                read("7月8日の出場辞退の発表から、1か月余りで監督の処分が決まった。\n", 8, 20));
    }

    /** The first event (the happening's day) holds a report of each article, merged for the word before the generic deed. */
    private static void assertOneHappening(String word, DocumentReports first, DocumentReports later) {
        List<Event> events = merged(first, later);
        Event event = events.get(0);
        assertEquals(2, event.sources().stream().map(EventSource::documentKey).distinct().count(), "one happening told twice: " + events);
        assertTrue(reasons(event).contains("named before a generic deed " + word), reasons(event));
    }

    @Test
    void anotherThingIssuedThatDayStaysApart() {
        // a warning and an advisory of one day and body are two things issued: 警報 is not 注意報
        List<Event> events = merged(read(WARNING, 8, 10),
                read("先週10日に出た波浪注意報は、翌日の夕方に解除された。\n", 8, 17));

        assertNotEquals(holding(events, "10日午後").id(), holding(events, "先週10日").id(), events.toString());
    }

    @Test
    void twoBodiesIssuingOneKindOfThingOnOneDayStayApart() {
        // one word for both orders (and one deed, 出す, which names nothing), but two towns issued them
        List<Event> events = merged(read("北浜市は10日、土砂崩れの恐れがあるとして、山あいの地区に避難指示を出した。\n", 8, 10),
                read("南浜町も10日、川の増水を受けて、沿岸の地区に避難指示を出した。\n", 8, 10));

        assertEquals(2, events.size(), "two orders: " + events);
        assertTrue(events.stream().allMatch(e -> e.sources().size() == 1), events.toString());
    }

    @Test
    void twoBodiesReportsOfOneWordOnOneDayStayApartWhenTheFollowUpNamesItsBodyAsNoSubject() {
        // a follow-up names its body and company without a subject: no subject conflicts, but each report names a body
        // the other does not. Either arrival order, for the word before the deed and for the word alone.
        DocumentReports issued = read("公正取引委員会は10日、北洋物産に対し、独占禁止法に基づく勧告を出した。\n", 3, 10);
        DocumentReports followUp = read("個人情報保護委員会が南洋商事に出した10日の勧告を、業界紙は「遅すぎた」と評した。\n", 4, 2);
        for (List<Event> events : List.of(merged(issued, followUp), merged(followUp, issued))) {
            assertTrue(events.stream().allMatch(e -> e.sources().size() == 1), "two bodies' orders: " + events);
        }
    }

    @Test
    void twoCompaniesStartingSalesOnOneDayStayApart() {
        List<Event> events = merged(read("北洋電機は10日、新型スマートフォンの販売を開始した。\n", 8, 10),
                read("南洋商事による10日の新型冷蔵庫の販売開始で、家電量販店に行列ができた。\n", 8, 12));

        assertTrue(events.stream().allMatch(e -> e.sources().size() == 1), "two companies' sales: " + events);
    }

    @Test
    void theThingEndedIsTheWordBeforeTheEndingDeed() {
        assertEquals(List.of("卒業式"), WordsBeforeAGenericDeed.of("北浜小学校で卒業式を終える", List.of("終える"), List.of()));
        assertEquals(List.of("運航"), WordsBeforeAGenericDeed.of("東浜フェリーの島航路が最後の運航を終える",
                List.of("航路", "東浜フェリーの島航路", "終える"), List.of()));
        assertTrue(WordsBeforeAGenericDeed.namesNothing("終える"), "two things ended share no happening by 終える");
        assertEquals(List.of("卒業式"), WordsBeforeAGenericDeed.endedIn("北浜小学校で卒業式を終える", List.of()));
        // a thing given out is no end; 終わる is read as the generic 終了 already, and its subject is a head word
        assertEquals(List.of(), WordsBeforeAGenericDeed.endedIn("公正取引委員会が勧告を出す", List.of()));
        assertEquals(List.of(), WordsBeforeAGenericDeed.of("卒業式が終了", List.of("卒業式", "終了"), List.of()));
    }

    private static final String CEREMONY = "北浜市の北浜小学校で14日、卒業式が開かれ、6年生の40人が巣立った。\n";

    @Test
    void aCeremonyHeldAndToldAsEndedIsOneCeremony() {
        assertOneHappening("卒業式 (終える) as 卒業式", read(CEREMONY, 3, 14), read("北浜小学校では14日に卒業式を終えていた。\n", 3, 20));
    }

    @Test
    void aLastRunAnnouncedAndToldAsEndedIsOneLastRun() {
        // the announcement's 今月31日の運航 is read as a report of the word alone, dated the 31st
        List<Event> events = merged(read("東浜フェリーは1日、赤字が続く島航路を今月31日の運航を最後に廃止すると発表した。\n", 3, 1),
                read("東浜フェリーの島航路が31日、最後の運航を終えた。\n", 4, 1));
        Event lastRun = holding(events, "31日");

        assertEquals(lastRun.id(), holding(events, "今月31日").id(), events.toString());
        assertTrue(reasons(lastRun).contains("named before a generic deed 運航 (終える) as 運航"), reasons(lastRun));
    }

    @Test
    void twoSchoolsEndingTheirCeremoniesOnOneDayStayApart() {
        // one ceremony's word and one day, but another school in another town: the places keep them apart
        List<Event> events = merged(read(CEREMONY, 3, 14), read("南浜町の南浜中学校も14日、卒業式を終えた。\n", 3, 15));

        assertTrue(events.stream().allMatch(e -> e.sources().size() == 1), "two schools' ceremonies: " + events);
    }

    @Test
    void twoSchoolsOfOneCityEndingTheirCeremoniesOnOneDayStayApart() {
        // one city, one day, one ceremony's word: only the school's name, which the clause's words leave out, tells them
        assertApart(read("北浜市の第一中学校で14日、卒業式を終えた。\n", 3, 14), read("北浜市の第二中学校で14日、卒業式が開かれた。\n", 3, 15));
        assertApart(read("北浜市では14日、第一中学校が卒業式を終えた。\n", 3, 14),
                read("北浜市の第二中学校でも14日、卒業式が開かれた。\n", 3, 15));
        assertApart(read("北浜第一中学校は14日、卒業式を終えた。\n", 3, 14), read("北浜第二中学校で14日、卒業式が開かれた。\n", 3, 15));
        assertApart(read("北浜市立東小学校では14日、卒業式を終えた。\n", 3, 14), read("北浜市立西小学校で14日、卒業式が開かれた。\n", 3, 15));
    }

    @Test
    void anEndIsNotTheStartOfAThingOfItsKind() {
        assertApart(read("サッカー日本代表は14日、国内合宿を終えた。\n", 6, 14), read("U-23日本代表の合宿が14日、千葉県内で始まった。\n", 6, 15));
        // one team, one day: a camp ended and a camp begun are two camps
        assertApart(read("サッカー女子日本代表は14日、国内合宿を終えた。\n", 6, 14),
                read("サッカー女子日本代表の合宿が14日、始まった。\n", 6, 15));
    }

    @Test
    void aLineToldAsEndedAndAsRunForTheLastTimeIsOneLastRun() {
        // the line and its railway said by both: the one of its kind the end names is the other's
        assertOneHappening("運行 (終える) as 運行", read("北浜鉄道の山吹線は31日、最後の運行を終えた。\n", 3, 31),
                read("北浜鉄道の山吹線で31日、最後の運行が行われた。\n", 4, 1));
        assertOneHappening("卒業式 (終える) as 卒業式", read(CEREMONY, 3, 14), read("北浜市の北浜小学校では14日、卒業式を終えた。\n", 3, 20));
    }

    private static void assertApart(DocumentReports first, DocumentReports later) {
        List<Event> events = merged(first, later);
        assertTrue(events.stream().allMatch(e -> e.sources().size() == 1), "two happenings of a kind: " + events);
    }

    @Test
    void twoLinesEndingTheirServiceOnOneDayStayApart() {
        List<Event> events = merged(read("東浜フェリーの島航路が31日、最後の運航を終えた。\n", 4, 1),
                read("西浜汽船は31日、湾内の遊覧船の運航を終えた。\n", 4, 1));

        assertTrue(events.stream().allMatch(e -> e.sources().size() == 1), "two lines' last runs: " + events);
    }

    @Test
    void aDoerBeforeTheAnnouncementIsNoHappening() {
        // 気象庁 and 岸田首相 said the thing; they are not what was said
        assertEquals(List.of(), WordsBeforeAGenericDeed.of("気象庁の発表", List.of("発表", "気象庁の発表"), List.of("気象庁")));
        assertEquals(List.of(), WordsBeforeAGenericDeed.of("岸田首相の発表", List.of("発表", "岸田首相の発表"), List.of("岸田")));
        // what was announced is still read beside a doer that is another word
        assertEquals(List.of("出場辞退"), WordsBeforeAGenericDeed.of("出場辞退の発表", List.of("発表", "出場辞退の発表"), List.of("東浜高校")));
    }

    @Test
    void theDeedAWordWasNamedBeforeIsTheOneRead() {
        assertEquals("出す", WordsBeforeAGenericDeed.deedAfter("公正取引委員会が独占禁止法に基づく勧告を出す", List.of("出す"), "勧告"));
        assertEquals("開始", WordsBeforeAGenericDeed.deedAfter("販売開始", List.of("販売開始"), "販売"));
        assertEquals("", WordsBeforeAGenericDeed.deedAfter("販売開始", List.of("販売開始"), "開始"));
    }

    @Test
    void theReasonSaysTheDeedAndTheWordOfEachReport() {
        // the first report says 火災 only: the reason must not say both said 工場火災
        List<Event> events = merged(read("北浜市の住宅で10日未明、火災が発生した。\n", 8, 10),
                read("10日の工場火災発生を受け、市は点検を始めた。\n", 8, 12));
        String reasons = events.stream().map(Articles::reasons).toList().toString();

        assertTrue(reasons.contains("named before a generic deed 工場火災 (発生) as 火災"), reasons);
    }
}
