package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a name in brackets ends, shared by the bodies and the committees named in brackets. */
class BracketedNamesTest {

    @Test
    void aNameEndsAtItsClosingBracketWithinTheLongestName() {
        assertEquals(6, BracketedNames.closeOf("「味彩フーズ」が", 1));
        String twenty = "あ".repeat(BracketedNames.LONGEST);
        assertEquals(1 + BracketedNames.LONGEST, BracketedNames.closeOf("「" + twenty + "」", 1));
    }

    @Test
    void noNameInASentenceALongRunAnEmptyOrAnUnclosedBracket() {
        assertEquals(-1, BracketedNames.closeOf("「業界の声を聞いた、」と", 1), "a sentence's mark");
        assertEquals(-1, BracketedNames.closeOf("「" + "あ".repeat(BracketedNames.LONGEST + 1) + "」", 1), "what someone said");
        assertEquals(-1, BracketedNames.closeOf("「」が", 1), "empty");
        assertEquals(-1, BracketedNames.closeOf("「味彩フーズが" + "い".repeat(200) + "」", 1), "never closed within a name");
    }
}
