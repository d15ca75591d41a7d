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

    /**
     * Every morpheme of the text except punctuation and whitespace, in order. A line break inside
     * the text (a clipping wrapped at a width: 東京・元赤坂⏎の迎賓館, ロシ⏎ア) is read as if it were not
     * there, with the indentation after it: the words around it are read whole, and the token after
     * it spans the break, so tokens that follow each other in the words stay next to each other
     * ({@code "ロシ\nア"} → one token ロシア spanning [0, 4)). A break before a list's item or after a
     * heading (【関連記事】⏎・…) stays one: those lines are the text's own.
     */
    public static List<Token> of(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return tokens(text);
        }
        StringBuilder joined = new StringBuilder(text.length());
        int[] at = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '\n' || c == '\r') && !startsALine(text, i)) {
                while (i + 1 < text.length() && isBreakOrIndent(text.charAt(i + 1))) {
                    i++;
                }
                continue;
            }
            at[joined.length()] = i;
            joined.append(c);
        }
        at[joined.length()] = text.length();
        List<Token> read = tokens(joined.toString());
        List<Token> tokens = new ArrayList<>(read.size());
        int previousEnd = -1;
        for (Token t : read) {
            int start = at[t.span().start()];
            int end = at[t.span().end() - 1] + 1;
            if (previousEnd >= 0 && start > previousEnd && t.span().start() > 0 && at[t.span().start() - 1] + 1 == previousEnd
                    && text.substring(previousEnd, start).chars().allMatch(c -> isBreakOrIndent((char) c))) {
                start = previousEnd;
            }
            tokens.add(new Token(t.surface(), new TextSpan(start, end), t.partOfSpeech(), t.baseForm(), t.unknownKatakana()));
            previousEnd = end;
        }
        return tokens;
    }

    /** Marks a line of a list or a heading starts with (・▽■【), or a heading ends with (】): the break before them is one. */
    private static final String LINE_MARKS = "・▽■□●○◆◇※【［";

    /** Whether the break at {@code at} ends a heading or comes before a list's item: a line of its own, not text wrapped. */
    private static boolean startsALine(String text, int at) {
        int before = at - 1;
        while (before >= 0 && isBreakOrIndent(text.charAt(before))) {
            before--;
        }
        int after = at + 1;
        while (after < text.length() && isBreakOrIndent(text.charAt(after))) {
            after++;
        }
        return before >= 0 && (text.charAt(before) == '】' || text.charAt(before) == '］')
                || after < text.length() && LINE_MARKS.indexOf(text.charAt(after)) >= 0;
    }

    private static boolean isBreakOrIndent(char c) {
        return c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\u3000';
    }

    private static List<Token> tokens(String text) {
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
