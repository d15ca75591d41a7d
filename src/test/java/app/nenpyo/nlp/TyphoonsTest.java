package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TyphoonsTest {

    private static List<ActorMention> find(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text));
    }

    private static List<String> names(String text) {
        return find(text).stream().filter(ActorMention::aThing).map(m -> m.kind() + ":" + m.canonical()).toList();
    }

    /** A typhoon as a measure, a past one after its year, or a point in time is no doer: no actor. */
    @Test
    void aTyphoonAsAMeasureOrOfAPastYearIsNoActor() {
        assertEquals(List.of(), names("台風5号は台風10号並みの勢力に発達する恐れがある。").stream().filter(n -> n.endsWith("10号")).toList());
        assertEquals(List.of(), names("昨年の台風10号並みの大雨が降った。"));
        assertEquals(List.of(), names("2019年の台風19号では堤防が決壊した。"));
        assertEquals(List.of(), names("台風19号から5年となった12日、追悼式が開かれた。"));
        assertEquals(List.of(), names("伊勢湾台風級の高潮に備え、台風15号級の風に耐える堤防を造る。"));
        assertEquals(List.of("ORGANISATION:台風10号"), names("今年の台風10号は29日、鹿児島県に上陸した。"), "this year's is the doer");
    }

    /** A typhoon by its number is an actor (the places it reaches are found apart), its figures read half-width, as a thing (no company). */
    @Test
    void aTyphoonByItsNumberIsAnActor() {
        assertEquals(List.of("ORGANISATION:台風21号"), names("非常に強い台風21号は4日、四国に上陸した。"));
        assertEquals(List.of("ORGANISATION:台風3号"), names("台風３号が沖縄の南を北上している。"));
        assertEquals(List.of("ORGANISATION:台風12号"), names("台風第12号は7日朝、熱帯低気圧に変わった。"));
        ActorMention typhoon = find("台風３号が北上した。").get(0);
        assertEquals("台風３号", typhoon.surface(), "as written");
        assertTrue(typhoon.aThing(), typhoon::toString);
    }

    /** Asked once a sentence: only one with 台風 in it may name a typhoon; 颱風 and a storm's name are none. */
    @Test
    void onlyASentenceWithTheWordMayNameOne() {
        assertTrue(Typhoons.mayNameOne("大型の台風14号は18日、九州に上陸した。"));
        assertTrue(Typhoons.mayNameOne("台風シーズンを前に、点検が行われた。"));
        assertFalse(Typhoons.mayNameOne("熱帯低気圧は18日、台湾の東で勢力を強めた。"));
        assertFalse(Typhoons.mayNameOne("大型の颱風14号は18日、九州に上陸した。"));
        assertEquals(List.of("ORGANISATION:台風14号"), names("大型の台風14号は18日、九州に上陸した。"));
    }

    /** No number, a season, or a figure of three places: no typhoon. */
    @Test
    void noTyphoonWithoutItsNumber() {
        assertEquals(List.of(), names("台風は5日に東海地方へ近づいた。"));
        assertEquals(List.of(), names("台風シーズンを前に、点検が行われた。"));
        assertEquals(List.of(), names("台風102号という数字はない。"));
    }

    /**
     * 台風は after a typhoon is left to the label, which names it fuller from the sentence before (NamedBefore): read as
     * that typhoon too, the label said its number twice (台風7号7号が九州に上陸).
     */
    @Test
    void aTyphoonAloneIsNoActor() {
        assertEquals(List.of(), CoreferenceTest.names("台風21号は4日、四国に上陸した。台風は5日に日本海へ抜けた。"));
    }

    /** 同市 is the town, never the typhoon named with it. */
    @Test
    void theSameCityIsNoTyphoon() {
        assertEquals(List.of("同市=浜松"), CoreferenceTest.names("台風21号は4日、浜松市付近に上陸した。同市では停電が続いた。"));
    }

    /** 同社 after a company and a typhoon is the company: a typhoon is no company. */
    @Test
    void theSameCompanyIsNoTyphoon() {
        assertEquals(List.of("同社=北斗電産"), CoreferenceTest.names("北斗電産の工場が台風21号で浸水した。同社は5日、操業を止めた。"));
    }
}
