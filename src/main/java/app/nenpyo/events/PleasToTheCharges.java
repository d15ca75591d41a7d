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
 * <p>Known weaknesses: a plea told in a story of a later hearing (公判では起訴内容を認めていた, a flashback) is refused by
 * its ていた, as it should be, but one told in the past after a sentence of another day's hearing takes that day; a
 * plea told with the hearing in one sentence is that sentence's report, read as before.
 */
final class PleasToTheCharges {

    private PleasToTheCharges() {
    }

    /**
     * The plea's words: the charges (起訴内容, 起訴事実, 公訴事実, or a part of them: の一部を) admitted or denied, a few words
     * between (全面的に, 大筋で), or innocence claimed (無罪を主張).
     */
    private static final Pattern PLEA = Pattern.compile("(起訴内容|起訴事実|公訴事実)(の一部)?を[^、。「」]{0,6}?(認め|否認)|無罪を主張");

    /**
     * Whether the sentence, read without its quotes, tells a plea: {@code 被告は「間違いありません」と起訴内容を認めた。} →
     * true; {@code 被告は「起訴内容を認めます」と述べた。}, {@code 男は調べに対し容疑を認めた。} → false.
     *
     * @param unquoted the sentence with its quotes blanked ({@link DayOfTheSentenceBefore#unquoted})
     */
    static boolean told(String unquoted) {
        return PLEA.matcher(unquoted).find();
    }
}
