package app.nenpyo.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Japanese font that travels in the jar ({@code /assets/fonts/ipaexg.ttf}, IPAexGothic, IPA
 * Font License), for Java2D ({@link #awtFont}) and for the exporters that embed it
 * ({@link #bytes}: PDFBox embeds a subset in the PDF, the SVG exporter a subset as a web font).
 * A machine without a Japanese font would otherwise draw every kanji as a box, and exports would
 * differ from one machine to the next.
 *
 * <pre>{@code
 * Font label = ShippedFont.awtFont().deriveFont(12f);
 * label.canDisplayUpTo("年表");   // -1: every character has a glyph
 * }</pre>
 */
public final class ShippedFont {
    /** Where the font is on the classpath (the build copies {@code assets/} into the jar). */
    public static final String RESOURCE = "/assets/fonts/ipaexg.ttf";

    private ShippedFont() {
    }

    /** Loaded once, on first use: the file is 4 MB and every export needs it. */
    private static final class Holder {
        static final byte[] BYTES = read();
        static final Font FONT = create(BYTES);

        private static byte[] read() {
            try (InputStream in = ShippedFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the build lost the shipped font " + RESOURCE);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }

        private static Font create(byte[] bytes) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the shipped font " + RESOURCE + " cannot be read: " + e.getMessage(), e);
            }
        }
    }

    /** The font at size 1, plain; derive the size and style you paint with. */
    public static Font awtFont() {
        return Holder.FONT;
    }

    /** Drawn for a character the font has no glyph for: the geta mark, Japanese print's sign for a missing character. */
    public static final String NO_GLYPH = "〓";

    /**
     * {@code text} with every character the shipped font cannot draw (an emoji, U+FFFD, a rare
     * ideograph) replaced by {@link #NO_GLYPH}: a box would say nothing, and the PDF writer
     * would draw a whole string with one such character as outlines, no longer text.
     *
     * <pre>{@code
     * ShippedFont.displayable("年表😀");   // "年表〓"
     * }</pre>
     */
    public static String displayable(String text) {
        Font font = awtFont();
        if (font.canDisplayUpTo(text) < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (font.canDisplay(cp) || cp == ' ') {
                b.appendCodePoint(cp);
            } else {
                b.append(NO_GLYPH);
            }
        });
        return b.toString();
    }

    /** The TrueType file itself (a copy: callers may not change the shared one). */
    public static byte[] bytes() {
        return Holder.BYTES.clone();
    }
}
