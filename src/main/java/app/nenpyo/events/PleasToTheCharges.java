package app.nenpyo.events;

import java.util.regex.Pattern;

/**
 * A defendant's answer to the charges at a hearing, told in the sentence after the hearing without a date of its own:
 * {@code 元社長の初公判が10日、地裁で開かれた。元社長は起訴内容を否認し、「指示していない」と述べた。} The plea is a step of
 * the trial of its own, told by its own words (起訴内容を認めた, 否認した, 無罪を主張した), though a legal deed as the
 * hearing is and often told with the words said: the writers of sets three, five, eleven and fourteen expect each of
 * their four pleas after a first hearing as a report of the hearing's day (decision 0042's addendum of 2026-12-17).
 * The rule of the sentence before refused three of them, one as a deed of the hearing's kind told further
 * ({@link CarriedDeedKinds}), one as words said at a court's sitting ({@link DayOfTheSentenceBefore#endsSayingAQuote}).
 *
 * <p>Read outside quotes: 起訴内容を認めた, 起訴内容を全面的に認めた, 起訴事実を否認し, 公訴事実の一部を否認した, 無罪を主張した;
 * not 争う姿勢を示した (a fight of any kind says it). Not 容疑を認めた (a suspect's answer to the police, of the
 * arrest's day: {@link AnswersToThePolice}), nor a plea told again ({@code 改めて無罪を主張した}: the rule of the sentence
 * before refuses 改めて first), nor the words 起訴内容 inside a quote ({@code 「起訴内容を認める」と話した}: said, told
 * as a quote).
 *
 * <p>Only after a sentence that tells a hearing held ({@link #afterItsHearing}: 初公判が…開かれた, 審理が始まった), not a
 * verdict (判決): {@code 男は別の事件で起訴され、起訴内容を認めた。} after an arrest, or {@code 被告は起訴内容を認めた。} after
 * a sentence handed down, tells a plea of another day. Nor a plea that names its hearing ({@code 公判で起訴内容を認めた}):
 * one told right after its hearing does not name it again, so the name says a hearing recalled.
 *
 * <p>Known weaknesses: a plea told in a story of a later hearing (公判では起訴内容を認めていた, a flashback) is refused by
 * its ていた, as it should be, but one told in the past after a sentence of another day's hearing takes that day; a
 * plea told with the hearing in one sentence is that sentence's report, read as before.
 */
final class PleasToTheCharges {

    private PleasToTheCharges() {
    }

    /**
     * The plea's words: the charges (起訴内容, 起訴事実, 公訴事実, or a part of them: の一部を) admitted or denied, a few words
     * between (全面的に, 大筋で), or innocence claimed (無罪を主張); its verb ending a clause (認めた。, 否認し、, 認めず,
     * 主張したが), not describing a noun ({@code 起訴内容を認めた経緯}) nor asked ({@code 認めるかどうか}).
     */
    private static final Pattern PLEA = Pattern.compile("((起訴内容|起訴事実|公訴事実)(の一部)?を[^、。「」]{0,6}?(認め|否認し?)"
            + "|無罪を主張し)(た(?=[。．、]|が|うえ|上で|\\s*$)|、|ず)");

    /** A hearing held or begun in the sentence before: 初公判が10日、地裁で開かれた, 裁判員裁判の審理が始まった, 罪状認否. */
    private static final Pattern HEARING = Pattern.compile("(公判|審理|審問|裁判)[^。]*(開かれ|始まっ)|罪状認否");

    /** A verdict in the sentence before (判決を言い渡した, 判決公判): the plea was made on another day. */
    private static final Pattern VERDICT = Pattern.compile("判決");

    /** The plea naming its hearing (公判で, 初公判では): one recalled, not told right after its hearing. */
    private static final Pattern HEARING_NAMED = Pattern.compile("公判で");

    /**
     * Whether the sentence, read without its quotes, tells a plea: {@code 被告は「間違いありません」と起訴内容を認めた。} →
     * true; {@code 被告は「起訴内容を認めます」と述べた。}, {@code 男は調べに対し容疑を認めた。} → false.
     *
     * @param unquoted the sentence with its quotes blanked ({@link DayOfTheSentenceBefore#unquoted})
     */
    static boolean told(String unquoted) {
        return PLEA.matcher(unquoted).find();
    }

    /**
     * Whether the sentence, read without its quotes, tells a plea made at the hearing the sentence before tells:
     * {@code 元社長は起訴内容を否認した。} after {@code 元社長の初公判が10日、地裁で開かれた。} → true; after
     * {@code 県警は19日、男を逮捕した。} or {@code 地裁は19日、懲役5年の判決を言い渡した。} → false;
     * {@code 元社長は公判で起訴内容を否認した。} → false.
     *
     * @param unquoted the sentence with its quotes blanked ({@link DayOfTheSentenceBefore#unquoted})
     * @param before   the sentence before, whose day the plea would take
     */
    static boolean afterItsHearing(String unquoted, String before) {
        return told(unquoted) && !HEARING_NAMED.matcher(unquoted).find()
                && HEARING.matcher(before).find() && !VERDICT.matcher(before).find();
    }
}
