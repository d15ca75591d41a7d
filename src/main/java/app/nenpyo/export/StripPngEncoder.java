package app.nenpyo.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an 8-bit RGB PNG whose rows are painted a horizontal strip at a time, painting and
 * compressing several strips at once. ImageIO's writer compresses at zlib's default level on one
 * thread and asks for rows through a {@code RenderedImage}: a 20,000 × 6,000 px timeline took
 * 6–8 s, nearly all of it in {@code deflate}. Here each strip is painted, filtered and deflated on
 * its own worker into an independent piece of one zlib stream (as pigz does: every piece but the
 * last ends with a sync flush, so the pieces join into one valid stream, and their Adler-32
 * checksums are combined arithmetically), at {@link Deflater#BEST_SPEED}: timelines are mostly
 * flat colour, which the fastest level already shrinks well. Pieces are written in order while the
 * next ones are made, so memory is a few strips whatever the size of the picture.
 *
 * <p>Each row is filtered Sub or Up, whichever turns more of its pixels into zeros ({@link
 * #filter}): Sub turns flat runs into zeros, Up rows like the one above (a lane's background, a
 * long bar). Paeth and Average cost more for little gain on flat-coloured pictures; filtering was
 * as costly as deflating until it worked on the packed pixels.
 */
final class StripPngEncoder {
    /** Source of the picture's pixels, painted a strip at a time; {@link #paint} may be called on several threads at once. */
    interface Strips {
        int width();

        int height();

        /** Rows per strip (the last one may have fewer). */
        int stripHeight();

        /** Paints strip {@code index} (rows {@code index × stripHeight} on) into {@code into}, whose row 0 is its first row. */
        void paint(int index, BufferedImage into);
    }

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** A zlib header (deflate, 32 KB window) whose level bits say "fastest", as {@link Deflater#BEST_SPEED} writes. */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};
    private static final int IDAT_BYTES = 1 << 18;
    private static final byte FILTER_SUB = 1;
    private static final byte FILTER_UP = 2;

    private final int threads;

    /** @param threads strips painted and compressed at once (each holds a strip image while it works) */
    StripPngEncoder(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    /** Writes the whole PNG to {@code out}; reports progress and checks for cancellation after each strip. */
    void write(Strips strips, OutputStream out, ExportMonitor monitor) throws IOException {
        int count = (strips.height() + strips.stripHeight() - 1) / strips.stripHeight();
        out.write(SIGNATURE);
        chunk(out, "IHDR", header(strips.width(), strips.height()));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), workers());
        ThreadLocal<BufferedImage> canvas = ThreadLocal.withInitial(
                () -> new BufferedImage(strips.width(), strips.stripHeight(), BufferedImage.TYPE_INT_RGB));
        try (IdatStream idat = new IdatStream(out)) {
            idat.write(ZLIB_HEADER);
            Deque<Future<Piece>> pending = new ArrayDeque<>();
            int submitted = 0;
            long adler = 1;
            for (int written = 0; written < count; written++) {
                // one more in flight than workers, so a worker never waits for the writer
                while (submitted < count && pending.size() <= threads) {
                    int index = submitted++;
                    pending.add(pool.submit(() -> piece(strips, index, index == count - 1, canvas.get())));
                }
                Piece piece = result(pending.removeFirst());
                idat.write(piece.deflated(), 0, piece.deflatedLength());
                adler = combineAdler32(adler, piece.adler(), piece.rawLength());
                monitor.step((double) (written + 1) / count);
            }
            idat.write(new byte[] {(byte) (adler >>> 24), (byte) (adler >>> 16), (byte) (adler >>> 8), (byte) adler});
        } finally {
            pool.shutdownNow();
        }
        chunk(out, "IEND", new byte[0]);
        out.flush();
    }

    private static Piece result(Future<Piece> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("export interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            } else if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "png-strip-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A strip's rows filtered and deflated: a piece of the zlib stream, and the Adler-32 of its uncompressed bytes. */
    private record Piece(byte[] deflated, int deflatedLength, long adler, long rawLength) {
    }

    private static Piece piece(Strips strips, int index, boolean last, BufferedImage canvas) {
        strips.paint(index, canvas);
        int width = strips.width();
        int rows = Math.min(strips.stripHeight(), strips.height() - index * strips.stripHeight());
        int[] pixels = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
        int stride = 3 * width;
        byte[] filtered = new byte[1 + stride];
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        Adler32 adler = new Adler32();
        Sink sink = new Sink(Math.max(1 << 12, rows * stride / 16));
        try {
            for (int y = 0; y < rows; y++) {
                filter(pixels, width, y, y > 0, filtered);
                adler.update(filtered, 0, filtered.length);
                deflater.setInput(filtered);
                while (!deflater.needsInput()) {
                    sink.deflate(deflater, Deflater.NO_FLUSH);
                }
            }
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    sink.deflate(deflater, Deflater.NO_FLUSH);
                }
            } else {
                // a sync flush ends the piece on a byte boundary with no final block: the next piece continues the stream
                while (sink.deflate(deflater, Deflater.SYNC_FLUSH)) {
                    // the output buffer filled up: more may be pending
                }
            }
        } finally {
            deflater.end();
        }
        return new Piece(sink.bytes, sink.length, adler.getValue(), (long) rows * (1 + stride));
    }

    /** Grows as deflate writes into it; {@link #deflate} says whether it filled the free space (so more may follow). */
    private static final class Sink {
        byte[] bytes;
        int length;

        Sink(int capacity) {
            bytes = new byte[capacity];
        }

        boolean deflate(Deflater deflater, int flush) {
            if (bytes.length - length < 1 << 12) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            int free = bytes.length - length;
            int n = deflater.deflate(bytes, length, free, flush);
            length += n;
            return n == free;
        }
    }

    /**
     * Writes row {@code row} of {@code pixels} (packed RGB, {@code width} a row) filtered into
     * {@code out}: its filter type, then three bytes a pixel. Up when at least as many pixels equal
     * the one above as the one to the left, Sub otherwise: a pixel equal to its neighbour becomes
     * three zero bytes, which deflate shrinks best. Counting equal pixels on the packed ints is a
     * quarter of the work of libpng's sum of absolute filtered bytes, and on flat-coloured
     * pictures picks the same filter. {@code hasAbove} is false on a strip's first row.
     */
    static void filter(int[] pixels, int width, int row, boolean hasAbove, byte[] out) {
        int at = row * width;
        int above = at - width;
        if (hasAbove && Arrays.equals(pixels, at, at + width, pixels, above, above + width)) {
            // a row like the one above (empty lane, axis shading) is all zeros under Up: no need to count or subtract
            out[0] = FILTER_UP;
            Arrays.fill(out, 1, out.length, (byte) 0);
            return;
        }
        int sameLeft = 0;
        for (int x = 1; x < width; x++) {
            if (pixels[at + x] == pixels[at + x - 1]) {
                sameLeft++;
            }
        }
        int sameAbove = -1;
        if (hasAbove) {
            sameAbove = 0;
            for (int x = 0; x < width; x++) {
                if (pixels[at + x] == pixels[above + x]) {
                    sameAbove++;
                }
            }
        }
        // (byte) keeps the low 8 bits of each difference: the modulo-256 arithmetic PNG's filters use
        if (sameAbove >= sameLeft) {
            out[0] = FILTER_UP;
            for (int x = 0, i = 1; x < width; x++, i += 3) {
                int v = pixels[at + x];
                int u = pixels[above + x];
                out[i] = (byte) ((v >>> 16) - (u >>> 16));
                out[i + 1] = (byte) ((v >>> 8) - (u >>> 8));
                out[i + 2] = (byte) (v - u);
            }
        } else {
            out[0] = FILTER_SUB;
            int left = 0;
            for (int x = 0, i = 1; x < width; x++, i += 3) {
                int v = pixels[at + x];
                out[i] = (byte) ((v >>> 16) - (left >>> 16));
                out[i + 1] = (byte) ((v >>> 8) - (left >>> 8));
                out[i + 2] = (byte) (v - left);
                left = v;
            }
        }
    }

    /** zlib's {@code adler32_combine}: the checksum of A followed by B from the checksums of A and B and B's length. */
    static long combineAdler32(long first, long second, long secondLength) {
        final long base = 65521;
        long rem = secondLength % base;
        long sum1 = first & 0xffff;
        long sum2 = rem * sum1 % base;
        sum1 += (second & 0xffff) + base - 1;
        sum2 += ((first >>> 16) & 0xffff) + ((second >>> 16) & 0xffff) + base - rem;
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum2 >= base << 1) {
            sum2 -= base << 1;
        }
        if (sum2 >= base) {
            sum2 -= base;
        }
        return sum1 | (sum2 << 16);
    }

    private static byte[] header(int width, int height) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(13);
        int32(b, width);
        int32(b, height);
        b.write(8);   // bits per sample
        b.write(2);   // colour type: RGB
        b.write(0);   // compression: deflate
        b.write(0);   // filtering: adaptive, per row
        b.write(0);   // no interlace
        return b.toByteArray();
    }

    private static void int32(OutputStream out, long v) {
        try {
            out.write(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        chunk(out, type, data, data.length);
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        int32(out, length);
        out.write(name);
        out.write(data, 0, length);
        int32(out, crc.getValue());
    }

    /** The zlib stream cut into IDAT chunks of {@value #IDAT_BYTES} bytes; {@link #close} writes the rest, not the underlying stream. */
    private static final class IdatStream extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer = new byte[IDAT_BYTES];
        private int length;

        IdatStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, buffer.length - length);
                System.arraycopy(b, off, buffer, length, n);
                length += n;
                off += n;
                len -= n;
                if (length == buffer.length) {
                    chunk(out, "IDAT", buffer, length);
                    length = 0;
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (length > 0) {
                chunk(out, "IDAT", buffer, length);
                length = 0;
            }
        }
    }
}
