package app.nenpyo.nlp;

import app.nenpyo.domain.TextSpan;

/**
 * A morpheme from the tokenizer: its surface exactly as in the text, its span (UTF-16 indices
 * into the text that was tokenized), and its part of speech as IPADIC writes it
 * ({@code 名詞-固有名詞-人名-姓}).
 */
public record Token(String surface, TextSpan span, String partOfSpeech, String baseForm) {
}
