package app.nenpyo.nlp;

import app.nenpyo.domain.TextSpan;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A body or place said again by its kind alone after its full name: 病院は for 朝霧市立総合病院, 寺は for
 * 光明寺, 組合は for 北嶺鉄道労働組合, 保健所は for 早川保健所, 協会は for 日本相撲協会, 原発の for 女川原子力発電所, 信金は for
 * 港南信用金庫, 学校は for 青嵐学園高校, 園は for 桜ヶ池動物公園, and the same after 同 (同病院, 同大 for 白鷺大学, 同館 for
 * 城山市美術館, 同校 for 北浦中学校, 同信金), 実行委員会によると, 実行委員会の and 実行委員会で for 雪見まつり実行委員会 (実行委員会は,
 * が and も are a body by its kind of {@link BodiesByTheirKind}, taken first, as 調査委員会は is: decision 0044's addendum of
 * 2026-12-17). Each kind says how the name it stands for ends; {@link Coreference}
 * takes the one body or place named before whose name ends so.
 *
 * <p>Examples: 「病院は同日から外来を止めた」 → 病院 (ends 病院); 「同大では」 → 同大 (ends 大学); 「市民団体は
 * 原発の正門前で集会を開いた」 → 原発 (ends 原子力発電所 or 原発). None in 全国の病院で (after の: one of
 * many), 病院に運ばれた (where to: as often another one), 病院長は (inside a longer word), 寺院は (another
 * word).
 *
 * <p>Known weaknesses: a kind said alone for another one of its kind than the one named (病院で手当てを
 * 受けた after naming a hospital the article left) is taken for the named one; 館 after 同 is any
 * name ending in 館 (美術館, 大使館, 会館); 園 alone is any name ending in 園, a zoo, a park or a nursery alike
 * (上野動物園で…保育園児が…。園は gives the zoo, where nursery news means the unnamed nursery); a committee said again as
 * a topic or a subject (「雪見まつり」の実行委員会は…。実行委員会は…) links to none (see above).
 */
final class KindNouns {

    /** A kind written alone, and how the names of its kind end. */
    private static final Map<String, List<String>> ALONE = Map.ofEntries(
            Map.entry("病院", List.of("病院")), Map.entry("寺", List.of("寺")), Map.entry("大学", List.of("大学")),
            Map.entry("組合", List.of("組合")), Map.entry("労組", List.of("労働組合", "労組")),
            Map.entry("原発", List.of("原子力発電所", "原発")), Map.entry("美術館", List.of("美術館")),
            Map.entry("博物館", List.of("博物館")), Map.entry("図書館", List.of("図書館")), Map.entry("神社", List.of("神社")),
            Map.entry("空港", List.of("空港")), Map.entry("保健所", List.of("保健所")),
            Map.entry("協会", List.of("協会")), Map.entry("連盟", List.of("連盟")),
            Map.entry("信金", List.of("信用金庫", "信金")), Map.entry("学校", List.of("校")), Map.entry("園", List.of("園")),
            Map.entry("実行委員会", List.of("実行委員会")), Map.entry("組織委員会", List.of("組織委員会")),
            Map.entry("運営委員会", List.of("運営委員会")), Map.entry("準備委員会", List.of("準備委員会")));

    /** The most tokens a kind is cut into (実行 / 委員 / 会). */
    private static final int MOST_TOKENS_OF_A_KIND = 3;

    /**
     * What a kind of {@link #ALONE} starts with, short of the whole (実行, 実行委員 of 実行委員会; 保健 of 保健所): only a token
     * written so may be a kind IPADIC cuts into several, and only after it are tokens joined.
     */
    private static final Set<String> FIRST_OF_A_CUT_KIND = ALONE.keySet().stream()
            .flatMap(kind -> java.util.stream.IntStream.range(1, kind.length()).mapToObj(n -> kind.substring(0, n)))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** After 同 the kind may be cut short as news cuts it: 同大 is 同大学, 同館 any hall, 同校 any school. */
    private static final Map<String, List<String>> AFTER_SAME = Map.of("大", List.of("大学"), "館", List.of("館"),
            "校", List.of("校"));

