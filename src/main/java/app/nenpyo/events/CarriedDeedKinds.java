package app.nenpyo.events;

import app.nenpyo.domain.EventCategory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which kinds of deed an undated sentence may tell as a report of its own on the day it takes (decision 0042): a deed
 * of no kind the categories know tells a detail of the day's happening (a record, a result, a figure), and one of the
 * antecedent's kind tells that happening further, so neither is a report of its own; a sentence whose dates are all
 * of what its deed said or set ({@link DatesAheadOfTheDeed}) tells that deed on a day it does not say, a report
 * whatever its kind.
 *
 * <p>A defendant's plea after the hearing ({@link PleasToTheCharges}: 起訴内容を認めた, 無罪を主張した) is a step of the
 * trial of its own, though a legal deed as the hearing is: kept whatever its kind.
 *
 * <p>Words quoted and said are a statement of their speaker whatever verb says them (the addendum of 2026-12-14): a
 * sentence right after a deed done that day, which ends by saying a quote, is kept when its verb reads as no kind and
 * is a verb of saying or of the speaker's manner ({@link #SAID_OR_SHOWN}: {@code 選手は「…」と涙ぐんだ。}, {@code 社長が
 * 「…」とあいさつした。}), said on that day ({@link DayOfTheLead#saidThatDay}); or as a statement after another speaker's
 * statement ({@code 東西電機は18日、「誠に遺憾だ」とのコメントを出した。南北工業の社長は記者会見で「…」と強調した。}).
 * Examples, after {@code 新駅が18日、開業した。}:
 * <ul>
 *   <li>{@code 駅長は「地域の足になりたい」と涙ぐんだ。} → kept (a quote said, its verb of no kind);</li>
 *   <li>{@code 飼育員が「ハナ」と名付けた。}, {@code 正面には「…」と刻まれた。}, {@code 住民は「…」と思った。} → refused (a
 *       name, an inscription, a thought: no words said);</li>
 *   <li>{@code 初代駅長は…亡くなったが、生前「…」と語った。} → refused (said on another day, its label another clause's);</li>
 *   <li>{@code 野党は「…」として反対した。} → refused (a quote given as the reason of a deed, not said);</li>
 *   <li>{@code 初日は約2千人が利用した。} → refused (a detail of the opening, no kind);</li>
 *   <li>{@code 2本目の路線も開業した。} → refused (the antecedent's kind, told further).</li>
 * </ul>
 * After {@code 首相は18日、記者団に「…」と述べた。}, {@code 首相は「…」とも強調した。} and {@code 市長は「…」と繰り返した。}
 * are the same speaker's words told further: refused. Quoted words that take the day of the article's lead, after a
 * sentence of no deed ({@link DayOfTheLead}), keep the rule of kinds alone: a blog's family quoted after a sentence
 * of no deed (はしゃいだ, 手を振った) is no statement of the day's news.
 *
 * <p>Known weaknesses: a quote of a court's or an inquiry's words read as their own kind (裁判長は「…」と判断した, LEGAL
 * after a ruling) stays refused, as the judge's reasons; the quote's verb keeps the category the categories gave it
 * (涙ぐんだ stays OTHER); a verb of manner not in {@link #SAID_OR_SHOWN} (「…」と肩を落とした) is refused; speakers are
 * told apart by their names' characters, so a 市長 after a 副市長 reads as the same speaker.
 */
final class CarriedDeedKinds {

    private CarriedDeedKinds() {
    }

    /** A quote given as the reason of the deed that ends the sentence, not said: 「…」として反対した (とした, a statement, is said). */
    private static final Pattern QUOTE_AS_A_REASON = Pattern.compile("[」』]として[^「」『』、。]{0,10}[。．]?\\s*$");

    /**
     * After the last quote, a verb of saying or of the speaker's manner as the words were said (語った, 話した, 述べた,
     * 言った, あいさつした, 叫んだ, 涙ぐんだ, 笑った, 喜んだ, 胸を張った, 目を細めた, 声を弾ませた, 振り返った, 明かした,
     * つぶやいた), not a name given (名付けた, 題した, 呼ばれた), words written (刻まれた, 記された, 結論づけた), a decision
     * (決まった, 改めた), a chant (連呼した) nor a thought (思った, 感じた).
     */
    private static final Pattern SAID_OR_SHOWN = Pattern.compile("[」』]と[^「」『』]*(語|話|述べ|言|いっ|あいさつ|挨拶|叫|涙ぐ|笑|喜|胸を張"
            + "|目を細め|声を弾ませ|振り返|明か|つぶや|呟)[^「」『』]*$");

    /** A passive after the quote: the words are said of the speaker (「…」と呼ばれた, 「…」と言われた), not by them. */
    private static final Pattern PASSIVE = Pattern.compile("れた[。．]?\\s*$");

    /** The same speaker's words told further: 「…」とも強調した, 「…」と繰り返した. */
    private static final Pattern SAID_AGAIN = Pattern.compile("[」』]とも|繰り返");

    /**
     * What the extractor read of an undated sentence: its text, its label's kind and predicate ({@code 涙ぐむ}, {@code 死亡}),
     * and its speaker, the subject or first actor it names (empty when it names none).
     */
    record Told(String sentence, EventCategory kind, String predicate, String speaker) {
    }

    /**
     * What the sentence takes the day of: the antecedent's kind and speaker (empty when none), whether it is the article's
     * lead after a sentence of no deed ({@link DayOfTheLead}), whether the sentence's dates are all of what its deed
     * said or set ({@link DatesAheadOfTheDeed}), and the antecedent's sentence (whether it tells a hearing a plea was made
     * at: {@link PleasToTheCharges#afterItsHearing}).
     */
    record Antecedent(EventCategory kind, String speaker, boolean theLead, boolean datesAhead, String sentence) {
    }

    /** Whether an undated sentence, read as {@code told}, after {@code antecedent}, makes a report of its own. */
    static boolean makesAReport(Told told, Antecedent antecedent) {
        EventCategory kind = told.kind();
        String sentence = told.sentence();
        String unquoted = DayOfTheSentenceBefore.unquoted(sentence);
        if (antecedent.datesAhead() || kind != EventCategory.OTHER && kind != antecedent.kind()
                || PleasToTheCharges.afterItsHearing(unquoted, antecedent.sentence())) {
            return true;
        }
        if (antecedent.theLead() || !DayOfTheSentenceBefore.endsInAQuote(sentence) || QUOTE_AS_A_REASON.matcher(sentence).find()) {
            return false;
        }
        if (kind == EventCategory.OTHER) {
            return SAID_OR_SHOWN.matcher(sentence).find() && !PASSIVE.matcher(sentence).find()
                    && saidByItsLastVerb(sentence, told.predicate())
                    && DayOfTheLead.saidThatDay(unquoted);
        }
        return kind == EventCategory.STATEMENT && !SAID_AGAIN.matcher(sentence).find()
                && anotherSpeaker(told.speaker(), antecedent.speaker());
    }

    /**
     * Whether the label's predicate is the verb after the last quote ({@code 涙ぐむ} in …」と涙ぐんだ), not another clause's
     * ({@code 死亡} in 亡くなったが、生前「…」と語った): its stem, the predicate without its last kana, is written there.
     */
    private static boolean saidByItsLastVerb(String sentence, String predicate) {
        int quote = Math.max(sentence.lastIndexOf('」'), sentence.lastIndexOf('』'));
        int last = predicate.length() - 1;
        String stem = last > 0 && isHiragana(predicate.charAt(last)) ? predicate.substring(0, last) : predicate;
        return !stem.isEmpty() && sentence.indexOf(stem, quote) >= 0;
    }

    private static boolean isHiragana(char c) {
        return c >= 'ぁ' && c <= 'ゖ';
    }

    /** The words a sentence opens with before its topic's or subject's particle: 首相は, 北浜市長が, 財務相も. */
    private static final Pattern TOPIC = Pattern.compile("^[\\s　]*([^、。「」『』はがも\\s]{1,16}?)[はがも]");

    /**
     * The topic a sentence opens with, as a speaker the actors do not name (a title alone): {@code 首相は記者団に「…」と述べた。}
     * → 首相; {@code 記者団に「…」と述べた。} → "" (the clause before the topic a particle of another case).
     */
    static String topic(String sentence) {
        Matcher m = TOPIC.matcher(sentence);
        return m.find() ? m.group(1) : "";
    }

    /**
     * Whether two speakers differ: both named, and neither name ends the other (市長 is 北浜市長 said again). A sentence
     * naming no speaker goes on with the one before's words.
     */
    private static boolean anotherSpeaker(String speaker, String before) {
        return !speaker.isEmpty() && !before.isEmpty() && !speaker.endsWith(before) && !before.endsWith(speaker);
    }
}
