package app.nenpyo.export;

/**
 * JSON string literals: quotes, backslashes and every control character escaped, so no article
 * text can end a string early or break the file.
 *
 * <pre>{@code
 * Json.string("He said \"no\"\n");   // "He said \"no\"\n" (with the quotes)
 * }</pre>
 */
public final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private Json() {
    }

    public static String string(String value) {
        StringBuilder b = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
