package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.nlp.ActorMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deed told without its doer takes the actor the sentence before named as its topic (issue 4; decision 0044's
 * addendum of session 30), on sentences of news style written for this test, each with the near misses a careful
 * reader would not carry the doer into.
 */
class DoerOfTheSentenceBeforeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 20);

    private static final String ANNOUNCED = "日立製作所は12日、新型蓄電池の量産を来年始めると発表した。";

    /** The actors of the report of an expression, by canonical name. */
    private static List<String> actorsOf(String text, String expression) {
        return Articles.actorsOf(text, expression, DAY);
    }

    @Test
    void aDeedToldWithoutItsDoerIsTheTopicBeforesAtWhereItWasNamed() {
        String text = ANNOUNCED + "14日には米国の電池大手と提携を結んだ。";
        assertEquals(List.of("日立製作所", "米国"), actorsOf(text, "14日"));
        Report r = Articles.reports(text, DAY).stream().filter(x -> x.source().expressionText().equals("14日")).findFirst().orElseThrow();
        ActorMention doer = r.actors().get(0);
        assertEquals("日立製作所", doer.span().of(text), "the mention is where the doer was named");
        assertTrue(r.subject().isEmpty(), "inferred, not written: no subject");
        assertEquals("米国の電池大手と提携を結ぶ", r.label(), "the label says what the sentence says");
    }

    @Test
    void theSubjectOfTheSentenceBeforeAndAPersonCarryToo() {
        assertEquals(List.of("日立製作所", "米国"),
                actorsOf("日立製作所が12日、新型蓄電池の量産を来年始めると発表した。14日には米国の電池大手と提携を結んだ。", "14日"));
        List<String> minister = actorsOf("林芳正外相は3日、訪問先のパリで記者会見した。5日にはベルリンで独外相と会談した。", "5日");
        assertTrue(minister.contains("林芳正"), minister.toString());
    }

    @Test
    void aTopicSaidByItsAnaphorCarriesWhatItStandsFor() {
        List<String> actors = actorsOf("東芝は3月に新工場の建設を発表した。同社は24日、新社長の人事を発表した。25日には取締役会で承認した。", "25日");
        assertEquals(List.of("東芝"), actors);
    }

    @Test
    void theDoerGoesOnUntilASentenceSaysAnother() {
        String text = ANNOUNCED + "13日に臨時の取締役会で決議した。14日には米国の電池大手と提携を結んだ。";
        assertEquals(List.of("日立製作所"), actorsOf(text, "13日"));
        assertEquals(List.of("日立製作所", "米国"), actorsOf(text, "14日"));
    }

    @Test
    void aSentenceWithASubjectOfItsOwnKeepsIt() {
        assertEquals(List.of("東芝"), actorsOf(ANNOUNCED + "14日には同業の東芝が提携を発表した。", "14日"));
        assertEquals(List.of(), actorsOf(ANNOUNCED + "新工場は14日に完成した。", "14日"), "a thing as the topic that acts itself");
        assertEquals(List.of("日立製作所"), actorsOf(ANNOUNCED + "新工場は14日に着工した。", "14日"),
                "a thing as the topic of a deed done to it: the doer before's (TopicalisedObjectsTest)");
        assertEquals(List.of("大阪"), actorsOf(ANNOUNCED + "大阪市でも14日、同じ電池の展示会を開いた。", "14日"),
                "what happened at a place");
        assertEquals(List.of(), actorsOf(ANNOUNCED + "地元住民が工場の建設に反対する署名を14日に市へ提出した。", "14日")
                .stream().filter(a -> a.startsWith("日立")).toList(), "a subject before a clause describing a noun is a subject");
        assertEquals(List.of(), actorsOf(ANNOUNCED + "新会社も半導体を生産する計画を14日に公表した。", "14日")
                .stream().filter(a -> a.startsWith("日立")).toList(), "も after a noun, a relative clause's or not");
    }

    @Test
    void aTopicThatIsNoActorPassesNothingOn() {
        assertEquals(List.of(), actorsOf("日立製作所の新製品は12日に発売された。14日には追加の生産を決めた。", "14日"));
        assertEquals(List.of(), actorsOf("日立製作所が12日に発表した新製品は人気を集めた。14日には追加の生産を決めた。", "14日"),
                "a subject of a relative clause is no topic");
    }

    @Test
    void aNewParagraphOrAQuoteBetweenPassesNothingOn() {
        assertEquals(List.of("米国"), actorsOf(ANNOUNCED + "\n14日には米国の電池大手と提携を結んだ。", "14日"), "a new paragraph");
        assertEquals(List.of("米国"), actorsOf(ANNOUNCED + "「世界で戦える」。14日には米国の電池大手と提携を結んだ。", "14日"),
                "a quote between");
    }

    @Test
    void aTopicInsideAQuoteIsAnotherSpeakers() {
        assertEquals(List.of(), actorsOf("社長は12日、「東芝は強い相手だ」と語った。14日には追加の生産を決めた。", "14日"));
    }
}
