package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Anaphor;
import app.nenpyo.nlp.Token;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence of a page wrapped at a width, read with the page's line breaks taken out, so that a word
 * the width cut is one word to the tokenizer and to the actor rules; what is read there is mapped back
 * onto the sentence as written, a span across a break covering it. Surfaces keep the word whole.
 *
 * <pre>
 *   "ス\nナク氏は同日" (break at 1) → read "スナク氏は同日": person スナク氏, span [0,5) of the sentence
 *   "JAX\nAは" (break at 3)       → token JAXA, span [0,5)
 * </pre>
 *
 * Which breaks are a page's is {@link app.nenpyo.temporal.PageWraps}' question.
 */
final class AcrossWraps {
    /** The sentence without the breaks. */
    private final String joined;
    /** For each character of {@link #joined}, its index in the sentence as written. */
    private final int[] written;

    private AcrossWraps(String joined, int[] written) {
        this.joined = joined;
        this.written = written;
    }

    /**
     * @param text   the sentence as written
     * @param breaks the indices, in the sentence, of the page's line breaks ({@code \n}, or the {@code \r} of {@code \r\n}), in order
     */
    static AcrossWraps of(String text, List<Integer> breaks) {
        StringBuilder joined = new StringBuilder(text.length());
        int[] written = new int[text.length()];
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            if (next < breaks.size() && breaks.get(next) == i) {
                next++;
                i += text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 1 : 0;
                continue;
            }
            written[joined.length()] = i;
            joined.append(text.charAt(i));
        }
        return new AcrossWraps(joined.toString(), Arrays.copyOf(written, joined.length()));
    }

    String joined() {
        return joined;
    }

    /** A span of the joined text as a span of the sentence as written: from its first character's place to past its last's. */
    TextSpan written(TextSpan read) {
        if (read.length() == 0) {
            int at = read.start() < written.length ? written[read.start()] : end();
            return new TextSpan(at, at);
        }
        return new TextSpan(written[read.start()], written[read.end() - 1] + 1);
    }

    /**
     * A mark per character of the joined text (which characters a quote holds) as a mark per character
     * of the sentence as written; a break takes the mark of the character before it.
     */
    boolean[] written(boolean[] read, int writtenLength) {
        boolean[] out = new boolean[writtenLength];
        for (int j = 0; j < read.length && j < written.length; j++) {
            out[written[j]] = read[j];
        }
        for (int i = 1; i < writtenLength; i++) {
            boolean isBreak = Arrays.binarySearch(written, i) < 0;
            out[i] = isBreak ? out[i - 1] : out[i];
        }
        return out;
    }

    Token written(Token t) {
        return new Token(t.surface(), written(t.span()), t.partOfSpeech(), t.baseForm(), t.unknownKatakana());
    }

    ActorMention written(ActorMention m) {
        return new ActorMention(m.surface(), written(m.span()), m.kind(), m.name(), m.canonical(), m.title(), m.country(), m.reason());
    }

    Anaphor written(Anaphor a) {
        return new Anaphor(a.surface(), written(a.span()), a.points(), a.title());
    }

    private int end() {
        return written.length == 0 ? 0 : written[written.length - 1] + 1;
    }
}
