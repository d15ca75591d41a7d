package app.nenpyo.store;

import app.nenpyo.domain.FullWidth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what the user typed into terms and FTS5 MATCH expressions. Everything becomes a quoted
 * string (with inner quotes doubled), so quotes, *, -, :, parentheses, AND/OR/NOT and NEAR are
 * searched for literally and never raise a syntax error.
 */
final class FtsQuery {

    /** ASCII white space and the ideographic space U+3000 separate terms. */
    private static final Pattern SEPARATOR = Pattern.compile("[ \\t\\n\\x0B\\f\\r\\u3000]+");

    private FtsQuery() {
    }

    /** The distinct terms of a query, in the order typed; empty for a blank query. */
    static List<String> terms(String query) {
        if (query == null) {
            return List.of();
        }
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        for (String term : SEPARATOR.split(query)) {
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
        return List.copyOf(terms);
    }

    static int length(String term) {
        return term.codePointCount(0, term.length());
    }

    static String phrase(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Any of the given terms (each quoted), in parentheses so it can be ANDed with others. */
    static String anyOf(List<String> terms) {
        return terms.stream().map(FtsQuery::phrase).collect(Collectors.joining(" OR ", "(", ")"));
    }

    /** The term with each code point lower-cased, as the trigram tokenizer folds case. */
    static String folded(String term) {
        StringBuilder folded = new StringBuilder(term.length());
        term.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(c)));
        return folded.toString();
    }

    /**
     * The least string greater than every string that starts with {@code prefix}: the prefix with
     * its last code point incremented (UTF-8 byte order, which fts5vocab compares by, is code
     * point order); null when there is none (the last code point is U+10FFFF).
     */
    static String prefixUpperBound(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        int next = last + 1;
        if (next > Character.MAX_CODE_POINT) {
            return null;
        }
        if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) {
            next = Character.MAX_SURROGATE + 1;
        }
        return new StringBuilder(prefix.substring(0, prefix.length() - Character.charCount(last)))
                .appendCodePoint(next).toString();
    }

    /**
     * The term as typed and with its Latin letters, digits and signs in the other width
     * ({@code NATO} → {@code NATO}, {@code ＮＡＴＯ}): Japanese news writes both, and the index
     * keeps the text as written. A term with no such character is its only variant.
     */
    static List<String> widthVariants(String term) {
        LinkedHashSet<String> variants = new LinkedHashSet<>(List.of(term, FullWidth.narrow(term), FullWidth.wide(term)));
        return List.copyOf(variants);
    }

    /** Both cases of a single code point (Latin letters and the like), or just the term. */
    static List<String> caseVariants(String term) {
        List<String> variants = new ArrayList<>(4);
        for (String width : widthVariants(term)) {
            int c = width.codePointAt(0);
            for (int variant : new int[] {c, Character.toLowerCase(c), Character.toUpperCase(c)}) {
                String s = new String(Character.toChars(variant));
                if (!variants.contains(s)) {
                    variants.add(s);
                }
            }
        }
        return variants;
    }
}
