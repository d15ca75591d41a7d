package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.ActorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body news names by what it is (a committee, a council, a team of lawyers or plaintiffs, a citizens' group) is an
 * actor when it is its clause's topic or subject (issue 4; decision 0044's addendum of session 31), on sentences
 * written for this test, with the near misses: the body as an object, the kind alone, a name's body.
 */
class BodiesByTheirKindTest {

    /** The organisations found in a text, as written (also read by {@link CompanyNamesTest}). */
    static List<String> organisations(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text)).stream().filter(m -> m.kind() == ActorKind.ORGANISATION)
                .map(m -> m.span().of(text)).toList();
    }

    @Test
    void aBodySaidByWhatItIsActs() {
        assertEquals(List.of("検証委員会"), organisations("町が設けた検証委員会は5日、報告書をまとめた。"));
        assertEquals(List.of("弁護団"), organisations("弁護団は来月にも再審を請求する。"), "a kind that is a word alone");
        assertEquals(List.of("住民団体"), organisations("工場の建設に反対する住民団体が9日、署名を提出した。"));
        assertEquals(List.of("農林水産省", "食品・表示小委員会"), organisations("農林水産省の食品・表示小委員会も同日、会合を開いた。"),
                "words joined by ・, after whose it is");
        List<ActorMention> found = new ActorFinder().find("原告団は控訴しない方針だ。", JapaneseTokens.of("原告団は控訴しない方針だ。"));
        assertTrue(found.get(0).saysOnlyItsKind(), "said so, for a label to tell whose it is");
    }

    @Test
    void anObjectTheKindAloneOrANamedBodyIsNone() {
        assertEquals(List.of(), organisations("市は検証委員会を設け、原因を調べる。"), "an object: what the city set up");
        assertEquals(List.of(), organisations("委員会は5日、報告書をまとめた。"), "the kind alone points back");
        assertEquals(List.of("衆院"), organisations("衆院予算委員会は5日、集中審議を開いた。"),
                "a body's name before the kind is found as that name");
    }
}
