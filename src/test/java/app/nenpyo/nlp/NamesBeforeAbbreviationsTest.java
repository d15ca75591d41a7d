package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body's full name written before its abbreviation in brackets is that body, and the abbreviation is the same one. */
class NamesBeforeAbbreviationsTest {

    private static List<ActorMention> find(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text));
    }

    @Test
    void theFullNameIsTheBodyAndItsAbbreviationTheSameOne() {
        String text = "国際陸上競技連盟（IAAF）は3日、新しい規則を発表した。";
        List<ActorMention> found = find(text);
        ActorMention full = found.get(0);
        assertEquals("国際陸上競技連盟", full.name());
        assertEquals("IAAF", full.canonical(), "keyed by the abbreviation, which a later article writes alone");
        assertTrue(full.reason().contains("国際陸上競技連盟 = IAAF"), full.reason());
        assertEquals(ActorKind.ORGANISATION, full.kind());
        assertEquals(new TextSpan(0, 8), full.span());
        assertEquals("国際陸上競技連盟", text.substring(full.span().start(), full.span().end()), "the span is the name as written");
        ActorMention abbreviation = found.get(1);
        assertEquals("IAAF", abbreviation.surface());
        assertEquals("IAAF", abbreviation.canonical(), "keyed as the same body");
    }

    @Test
    void theNameStartsAfterAParticleOrInsideBrackets() {
        List<ActorMention> party = find("ロドリゲス大統領の中道改革党（PRC）が第1党となった。");
        assertTrue(party.stream().anyMatch(m -> m.canonical().equals("PRC") && m.surface().equals("中道改革党")), party::toString);
        assertTrue(party.stream().anyMatch(m -> m.surface().equals("PRC") && m.canonical().equals("PRC")), party::toString);
        List<ActorMention> coalition = find("野党連合「民主再生同盟」（ADR）は5日、候補者を一本化した。");
        assertTrue(coalition.stream().anyMatch(m -> m.surface().equals("民主再生同盟") && m.canonical().equals("ADR")),
                coalition::toString);
    }

    /** Papers that print letters in full width write （ＩＡＡＦ）: the same body as IAAF written alone. */
    @Test
    void anAbbreviationInFullWidthIsKeyedAsInHalfWidth() {
        String text = "国際陸上競技連盟（ＩＡＡＦ）は3日、新しい規則を発表した。";
        List<ActorMention> found = find(text);
        assertEquals("国際陸上競技連盟", found.get(0).surface());
        assertEquals("IAAF", found.get(0).canonical());
        assertTrue(found.stream().allMatch(m -> m.canonical().equals("IAAF")), found::toString);
    }

    /** The gazetteer's abbreviation keeps the gazetteer's body. */
    @Test
    void anAbbreviationTheGazetteerKnows() {
        List<ActorMention> found = find("米連邦準備理事会（FRB）は利上げを決めた。");
        assertTrue(found.stream().allMatch(m -> m.canonical().equals("米連邦準備制度理事会")), found::toString);
        assertEquals("米連邦準備理事会", found.get(0).surface());
    }

    @Test
    void twoAbbreviationsOfOneBloc() {
        List<ActorMention> found = find("中道右派の自由民主・国民同盟（LDU・NA）が議席を伸ばした。");
        assertTrue(found.stream().anyMatch(m -> m.surface().equals("自由民主・国民同盟")), found::toString);
        assertTrue(found.stream().allMatch(m -> m.canonical().equals("LDU・NA")), found::toString);
        assertTrue(found.stream().anyMatch(m -> m.surface().equals("NA") && m.reason().contains("NA = LDU・NA")), found::toString);
    }

    /**
     * Asked once a sentence: a name before its abbreviation needs a bracket after it, full or half width; a sentence
     * with none has no such name to read, whatever bodies it names.
     */
    @Test
    void onlyASentenceWithABracketMayNameOne() {
        assertTrue(NamesBeforeAbbreviations.mayNameOne("国際陸上競技連盟（IAAF）は3日、規則を改めた。"));
        assertTrue(NamesBeforeAbbreviations.mayNameOne("国民再生同盟(NRA)が5日、声明を出した。"));
        assertFalse(NamesBeforeAbbreviations.mayNameOne("国際陸上競技連盟は3日、規則を改めた。"));
        assertFalse(NamesBeforeAbbreviations.mayNameOne("野党連合「民主再生同盟」は5日、候補者を一本化した。"));
        List<ActorMention> found = find("国民再生同盟(NRA)が5日、声明を出した。");
        assertTrue(found.stream().anyMatch(m -> m.surface().equals("国民再生同盟") && m.canonical().equals("NRA")), found::toString);
    }

    /** Near misses: a thing, a measure and an age in brackets are no body's abbreviation; a name after a number is not sure. */
    @Test
    void whatNamesNoBodyIsLeftAlone() {
        assertTrue(find("人工知能（AI）の利用が広がった。").stream().noneMatch(m -> m.canonical().equals("人工知能")));
        assertTrue(find("国内総生産（GDP）は2期連続で減った。").stream().noneMatch(m -> m.canonical().equals("国内総生産")));
        assertTrue(find("山田太郎議員（62）は3日に辞職した。").stream().noneMatch(m -> m.kind() == ActorKind.ORGANISATION));
        assertTrue(find("第5回締約国会議（COP5）が開かれた。").stream().noneMatch(m -> m.canonical().endsWith("締約国会議")));
    }
}
