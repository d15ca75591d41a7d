package app.nenpyo.nlp;

import app.nenpyo.domain.TextSpan;

/**
 * A morpheme from the tokenizer: its surface exactly as in the text, its span (UTF-16 indices
 * into the text that was tokenized), and its part of speech as IPADIC writes it
 * ({@code 名詞-固有名詞-人名-姓}); {@code unknownKatakana} when it is a katakana word the dictionary
 * does not know, which IPADIC tags 名詞-一般 as it tags ロボット (a foreign name: ゾルテック).
 * {@code kinds} are the {@link PartOfSpeech} kinds of that part of speech, computed from it when the token is made
 * (the five-value constructor), so {@link #is} answers a prefix test with a bit. Known weakness: the canonical
 * constructor takes {@code kinds} as given, to copy a token without looking them up again ({@link #shift}); made
 * otherwise, kinds that disagree with the part of speech would answer {@code is} wrongly.
 */
public record Token(String surface, TextSpan span, String partOfSpeech, String baseForm, boolean unknownKatakana, long kinds) {

    public Token(String surface, TextSpan span, String partOfSpeech, String baseForm, boolean unknownKatakana) {
        this(surface, span, partOfSpeech, baseForm, unknownKatakana, PartOfSpeech.bitsOf(partOfSpeech));
    }

    /** Whether its part of speech starts with the kind's prefix: 名詞-固有名詞-人名-姓 is PERSON_NAME, not PLACE_NAME. */
    public boolean is(PartOfSpeech kind) {
        return kind.in(kinds);
    }

    /** The same token with its span moved by {@code delta}. */
    public Token shift(int delta) {
        return new Token(surface, span.shift(delta), partOfSpeech, baseForm, unknownKatakana, kinds);
    }
}
