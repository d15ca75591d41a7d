package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static final Words MONTHS = new Words("先々月", "今月", "先月", "月末");

    @Test
    void theFirstListedWordThatIsThereWins() {
        char[] text = "王外相は先々月と先月、今月末".toCharArray();
        assertEquals("先々月", MONTHS.at(text, 4));
        assertEquals("先月", MONTHS.at(text, 8));
        assertEquals("今月", MONTHS.at(text, 11));
        assertEquals("月末", MONTHS.at(text, 12));
        assertNull(MONTHS.at(text, 0));
        assertNull(MONTHS.at(text, 5), "先 followed by 々, not 月: the filter lets it through, the comparison does not");
    }

    @Test
    void positionsOutsideTheTextMatchNothing() {
        char[] text = "先月".toCharArray();
        assertNull(MONTHS.at(text, -1));
        assertNull(MONTHS.at(text, 2));
        assertNull(MONTHS.at("先".toCharArray(), 0), "a word longer than what is left");
    }

    @Test
    void anEmptyListOrWordIsRefused() {
        assertThrows(IllegalArgumentException.class, Words::new);
        assertThrows(IllegalArgumentException.class, () -> new Words("今月", ""));
    }

    /**
     * The filter only ever turns positions away that no word starts at: same answers as comparing
     * every word, with characters that share a filter bit with 今 and 先 (U+4FCA, U+5048) mixed in.
     */
    @Property(tries = 2000)
    void answersAsComparingEveryWordWould(@ForAll @StringLength(max = 12) @CharRange(from = '々', to = '〇') @CharRange(from = '今', to = '今')
                                          @CharRange(from = '先', to = '先') @CharRange(from = '月', to = '月')
                                          @CharRange(from = '末', to = '末') @CharRange(from = '\u4fca', to = '\u4fca')
                                          @CharRange(from = '\u5048', to = '\u5048') String s) {
        char[] text = s.toCharArray();
        for (int i = 0; i < text.length; i++) {
            String expected = null;
            for (String w : new String[] {"先々月", "今月", "先月", "月末"}) {
                if (Chars.at(text, i, w)) {
                    expected = w;
                    break;
                }
            }
            assertEquals(expected, MONTHS.at(text, i), s + " at " + i);
        }
    }

    @Test
    void aWordBeforeAPositionIsTheOneEndingThere() {
        Words counts = new Words("泊", "週", "延べ");
        char[] stay = "1泊2日の日程".toCharArray();
        assertEquals("泊", counts.before(stay, 2), "before the 2 of 1泊2日");
        assertEquals(null, counts.before(stay, 3));
        assertEquals("延べ", counts.before("延べ10日".toCharArray(), 2));
        assertEquals(null, counts.before("延べ10日".toCharArray(), 1), "延 alone is not 延べ");
        assertEquals(null, counts.before("週".toCharArray(), 0), "nothing before the start");
    }
}
