package app.nenpyo.timeline;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Label widths in pixels, supplied by whoever paints: the screen measures with its JavaFX font,
 * the exporters with their Java2D font. The layout code never sees a font, so it stays free of
 * any toolkit and is tested with {@link MonospaceTextMeasure}.
 *
 * <p>Implementations must be deterministic (same text and role, same width) and cheap: layout
 * calls {@link #width} a few times per visible event per frame. Cache in the implementation if
 * the toolkit's measuring is slow.
 *
 * <pre>{@code
 * TextMeasure m = new MonospaceTextMeasure(7);
 * m.width("G7", TextRole.ITEM_LABEL);        // 14.0
 * m.elide("ジュネーブで会談", 50, TextRole.ITEM_LABEL); // "ジュネ…" (3 wide characters + ellipsis = 49)
 * }</pre>
 */
public interface TextMeasure {

    /** The ellipsis that marks an elided label. */
    String ELLIPSIS = "…";

    /**
     * Wraps a slow measure (a toolkit's) with a cache per role and text. The cache is cleared when it
     * holds {@code maxEntries} texts, which is crude but bounded; not thread-safe, like a frame.
     */
    static TextMeasure cached(TextMeasure slow, int maxEntries) {
        Map<TextRole, HashMap<String, Double>> caches = new EnumMap<>(TextRole.class);
        return (text, role) -> {
            HashMap<String, Double> cache = caches.computeIfAbsent(role, r -> new HashMap<>());
            Double w = cache.get(text);
            if (w == null) {
                if (cache.size() >= maxEntries) {
                    cache.clear();
                }
                w = slow.width(text, role);
                cache.put(text, w);
            }
            return w;
        };
    }

    /** The advance width of {@code text} painted in {@code role}'s font, in pixels. */
    double width(String text, TextRole role);

    /**
     * The longest prefix of {@code text} that fits {@code maxWidth} with an ellipsis appended, or
     * the text itself when it fits whole, or {@code ""} when not even the ellipsis fits.
     * Cuts between code points, never inside a surrogate pair.
     *
     * <p>Known weakness: cuts at any code point, not at word or grapheme boundaries, so a combining
     * mark or a variation selector can be separated from its base character.
     */
    default String elide(String text, double maxWidth, TextRole role) {
        if (text.isEmpty() || width(text, role) <= maxWidth) {
            return text;
        }
        if (width(ELLIPSIS, role) > maxWidth) {
            return "";
        }
        // Binary search on the number of code points: widths grow with the prefix length.
        int lo = 0;
        int hi = text.codePointCount(0, text.length());
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            String candidate = text.substring(0, text.offsetByCodePoints(0, mid)) + ELLIPSIS;
            if (width(candidate, role) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, text.offsetByCodePoints(0, lo)) + ELLIPSIS;
    }
}
