package app.nenpyo.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A suspect's answer to the police, told as it stands: {@code 調べに対し「金に困っていた」と容疑を認めている。},
 * {@code 調べに対し、男は「知らない」と容疑を否認しているという。} News closes an arrest with it, without a date: the
 * answer given by the time the police announced the arrest, a statement of the day the article leads with (decision
 * 0042's addendum of 2026-12-15). The writers of sets seven, twelve and fifteen expect each of their four as a report of
 * the arrest's day (or the article's); the rule of the sentence before refuses it for its ている, and the lead's for
 * 調べに対し, which said in the past (調べに対し「…」と述べた) is words of an interrogation's day, not the lead's.
 *
 * <p>Only the formula whole: the answer opens the sentence (調べに対し, perhaps whose 調べ in a few characters, 警察の or
 * 県警の, a comma and its speaker allowed), the suspect's words are quoted (perhaps in part: などと), and the sentence ends
 * on 容疑を (一部 or 大筋で) 認めている or 否認している, perhaps told as hearsay (という).
 * Not {@code 県警によると、男は「記憶にない」と容疑を否認している。} (the police's account: the writers of sets three and
 * four expect none of its three), nor {@code 調べに対し、2人は容疑を認め、残る2人は否認している。} (no words quoted: set
 * thirteen's writer expects none), nor {@code 調べに対し「…」と容疑を認めた。} (a deed done, the lead's rule's).
 *
 * <p>Known weakness: the answer of a suspect arrested on another day than the lead's (a second arrest told later in the
 * article) takes the lead's day too when a sentence stands between them; right after that arrest, it takes the
 * arrest's day ({@code DayOfTheSentenceBefore}, read again the same day).
 */
final class AnswersToThePolice {

    private AnswersToThePolice() {
    }

    /**
     * (県警の)調べに対し…「…」(など)と容疑を(一部|大筋で)認めている(という)。 at the sentence's start and end: whose 調べ may
     * be named in a few characters (警察の, 県警の), and the words may be a part of the answer (などと).
     */
    private static final Pattern ANSWER = Pattern.compile(
            "^[\\s　]*(?:[^「」、。]{1,6}の)?調べに対し[、,]?[^「」、。]{0,20}?[「『].*[」』](?:など)?と容疑を(一部|大筋で)?"
                    + "(認め|否認し)(?<answered>ている)(という)?[。．]?[\\s　]*$",
            Pattern.DOTALL);

    /**
     * Whether the sentence tells a suspect's answer to the police as it stands: {@code 調べに対し「間違いない」と容疑を認めている。}
     * → true; {@code 県警によると、男は「間違いない」と容疑を認めている。}, {@code 調べに対し容疑を認めた。} → false.
     */
    static boolean told(String sentence) {
        return ANSWER.matcher(sentence).find();
    }

    /**
     * Where the answer told ends, after its ている and before the hearsay's という: {@code 調べに対し「…」と容疑を認めているという。}
     * → the index after 認めている; the sentence's length when it tells no answer.
     */
    static int answeredUpTo(String sentence) {
        Matcher m = ANSWER.matcher(sentence);
        return m.find() ? m.end("answered") : sentence.length();
    }
}
