package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a date is the time something still to come is only expected or scheduled at, said vaguely: nothing
 * has happened then, and the writer does not tell it as a settled day. Two shapes:
 *
 * <ul>
 *   <li>the time given as its topic's value, with nothing done after it: the topic (帰還, 完成, 到着, 実施) is
 *       the happening, the sentence only says when it is due (帰還は来年末の予定だ, 完成は2027年度だ, 到着は2031年7月の
 *       予定だ, 実施は早くても2030年代になる, 完成は2025年春の見込みだ; before another clause, 判決は来年3月の見込みで、
 *       公判は10回を超えそうだ) → background;</li>
 *   <li>the time a deed is expected at (見通し, 見込み, とみられる, 予定 ending the date's clause), at the earliest
 *       (にも: 初公判は来年1月にも開かれる見通しだ, 連立交渉は来月上旬にも始まる見通しだ) or within a period longer
 *       than a month (分析の結果は来年度に公表される見込みだ, 同社は年内に上場廃止となる見通しだ) → background.</li>
 *   <li>a length counted from now with an expectation, a guess or a rough length scheduled (作業は約1週間後に終わる
 *       見込みだ, 着くのは10日後の見通しだ, 工事は約1週間後に終わる予定だ) →
 *       background: the day is a guess;</li>
 *   <li>not: a named day or days (期限は12月4日。, 枝野代表は2日にも辞任を表明する見通しだ, 判決は11月20日に言い渡される
 *       予定: the writers keep a day's schedule, as {@link Forecasts} does), a month or a part of a month told as a
 *       schedule without にも (判決は3月中旬に言い渡される見通し, 株主総会は6月下旬に開く予定, 来年3月に引退試合を行う
 *       予定だ: the writers keep these), a deed after the time (次の大会は2024年にパリで開かれる: told as what
 *       will be done), a start with から (来年度から予算が増える見通しだ: where a change begins, decision 0005),
 *       an expectation someone stated (再開は4月以降になるとの見通しを示した: the statement is the day's deed),
 *       見込み as a verb (今年度は需要の鈍化を見込み、…と予想した), a time over by the article's day (拘束から約1週間後に
 *       相談を受けた), a length from now told as what will be done (3週間後に2回目を接種する), or
 *       without an expectation (回答の期限は10日後だ), or scheduled to an exact length (就任式は3日後に行われる予定だ: a
 *       set day, read again the same night).</li>
 * </ul>
 *
 * <p>Known weaknesses: the writers split on plans told with にも and 方針, 方向 or a plain verb (週内にも視察する方向,
 * 来月上旬にも提訴する): those are left to {@link VaguePlans} and {@link StatedIntentions}; a part of a month said
 * without にも but with 見通し (4号機は来月中旬に再び動く見通しだ) stays on the timeline with the schedules it
 * cannot be told from.
 */
final class ExpectedTimes {

    /** The reason a report of such a date gives. */
    static final String REASON = "expected time of something still to come";

    /** The topic right before the time, or an adverb of the earliest or latest (到着は, 実施は早くても). */
    private static final Pattern TOPIC_BEFORE = Pattern.compile("[はも]、?(早くても|早ければ|遅くとも|遅くても|最短で|最速で)?$");

    /**
     * The time as the value: a copula, 予定 or 見込み said of it, or なる (perhaps とみられる: 判断は年明け以降になるとみられる),
     * then the sentence's end; or 予定 or 見込み said
     * of it and で、 before another clause (判決は来年3月の見込みで、公判は10回を超えそうだ).
     */
    private static final Pattern VALUE_AFTER = Pattern.compile(
            "(ごろ|頃|以降)?((の(予定|見込み|見通し|計画))?(だ|です|である|[にと](なる|なりそう)(見通し|見込み|予定|とみられる|と見られる)?(だ|です)?)?(。|$)"
                    + "|の(予定|見込み|見通し|計画)で、)");

    /** Words of a guess at what is to come. */
    private static final String GUESSES = "見通し|見込み|とみられる|と見られる|見込まれる";

    /**
     * A deed expected at the time, ending its clause: no comma before it, the word of expectation a noun
     * (見込みだ, 見通しで、), not 見込み、 (a verb), との見通しを示した nor 見込みだと発表した (a statement).
     */
    private static final Pattern EXPECTED_DEED = deedExpectedBy(GUESSES + "|予定");

    /** A deed {@link #EXPECTED_DEED} expects by a guess, not a schedule: without 予定. */
    private static final Pattern GUESSED_DEED = deedExpectedBy(GUESSES);

    /**
     * A length of time counted from now (約1週間後, 10日ほど後, 3か月後): a day only as a guess, no named day, so as vague
     * as にも when an expectation goes with it (added in session 34: sets seven, nine and ten keep 作業は約1週間後に終わる
     * 見込みだ, 着くのは約1週間後の見込みだ, 終えるのは約1週間後になる見込みだ off the timeline).
     */
    private static final Pattern COUNT_FROM_NOW = Pattern.compile(
            "(約|およそ)?[0-9０-９一二三四五六七八九十]+(日|週間|か月|カ月|ヶ月)(ほど|余り)?後");

    /** A length said as rough (約1週間後, およそ10日後, 10日ほど後, 1か月余り後), 約 in the expression or before it. */
    private static final Pattern ROUGH_LENGTH = Pattern.compile("約|およそ|ほど|余り");

    /** 約 or およそ right before the expression, when the expression leaves it out. */
    private static final Pattern ROUGH_BEFORE = Pattern.compile("(約|およそ)$");

    /** にも after the time: the earliest it may be (来月上旬にも, 今月中にも). */
    private static final Pattern AT_THE_EARLIEST = Pattern.compile("中?にも");

    private ExpectedTimes() {
    }

    /** The deed ending its clause on one of the words, a noun (見込みだ, 予定で、), not a statement (見込みだと発表した). */
    private static Pattern deedExpectedBy(String words) {
        return Pattern.compile("(?!から)[^、。]*?(" + words + ")(だが|だ(?![とっ])|です(?!と)|で、|。|$)");
    }

    /**
     * Whether the mention is the time something still to come is expected or scheduled at, vaguely.
     *
     * @param before     the sentence's text before the expression
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     */
    static boolean isOne(DateMention mention, String before, String after, Optional<LocalDate> articleDay) {
        if (!VaguePlans.stillToCome(mention, articleDay)) {
            return false;
        }
        if (COUNT_FROM_NOW.matcher(mention.text()).matches()) {
            return guessed(ROUGH_LENGTH.matcher(mention.text()).find() || ROUGH_BEFORE.matcher(before).find(), after);
        }
        if (VaguePlans.namesDays(mention)) {
            return false;
        }
        if (TOPIC_BEFORE.matcher(before).find() && VALUE_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        boolean vague = AT_THE_EARLIEST.matcher(after).lookingAt() || longerThanAMonth(mention.value().get());
        return vague && EXPECTED_DEED.matcher(after).lookingAt();
    }

    /**
     * Whether a length counted from now is only a guess: an expectation follows it, and either the length is rough (約,
     * ほど) or the expectation a guess rather than a schedule (見込み, 見通し, とみられる; not 予定: 就任式は3日後に行われる
     * 予定だ sets a day). Without an expectation (期限は10日後だ) the length names a day.
     */
    private static boolean guessed(boolean rough, String after) {
        return (rough ? EXPECTED_DEED : GUESSED_DEED).matcher(after).lookingAt();
    }

    /** A season, a fiscal year, a year or longer: more than the 31 days of a month. */
    private static boolean longerThanAMonth(TimeValue value) {
        return ChronoUnit.DAYS.between(value.start(), value.end()) >= 31;
    }
}