    /** The particles after which a kind alone still speaks of the one named: its subject, its topic, its place, whose. */
    private static final Set<String> PARTICLES_AFTER = Set.of("は", "が", "も", "の", "で", "と", "から");

    private KindNouns() {
    }

    /**
     * How the names of a kind written alone or after 同 end (病院 → 病院; 原発 → 原子力発電所, 原発; 大, only
     * after 同, → 大学), or null when it is no such kind.
     */
    static List<String> endings(String kind) {
        List<String> cut = AFTER_SAME.get(kind);
        return cut != null ? cut : ALONE.get(kind);
    }

    /**
     * 病院は, 、寺が, 実行委員会によると: the kind written alone from token {@code k} (one token, or a few a kind is cut into:
     * 実行 / 委員 / 会), as a phrase of its own: at the start, after a phrase mark or a particle other than の, and before a
     * particle of {@link #PARTICLES_AFTER} or によると / によれば (by whose word: 病院によると, 実行委員会によれば). A committee's
     * kind before は, が or も never reaches here: {@link BodiesByTheirKind} takes it first as a body of its own. Not
     * 病院に運ばれた (where to), 病院によって異なる, 病院により違う (each hospital its own way, no one named), 実行委員会室 (the
     * word goes on).
     */
    static Anaphor alone(String text, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.is(PartOfSpeech.NOUN)) {
            return null;
        }
        int last = lastTokenOfAKind(text, tokens, k);
        if (last < 0) {
            return null;
        }
        int start = t.span().start();
        int end = tokens.get(last).span().end();
        Token before = k > 0 ? tokens.get(k - 1) : null;
        boolean phraseStart = start == 0 || AnaphorFinder.PHRASE_START.indexOf(text.charAt(start - 1)) >= 0
                || before != null && before.span().end() == start && before.is(PartOfSpeech.PARTICLE)
                && !before.surface().equals("の");
        Token after = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        boolean particleAfter = after != null && after.span().start() == end && after.is(PartOfSpeech.PARTICLE)
                && (PARTICLES_AFTER.contains(after.surface()) || BY_WHOSE_WORD.stream().anyMatch(w -> text.startsWith(w, end)));
        if (!phraseStart || !particleAfter) {
            return null;
        }
        String kind = text.substring(start, end);
        return new Anaphor(kind, new TextSpan(start, end), Anaphor.Points.BODY_OF_KIND, kind);
    }

    /**
     * によると, によれば: what follows a body whose word is reported. Not によって nor により, which say by what one differs or
     * is done (病院によって異なる: each hospital its own way; 協会により違う).
     */
    private static final List<String> BY_WHOSE_WORD = List.of("によると", "によれば");

    /**
     * The last of the tokens from {@code k} that together write a kind of {@link #ALONE}, or -1. The token's own word is
     * looked up first; tokens are joined only after a kind's start IPADIC cuts it at (実行 of 実行 / 委員 / 会), as this is
     * asked at every noun of every sentence and most nouns start no kind.
     */
    private static int lastTokenOfAKind(String text, List<Token> tokens, int k) {
        String surface = tokens.get(k).surface();
        if (ALONE.containsKey(surface)) {
            return k;
        }
        if (!FIRST_OF_A_CUT_KIND.contains(surface)) {
            return -1;
        }
        int start = tokens.get(k).span().start();
        for (int last = k; last < tokens.size() && last < k + MOST_TOKENS_OF_A_KIND; last++) {
            int end = tokens.get(last).span().end();
            if (end > start && end <= text.length() && ALONE.containsKey(text.substring(start, end))) {
                return last;
            }
        }
        return -1;
    }
}
