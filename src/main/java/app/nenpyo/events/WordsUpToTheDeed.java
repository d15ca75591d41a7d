package app.nenpyo.events;

import app.nenpyo.nlp.Gazetteer;
import java.util.List;

/**
 * The words of a report's clause up to the deed it is dated by: its content words in reading order
 * ({@link Report#contentWords}) up to the last of its head words that names the happening, the words of
 * the clauses that follow the deed left out.
 *
 * <pre>
 *   田所健一被告は昨年5月に逮捕され、公判では起訴内容を認めていた。
 *     words        [田所, 健一, 被告, 逮捕, 公判, 起訴, 内容, 認める]
 *     up to 逮捕    [田所, 健一, 被告, 逮捕]
 *   県警は12日、窃盗の疑いで田所健一容疑者を逮捕した。     the deed is the last word: all of them
 * </pre>
 *
 * <p>A month's report of a deed often goes on, after a comma, to what followed it (the trial, the
 * plea), which the report of its day does not say: counted, those words hide that the two tell one deed.
 *
 * <p>Known weaknesses: reading order is not syntax. A clause that names its deed before what the
 * date governs (逮捕された男は昨年5月に起訴され) is cut at the deed it names first only when that is its
 * last head word; a clause with no head word among its words is kept whole.
 */
final class WordsUpToTheDeed {

    private WordsUpToTheDeed() {
    }

    /** The report's words up to its last head word naming the happening, or all of them when it has none. */
    static List<String> of(Report report) {
        List<String> words = report.contentWords();
        Gazetteer gazetteer = Gazetteer.shared();
        int last = -1;
        for (String head : report.headWords()) {
            if (!Morphemes.GENERIC_NOUNS.contains(head) && !Morphemes.isParticipant(head, gazetteer)) {
                last = Math.max(last, words.indexOf(head));
            }
        }
        return last < 0 ? words : words.subList(0, last + 1);
    }
}
