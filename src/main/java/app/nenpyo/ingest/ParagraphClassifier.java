package app.nenpyo.ingest;

import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells the blog's header and footer from the article body: leading paragraphs made only of
 * addresses (URLs, bare domains) and hashtags are {@link ParagraphKind#HEADER}, trailing ones
 * {@link ParagraphKind#FOOTER}, the rest {@link ParagraphKind#BODY}.
 * <pre>
 * "https://d1021.hatenadiary.com\nhttp://d1021.hatenablog.com" → HEADER (when first)
 * "#NATOexpansion\n#反ロシア#対中露戦", "d1021.hatenadiary.jp" → FOOTER (when last)
 * "詳しくは https://example.jp を参照。" → BODY (it is a sentence)
 * </pre>
 * A document made only of such paragraphs is all HEADER. Known weakness: a byline or a
 * copyright line ("(c) 2022 NHK") is not recognised and stays BODY.
 */
public final class ParagraphClassifier {

    private static final Pattern URL = Pattern.compile("(?i)(?:https?|ftp)://\\S+");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)(?:www\\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}(?:/\\S*)?");

    private ParagraphClassifier() {
    }

    public static List<ParagraphKind> classify(String text, List<TextSpan> paragraphs) {
        int n = paragraphs.size();
        boolean[] decoration = new boolean[n];
        for (int i = 0; i < n; i++) {
            decoration[i] = isDecoration(paragraphs.get(i).of(text));
        }
        int headerEnd = 0;
        while (headerEnd < n && decoration[headerEnd]) {
            headerEnd++;
        }
        int footerStart = n;
        while (footerStart > headerEnd && decoration[footerStart - 1]) {
            footerStart--;
        }
        List<ParagraphKind> kinds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            kinds.add(i < headerEnd ? ParagraphKind.HEADER : i >= footerStart ? ParagraphKind.FOOTER : ParagraphKind.BODY);
        }
        return kinds;
    }

    static boolean isDecoration(String paragraph) {
        // token by token, stopping at the first that is no address or hashtag: body text stops at once
        // within the paragraph stripped as String.strip does
        int i = 0;
        int n = paragraph.length();
        while (i < n && Character.isWhitespace(paragraph.charAt(i))) {
            i++;
        }
        while (n > i && Character.isWhitespace(paragraph.charAt(n - 1))) {
            n--;
        }
        while (i < n) {
            while (i < n && isSpace(paragraph.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(paragraph.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            String token = paragraph.substring(start, i);
            boolean address = URL.matcher(token).matches() || DOMAIN.matcher(token).matches();
            if (!address && !HashtagFinder.isOnlyHashtags(token)) {
                return false;
            }
        }
        return true;
    }

    /** What separated tokens before: {@code [\\s\\u3000]}, white space as regular expressions define it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000';
    }
}
