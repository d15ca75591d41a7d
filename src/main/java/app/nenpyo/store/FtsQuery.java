package app.nenpyo.store;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds FTS5 MATCH expressions from what the user typed. Everything becomes a quoted string
 * (with inner quotes doubled), so quotes, *, -, :, parentheses, AND/OR/NOT are searched for
 * literally and never raise a syntax error.
 */
final class FtsQuery {

    private FtsQuery() {
    }

    static String phrase(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** All tokens must occur (implicit AND); tokens without a letter or digit index nothing and are dropped. */
    static Optional<String> allTokens(List<String> tokens) {
        String expression = searchableTokens(tokens).stream().map(FtsQuery::phrase).collect(Collectors.joining(" "));
        return expression.isEmpty() ? Optional.empty() : Optional.of(expression);
    }

    static List<String> searchableTokens(List<String> tokens) {
        return tokens.stream()
                .filter(t -> t != null && t.codePoints().anyMatch(Character::isLetterOrDigit))
                .map(String::strip)
                .distinct()
                .toList();
    }
}
