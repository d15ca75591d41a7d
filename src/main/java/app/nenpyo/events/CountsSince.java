package app.nenpyo.events;

import java.util.regex.Pattern;

/**
 * Whether a date is the start of a tally the sentence gives: the date, then からの累計 (a running total), or 以降 or 以来
 * and in the same sentence a count reaching a level (2015年以降、…拘束された日本人は少なくとも13人にのぼる, 昨年4月以来、相談は延べ2万件に達した).
 * The date is where the count starts, as 2021年の訪日客 is the period of a figure: nothing the article reports
 * happened on it.
 *
 * <ul>
 *   <li>2015年以降、中国で拘束された日本人は13人にのぼる → background;</li>
 *   <li>昨年4月からの累計で、来場者は500万人を超えた → background (a running total from the date);</li>
 *   <li>not: 今年に入って、熱中症で運ばれた人は500人に達した (the period still running: the level reached is the news,
 *       as {@code VaguePlansTest} holds, though set one's writer kept 今年に入って30回を超えた off the timeline),
 *       6月29日以降、流域ではまとまった雨が降っていない / 今月に入ってようやく収まりつつある (a state since,
 *       no count: the writers keep these), 昨年10月11日以降、客が急増した (a change, no count reached), 10日から
 *       1000人が避難した (から: the start of a deed, which may be the news), 侵攻を始めて以降、… (以降 after a deed, not
 *       right after the date).</li>
 * </ul>
 *
 * <p>Known weakness: a count of a happening of the date's own, told after 以降 (10日以降、3人が逮捕された), is read as
 * a tally too.
 */
final class CountsSince {

    /**
     * 以降 or 以来 right after the date, then, before the full stop, a number and a word of reaching
     * (を超えた, に達した, にのぼる, に上った, を数える, に増えた) within a few characters of it (30回を超えた, 13人にのぼる).
     */
    private static final Pattern TALLY_SINCE = Pattern.compile(
            "(以降|以来)、?[^。]*?[0-9０-９][^、。0-9０-９]{0,4}?"
                    + "(を超え|を超す|を突破|に達し|に達する|にのぼ|に上っ|に上る|を数え|に増え)");

    /** A running total counted from the date (昨年4月からの累計で, 2020年以降の累計は): the total's period, count or none. */
    private static final Pattern TOTAL_FROM = Pattern.compile("(から|以降|以来)の累計");

    private CountsSince() {
    }

    /**
     * Whether the date starts a tally the sentence gives.
     *
     * @param after the text right after the expression, to the end of its sentence
     */
    static boolean isOne(String after) {
        // the lazy loop tries every character to the full stop: only where a word of a period since is written
        return TOTAL_FROM.matcher(after).lookingAt()
                || (after.startsWith("以降") || after.startsWith("以来")) && TALLY_SINCE.matcher(after).lookingAt();
    }
}
