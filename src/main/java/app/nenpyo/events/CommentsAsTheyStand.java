package app.nenpyo.events;

import java.util.regex.Pattern;

/**
 * Words quoted and told as they stand, by a verb of saying in ている: {@code 館長は「多くの人に見てほしい」と話している。},
 * {@code 同社は「原因の特定に時間を要した」と説明している。} News closes a story with such a comment, gathered by its
 * reporter for the article without a date: a statement of the day the article leads with, as a suspect's answer to the
 * police is ({@link AnswersToThePolice}). The rule of the sentence before refuses it for its ている (a state, no deed
 * done), though the writers of sets fifteen and sixteen expect each of their three as a report of the lead's day (or
 * the article's).
 *
 * <p>Only a verb of saying right after the last quote, in ている and at the sentence's end (話している, 語っている,
 * 説明している, 述べている, 強調している, 訴えている), said on no other occasion the sentence names
 * ({@link DayOfTheLead#saidThatDay}: not 生前, 当時, 記者会見で). Not told as hearsay ({@code …と話しているという},
 * {@code 県警によると、男は「…」と話している}, {@code …によれば}: the police's, a lawyer's or another paper's account of
 * what someone says, which sets three and eleven's writers expect as nothing), nor words the speaker keeps saying over
 * time ({@code 同社はかねて「…」と説明している}, {@code これまで}, {@code 常に}, {@code 一貫して}, {@code 繰り返し},
 * {@code 従来}, {@code 日頃}: no one day's statement; {@code 「…」と話していた}, a flashback), nor a quote said with a
 * verb of no saying ({@code 「…」と期待している}, {@code 「…」と考えている}: a state of mind).
 *
 * <p>Known weaknesses: a comment said on another day the article tells only in a sentence before (a ceremony of last
 * week, then 「…」と話している) takes the lead's day; a comment told twice in one article makes two reports, which the
 * merge joins when their words are alike.
 */
final class CommentsAsTheyStand {

    private CommentsAsTheyStand() {
    }

    /** 」と (or 」などと) and a verb of saying in ている ending the sentence: 」と話している。, 』と語っています。, 」などと話している。 */
    private static final Pattern TOLD = Pattern.compile("[」』](?:など)?と(話し|語っ|説明し|述べ|強調し|訴え)て(いる|います)[。．]?[\\s　]*$");

    /** Outside the quotes, a source the words are told by (hearsay): 県警によると, 同紙によれば. */
    private static final Pattern HEARSAY = Pattern.compile("によ(ると|れば)");

    /** Outside the quotes, words said again and again over a time, of no one day: かねて, これまで, 一貫して. */
    private static final Pattern OVER_TIME = Pattern.compile("かねて|これまで|常に|一貫して|繰り返し|従来|日頃");

    /**
     * Whether the sentence tells quoted words as they stand, said on no occasion of another day: {@code 館長は「…」と
     * 話している。} → true; {@code 男は「…」と話しているという。}, {@code 県警によると、男は「…」と話している。},
     * {@code 同社はかねて「…」と説明している。}, {@code 館長は「…」と期待している。}, {@code 館長は生前「…」と話していた。},
     * {@code 社長は記者会見で「…」と話している。} → false.
     */
    static boolean told(String sentence) {
        if (!TOLD.matcher(sentence).find()) {
            return false;
        }
        String unquoted = DayOfTheSentenceBefore.unquoted(sentence);
        return DayOfTheLead.saidThatDay(unquoted) && !HEARSAY.matcher(unquoted).find() && !OVER_TIME.matcher(unquoted).find();
    }
}
