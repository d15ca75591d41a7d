package app.nenpyo.temporal;

/**
 * Marks the characters of URLs and mail addresses, which the finder skips:
 * {@code https://example.jp/2022/01/10/} holds no date mention.
 * A run of printable ASCII without spaces counts when it holds "://", starts with "www." or holds "@".
 */
final class Urls {
    private Urls() {
    }

    static boolean[] mask(char[] c) {
        boolean[] skip = new boolean[c.length];
        int i = 0;
        while (i < c.length) {
            if (c[i] > 0x20 && c[i] < 0x7f) {
                int j = i;
                boolean url = false;
                while (j < c.length && c[j] > 0x20 && c[j] < 0x7f) {
                    if (c[j] == '@' || c[j] == ':' && Chars.at(c, j, "://")) {
                        url = true;
                    }
                    j++;
                }
                if (url || Chars.at(c, i, "www.")) {
                    for (int k = i; k < j; k++) {
                        skip[k] = true;
                    }
                }
                i = j;
            } else {
                i++;
            }
        }
        return skip;
    }
}
