package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Stable ids, deterministic from content, so that importing the same files again gives the same
 * ids and an analyst's corrections stay attached.
 *
 * <p>A source id is {@code ev-} + the first 16 hex digits of SHA-256 over
 * {@code documentKey:sentenceStart-sentenceEnd:expressionStart-expressionEnd} (UTF-16 spans; the
 * document key is the SHA-256 of the text, so the spans are fixed for that key). An event's id is
 * the smallest id among its sources: independent of the order documents are read in, and equal to
 * the source id of a single-source event. When a later import merges a new report into an event,
 * the id only changes if the new source's id is smaller; the store should therefore keep every
 * source id with its event, so a correction filed under an old event id can still be found.
 *
 * <p>A report dated by the sentence before (decision 0042) hashes its own sentence with that sentence's
 * expression: stable, and unlike the id of the report it takes its date from.
 *
 * <p>A report the analyst added (decision 0020) has no expression: its id hashes
 * {@code documentKey:analyst:clauseStart-clauseEnd} instead, never the content of a report the
 * machine read.
 */
public final class EventIds {

    private EventIds() {
    }

    public static String sourceId(String documentKey, TextSpan sentence, TextSpan expression) {
        String content = documentKey + ":" + sentence.start() + "-" + sentence.end() + ":"
                + expression.start() + "-" + expression.end();
        // the first 16 hex digits of DocumentInput.contentKey(content)
        return idOf(content);
    }

    /** The id of a clause the analyst added as a report ({@code app.nenpyo.domain.AddedReport}). */
    public static String addedSourceId(String documentKey, TextSpan clause) {
        return idOf(documentKey + ":analyst:" + clause.start() + "-" + clause.end());
    }

    private static String idOf(String content) {
        byte[] hash = SHA256.get().digest(content.getBytes(StandardCharsets.UTF_8));
        return "ev-" + HexFormat.of().formatHex(hash, 0, 8);
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    public static String eventId(List<String> sourceIds) {
        return sourceIds.stream().min(String::compareTo)
                .orElseThrow(() -> new IllegalArgumentException("an event needs a source"));
    }
}
