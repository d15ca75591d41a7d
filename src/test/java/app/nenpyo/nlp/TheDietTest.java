package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.ActorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Japan's Diet, written alone or as one of its sessions, is an organisation; a word it begins or ends is not. */
class TheDietTest {

    private static List<ActorMention> organisations(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text)).stream().filter(m -> m.kind() == ActorKind.ORGANISATION).toList();
    }

    @Test
    void theDietAndItsSessionsAreTheDiet() {
        ActorMention diet = organisations("国会は来月3日に閉会する。").get(0);
        assertEquals("国会", diet.canonical());
        assertEquals("日本", diet.country());
        assertTrue(diet.saysOnlyItsKind(), "a body said by what it is");
        assertEquals("臨時国会", organisations("改正案は秋の臨時国会で審議される。").get(0).surface());
        assertEquals("国会", organisations("通常国会が20日に召集された。").get(0).canonical());
    }

    @Test
    void noDietInAMembersABuildingsOrALongerWord() {
        assertEquals(List.of(), organisations("国会議員が視察した。"));
        assertEquals(List.of(), organisations("国会議事堂の前で集会が開かれた。"));
        assertEquals(List.of(), organisations("国会前で抗議が続いた。"));
        assertEquals(List.of(), organisations("超党派国会の会合が開かれた。"));
    }
}
