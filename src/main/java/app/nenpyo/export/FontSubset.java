package app.nenpyo.export;

import app.nenpyo.render.ShippedFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The shipped font cut down to the characters a picture uses (with FontBox, which PDFBox brings):
 * a few kilobytes instead of 4 MB, small enough to embed in an SVG as a web font.
 *
 * <pre>{@code
 * byte[] ttf = FontSubset.of(List.of("年表", "2022年1月"));   // glyphs for 年 表 2 0 1 月, and .notdef
 * }</pre>
 */
public final class FontSubset {
    private FontSubset() {
    }

    public static byte[] of(Collection<String> texts) throws IOException {
        QuietFontBox.apply();
        Set<Integer> codePoints = new TreeSet<>();
        for (String t : texts) {
            t.codePoints().forEach(codePoints::add);
        }
        codePoints.add((int) ' ');
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ShippedFont.bytes()))) {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }
}
