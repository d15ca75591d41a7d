package app.nenpyo.nlp;

import app.nenpyo.domain.TextSpan;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Kuromoji (Lucene, IPADIC) morphemes with their offsets. One tokenizer per thread, reused,
 * because building one costs far more than tokenizing a paragraph.
 *
 * <p>{@code 中国の王毅外相は10日} → 中国 / の / 王 / 毅 / 外相 / は / 10 / 日. Numbers stay whole
 * (5800 is one token). Known weakness: IPADIC predates the 2020s, so recent names are split into
 * single characters or odd pieces (王毅 → 王 / 毅; シャーマン → シャー / マン); search copes because
 * queries are split the same way.
 */
public final class JapaneseTokens {

    private static final ThreadLocal<Attributes> TOKENIZERS = ThreadLocal.withInitial(Attributes::new);

    private JapaneseTokens() {
    }

    /** Every morpheme of the text except punctuation and whitespace, in order. */
    public static List<Token> of(String text) {
        Attributes a = TOKENIZERS.get();
        List<Token> tokens = new ArrayList<>();
        try {
            a.tokenizer.setReader(new StringReader(text));
            a.tokenizer.reset();
            while (a.tokenizer.incrementToken()) {
                String pos = a.partOfSpeech.getPartOfSpeech();
                String base = a.baseForm.getBaseForm();
                String surface = a.term.toString();
                // the dictionary of unknown words gives no reading; asked of katakana words alone, as a reading costs a string
                boolean unknownKatakana = allKatakana(surface) && a.reading.getReading() == null;
                tokens.add(new Token(surface, new TextSpan(a.offset.startOffset(), a.offset.endOffset()),
                        pos == null ? "" : pos, base == null ? surface : base, unknownKatakana));
            }
            a.tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        } finally {
            closeQuietly(a.tokenizer);
        }
        return tokens;
    }

    private static boolean allKatakana(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            if (!KanaVariants.isKatakana(surface.charAt(i))) {
                return false;
            }
        }
        return !surface.isEmpty();
    }

    private static void closeQuietly(JapaneseTokenizer tokenizer) {
        try {
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Attributes {
        final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
        final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        final PartOfSpeechAttribute partOfSpeech = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        final BaseFormAttribute baseForm = tokenizer.addAttribute(BaseFormAttribute.class);
        final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
    }
}
