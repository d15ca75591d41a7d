package app.nenpyo.codec;

import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads what a {@link ByteWriter} wrote, in the same order. Every read checks its bounds and
 * throws {@link MalformedBytesException} on bytes that end early or say what cannot be, so stored
 * data that is damaged or of another layout is refused, never misread.
 *
 * <pre>
 *   ByteReader r = ByteReader.inflated(stored, expectedPrefix);   // or new ByteReader(bytes)
 *   int n = r.varint(); String s = r.string();
 *   r.requireEnd();
 * </pre>
 */
public final class ByteReader {

    private final byte[] bytes;
    private int position;
    private final int end;

    public ByteReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    private ByteReader(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.position = from;
        this.end = to;
    }

    /** The varint a {@link ByteWriter#deflated} block starts with, without inflating it; -1 if there is none. */
    public static int prefixOf(byte[] block) {
        try {
            return new ByteReader(block).varint();
        } catch (MalformedBytesException e) {
            return -1;
        }
    }

    /**
     * Reads a {@link ByteWriter#framed} block whose prefix must be {@code expectedPrefix}.
     *
     * @throws MalformedBytesException if the prefix differs (another layout)
     */
    public static ByteReader framed(byte[] block, int expectedPrefix) {
        ByteReader in = new ByteReader(block);
        int prefix = in.varint();
        if (prefix != expectedPrefix) {
            throw new MalformedBytesException("format " + prefix + ", this version reads " + expectedPrefix);
        }
        return in;
    }

    /**
     * Reads a {@link ByteWriter#checksummed} block whose prefix must be {@code expectedPrefix}, without a copy.
     *
     * @throws MalformedBytesException if the prefix differs (another layout) or the bytes are not those written (damage)
     */
    public static ByteReader checksummed(byte[] block, int expectedPrefix) {
        ByteReader head = framed(block, expectedPrefix);
        int end = block.length - 4;
        if (end < head.position) {
            throw new MalformedBytesException("ends before its checksum");
        }
        CRC32 crc = new CRC32();
        crc.update(block, head.position, end - head.position);
        long stored = 0;
        for (int i = end; i < block.length; i++) {
            stored = stored << 8 | (block[i] & 0xFF);
        }
        if (crc.getValue() != stored) {
            throw new MalformedBytesException("the checksum does not match: the bytes were damaged");
        }
        return new ByteReader(block, head.position, end);
    }

    /**
     * Inflates a {@link ByteWriter#deflated} block whose prefix must be {@code expectedPrefix}.
     *
     * @throws MalformedBytesException if the prefix differs (another layout) or the block is damaged
     */
    public static ByteReader inflated(byte[] block, int expectedPrefix) {
        ByteReader head = new ByteReader(block);
        int prefix = head.varint();
        if (prefix != expectedPrefix) {
            throw new MalformedBytesException("format " + prefix + ", this version reads " + expectedPrefix);
        }
        int length = head.varint();
        // deflate shrinks by at most about 1032 to 1: a larger length is damage, not data
        if (length > 1032L * (block.length - head.position) + 64) {
            throw new MalformedBytesException(length + " bytes said to be deflated into " + (block.length - head.position));
        }
        byte[] plain = new byte[length];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(block, head.position, block.length - head.position);
            int done = 0;
            while (done < length) {
                int n = inflater.inflate(plain, done, length - done);
                if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    throw new MalformedBytesException("ends after " + done + " of " + length + " bytes");
                }
                done += n;
            }
            if (!inflater.finished() || inflater.getRemaining() > 0) {
                throw new MalformedBytesException("bytes after the end");
            }
        } catch (DataFormatException e) {
            throw new MalformedBytesException("not deflated data: " + e.getMessage());
        } finally {
            inflater.end();
        }
        return new ByteReader(plain);
    }

    public int read() {
        if (position >= end) {
            throw new MalformedBytesException("ends early at byte " + position);
        }
        return bytes[position++] & 0xFF;
    }

    public int varint() {
        int value = unsigned();
        if (value < 0) {
            throw new MalformedBytesException("a negative count or length: " + value);
        }
        return value;
    }

    private int unsigned() {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = read();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new MalformedBytesException("a number longer than 5 bytes");
    }

    /**
     * A count of what follows, each taking at least a byte: never more than the bytes left, so a
     * damaged count cannot size an array of billions.
     */
    public int count() {
        int n = varint();
        if (n > end - position) {
            throw new MalformedBytesException("a count of " + n + " with " + (end - position) + " bytes left");
        }
        return n;
    }

    public int signedVarint() {
        int z = unsigned();
        return (z >>> 1) ^ -(z & 1);
    }

    /** A string as {@link ByteWriter#string} wrote it: its length, then a varint per char. */
    public String string() {
        int length = stringLength();
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = nextChar();
        }
        return new String(chars);
    }

    /** Passes over a string without making it (checking it as {@link #string} would). */
    public void skipString() {
        for (int i = stringLength(); i > 0; i--) {
            nextChar();
        }
    }

    /**
     * The string that starts at a {@link #position} seen before, without moving this reader: a
     * table of strings can be passed over with {@link #skipString} and only the entries used made.
     */
    public String stringAt(int at) {
        int resume = position;
        seek(at);
        try {
            return string();
        } finally {
            position = resume;
        }
    }

    private int stringLength() {
        int length = varint();
        if (length > end - position) {
            throw new MalformedBytesException("a string of " + length + " chars where " + (end - position) + " bytes are left");
        }
        return length;
    }

    private char nextChar() {
        int c = varint();
        if (c > Character.MAX_VALUE) {
            throw new MalformedBytesException("a char of " + c);
        }
        return (char) c;
    }

    public boolean bool() {
        int b = read();
        if (b > 1) {
            throw new MalformedBytesException("a flag of " + b);
        }
        return b == 1;
    }

    /** An index into a table of {@code size} entries. */
    public int index(int size) {
        int i = varint();
        if (i >= size) {
            throw new MalformedBytesException("entry " + i + " of a table of " + size);
        }
        return i;
    }

    /** Where the next read starts: give it to {@link #seek} to read the same bytes again. */
    public int position() {
        return position;
    }

    /**
     * Another reader of the same bytes, from this one's position on: each reads on its own, on any
     * thread, as long as nobody writes the bytes. They are not copied.
     */
    public ByteReader fork() {
        return new ByteReader(bytes, position, end);
    }

    /** How many bytes this reader reads from, in all. */
    public int length() {
        return end;
    }

    /** Reads again from a position this reader gave ({@link #position}). */
    public void seek(int at) {
        if (at < 0 || at > end) {
            throw new IllegalArgumentException("position " + at + " outside 0.." + end);
        }
        position = at;
    }

    public void requireEnd() {
        if (position != end) {
            throw new MalformedBytesException((end - position) + " bytes after the end");
        }
    }
}
