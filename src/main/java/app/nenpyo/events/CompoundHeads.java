package app.nenpyo.events;

import app.nenpyo.nlp.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A word naming a happening said inside a longer compound: one report names the merger 統合, another the
 * 経営統合; one the 地震, another the 北海道胆振地方中東部を震源とする地震; one the スト, another the 24時間スト.
 * The longer word ends with the shorter, which is the word both name the happening by (the head of a
 * Japanese compound is its last part), so {@link Similarity} counts it as a shared word naming the happening.
 *
 * <p>{@code endingOfOne([経営統合, 発表], [統合, 発表])} → {@code 統合};
 * {@code endingOfOne([北海道胆振地方中東部を震源とする地震], [地震])} → {@code 地震};
 * {@code endingOfOne([合格発表], [発表])} → "" (a generic deed names nothing);
 * {@code endingOfOne([避難指示発令], [発令])} → "" (nor a deed of giving out: {@link WordsBeforeAGenericDeed#namesNothing});
 * {@code endingOfOne([市長選挙], [知事選挙])} → "" (neither is the other's end);
 * {@code endingOfOne([殺人事件], [事件])} → "" (a kind of matter, not a happening).
 *
 * <p>Only the run of noun characters (kanji, katakana) that ends the longer word is read, and only its ends
 * of two characters or more: 大型の台風10号 ends in 号, which names nothing. Known weaknesses: an end that is
 * a word of its own by chance inside another (会議 in 本会議 is one; 審判決 is no word of 二審判決 but matches
 * nothing) is taken as the compound's head; two happenings of one day named by one short word and a longer
 * one (法案 beside 年金制度改革法案 when the chamber passed two bills) merge unless their subjects, objects or
 * places keep them apart.
 */
final class CompoundHeads {

    /**
     * Ends that say what kind of matter a compound is, not which happening: 殺人事件 and 事件, 拉致問題 and 問題,
     * 経済対策 and 対策 are as often two matters of one day as one.
     */
    private static final Set<String> KINDS = Set.of("事件", "問題", "対策", "関係", "事故", "事案", "措置");

    /** The shortest end of a compound that names a happening: one character (号, 式, 案) names none. */
    private static final int SHORTEST = 2;

    private CompoundHeads() {
    }

    /** Whether a word says what kind of matter something is (事件, 問題), not which happening ({@link #KINDS}). */
    static boolean namesAKindOfMatter(String word) {
        return KINDS.contains(word);
    }

    /**
     * The ends of a word that may be a shorter word naming the same happening, longest first: the proper
     * suffixes of its last run of noun characters, of {@link #SHORTEST} characters or more. 経営統合 →
     * [営統合, 統合]; 24時間スト → [時間スト, 間スト, スト]; 地震 → []; not a deed of giving out, which names nothing:
     * 避難指示発令 → [難指示発令, 指示発令, 示発令] (no 発令).
     */
    static List<String> ends(String word) {
        int start = Similarity.nounRunStart(word, word.length());
        List<String> out = new ArrayList<>(0);
        for (int i = Math.max(start, 1); i <= word.length() - SHORTEST; i++) {
            String end = word.substring(i);
            if (!WordsBeforeAGenericDeed.namesNothing(end)) {
                out.add(end);
            }
        }
        return out;
    }

    /**
     * A head word of one report that another's head word ends with, neither generic nor a participant; ""
     * when there is none. Head words the two share as they are are not looked at (the caller counts those).
     */
    static String endingOfOne(List<String> a, List<String> b) {
        String found = endIn(a, b);
        return found.isEmpty() ? endIn(b, a) : found;
    }

    /** The longer of two head words that ends with {@code end} ({@link #endingOfOne}), for the reason. */
    static String compoundEndingWith(String end, List<String> a, List<String> b) {
        for (List<String> words : List.of(a, b)) {
            for (String w : words) {
                if (w.length() > end.length() && w.endsWith(end)) {
                    return w;
                }
            }
        }
        return end;
    }

    /** Whether a word is written in noun characters only: 地震, スト, not 10号 nor 降る. */
    static boolean allNouns(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Similarity.isNounCharacter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String endIn(List<String> shorter, List<String> longer) {
        for (String word : shorter) {
            if (word.length() < SHORTEST || Morphemes.GENERIC_NOUNS.contains(word) || KINDS.contains(word)
                    || WordsBeforeAGenericDeed.namesNothing(word)) {
                continue;
            }
            for (String compound : longer) {
                if (compound.length() > word.length() && compound.endsWith(word) && allNouns(word)
                        && !Morphemes.isParticipant(word, Gazetteer.shared())) {
                    return word;
                }
            }
        }
        return "";
    }
}
