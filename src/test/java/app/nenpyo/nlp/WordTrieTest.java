package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WordTrieTest {

    private static final WordTrie COUNTRIES = new WordTrie(List.of("ロシア", "ロシア連邦", "露", "中国", "中"));

    @Test
    void theLongestWordWrittenAtThePositionWins() {
        String text = "ロシア連邦軍と中国、露";
        assertEquals(5, COUNTRIES.longestAt(text, 0, text.length()));
        assertEquals(2, COUNTRIES.longestAt(text, 7, text.length()));
        assertEquals(1, COUNTRIES.longestAt(text, 10, text.length()));
        assertEquals(0, COUNTRIES.longestAt(text, 1, text.length()), "シア is the inside of a word, none of its own");
        assertEquals(0, COUNTRIES.longestAt(text, 5, text.length()));
    }

    @Test
    void aWordEndsAtTheLimitOrBefore() {
        String text = "ロシア連邦軍";
        assertEquals(3, COUNTRIES.longestAt(text, 0, 4), "ロシア連邦 passes the limit: the next shorter word there");
        assertEquals(3, COUNTRIES.longestAt(text, 0, 3));
        assertEquals(0, COUNTRIES.longestAt(text, 0, 2));
        assertEquals(0, COUNTRIES.longestAt(text, 6, 6), "nothing starts at the limit");
    }

    @Test
    void aWordOnlyPartlyWrittenIsNone() {
        assertEquals(0, COUNTRIES.longestAt("ロシ", 0, 2));
        assertEquals(1, COUNTRIES.longestAt("中央", 0, 2), "中 is listed, 中央 is not");
    }

    @Test
    void fullWidthLettersAreReadAsTheLettersTheyAre() {
        WordTrie bodies = new WordTrie(List.of("NATO", "Ｇ７"));
        assertEquals(4, bodies.longestAt("ＮＡＴＯ首脳会議", 0, 8));
        assertEquals(4, bodies.longestAt("NATO首脳会議", 0, 8));
        assertEquals(2, bodies.longestAt("G7サミット", 0, 6), "Ｇ７ listed in full width is G7 too");
        assertEquals(0, bodies.longestAt("ＮＡＴ", 0, 3));
    }

    /** The walk hands over the word as the trie holds it, narrowed, which is how the gazetteer keys its names. */
    @Test
    void theWordFoundIsTheWordListedNarrowed() {
        WordTrie bodies = new WordTrie(List.of("NATO", "Ｇ７", "国連", "国連総会"));
        assertEquals("NATO", bodies.longestWordAt("ＮＡＴＯ首脳会議", 0, 8));
        assertEquals("G7", bodies.longestWordAt("Ｇ７サミット", 0, 6), "listed in full width, held narrowed");
        assertEquals("国連総会", bodies.longestWordAt("国連総会で演説した", 0, 9));
        assertEquals("国連", bodies.longestWordAt("国連総会で演説した", 0, 3), "the limit cuts the longer one");
        assertNull(bodies.longestWordAt("国際会議", 0, 4));
        assertNull(bodies.longestWordAt("国連", 2, 2), "nothing starts at the limit");
    }

    @Test
    void anEmptyWordIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WordTrie(List.of("露", "")));
    }

    /**
     * The trie answers as trying every length a word may have, longest first, with a substring
     * looked up in the set did: over a few characters, so that words and texts share many prefixes.
     */
    @Property(tries = 2000)
    void answersAsLookingUpEverySubstringWould(
            @ForAll @Size(max = 8) Set<@StringLength(min = 1, max = 4) @CharRange(from = 'ア', to = 'ウ') @CharRange(from = '中', to = '中') String> words,
            @ForAll @StringLength(max = 12) @CharRange(from = 'ア', to = 'ウ') @CharRange(from = '中', to = '中') String text) {
        WordTrie trie = new WordTrie(words);
        for (int pos = 0; pos <= text.length(); pos++) {
            for (int limit = pos; limit <= text.length(); limit++) {
                int expected = 0;
                for (int len = limit - pos; len > 0; len--) {
                    if (words.contains(text.substring(pos, pos + len))) {
                        expected = len;
                        break;
                    }
                }
                assertEquals(expected, trie.longestAt(text, pos, limit), words + " in " + text + " at " + pos + " to " + limit);
                assertEquals(expected == 0 ? null : text.substring(pos, pos + expected), trie.longestWordAt(text, pos, limit));
            }
        }
    }
}
