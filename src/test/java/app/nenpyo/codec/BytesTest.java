package app.nenpyo.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BytesTest {

    @Property(tries = 500)
    void whatIsWrittenIsReadBackInOrder(@ForAll List<@IntRange(min = 0) Integer> counts, @ForAll List<Integer> signed,
                                        @ForAll List<String> strings, @ForAll boolean flag) {
        ByteWriter w = new ByteWriter(1);
        counts.forEach(w::varint);
        signed.forEach(w::signedVarint);
        strings.forEach(w::string);
        w.bool(flag);
        for (ByteReader r : List.of(new ByteReader(w.toByteArray()), ByteReader.inflated(w.deflated(7), 7),
                ByteReader.framed(w.framed(3), 3), ByteReader.checksummed(w.checksummed(9), 9))) {
            counts.forEach(c -> assertEquals(c, r.varint()));
            signed.forEach(s -> assertEquals(s, r.signedVarint()));
            strings.forEach(s -> assertEquals(s, r.string(), "any string, lone surrogates included"));
            assertEquals(flag, r.bool());
            r.requireEnd();
        }
    }

    @Property(tries = 300)
    void aTablePassedOverGivesEachStringWhenAskedInAnyOrder(@ForAll List<String> strings, @ForAll @IntRange(min = 0) int after) {
        ByteWriter w = new ByteWriter(1).varint(strings.size());
        strings.forEach(w::string);
        ByteReader r = new ByteReader(w.varint(after).toByteArray());
        int[] at = new int[r.varint()];
        for (int i = 0; i < at.length; i++) {
            at[i] = r.position();
            r.skipString();
        }
        for (int i = at.length - 1; i >= 0; i--) {
            assertEquals(strings.get(i), r.stringAt(at[i]));
        }
        assertEquals(after, r.varint(), "reading a string at a position did not move the reader");
        r.requireEnd();
    }

    @Test
    void aChecksummedBlockIsReadOnlyAsWrittenAndACountNeverExceedsTheBytesLeft() {
        byte[] block = new ByteWriter(8).varint(3).string("協議").checksummed(9);
        for (int at = 1; at < block.length; at++) {
            byte[] damaged = block.clone();
            damaged[at] ^= 1;
            assertThrows(MalformedBytesException.class, () -> ByteReader.checksummed(damaged, 9));
        }
        assertThrows(MalformedBytesException.class, () -> ByteReader.checksummed(block, 8), "another layout");
        assertThrows(MalformedBytesException.class, () -> ByteReader.checksummed(new byte[] {9, 0, 0}, 9), "no room for a checksum");
        ByteReader r = ByteReader.checksummed(block, 9);
        assertEquals(3, r.count());
        assertEquals("協議", r.string());
        r.requireEnd();
        MalformedBytesException e = assertThrows(MalformedBytesException.class,
                () -> new ByteReader(new ByteWriter(4).varint(5).varint(1).toByteArray()).count());
        assertEquals("a count of 5 with 1 bytes left", e.getMessage());
    }

    @Test
    void aStringCutShortIsRefusedWhenPassedOverToo() {
        byte[] cut = Arrays.copyOf(new ByteWriter(8).string("協議").toByteArray(), 4);
        assertThrows(MalformedBytesException.class, () -> new ByteReader(cut).skipString());
    }

    @Test
    void japaneseTakesThreeBytesACharAsInUtf8AndAsciiOne() {
        assertEquals(1 + 4 * 3, new ByteWriter(4).string("王毅外相").size());
        assertEquals(1 + 3, new ByteWriter(4).string("G20").size());
    }

    @Test
    void aBlockOfAnotherFormatIsRefusedAndItsFormatCanBeRead() {
        byte[] block = new ByteWriter(8).string("協議").deflated(2);
        assertEquals(2, ByteReader.prefixOf(block));
        MalformedBytesException e = assertThrows(MalformedBytesException.class, () -> ByteReader.inflated(block, 1));
        assertEquals("format 2, this version reads 1", e.getMessage());
    }

    @Property(tries = 200)
    void damagedBlocksAreRefusedNeverMisread(@ForAll("cuts") int cut) {
        byte[] block = new ByteWriter(8).string("ジュネーブで米露協議").varint(5800).deflated(1);
        byte[] shorter = Arrays.copyOf(block, Math.max(0, block.length - 1 - cut % block.length));
        assertThrows(MalformedBytesException.class, () -> {
            ByteReader r = ByteReader.inflated(shorter, 1);
            r.string();
            r.varint();
            r.requireEnd();
        });
        byte[] longer = Arrays.copyOf(block, block.length + 1 + cut % 3);
        assertThrows(MalformedBytesException.class, () -> ByteReader.inflated(longer, 1));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> cuts() {
        return net.jqwik.api.Arbitraries.integers().between(0, 1000);
    }

    @Test
    void readingPastTheEndOrOutsideATableIsRefused() {
        ByteReader r = new ByteReader(new ByteWriter(4).varint(3).toByteArray());
        assertThrows(MalformedBytesException.class, () -> r.index(3));
        assertThrows(MalformedBytesException.class, r::read);
        assertArrayEquals(new byte[] {(byte) 0xAC, 0x02}, new ByteWriter(2).varint(300).toByteArray());
    }
}
