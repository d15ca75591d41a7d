package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.ActorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An association of a country or place is found whole, not as the place its name starts with. */
class AssociationsOfPlacesTest {

    private static List<String> organisations(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text)).stream().filter(m -> m.kind() == ActorKind.ORGANISATION)
                .map(ActorMention::canonical).toList();
    }

    @Test
    void aPlaceCommonWordsAndAnAssociationsKindAreOneBody() {
        assertEquals(List.of("日本柔道連盟"), organisations("日本柔道連盟は8日、代表選手を発表した。"));
        assertEquals(List.of("大阪府医師会"), organisations("大阪府医師会が5日、声明を出した。"));
        assertEquals(List.of("日本水泳協会"), organisations("日本水泳協会理事長は辞任を表明した。"), "its officer's title after it");
        ActorMention federation = new ActorFinder().find("日本柔道連盟は8日、発表した。", JapaneseTokens.of("日本柔道連盟は8日、発表した。")).get(0);
        assertEquals("日本", federation.country());
    }

    @Test
    void noAssociationAfterNoOrWithoutAPlaceOrInALongerWord() {
        assertEquals(List.of(), organisations("日本の協会は反対した。"));
        assertEquals(List.of(), organisations("協会は反対した。"));
        assertEquals(List.of(), organisations("日本柔道連盟員が集まった。"));
    }

    /** 協会は said alone after an association is named is that association. */
    @Test
    void anAssociationSaidByItsKindIsTheOneNamedBefore() {
        assertEquals(List.of("連盟=日本柔道連盟"), CoreferenceTest.names("日本柔道連盟は8日、処分を発表した。連盟は来月にも研修会を開く。"));
        assertEquals(List.of("協会=日本水泳協会"), CoreferenceTest.names("日本水泳協会は8日、処分を発表した。協会は来月にも研修会を開く。"));
    }
}
