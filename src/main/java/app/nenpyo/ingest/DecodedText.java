package app.nenpyo.ingest;

/**
 * A file's text, decoded, with the byte-order mark removed and nothing else changed.
 *
 * @param encoding the name shown to the user: {@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE},
 *                 {@code Shift_JIS}, {@code EUC-JP}, {@code ISO-2022-JP} or {@code US-ASCII}
 */
public record DecodedText(String text, String encoding) {
}
