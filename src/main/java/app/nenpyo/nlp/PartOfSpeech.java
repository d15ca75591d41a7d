package app.nenpyo.nlp;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts of speech the extractor asks of a token, each one an IPADIC prefix: a token {@link Token#is is} a kind
 * exactly when its part of speech string starts with the kind's prefix, so {@code t.is(CASE_PARTICLE)} answers what
 * {@code t.partOfSpeech().startsWith("助詞-格助詞")} answers, byte for byte.
 *
 * <p>{@code 名詞-固有名詞-人名-姓} → NOUN, PROPER_NOUN, PERSON_NAME, SURNAME; {@code 助詞-格助詞-引用} → PARTICLE,
 * CASE_PARTICLE, QUOTING_PARTICLE; {@code 助動詞} → AUXILIARY alone (not PARTICLE: 助動 is not 助詞).
 *
 * <p>Why: the rules ask a token's kind hundreds of times per dated sentence, and a string prefix test on each
 * ask was 7 % of a fresh import's samples (decision 0021, 2026-12-12), the test not inlined under the launch's
 * small inlining limits; a bit of a word computed once per token is. The bits of a part of speech are computed
 * once per distinct string (IPADIC has about seventy) and kept.
 *
 * <p>Known weaknesses: the prefixes are here for the tests moved so far, the rest of the code still asks the string,
 * which answers the same. ADVERB, QUOTING_PARTICLE, PARALLEL_PARTICLE and SYMBOL are asked by no rule yet, and
 * ATTRIBUTIVE_PARTICLE by one ({@code CleftedDeed}): they stand for string tests still in {@code events/} ({@code 助詞-連体化} 11 times, {@code 助詞-格助詞-引用}
 * 7, {@code 助詞-並立助詞}, {@code 副詞} and {@code 記号} a few), to be moved when those classes are touched. A kind is one
 * bit of a {@code long}, so there can be 64 at most: a 65th fails when the class is loaded.
 */
public enum PartOfSpeech {
    NOUN("名詞"),
    COMMON_NOUN("名詞-一般"),
    NUMBER("名詞-数"),
    NOUN_SUFFIX("名詞-接尾"),
    PLACE_SUFFIX("名詞-接尾-地域"),
    SAHEN_SUFFIX("名詞-接尾-サ変接続"),
    COUNTER("名詞-接尾-助数詞"),
    ADVERBIAL_NOUN("名詞-副詞可能"),
    DEPENDENT_NOUN("名詞-非自立"),
    SAHEN_NOUN("名詞-サ変接続"),
    PRONOUN("名詞-代名詞"),
    PROPER_NOUN("名詞-固有名詞"),
    GENERAL_PROPER_NOUN("名詞-固有名詞-一般"),
    PERSON_NAME("名詞-固有名詞-人名"),
    SURNAME("名詞-固有名詞-人名-姓"),
    GIVEN_NAME("名詞-固有名詞-人名-名"),
    PLACE_NAME("名詞-固有名詞-地域"),
    COUNTRY_NAME("名詞-固有名詞-地域-国"),
    GENERAL_PLACE_NAME("名詞-固有名詞-地域-一般"),
    ORGANISATION_NAME("名詞-固有名詞-組織"),
    VERB("動詞"),
    INDEPENDENT_VERB("動詞-自立"),
    VERB_SUFFIX("動詞-接尾"),
    DEPENDENT_VERB("動詞-非自立"),
    ADJECTIVE("形容詞"),
    ADVERB("副詞"),
    PARTICLE("助詞"),
    CASE_PARTICLE("助詞-格助詞"),
    QUOTING_PARTICLE("助詞-格助詞-引用"),
    BINDING_PARTICLE("助詞-係助詞"),
    ATTRIBUTIVE_PARTICLE("助詞-連体化"),
    CONJUNCTIVE_PARTICLE("助詞-接続助詞"),
    PARALLEL_PARTICLE("助詞-並立助詞"),
    AUXILIARY("助動詞"),
    PREFIX("接頭詞"),
    NUMBER_PREFIX("接頭詞-数接続"),
    SYMBOL("記号");

    private static final ConcurrentHashMap<String, Long> BITS = new ConcurrentHashMap<>();

    private final String prefix;
    private final long bit;

    PartOfSpeech(String prefix) {
        if (ordinal() >= Long.SIZE) {
            // 1L << 64 is 1L: a 65th kind would share NOUN's bit and answer is() wrongly.
            throw new IllegalStateException("a part of speech's kinds are the bits of one long: " + prefix + " is kind " + (ordinal() + 1));
        }
        this.prefix = prefix;
        this.bit = 1L << ordinal();
    }

    /** The IPADIC prefix this kind stands for: {@code 助詞-格助詞}. */
    public String prefix() {
        return prefix;
    }

    /** Whether {@code bits} (from {@link #bitsOf}) hold this kind. */
    boolean in(long bits) {
        return (bits & bit) != 0;
    }

    /** One bit per kind whose prefix starts {@code partOfSpeech}: {@code 助動詞} → AUXILIARY's bit alone. */
    static long bitsOf(String partOfSpeech) {
        Long known = BITS.get(partOfSpeech);
        if (known != null) {
            return known;
        }
        long bits = 0;
        for (PartOfSpeech kind : values()) {
            if (partOfSpeech.startsWith(kind.prefix)) {
                bits |= kind.bit;
            }
        }
        BITS.put(partOfSpeech, bits);
        return bits;
    }
}
