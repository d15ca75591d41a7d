package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name the article gave once with what says it is one, found where a later sentence writes it bare; sentences of
 * news style and names made up for this test.
 */
class NamesSaidAgainTest {

    private static final ActorFinder FINDER = new ActorFinder();

    /** What the article's earlier sentences make known. */
    private static NamesSaidAgain known(String... sentences) {
        List<ActorMention> found = new java.util.ArrayList<>();
        for (String s : sentences) {
            found.addAll(FINDER.find(s, JapaneseTokens.of(s)));
        }
        return NamesSaidAgain.of(found, Gazetteer.shared());
    }

    /** The mentions of a sentence, found and said again. */
    private static List<ActorMention> in(NamesSaidAgain names, String sentence) {
        List<Token> tokens = JapaneseTokens.of(sentence);
        return names.in(sentence, tokens, FINDER.find(sentence, tokens));
    }

    private static List<String> surfaces(List<ActorMention> mentions) {
        return mentions.stream().map(ActorMention::surface).toList();
    }

    @Test
    void aCompanyIntroducedWithItsHeadOfficeIsThatCompanyWrittenBareLater() {
        String later = "若葉建設は翌月、施工不良を認めた。";
        assertTrue(FINDER.find(later, JapaneseTokens.of(later)).isEmpty(), "alone, nothing says 若葉建設 is a name");
        List<ActorMention> found = in(known("若葉建設（札幌市）は14日、工事を受注した。"), later);
        assertEquals(1, found.size(), found.toString());
        ActorMention company = found.get(0);
        assertEquals("若葉建設", company.name());
        assertEquals(ActorKind.ORGANISATION, company.kind());
        assertEquals(new TextSpan(0, 4), company.span());
    }

    @Test
    void aCompanyNamedBeforeAWordIsFoundThereToo() {
        List<ActorMention> found = in(known("若葉建設（札幌市）は14日、工事を受注した。"), "市内の若葉建設本社で会見した。");
        assertEquals(List.of("若葉建設"), surfaces(found));
    }

    @Test
    void anAbbreviationGivenInBracketsIsThatBodyAlone() {
        NamesSaidAgain names = known("青嶺航空（SRA）の操縦士が加わる組合は9日、ストに入った。");
        assertEquals(List.of("SRA"), surfaces(in(names, "SRAによると、欠航は200便に上った。")));
    }

    @Test
    void aNameInsideALongerWordIsNone() {
        NamesSaidAgain names = known("青嶺航空（SRA）の操縦士が加わる組合は9日、ストに入った。");
        assertTrue(in(names, "組合のSRAPAは10日、声明を出した。").stream().noneMatch(m -> m.name().equals("SRA")), "SRAPA holds no SRA");
        NamesSaidAgain board = NamesSaidAgain.of(List.of(new ActorMention("百条委", new TextSpan(0, 3), ActorKind.ORGANISATION,
                "百条委", "百条委", "", "", "")), Gazetteer.shared());
        assertTrue(in(board, "市議会は百条委員会の設置を可決した。").stream().noneMatch(m -> m.name().equals("百条委")),
                "委 of 委員 is inside a word");
    }

    @Test
    void aBodySaidByItsKindIsNotLookedForAgain() {
        NamesSaidAgain names = known("市が設けた調査委員会は28日、報告書を提出した。");
        String later = "県の調査委員会は、初会合を開いた。";
        assertEquals(surfaces(FINDER.find(later, JapaneseTokens.of(later))), surfaces(in(names, later)));
    }

    @Test
    void whatTheFinderFoundStaysAsItIs() {
        NamesSaidAgain names = known("若葉建設（札幌市）は14日、工事を受注した。");
        String later = "国土交通省は15日、若葉建設（札幌市）に立ち入り検査した。";
        List<Token> tokens = JapaneseTokens.of(later);
        List<ActorMention> found = FINDER.find(later, tokens);
        assertSame(found, names.in(later, tokens, found), "nothing said again where mentions stand");
    }

    @Test
    void aSurnameBeforeAMayorsTitleIsThePersonTheArticleNamedInFull() {
        NamesSaidAgain names = known("千歳市長の中村健太郎氏は10日、辞職願を出した。");
        List<ActorMention> found = in(names, "中村市長は14日、記者会見を開いた。");
        assertEquals(1, found.size(), found.toString());
        ActorMention mayor = found.get(0);
        assertEquals(ActorKind.PERSON, mayor.kind());
        assertEquals("中村", mayor.name());
        assertEquals("中村健太郎", mayor.canonical());
        assertEquals("市長", mayor.title());
        assertEquals(new TextSpan(0, 4), mayor.span());
    }

    @Test
    void aSurnameBeforeAMayorsTitleStaysAloneWithoutTheFullName() {
        assertTrue(in(known("市は10日、予算案を発表した。"), "中村市長は14日、記者会見を開いた。").isEmpty(),
                "中村市長 may be the mayor of 中村市");
        NamesSaidAgain two = known("中村健太郎氏と中村俊介氏は10日、会談した。");
        assertTrue(in(two, "中村市長は14日、記者会見を開いた。").isEmpty(), "two full names of one surname: which one");
    }

    @Test
    void aMayorsElectionIsNoPerson() {
        NamesSaidAgain names = known("千歳市長の中村健太郎氏は10日、辞職願を出した。");
        assertTrue(in(names, "後任を選ぶ中村市長選は14日に告示される。").stream().noneMatch(m -> m.kind() == ActorKind.PERSON));
    }
}
