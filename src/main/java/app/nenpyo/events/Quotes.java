package app.nenpyo.events;

/**
 * Which characters of a sentence are inside 「」 or 『』: verbs in quoted speech are what someone
 * said, not what happened, so labels skip them. Stray closing brackets (news clippings cut
 * quotes) are ignored rather than closing a quote that never opened.
 */
final class Quotes {

    private Quotes() {
    }

    static boolean[] mask(String text) {
        boolean[] inside = new boolean[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '「' || c == '『') {
                depth++;
            }
            inside[i] = depth > 0;
            if ((c == '」' || c == '』') && depth > 0) {
                depth--;
            }
        }
        return inside;
    }
}
