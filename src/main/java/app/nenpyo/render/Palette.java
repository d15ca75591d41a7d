package app.nenpyo.render;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The timeline's colours by key, as the screen's stylesheet ({@code ui/nenpyo.css}, the
 * {@code -timeline-*} looked-up colours) defines them: {@code background}, {@code text},
 * {@code grid}, {@code category-meeting}, … A test compares every entry with the stylesheet, so
 * an export is painted in the colours the analyst sees.
 *
 * <pre>{@code
 * Palette.standard().colour("category-meeting");   // #2f6690
 * Palette.standard().category("MEETING");          // the same colour, from a category or style name
 * }</pre>
 */
public final class Palette {

    private static final Palette STANDARD = new Palette(Map.ofEntries(
            Map.entry("background", "#ffffff"),
            Map.entry("text", "#222222"),
            Map.entry("dim-text", "#6f6f6f"),
            Map.entry("grid", "#efede7"),
            Map.entry("grid-major", "#dedad0"),
            Map.entry("axis-background", "#f3f1ec"),
            Map.entry("axis-line", "#c9c5ba"),
            Map.entry("weekend", "#f8f7f3"),
            Map.entry("alternate", "#fbfaf7"),
            Map.entry("lane-header", "#f1efe9"),
            Map.entry("lane-header-text", "#4a4a4a"),
            Map.entry("separator", "#dddad2"),
            Map.entry("today", "#c8553d"),
            Map.entry("selection", "#2f5d8a"),
            Map.entry("link", "#2f5d8a"),
            Map.entry("badge", "#e7e4dc"),
            Map.entry("badge-text", "#555555"),
            Map.entry("cluster", "#d9dee6"),
            Map.entry("cluster-text", "#2b3a4a"),
            Map.entry("density", "#8ea3b8"),
            Map.entry("category-protest", "#b5524a"),
            Map.entry("category-meeting", "#2f6690"),
            Map.entry("category-announcement", "#7259a0"),
            Map.entry("category-statement", "#2f8062"),
            Map.entry("category-military", "#8c4a32"),
            Map.entry("category-legal", "#9c7a1e"),
            Map.entry("category-disaster", "#cc7a2a"),
            Map.entry("category-election", "#3d8396"),
            Map.entry("category-economy", "#6a8a2a"),
            Map.entry("category-other", "#8a8a8a")));

    private final Map<String, String> hex;

    private Palette(Map<String, String> hex) {
        this.hex = Map.copyOf(hex);
    }

    /** The light palette the window uses by default. */
    public static Palette standard() {
        return STANDARD;
    }

    /** Every key with its colour as {@code #rrggbb}: what the stylesheet test compares. */
    public Map<String, String> entries() {
        return hex;
    }

    /** The colour of a key; an unknown key paints in the plain text colour rather than failing an export. */
    public Color colour(String key) {
        return Color.decode(hex.getOrDefault(key, hex.get("text")));
    }

    /**
     * The colour of an event category, by its style key ({@code meeting}) or enum name
     * ({@code MEETING}); an unknown category gets the colour of {@code other}.
     */
    public Color category(String style) {
        String key = "category-" + Objects.requireNonNullElse(style, "").toLowerCase(Locale.ROOT);
        return colour(hex.containsKey(key) ? key : "category-other");
    }
}
