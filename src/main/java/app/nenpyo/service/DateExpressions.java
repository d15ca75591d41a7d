package app.nenpyo.service;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.temporal.DateFinder;
import java.time.LocalDate;
import java.util.List;

/**
 * The date expressions of a document as the app shows them: every date and time expression
 * resolved against the document date, durations (3日間) left out because they say how long,
 * not when. Stateless and thread-safe.
 */
final class DateExpressions {

    private final DateFinder finder = new DateFinder();

    List<DateMention> of(String text, LocalDate documentDate, List<TextSpan> sentences) {
        return finder.find(text, documentDate, sentences).stream()
                .filter(m -> m.kind() != DateMention.Kind.DURATION)
                .toList();
    }
}
