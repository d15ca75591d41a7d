package app.nenpyo.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.bench.ExportBenchmark;
import app.nenpyo.render.Palette;
import app.nenpyo.render.ReportFonts;
import app.nenpyo.render.ReportPainter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PNG written strip by strip on several threads decodes (with ImageIO, an independent
 * decoder) to exactly the pixels of the same page painted whole, across many strip edges, and its
 * chunks are well formed.
 */
class PngStripEncodingTest {
    @TempDir
    static Path folder;
    static ReportPainter demo;
    static ReportFonts fonts;

    @BeforeAll
    static void paintDemo() throws Exception {
        fonts = new ReportFonts();
        EventCatalog catalog = DemoCatalog.load(folder);
        ExportedReport report = ReportBuilder.build(ReportInput.of(catalog, LaneGrouping.ACTOR, ReportLanguage.JA),
                ReportRequest.of("strip", ExportScope.wholeProject(), 900).madeOn(LocalDate.of(2026, 11, 25)), fonts);
        demo = new ReportPainter(report.page(), fonts, Palette.standard());
    }

    private static byte[] png(ReportPainter painter, double scale, int stripPixels, int threads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PngWriter(scale, stripPixels, threads).write(painter, out, ExportMonitor.NONE);
        return out.toByteArray();
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int e = expected.getRGB(x, y);
                int a = actual.getRGB(x, y);
                if (e != a) {
                    throw new AssertionError(String.format("pixel (%d, %d): expected %08x, was %08x", x, y, e, a));
                }
            }
        }
    }

    @Test
    void manySmallStripsOnThreeThreadsDecodeToThePagePaintedWhole() throws Exception {
        // 37 rows a strip at 1.5×: strip edges fall inside labels, marks and lane headers
        int width = PngWriter.pixels(demo.geometry().width(), 1.5);
        byte[] bytes = png(demo, 1.5, width * 37, 3);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        assertTrue(decoded.getHeight() > 37 * 10, "the demo with actor lanes spans many strips: " + decoded.getHeight());
        assertSamePixels(PngWriter.image(demo, 1.5, Long.MAX_VALUE), decoded);
    }

    @Test
    void oneStripOnOneThreadDecodesToTheSamePicture() throws Exception {
        byte[] bytes = png(demo, 1, Integer.MAX_VALUE, 1);
        assertSamePixels(PngWriter.image(demo, 1, Long.MAX_VALUE), ImageIO.read(new ByteArrayInputStream(bytes)));
    }

    @Test
    void aPictureWiderThanAJavaFxSnapshotDecodesWhole() throws Exception {
        EventCatalog catalog = ExportBenchmark.events(5_000, 3);
        ExportedReport report = ReportBuilder.build(ReportInput.of(catalog, LaneGrouping.NONE, ReportLanguage.JA),
                ReportRequest.of("幅広", ExportScope.wholeProject(), 9_000), fonts);
        ReportPainter wide = new ReportPainter(report.page(), fonts, Palette.standard());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png(wide, 2, PngWriter.STRIP_PIXELS, 2)));
        assertEquals(18_000, decoded.getWidth(), "beyond the 16,384 px of a JavaFX snapshot");
        assertSamePixels(PngWriter.image(wide, 2, Long.MAX_VALUE), decoded);
    }

    @Test
    void chunksAreSignatureHeaderDataAndEndWithCorrectChecksums() throws Exception {
        byte[] bytes = png(demo, 1, 4096 * 8, 2);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        byte[] signature = in.readNBytes(8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, signature);
        List<String> types = new ArrayList<>();
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] type = in.readNBytes(4);
            byte[] data = in.readNBytes(length);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data);
            assertEquals(crc.getValue(), in.readInt() & 0xffffffffL, "CRC of " + new String(type, StandardCharsets.US_ASCII));
            types.add(new String(type, StandardCharsets.US_ASCII));
        }
        assertEquals("IHDR", types.get(0));
        assertEquals("IEND", types.get(types.size() - 1));
        assertTrue(types.subList(1, types.size() - 1).stream().allMatch("IDAT"::equals), types.toString());
    }

    @Test
    void combinedAdlerChecksumEqualsTheChecksumOfTheJoinedBytes() {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            byte[] a = new byte[random.nextInt(70_000)];
            byte[] b = new byte[random.nextInt(70_000)];
            random.nextBytes(a);
            random.nextBytes(b);
            if (trial % 3 == 0) {
                java.util.Arrays.fill(b, (byte) 0xff);   // the sums near the modulus
            }
            Adler32 first = new Adler32();
            first.update(a);
            Adler32 second = new Adler32();
            second.update(b);
            Adler32 joined = new Adler32();
            joined.update(a);
            joined.update(b);
            assertEquals(joined.getValue(), StripPngEncoder.combineAdler32(first.getValue(), second.getValue(), b.length));
        }
    }

    @Test
    void cancellingStopsBetweenStrips() {
        int width = PngWriter.pixels(demo.geometry().width(), 1);
        List<Double> progress = new ArrayList<>();
        ExportMonitor cancelAfterTwo = new ExportMonitor(progress::add, () -> progress.size() >= 2);
        assertThrows(CancellationException.class, () -> new PngWriter(1, width * 20, 2)
                .write(demo, new ByteArrayOutputStream(), cancelAfterTwo));
        assertEquals(2, progress.size(), "no strip is reported after the cancel: " + progress);
    }
}
