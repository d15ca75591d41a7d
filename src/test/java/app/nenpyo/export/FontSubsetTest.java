package app.nenpyo.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.render.ShippedFont;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The font an SVG carries: small, and a complete TrueType file a browser accepts. */
class FontSubsetTest {

    @Test
    void keepsTheGlyphsOfThePageAndTheTablesBrowsersRequire() throws Exception {
        byte[] subset = FontSubset.of(List.of("年表", "2022年1月10日(月)"));
        assertTrue(subset.length < 100_000, "a few glyphs, not 4 MB: " + subset.length + " bytes");
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
            for (String table : List.of("cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "OS/2", "post")) {
                assertTrue(font.getTableMap().containsKey(table), "table " + table + " in " + font.getTableMap().keySet());
            }
            var cmap = font.getUnicodeCmapLookup();
            assertTrue(cmap.getGlyphId('年') > 0 && cmap.getGlyphId('表') > 0 && cmap.getGlyphId('月') > 0);
            assertEquals(0, cmap.getGlyphId('露'), "a character the page does not use is left out");
            assertEquals(ShippedFont.awtFont().getFontName(), font.getName().substring(font.getName().indexOf('+') + 1));
        }
    }
}
