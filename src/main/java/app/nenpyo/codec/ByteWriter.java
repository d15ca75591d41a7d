package app.nenpyo.codec;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A growable byte buffer with the few encodings derived data needs. Not synchronised (a
 * {@code DataOutputStream} over a {@code ByteArrayOutputStream} locks on every byte, which made
 * encoding the slowest part of writing reports).
 *
 * <pre>
 *   ByteWriter w = new ByteWriter(64);
 *   w.varint(300).signedVarint(-2).string("王毅外相");   // 2 + 1 + 1 + 12 bytes
 *   byte[] bytes = w.toByteArray();
 * </pre>
 */
public final class ByteWriter {

    private byte[] buffer;
    private int size;

    public ByteWriter(int initialCapacity) {
        buffer = new byte[Math.max(16, initialCapacity)];
    }

    public int size() {
        return size;
    }

    public ByteWriter write(int b) {
        ensure(1);
        buffer[size++] = (byte) b;
        return this;
    }

    public ByteWriter write(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
        return this;
    }

    /** A non-negative int in 1 to 5 bytes, 7 bits each, low bits first. */
    public ByteWriter varint(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative number where none can be: " + value);
        }
        return unsigned(value);
    }

    private ByteWriter unsigned(int bits) {
        int v = bits;
        while ((v & ~0x7F) != 0) {
            write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        return write(v);
    }

    /** Any int, zigzag-mapped so that small negative numbers stay short (-1 → 1, 1 → 2). */
    public ByteWriter signedVarint(int value) {
        return unsigned((value << 1) ^ (value >> 31));
    }

    /**
     * Its length in chars, then each UTF-16 char as a varint: ASCII in one byte, kana and kanji in
     * three as in UTF-8, and any string comes back exactly, even one cut inside a surrogate pair
     * (which UTF-8 would turn into '?').
     */
    public ByteWriter string(String s) {
        varint(s.length());
        ensure(3 * s.length());
        for (int i = 0; i < s.length(); i++) {
            varint(s.charAt(i));
        }
        return this;
    }

    public ByteWriter bool(boolean b) {
        return write(b ? 1 : 0);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    /**
     * The bytes written so far after {@code prefix} as a varint, then their CRC-32 in four bytes,
     * so that damage is found before they are read. Read back with {@link ByteReader#checksummed}.
     */
    public byte[] checksummed(int prefix) {
        CRC32 crc = new CRC32();
        crc.update(buffer, 0, size);
        long sum = crc.getValue();
        ByteWriter out = new ByteWriter(size + 9).varint(prefix);
        out.write(buffer, 0, size);
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (sum >>> shift) & 0xFF);
        }
        return out.toByteArray();
    }

    /** The bytes written so far after {@code prefix} as a varint, not compressed. Read back with {@link ByteReader#framed}. */
    public byte[] framed(int prefix) {
        ByteWriter out = new ByteWriter(size + 5).varint(prefix);
        return out.write(buffer, 0, size).toByteArray();
    }

    /**
     * The bytes written so far, deflated (fastest level) after a header: {@code prefix} as a varint,
     * then the plain length as a varint. Read back with {@link ByteReader#inflated}.
     */
    public byte[] deflated(int prefix) {
        ByteWriter out = new ByteWriter(size / 2 + 16).varint(prefix).varint(size);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(buffer, 0, size);
            deflater.finish();
            while (!deflater.finished()) {
                out.ensure(Math.max(4096, size / 4));
                out.size += deflater.deflate(out.buffer, out.size, out.buffer.length - out.size);
            }
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(size + more, buffer.length * 2));
        }
    }
}
