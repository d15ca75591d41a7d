package app.nenpyo.events;

import app.nenpyo.nlp.ActorFinder;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Anaphor;
import app.nenpyo.nlp.JapaneseTokens;
import app.nenpyo.nlp.NamesSaidAgain;
import app.nenpyo.nlp.Token;
import java.util.List;

/**
 * One dated sentence, tokenised: its text, where it starts in the document, its morphemes, its
 * quoted characters, its actors and the words in it that point back at actors named before
 * (同社, 首相: resolved over the whole document, {@link app.nenpyo.nlp.Coreference}). Every span here
 * is relative to the sentence; {@link #offset} turns them into document spans.
 */
record AnalysedSentence(String text, int offset, List<Token> tokens, boolean[] quoted, List<ActorMention> actors,
                        List<Anaphor> anaphors) {

    static AnalysedSentence of(String text, int offset, ActorFinder finder) {
        return of(text, offset, finder, JapaneseTokens.of(text));
    }

    /**
     * A sentence with line breaks a page's width put inside it (indices in the sentence, in order),
     * tokenised and searched for actors as if written on one line ({@link AcrossWraps}); spans are the
     * written sentence's, a word cut by a break spanning it.
     */
    static AnalysedSentence ofWrapped(String text, int offset, ActorFinder finder, List<Integer> breaks) {
        if (breaks.isEmpty()) {
            return of(text, offset, finder);
        }
        AcrossWraps wraps = AcrossWraps.of(text, breaks);
        List<Token> read = JapaneseTokens.of(wraps.joined());
        List<ActorMention> actors = finder.find(wraps.joined(), read);
        List<Anaphor> anaphors = finder.anaphors(wraps.joined(), read, actors);
        // the quote's brackets are read where they are joined: 「剣璽等承継の儀」⏎に is a name, not speech
        return new AnalysedSentence(text, offset, read.stream().map(wraps::written).toList(),
                wraps.written(Quotes.mask(wraps.joined()), text.length()),
                actors.stream().map(wraps::written).toList(), anaphors.stream().map(wraps::written).toList());
    }

    /** With tokens made elsewhere (import's search tokens), spans relative to the sentence. */
    static AnalysedSentence of(String text, int offset, ActorFinder finder, List<Token> tokens) {
        List<ActorMention> actors = finder.find(text, tokens);
        return new AnalysedSentence(text, offset, tokens, Quotes.mask(text), actors, finder.anaphors(text, tokens, actors));
    }

    /**
     * The same sentence with the names its article gave elsewhere found where written again ({@link NamesSaidAgain}),
     * its anaphors read again among them; this one when none is.
     */
    AnalysedSentence withNamesSaidAgain(NamesSaidAgain names, ActorFinder finder) {
        List<ActorMention> all = names.in(text, tokens, actors);
        return all == actors ? this : new AnalysedSentence(text, offset, tokens, quoted, all, finder.anaphors(text, tokens, all));
    }

    boolean isQuoted(Token t) {
        return quoted[t.span().start()];
    }

    /**
     * The character after a token, past a line break inside the sentence (a page's: 同日⏎、 is 同日、),
     * or 0 at the end of the sentence; 0 too before the first token (index -1), which a clause read
     * from its start asks about.
     */
    char charAfter(int tokenIndex) {
        if (tokenIndex < 0) {
            return 0;
        }
        int end = Quotes.pastLineBreaks(text, tokens.get(tokenIndex).span().end());
        return end < text.length() ? text.charAt(end) : 0;
    }
}
