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
        String[] tokens = paragraph.strip().split("[\\s\\u3000]+");
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            boolean address = URL.matcher(token).matches() || DOMAIN.matcher(token).matches();
            if (!address && !HashtagFinder.isOnlyHashtags(token)) {
                return false;
            }
        }
        return true;
    }
}
