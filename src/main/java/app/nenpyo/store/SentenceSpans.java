package app.nenpyo.store;

import app.nenpyo.codec.ByteReader;
import app.nenpyo.codec.ByteWriter;
import app.nenpyo.codec.MalformedBytesException;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's sentences packed into one value of its row ({@link Migration16TextKeptOnce}): a
 * hundred thousand rows of five integers cost the import writer more than the rest of the
 * document.
 *
 * <p>Layout ({@link ByteWriter#framed} with {@link #LAYOUT}): the count, then per sentence its
 * paragraph and number as differences from the sentence before, where it starts as the
 * difference from where the one before ended, and its length. Sentences in reading order make
 * every number one byte or two:
 * <pre>
 *   [Sentence(1, 1, [0, 12)), Sentence(1, 2, [12, 30)), Sentence(3, 3, [32, 40))]
 *   → 1 | 3 | 2 2 0 12 | 0 2 0 18 | 4 2 4 8   (the layout, the count, then zig-zag differences and a length each)
 * </pre>
 */
final class SentenceSpans {

    static final int LAYOUT = 1;

    private SentenceSpans() {
    }

    static byte[] encode(List<Sentence> sentences) {
        ByteWriter out = new ByteWriter(4 + 6 * sentences.size()).varint(sentences.size());
        int paragraph = 0;
        int number = 0;
        int end = 0;
        for (Sentence s : sentences) {
            out.signedVarint(s.paragraphNumber() - paragraph)
                    .signedVarint(s.number() - number)
                    .signedVarint(s.span().start() - end)
                    .varint(s.span().length());
            paragraph = s.paragraphNumber();
            number = s.number();
            end = s.span().end();
        }
        return out.framed(LAYOUT);
    }

    /** @throws MalformedBytesException if the bytes are of another layout, end early or hold a span that cannot be */
    static List<Sentence> decode(byte[] bytes) {
        ByteReader in = ByteReader.framed(bytes, LAYOUT);
        int count = in.varint();
        List<Sentence> sentences = new ArrayList<>(Math.min(count, bytes.length));
        int paragraph = 0;
        int number = 0;
        int end = 0;
        for (int i = 0; i < count; i++) {
            paragraph += in.signedVarint();
            number += in.signedVarint();
            int start = end + in.signedVarint();
            int length = in.varint();
            if (start < 0 || start + length < start) {
                throw new MalformedBytesException("sentence " + number + " at " + start + " of length " + length);
            }
            end = start + length;
            sentences.add(new Sentence(paragraph, number, new TextSpan(start, end)));
        }
        in.requireEnd();
        return sentences;
    }
}
