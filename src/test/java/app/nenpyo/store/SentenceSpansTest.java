package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.nenpyo.codec.ByteWriter;
import app.nenpyo.codec.MalformedBytesException;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.TextSpan;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SentenceSpansTest {

    @Test
    void sentencesInReadingOrderTakeAByteANumber() {
        List<Sentence> sentences = List.of(new Sentence(1, 1, new TextSpan(0, 12)), new Sentence(1, 2, new TextSpan(12, 30)),
                new Sentence(3, 3, new TextSpan(32, 40)));

        byte[] packed = SentenceSpans.encode(sentences);

        assertArrayEquals(new byte[] {1, 3, 2, 2, 0, 12, 0, 2, 0, 18, 4, 2, 4, 8}, packed);
        assertEquals(sentences, SentenceSpans.decode(packed));
    }

    @Property(tries = 500)
    void anySentencesComeBackEqualInTheirOrder(@ForAll("sentences") List<Sentence> sentences) {
        assertEquals(sentences, SentenceSpans.decode(SentenceSpans.encode(sentences)));
    }

    @Provide
    Arbitrary<List<Sentence>> sentences() {
        return Combinators.combine(Arbitraries.integers().between(0, 5_000), Arbitraries.integers().between(-3, 100_000),
                        Arbitraries.integers().between(0, 50_000_000), Arbitraries.integers().between(0, 100_000))
                .as((paragraph, number, start, length) -> new Sentence(paragraph, number, new TextSpan(start, start + length)))
                .list().ofMaxSize(40);
    }

    @Test
    void bytesCutShortOfAnotherLayoutOrWithASpanThatCannotBeAreRefused() {
        byte[] packed = SentenceSpans.encode(List.of(new Sentence(1, 1, new TextSpan(0, 12)), new Sentence(1, 2, new TextSpan(12, 30))));

        assertThrows(MalformedBytesException.class, () -> SentenceSpans.decode(Arrays.copyOf(packed, packed.length - 1)));
        assertThrows(MalformedBytesException.class, () -> SentenceSpans.decode(new ByteWriter(4).varint(0).framed(2)));
        byte[] beforeTheText = new ByteWriter(8).varint(1).signedVarint(1).signedVarint(1).signedVarint(-5).varint(3).framed(1);
        MalformedBytesException e = assertThrows(MalformedBytesException.class, () -> SentenceSpans.decode(beforeTheText));
        assertEquals("sentence 1 at -5 of length 3", e.getMessage());
        byte[] extra = Arrays.copyOf(packed, packed.length + 1);
        assertThrows(MalformedBytesException.class, () -> SentenceSpans.decode(extra), "bytes after the last sentence");
    }
}
