package app.nenpyo.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Japanese in exports comes from the shipped font, and in the screen's colours. */
class ShippedFontTest {

    @Test
    void theShippedFontHasGlyphsForJapanese() {
        Font font = ShippedFont.awtFont();
        assertEquals(-1, font.canDisplayUpTo("年表 カザフスタン ①〜２０２２年１月¶『』"));
        assertTrue(font.getFontName().contains("IPAexGothic"), font.getFontName());
    }

    @Test
    void nenpyoIsDrawnWithRealGlyphsNotTheMissingGlyphBox() {
        Font font = ShippedFont.awtFont().deriveFont(32f);
        GlyphVector real = font.createGlyphVector(ReportFonts.CONTEXT, "年表");
        int missing = font.getMissingGlyphCode();
        GlyphVector boxes = font.createGlyphVector(ReportFonts.CONTEXT, new int[] {missing, missing});
        for (int i = 0; i < real.getNumGlyphs(); i++) {
            assertTrue(real.getGlyphCode(i) != missing, "glyph " + i + " exists");
        }
        int[] drawn = pixels(real);
        int[] box = pixels(boxes);
        assertFalse(Arrays.equals(drawn, box), "年表 does not look like two missing-glyph boxes");
        assertTrue(Arrays.stream(drawn).filter(p -> p != 0xFFFFFFFF).count() > 100, "年表 leaves ink");
    }

    private static int[] pixels(GlyphVector glyphs) {
        BufferedImage image = new BufferedImage(80, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 80, 40);
        g.setColor(java.awt.Color.BLACK);
        g.drawGlyphVector(glyphs, 4, 32);
        g.dispose();
        return image.getRGB(0, 0, 80, 40, null, 0, 80);
    }

    @Test
    void thePaletteIsTheScreensStylesheet() throws Exception {
        String css;
        try (InputStream in = ShippedFontTest.class.getResourceAsStream("/app/nenpyo/ui/nenpyo.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("(-[a-z-]+):\\s*([^;]+);").matcher(css);
        Map<String, String> vars = new java.util.HashMap<>();
        while (m.find()) {
            vars.putIfAbsent(m.group(1), m.group(2).trim());
        }
        for (Map.Entry<String, String> e : Palette.standard().entries().entrySet()) {
            String value = vars.get("-timeline-" + e.getKey());
            while (value != null && value.startsWith("-")) {
                value = vars.get(value);
            }
            assertEquals(e.getValue(), value, "-timeline-" + e.getKey());
        }
    }
}
