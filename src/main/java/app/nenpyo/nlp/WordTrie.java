package app.nenpyo.nlp;

import app.nenpyo.domain.FullWidth;
import java.util.Arrays;
import java.util.Collection;

/**
 * A fixed set of words, and the longest of them written at a position of a text. The gazetteer
 * asks at every character of every dated sentence; walking the text one character at a time
 * stops at the first character no word goes on with, where cutting a substring for each length
 * a word might have and hashing it cost a string each time. Full-width ASCII is read as ASCII, in the
 * words and in the text ({@link FullWidth}): ＮＡＴＯ is NATO, as papers that print letters in full
 * width mean it.
 *
 * <pre>
 *   new WordTrie(List.of("ロシア", "ロシア連邦", "露")).longestAt("ロシア連邦軍", 0, 6) → 5
 *   new WordTrie(List.of("ロシア", "ロシア連邦", "露")).longestAt("ロシア連邦軍", 0, 4) → 3
 *   new WordTrie(List.of("NATO")).longestWordAt("ＮＡＴＯ軍", 0, 5) → "NATO"
 * </pre>
 * Immutable once built, so one instance serves every thread.
 */
final class WordTrie {

    /** The characters that go on with a word from here, sorted, beside the nodes they lead to. */
    private static final class Node {
        private char[] chars = new char[0];
        private Node[] next = new Node[0];
        /** The word (narrowed) that ends here, or null: the walk hands it over, not cut again from the text. */
        private String word;

        /**
         * The node {@code c} leads to, or null. A hand-written search here (session 37) measured no gain: the
         * profile only charged the same samples to the caller once it was inlined (decision 0021, 2026-12-13).
         */
        Node child(char c) {
            int k = Arrays.binarySearch(chars, c);
            return k < 0 ? null : next[k];
        }

        Node childOrNew(char c) {
            int k = Arrays.binarySearch(chars, c);
            if (k >= 0) {
                return next[k];
            }
            int at = -k - 1;
            Node added = new Node();
            char[] moreChars = new char[chars.length + 1];
            Node[] moreNext = new Node[next.length + 1];
            System.arraycopy(chars, 0, moreChars, 0, at);
            System.arraycopy(next, 0, moreNext, 0, at);
            moreChars[at] = c;
            moreNext[at] = added;
            System.arraycopy(chars, at, moreChars, at + 1, chars.length - at);
            System.arraycopy(next, at, moreNext, at + 1, next.length - at);
            chars = moreChars;
            next = moreNext;
            return added;
        }
    }

    /** The first character's node, indexed by the character: most positions are turned away here. */
    private final Node[] first = new Node[Character.MAX_VALUE + 1];

    WordTrie(Collection<String> words) {
        for (String written : words) {
            String w = FullWidth.narrow(written);
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty word is written everywhere");
            }
            Node node = first[w.charAt(0)];
            if (node == null) {
                node = new Node();
                first[w.charAt(0)] = node;
            }
            for (int i = 1; i < w.length(); i++) {
                node = node.childOrNew(w.charAt(i));
            }
            node.word = w;
        }
    }

    /**
     * The length of the longest word written at {@code pos} that ends at {@code limit} or before,
     * 0 if none. Asking again with {@code limit} one short of that word's end gives the next
     * shorter word there.
     */
    int longestAt(CharSequence text, int pos, int limit) {
        String word = longestWordAt(text, pos, limit);
        return word == null ? 0 : word.length();
    }

    /**
     * The longest word written at {@code pos} that ends at {@code limit} or before, as this trie holds it (narrowed:
     * ＮＡＴＯ in the text gives NATO), or null if none: the gazetteer's key, found by the walk itself.
     */
    String longestWordAt(CharSequence text, int pos, int limit) {
        if (pos >= limit) {
            return null;
        }
        String longest = null;
        Node node = first[FullWidth.narrow(text.charAt(pos))];
        for (int end = pos + 1; node != null; end++) {
            if (node.word != null) {
                longest = node.word;
            }
            node = end < limit ? node.child(FullWidth.narrow(text.charAt(end))) : null;
        }
        return longest;
    }
}
