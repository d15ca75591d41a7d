package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Anaphor;
import app.nenpyo.nlp.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A dated sentence's first reading ({@link AnalysedSentence}) held in arrays between the extractor's two
 * passes, for a document of more dated sentences than {@link EventExtractor#KEPT_READINGS} (a file of many posts
 * run together): its tokens as spans, parts of speech and base forms, no object a token, the sentence's text
 * left in the document. About 20 bytes a token where the reading's objects take about 144 (a {@code Token} with
 * its kinds, its span and its strings), so a file of 2,000 posts keeps every reading, where before the sentences past
 * the kept ones went through Kuromoji a second time (a fifth of the file's import).
 *
 * <p>{@code 田中市長は18日、予算案を説明した。} → spans [0,2, 2,4, 4,5, …], parts of speech as the tokenizer's own
 * strings (one string a part of speech for the whole dictionary), base forms only where they differ from the
 * surface ({@code し} → {@code する}), each said once a document; {@link #in} gives back a reading equal to the
 * one it was made from. A surface that is not the sentence's characters at its span (a word a page's line
 * break cut, read whole: {@link AnalysedSentence#ofWrapped}) is kept as it is.
 */
final class CompactReading {

    private final int[] spans;
    private final String[] partsOfSpeech;
    private final String[] baseForms;
    /** Null when every surface is the sentence's characters at its span, as nearly always. */
    private final String[] surfaces;
    private final BitSet unknownKatakana;
    private final BitSet quoted;
    private final int quotedLength;
    private final List<ActorMention> actors;
    private final List<Anaphor> anaphors;

    private CompactReading(int[] spans, String[] partsOfSpeech, String[] baseForms, String[] surfaces,
                           BitSet unknownKatakana, BitSet quoted, int quotedLength, List<ActorMention> actors, List<Anaphor> anaphors) {
        this.spans = spans;
        this.partsOfSpeech = partsOfSpeech;
        this.baseForms = baseForms;
        this.surfaces = surfaces;
        this.unknownKatakana = unknownKatakana;
        this.quoted = quoted;
        this.quotedLength = quotedLength;
        this.actors = actors;
        this.anaphors = anaphors;
    }

    /**
     * @param baseForms the base forms kept so far for the document, each kept once (the tokenizer makes a new
     *                  string for each token's); added to
     */
    static CompactReading of(AnalysedSentence s, Map<String, String> baseForms) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        int[] spans = new int[2 * n];
        String[] pos = new String[n];
        String[] bases = new String[n];
        String[] surfaces = null;
        BitSet unknown = new BitSet();
        for (int t = 0; t < n; t++) {
            Token token = tokens.get(t);
            spans[2 * t] = token.span().start();
            spans[2 * t + 1] = token.span().end();
            pos[t] = token.partOfSpeech();
            if (!token.baseForm().equals(token.surface())) {
                bases[t] = baseForms.computeIfAbsent(token.baseForm(), b -> b);
            }
            if (!s.text().regionMatches(token.span().start(), token.surface(), 0, token.surface().length())
                    || token.span().length() != token.surface().length()) {
                if (surfaces == null) {
                    surfaces = new String[n];
                }
                surfaces[t] = token.surface();
            }
            unknown.set(t, token.unknownKatakana());
        }
        BitSet quoted = new BitSet();
        for (int i = 0; i < s.quoted().length; i++) {
            quoted.set(i, s.quoted()[i]);
        }
        return new CompactReading(spans, pos, bases, surfaces, unknown, quoted, s.quoted().length, s.actors(), s.anaphors());
    }

    /** How many tokens it holds: what the document's budget of kept tokens counts. */
    int tokens() {
        return partsOfSpeech.length;
    }

    /** The reading it was made from, of the sentence {@code text} starting at {@code offset} in the document. */
    AnalysedSentence in(String text, int offset) {
        List<Token> tokens = new ArrayList<>(partsOfSpeech.length);
        for (int t = 0; t < partsOfSpeech.length; t++) {
            TextSpan span = new TextSpan(spans[2 * t], spans[2 * t + 1]);
            String surface = surfaces != null && surfaces[t] != null ? surfaces[t] : span.of(text);
            tokens.add(new Token(surface, span, partsOfSpeech[t], baseForms[t] == null ? surface : baseForms[t],
                    unknownKatakana.get(t)));
        }
        boolean[] mask = new boolean[quotedLength];
        for (int i = quoted.nextSetBit(0); i >= 0; i = quoted.nextSetBit(i + 1)) {
            mask[i] = true;
        }
        return new AnalysedSentence(text, offset, tokens, mask, actors, anaphors);
    }
}
