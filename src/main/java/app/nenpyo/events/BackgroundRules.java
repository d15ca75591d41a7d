package app.nenpyo.events;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.temporal.NewspaperPages;
import app.nenpyo.temporal.PageWraps;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a dated clause is background: a date that belongs to the document's
 * surroundings or to a cited source rather than to a happening the article reports. Background
 * reports still become events (kept, searchable, shown on request) but are flagged so the
 * timeline can leave them out; see docs/decisions/0005-events-background-and-merging.md.
 *
 * <ul>
 *   <li>a header or footer paragraph (the blog's address lines, hashtags);</li>
 *   <li>a related-articles list: the paragraph, or the paragraph before it, starts with
 *       関連記事 / 関連ニュース / あわせて読みたい, or the date follows such a line in its paragraph,
 *       or the list goes on in paragraphs of their own: a short line with no 。, each after the
 *       heading or another such line (関連記事 / 2021年12月5日 燃料価格が上昇 / 2021年12月20日 上限を撤廃);</li>
 *   <li>a cited survey: the clause says 調査 and によると/によれば/では after the date
 *       (…が今月8日から行った世論調査によると…: the survey's date, not a happening);</li>
 *   <li>the period of figures (総務省は20日、12月の消費者物価指数を発表した: December is what the
 *       figures measure, the 20th is the news), also as the sentence's only date (12月の消費者物価指数は
 *       4%上昇した: the figure has no day of its own);</li>
 *   <li>a comparison base (前月の約2倍, 13年度比, 半年前に比べ, 前年度から0.4%引き下げる; written without 比 ({@link ComparisonBases}):
 *       前年より6人少なかった, 昨年度の1004円から50円引き上げる, 3年前の半分ほど, 昨年6月のような注意報), the date of a mark the
 *       sentence measures against ({@link SurpassedMarks}: 24日の終値を約50％上回る, 1964年に記録した55本を上回った), a count of time
 *       (2日で37日目, 今年も残すところあと1日), and a period naming what the sentence dates by a day
 *       (年頭の記者会見を4日に開く: 年頭 says which press conference, 4日 when; 新年度が始まる4月1日; a name
 *       with a ・ in it: 今年の物理学・化学賞を10日に発表した);</li>
 *   <li>the day of a plan given up, beside another date (市は8日、10日に予定していた式典を中止した; 当初5日に開く
 *       予定だったが、7日に延期された), or a time still to come a plan was for, told as it was (来月上旬から始まる予定
 *       だった): nothing took place that day;</li>
 *   <li>a year saying which edition of a contest, prize or show a figure or a comparison is of
 *       (1998年の長野大会の10個を上回る, 1985年のつくば万博と並ぶ): the year names, as 第18回 would;</li>
 *   <li>the vague time of a plan, goal or forecast ({@link VaguePlans}): 今年度内に, 今夏にも, 来年春以降,
 *       週明けにも; and a length counted from now (今後1週間程度、注意を呼びかけている): the window it runs over;</li>
 *   <li>the day of a newspaper's edition (東都新聞は5日の朝刊で…報じた, 16日付の社説で): its coverage's day;</li>
 *   <li>the last time before a first in years (利上げは2007年2月以来17年ぶり, 1996年に直接選挙が始まって以来初めて)
 *       and the start of a state told as going on since (2016年2月から続く政策): a base of a count, not a happening;
 *       so is an occasion named before 以来, whatever follows (1960年の独立以来、4回のクーデターが成功しており);
 *       so is the time a level is the highest since (1990年の統一以降で最も高い, 2008年の破綻以来の規模), the start of a
 *       count of times (1989年以降では3回目), and a date told as the last time (認められたのは1977年が最後で);</li>
 *   <li>a forecast of a state to come ({@link Forecasts}: 16日から今週末にかけて混雑が予想される) and the vague time
 *       of an intention someone stated ({@link StatedIntentions}: 年度末までに報告書をまとめるとしている);</li>
 *   <li>a time still to come in someone's quoted words ({@link QuotedPlans}: 「来年度中に稼働させたい」と述べた) or in
 *       a clipping blog writer's own view ({@link WritersViews}: 筆者は、開業が来年春にずれ込むとみる);</li>
 *   <li>a limit set in a request ({@link RequestedLimits}: 期限の20日までに国外に出るよう求めている) and the time
 *       something to come is only expected at, vaguely ({@link ExpectedTimes}: 帰還は来年末の予定だ, 初公判は来年1月にも
 *       開かれる見通しだ, 作業は約1週間後に終わる見込みだ), or put off to ({@link PutOffTimes}: 選挙は来年2月に
 *       ずれ込むとみられる);</li>
 *   <li>a period still to come that a deed is promised by ({@link DeadlinesToCome}: 委員会は年度末までに報告書を
 *       まとめる, 市長は来年度中に決めるという) and the rough time, after the article's month, of a plan the sentence ends on ({@link PlansInTheirMood}:
 *       県は来月上旬に補正予算案を示す方針だ);</li>
 *   <li>a date a figure is measured over or at ({@link FigureDates}): a period before a figure's noun
 *       (2021年の訪日客は), a period in which the clause's figure is measured (内閣支持率は今月…下落した),
 *       a running count (29日までに約500万人), a reference date (5月1日現在), a count's window
 *       (6日までの1週間で1000人), a tally in a clause of any ending ({@link RunningTallies}: 12日までに約870万枚にとどまり、);</li>
 *   <li>the end of a term as its topic's value ({@link EndsOfTerms}: 任期は2021年9月まで, 会期は12日までで), the start of
 *       a tally ({@link CountsSince}: 2015年以降、…13人にのぼる), a time still to come in a cited forecast
 *       ({@link Forecasts#isCited}: 推計では、2030年度には…不足する), a rough aim still to come
 *       ({@link ApproximateTimesToCome}: 約1か月後をめどに公表する, 12月ごろに…移る予定だ) and a goal's time
 *       ({@link GoalsToCome}: 2025年度に黒字化する目標), and a time still to come something is done toward
 *       ({@link HorizonsToCome}: 来年4月の着工に向けて準備を進めている), and one something is put some time after
 *       ({@link OpenEndedTimesToCome}: 来月以降に協議して決める, 来月以降も続ける), and the time of a deed still to come
 *       passed on as heard ({@link HeardPlans}: 県は来月上旬に補正予算案を示すという), and the time, finer than a year, of an
 *       aim or of an occasion still to come ({@link GoalsToCome#isAnAim}: 来月下旬の再稼働をめざす; {@link OccasionsToCome}:
 *       来月上旬の定例会で);</li>
 *   <li>a dateline or list line: a sentence of under 40 characters with no verb and no
 *       sentence-ending punctuation that ends with the date, a clock time or a weekday
 *       (「米露協議 2022年1月10日」, 「2022年1月10日 23時15分」), or with a clipping's 付, edition or page after
 *       it (「2019年5月1日 夕刊 1面」, 「2021年10月1日 付」); a headline
 *       with the date inside (トルコ大地震 6日に発生、死者5000人超) is a report.</li>
 * </ul>
 *
 * <p>The words the rules read are read without a page's line breaks (会期⏎は5月6日まで, 見方が多⏎い).
 *
 * <p>Known weakness: a survey that is itself the news (…が10日、世論調査の結果を発表) is still
 * background if によると follows in the clause.
 */
final class BackgroundRules {

    /** The reason of a date in a headline, dateline or byline paragraph: the article's, not a happening's. */
    static final String HEADER = "header paragraph";
    /** The reason of a date in a paragraph after the article's text (its source, its signature). */
    static final String FOOTER = "footer paragraph";
    /** The reason of the date of an item in a list of related articles (関連記事). */
    static final String RELATED_LIST = "related-articles list";
    /** The reason of the date of a survey the clause cites (…の調査によると). */
    static final String CITED_SURVEY = "date of a cited survey";
    /** The reason of a date ending a short line with no verb (「米露協議 2022年1月10日」). */
    static final String DATELINE = "dateline or list line without a verb";
    /** The reason of a date a comparison is measured from (前年比): no happening of its own. */
    static final String COMPARISON_BASE = "comparison base";
    /** The reason of a date a count of time runs from or to (2日で37日目, 残すところあと1日): no happening of its own. */
    static final String COUNT_OF_TIME_REASON = "count of time";
    /** The reason of a period that names what a day of its sentence dates (年頭の記者会見を4日に開く). */
    static final String NAMES_THE_DAY = "period naming what the sentence's day dates";
    /** The reason of a year that says which edition of a recurring contest or show it names (1964年の東京大会の16個). */
    static final String NAMES_THE_EDITION = "year naming which edition";
    /** The reason of the day of a plan given up (12日に予定していた試合を中止した): nothing happened that day. */
    static final String PLAN_GIVEN_UP = "day of a plan given up";

    /**
     * The reason of the day a paper printed what the sentence says it wrote (東都新聞は5日の朝刊で…報じた,
     * 北嶺新報は16日付の社説で…論じた): the day of its coverage, not of the happening it covers.
     */
    static final String PAPERS_EDITION = "day of a newspaper's edition";

    /**
     * The reason of the last time something was done before the first time in years the sentence tells
     * (利上げは2007年2月以来17年ぶり, 1996年に直接選挙が始まって以来初めて): the base of that count, as 前年比 is of a change.
     */
    static final String LAST_TIME_BEFORE = "last time before a first in years";

    /**
     * The reason of the start of a state the sentence tells as going on since (2016年2月から続く政策, 2010年から続いた
     * 政権): how long it has lasted, not a happening the article reports.
     */
    static final String GONE_ON_SINCE = "start of what has gone on since";

    /**
     * The reason of a length counted from now (気象庁は今後1週間程度、注意するよう呼びかけている; 今後2週間は中止を
     * 求めた): the window a warning, request or plan runs over; the happening, if any, is the day it was said.
     */
    static final String WINDOW_FROM_NOW = "window counted from now";

    /**
     * Every reason {@link #reason} gives, as stored with a report and printed by {@code events --format json}:
     * the window says each in its language (the {@code background.*} messages), so a new rule's reason is
     * added here and there.
     */
    static final List<String> REASONS = List.of(HEADER, FOOTER, RELATED_LIST, CITED_SURVEY, FigureDates.PERIOD,
            FigureDates.REFERENCE_DATE, FigureDates.SPAN, FigureDates.RUNNING_COUNT, COMPARISON_BASE, LAST_TIME_BEFORE,
            COUNT_OF_TIME_REASON, NAMES_THE_DAY, PLAN_GIVEN_UP, NAMES_THE_EDITION, VaguePlans.REASON, PAPERS_EDITION,
            GONE_ON_SINCE, Forecasts.REASON, StatedIntentions.REASON, DATELINE, WINDOW_FROM_NOW, QuotedPlans.REASON,
            WritersViews.REASON, RequestedLimits.REASON, ExpectedTimes.REASON, PlansInTheirMood.REASON, DeadlinesToCome.REASON,
            EndsOfTerms.REASON);

    private static final Pattern SURVEY = Pattern.compile("調査.{0,20}(によると|によれば|によりますと|では)");

    private BackgroundRules() {
    }

    /**
     * Why the clause is background, or "" when it reports a happening.
     *
     * @param lists where the document's related-articles lists are ({@link RelatedLists#of}, once per document)
     * @param pageWraps the line breaks a page's width put in the document ({@link PageWraps#in}, once per document), in order
     */
    static String reason(AnalyzedDocument doc, RelatedLists lists, List<Integer> pageWraps, Paragraph paragraph,
                         AnalysedSentence analysed, TextSpan clause,
                         DateMention mention, List<DateMention> sentenceDates, boolean sentenceHasVerb) {
        TextSpan sentence = new TextSpan(analysed.offset(), analysed.offset() + analysed.text().length());
        TextSpan expression = mention.span();
        if (paragraph.kind() != ParagraphKind.BODY) {
            return paragraph.kind() == ParagraphKind.HEADER ? HEADER : FOOTER;
        }
        String text = doc.text();
        if (lists.holds(paragraph, expression)) {
            return RELATED_LIST;
        }
        // a page's line breaks inside the words the rules read (会期⏎は, 見方が多⏎い) are taken out: the words are one
        String afterDate = unwrapped(text, expression.end(), clause.end(), pageWraps);
        // each pattern below that reads past its first characters needs a word written somewhere (調査, 以来, 予定): looked
        // for first, as a scan for a word costs far less than the pattern's tries at every character
        if (afterDate.contains("調査") && SURVEY.matcher(afterDate).find()) {
            return CITED_SURVEY;
        }
        if (mention.flags().contains(DateMention.Flag.FIGURES_PERIOD)) {
            return FigureDates.PERIOD;
        }
        if (mention.text().startsWith("今後") || mention.text().startsWith("向こう")) {
            return WINDOW_FROM_NOW;
        }
        String afterInSentence = unwrapped(text, expression.end(), sentence.end(), pageWraps);
        String beforeInClause = unwrapped(text, Math.min(clause.start(), expression.start()), expression.start(), pageWraps);
        if (EndsOfTerms.isOne(beforeInClause, afterInSentence)) {
            return EndsOfTerms.REASON;
        }
        if (COMPARISON.matcher(afterInSentence).lookingAt() || isBaseOfAChange(mention, afterInSentence)
                || SurpassedMarks.isOne(beforeInClause, afterInSentence) || ComparisonBases.isOne(mention, afterInSentence)
                || ComparisonBases.isAPeak(mention, beforeInClause, afterInSentence)) {
            return COMPARISON_BASE;
        }
        if ((afterInSentence.contains("以来") && (LAST_TIME.matcher(afterInSentence).lookingAt()
                || OCCASION_SINCE.matcher(afterInSentence).lookingAt())
                || LAST_OCCASION.matcher(afterInSentence).lookingAt() && mention.value().isPresent()
                        && !VaguePlans.stillToCome(mention, doc.date().value()) && !VaguePlans.namesDays(mention)
                || SurpassedMarks.sinceTheHighest(afterInSentence) || YEARS_SINCE_IT.matcher(afterInSentence).lookingAt()
                || afterInSentence.contains("以降") && COUNTED_SINCE.matcher(afterInSentence).lookingAt())
                && !DEED_SINCE.matcher(afterInSentence).lookingAt()) {
            return LAST_TIME_BEFORE;
        }
        if (COUNT_OF_TIME.matcher(afterInSentence).lookingAt()) {
            return COUNT_OF_TIME_REASON;
        }
        if (namesAThingTheSentencesDayDates(afterInSentence, mention, sentenceDates)
                || namesTheDayAfterIt(text.substring(expression.end(), sentence.end()), expression.end(), sentenceDates)) {
            return NAMES_THE_DAY;
        }
        if (afterInSentence.contains("予定") && PLANNED_THEN_GIVEN_UP.matcher(afterInSentence).lookingAt()
                && sentenceDates.stream().anyMatch(m -> m != mention && m.value().isPresent())
                || VaguePlans.notBegun(mention, doc.date().value()) && !PutOffTimes.namesADay(mention)
                && PLANNED_AS_IT_WAS.matcher(afterInSentence).lookingAt()) {
            return PLAN_GIVEN_UP;
        }
        if (namesAnEditionOfWhatTheSentenceTells(afterInSentence, mention)) {
            return NAMES_THE_EDITION;
        }
        String figure = FigureDates.reason(analysed, clause.shift(-sentence.start()), expression.shift(-sentence.start()), mention);
        if (!figure.isEmpty()) {
            return figure;
        }
        if (CountsSince.isOne(afterInSentence)) {
            return FigureDates.PERIOD;
        }
        // a tally in whatever form its clause ends (…までに9人の死亡が確認され、): FigureDates asks a clause told as done
        if (RunningTallies.isOne(mention, afterInSentence, doc.date().value())) {
            return FigureDates.RUNNING_COUNT;
        }
        if (VaguePlans.isOne(mention, afterInSentence, doc.date().value(), sentenceDates)) {
            return VaguePlans.REASON;
        }
        if (GONE_ON.matcher(afterInSentence).lookingAt()) {
            return GONE_ON_SINCE;
        }
        String beforeInSentence = unwrapped(text, sentence.start(), expression.start(), pageWraps);
        if (Forecasts.isOne(mention, afterInSentence, doc.date().value())
                || Forecasts.isCited(mention, beforeInSentence, doc.date().value())) {
            return Forecasts.REASON;
        }
        if (StatedIntentions.isOne(mention, afterInSentence, doc.date().value())) {
            return StatedIntentions.REASON;
        }
        if (QuotedPlans.isOne(mention, analysed.quoted(), expression.start() - sentence.start(), afterInSentence,
                doc.date().value())) {
            return QuotedPlans.REASON;
        }
        if (WritersViews.isOne(mention, beforeInClause, afterDate, doc.date().value())) {
            return WritersViews.REASON;
        }
        if (RequestedLimits.isOne(mention, afterInSentence, doc.date().value())) {
            return RequestedLimits.REASON;
        }
        if (ExpectedTimes.isOne(mention, beforeInSentence, afterInSentence, doc.date().value())
                || PutOffTimes.isOne(mention, afterInSentence, doc.date().value())) {
            return ExpectedTimes.REASON;
        }
        if (DeadlinesToCome.isOne(mention, afterInSentence, doc.date().value(), sentenceDates)) {
            return DeadlinesToCome.REASON;
        }
        if (PlansInTheirMood.isOne(mention, afterInSentence, doc.date().value(), sentenceDates)) {
            return PlansInTheirMood.REASON;
        }
        if (ApproximateTimesToCome.isOne(mention, afterInSentence, doc.date().value())
                || GoalsToCome.isOne(mention, afterInSentence, doc.date().value())
                || GoalsToCome.isAnAim(mention, afterInSentence, doc.date().value())
                || OccasionsToCome.isOne(mention, afterInSentence, doc.date().value())
                || HorizonsToCome.isOne(mention, afterInSentence, doc.date().value())
                || OpenEndedTimesToCome.isOne(mention, afterInSentence, doc.date().value())
                || HeardPlans.isOne(mention, afterInSentence, doc.date().value(), sentenceDates)) {
            return VaguePlans.REASON;
        }
        if (sentenceHasVerb) {
            return "";
        }
        String sentenceText = sentence.of(text).strip();
        if (sentenceText.length() < 40 && !sentenceText.endsWith("。")
                && DATELINE_TAIL.matcher(text).region(expression.end(), sentence.end()).matches()) {
            return DATELINE;
        }
        return "";
    }

    /**
     * The text between two offsets without the line breaks a page's width put there (会期⏎は5月6日まで → 会期は5月6日まで):
     * the words the rules look for are read whole. Only a page's breaks ({@code pageWraps}, {@link PageWraps}' of the
     * document, found once by the extractor): a line of a paragraph a line that the splitter ran into the next is no
     * word going on.
     */
    private static String unwrapped(String text, int from, int to, List<Integer> pageWraps) {
        String part = text.substring(from, to);
        if (part.indexOf('\n') < 0 && part.indexOf('\r') < 0) {
            return part;
        }
        StringBuilder joined = new StringBuilder(part.length());
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            boolean wrap = (ch == '\n' || ch == '\r') && Collections.binarySearch(pageWraps, i) >= 0;
            if (wrap && ch == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                i++;
            } else if (!wrap) {
                joined.append(ch);
            }
        }
        return joined.toString();
    }

    /**
     * A previous period a change is counted from (前年度から0.4%引き下げる, 前月から3割増えた): the
     * base of the change, as 前年比 is. 4月から10%に引き上げる (a start, with the figure it goes to) is not.
     */
    private static boolean isBaseOfAChange(DateMention mention, String after) {
        return mention.text().startsWith("前") && CHANGE_FROM.matcher(after).lookingAt();
    }

    /**
     * A period whose start or end is the day written right after it (新年度が始まる4月1日から): the
     * day dates the happening, the period only names the day.
     */
    private static boolean namesTheDayAfterIt(String after, int expressionEnd, List<DateMention> sentence) {
        Matcher m = STARTS_OR_ENDS_AT.matcher(after);
        return m.lookingAt() && sentence.stream().anyMatch(d -> d.span().start() == expressionEnd + m.end()
                && d.value().map(v -> v.granularity() == Granularity.DAY).orElse(false));
    }

    /**
     * A period before の and a noun (年頭の記者会見, 2021年度の補正予算案) in a sentence that dates
     * something by a day (…を4日に開く): the day is the happening, the period a name for it.
     */
    private static boolean namesAThingTheSentencesDayDates(String after, DateMention mention, List<DateMention> sentence) {
        // 年度内の成立を目指す, 年内の実現: a time limit of something still to happen, not a name of the day's happening
        boolean limit = mention.text().endsWith("内") || mention.text().endsWith("中");
        boolean period = !limit && mention.value().map(v -> v.granularity() != Granularity.DAY).orElse(false);
        return period && NAMES_A_THING.matcher(after).lookingAt()
                && sentence.stream().anyMatch(m -> m != mention && m.value().map(v -> v.granularity() == Granularity.DAY).orElse(false));
    }

    /**
     * A year before の and the name of a recurring contest, prize or show (1964年の東京大会, 1970年の大阪万博),
     * which in turn says whose or what the sentence tells of (…大会の16個を上回り, …万博の熱気を, 2005年の愛知万博と):
     * the year says which edition, as 第18回 would; the sentence tells no happening of that year.
     */
    private static boolean namesAnEditionOfWhatTheSentenceTells(String after, DateMention mention) {
        return mention.text().endsWith("年") && mention.value().map(v -> v.granularity() == Granularity.YEAR).orElse(false)
                && EDITION_NAMING.matcher(after).lookingAt();
    }

    /**
     * の, a name (no case particle in it: 開催を目指す国際大会 is a deed's object, not a name), a word for an
     * edition of something held again and again, and after it another edition listed beside it (と2004年の),
     * a figure it owns (の16個) or a noun of it the rest of the sentence compares with now (の記録を上回った,
     * の熱気を取り戻したい, の活気を再び).
     */
    private static final Pattern EDITION_NAMING = Pattern.compile(
            "の[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー・A-Za-zＡ-Ｚａ-ｚ&&[^をがにでへはと]]{0,16}"
                    + "(大会|五輪|オリンピック|パラリンピック|W杯|Ｗ杯|ワールドカップ|万博|博覧会|選手権|賞|杯|サミット)"
                    + "(と[0-9０-９]|の[0-9０-９]|の[^。]*(上回|下回|超え|超す|並ぶ|並び|及ば|比べ|以来|再び|取り戻))");

    /**
     * What follows the day of a plan that did not go ahead: 予定していた / 予定だった said of it, no other
     * date or clause between (に予定していた花火大会を中止, に打ち上げる予定だったが…延期された), then its undoing in
     * the sentence or a but (予定だったが). Asked only where the sentence dates something else (the day the
     * plan was given up, or what was done instead): a sentence whose only date is the plan's tells its
     * undoing by that day (一般参賀は3日に予定されていたが、中止された: the greeting of the 3rd, cancelled).
     */
    private static final Pattern PLANNED_THEN_GIVEN_UP = Pattern.compile(
            "[^、。0-9０-９]{0,20}?予定(していた|されていた|だった)(が|(?:[^。0-9０-９]|[0-9０-９](?![0-9０-９]*[年月日時]))"
                    + "{0,30}?(中止|延期|見送|取りやめ|取り止め|見合わせ|断念|開かれず|行われず))");

    /**
     * A plan for a time still to come told as it was (来月上旬から摘み取りが始まる予定だった, 来年3月に開く計画だったが):
     * the plan is off, whether or not the sentence says what was done instead; nothing will happen then as planned.
     * Asked only of a time that has not begun by the article's day and names no day: a day so planned, gone or to
     * come, with no other date (式典は20日に予定されていたが、中止された) dates the news of its undoing, as
     * {@link #PLANNED_THEN_GIVEN_UP} reads it. No comma, full stop or other date
     * between, and 予定 or 計画 told in the past ending the sentence or before が.
     */
    private static final Pattern PLANNED_AS_IT_WAS = Pattern.compile(
            "(?:" + VaguePlans.NO_COMMA_NOR_DATE + "){0,30}?(予定|計画)(していた|されていた|だった)(が|。|$)");

    /**
     * The date told as the last time (改憲が認められたのは1977年が最後で, 優勝は1985年が最後だ): as with 以来, the base of
     * the run of years without it the sentence goes on to, not a happening the article reports. Not が最後の (1977年が最後の
     * 優勝となった tells the win), nor 初めて (今年3月22日が初めてで: the first time, which the writers keep).
     */
    private static final Pattern LAST_OCCASION = Pattern.compile("が最後(で|だ|と|。|$)");

    /**
     * から and the count of a first in years right after the date, naming a noun (前回の2019年から4年ぶりの開催, 昨年3月から
     * 約1年半ぶりの再開): the last time before, as with 以来; not a deed started on the date (只見線は1日から11年ぶりに全線で
     * 運転を再開した: the day it resumed).
     */
    private static final Pattern YEARS_SINCE_IT = Pattern.compile(
            "から、?約?[0-9０-９一二三四五六七八九十]+(年|か月|カ月|ヶ月|日|週間)半?ぶりの");

    /**
     * A deed in て form, then 以来 and a comma (侵攻を始めて以来、大統領が…のは初めてだ): the clause of the date closes at it
     * and the date dates that deed (decision 0005's addendum on a deed told as the start of what follows).
     */
    private static final Pattern DEED_SINCE = Pattern.compile("[^、。0-9０-９]{0,30}?[てで]以来、");

    /**
     * What follows the last time before a first in years: 以来 with no comma, full stop or other date before it
     * (1989年以来, 1956年の平安以来, 2009年に政権を奪われて以来), then the count or the first it is the base of
     * (…ぶり, 初めて, 2回目, 2例目, 途絶えている) or the sentence's end (以来となる, 以来だ, 以来。, 以来で、, 以来という).
     * Not 以降, nor a deed in て form and 以来 with a comma ({@link #DEED_SINCE}: 侵攻を始めて以来、), nor 以来 going on
     * to what has been done since (2019年に就任して以来、増収を続けている).
     */
    private static final Pattern LAST_TIME = Pattern.compile(
            "[^、。0-9０-９]{0,30}?以来、?([^。]{0,12}?(ぶり|初め|初の|初と|回目|度目|例目|途絶え)|となる|となった|だ|で[、。]|という|。|$)");

    /**
     * 以降で or 以降では, then the count of times since (消費税が導入された1989年以降では3回目となる, 2000年以降で初めて): as
     * with 以来, the start of the count, not a happening. Not 以降 and a comma (4月以降、3回目の会合を開いた: from then on,
     * read as から), nor 以降 before a noun (4月以降の3回目).
     */
    private static final Pattern COUNTED_SINCE = Pattern.compile(
            "[^、。0-9０-９]{0,30}?以降では?[^、。]{0,6}?([0-9０-９一二三四五六七八九十]+(回目|度目|例目|人目|件目)|初めて|初の)");

    /** A character before 以来 that is neither a topic, an object, a comma nor a date: a count may be there (85人). */
    static final String NEITHER_TOPIC_NOR_DATE = "(?:[^、。はを0-9０-９]|[0-9０-９](?![0-9０-９]*[年月日]))";

    /** The last character of an occasion's noun or bracket (独立, 「キャンプ・ファイア」). */
    private static final String OCCASION_END = "[\\p{IsHan}\\p{IsKatakana}ー」』）)]";

    /**
     * An occasion the date names and 以来, whatever follows (1960年の独立以来、4回のクーデターが成功しており, 10月7日の攻撃以来、
     * 緊張が高まっている, 2018年11月に85人が死亡した「キャンプ・ファイア」以来の規模): the occasion is the base of what has
     * gone on or been counted since, as in {@link #LAST_TIME}; all ten development sets' writers keep such a date off
     * the timeline. No comma, full stop or other date before 以来 (a count, 85人, may be there), and a noun or a
     * bracket right before it: a deed in て form (就任して以来、工場を三つ建てた) is {@link #LAST_TIME}'s or the deed's.
     * No topic or object between (は, を), nor a setting of the date's own (10日の会見で首相は震災以来…: the press
     * conference's day). After に the date dates a deed: the occasion is that deed's only when the clause ends on it,
     * an attributive verb right before the occasion's noun or bracket (死亡した「キャンプ・ファイア」以来); otherwise the
     * date is the sentence's deed's own day (県は2月に震災以来休止していた路線を再開した, 市は20日に合併以来の懸案だった
     * 新庁舎を開いた, 首相は10日に開かれた式典で震災以来の歩みを振り返った: read again the same night).
     */
    private static final Pattern OCCASION_SINCE = Pattern.compile(
            "(?!に)(?!の[^、。]{0,40}?で)" + NEITHER_TOPIC_NOR_DATE + "{0,40}?" + OCCASION_END + "以来"
                    + "|に" + NEITHER_TOPIC_NOR_DATE + "{0,40}?[たるだ][\\p{IsHan}\\p{IsKatakana}ー・「『（(]*" + OCCASION_END
                    + "以来");

    /**
     * What follows the start of a state told as going on since: から and, before any comma, full stop or other
     * date, a verb of going on (から続く, から続いた, から続けてきた) or a deed told as done up to now (2014年度から
     * 開発が進められてきた). Not a start told as a deed (4月から運用を始めた) nor a state told without one
     * (2019年7月から休館していた: the writers keep the closure's day), nor one before what it goes on as (2月24日から
     * 始めた侵攻が続いている: the invasion's first day). Known weakness: a start the article reports as
     * news is taken too (10日から続く抗議デモ: the protests' first day); the development sets' were all years or months
     * before the article.
     */
    private static final Pattern GONE_ON = Pattern.compile("(ごろ|頃)?から(?:(?!始)[^、。0-9０-９]){0,20}?(続く|続いた|続いて|続け|てきた)");

    /** What a date compared with is followed by: 前月の約2倍, 2019年同月の約5割, 前年を上回った, 半年前に比べ, 13年度比, 昨年と比べて. */
    private static final Pattern COMPARISON = Pattern.compile(
            "(度|同期|同月)?(比|に比べ|に比し|と比べ|と比較|を上回|を下回|並み|の(約|ほぼ)?[0-9０-９.．]+(倍|割))");
    /** What makes a date the end of a count of time: 2日で37日目, 28日で3週間, 3日で100日となった; 今年も残すところあと1日. */
    private static final Pattern COUNT_OF_TIME = Pattern.compile(
            "で(約)?[0-9０-９一二三四五六七八九十百]+(日目|週間|カ月|か月|ヶ月|年目|周年|年|日(?=[とをに、。]))|[もは](残すところ|残り)");
    /**
     * の and a noun that the sentence's predicate is about (年頭の記者会見を, 来年の大発会は, 今年の取引が), or
     * the setting of what it then says, set off by a comma or a quote (年末の記者会見で「…」と述べた):
     * not one that a clause of its own modifies (2月の会合で決めた方針: the meeting is a happening).
     */
    private static final Pattern NAMES_A_THING = Pattern.compile(
            "の([\\p{IsHan}\\p{IsKatakana}ー・]{1,12}の){0,2}[\\p{IsHan}\\p{IsKatakana}ー・]{1,12}([をはがも]|で[、「])");
    /** A change counted from a date: から and the amount (前年度から0.4%引き下げる), no に of what it goes to. */
    private static final Pattern CHANGE_FROM = Pattern.compile("から、?(約)?[0-9０-９][0-9０-９.．]*(%|％|割|ポイント|円|倍)(?!に)");
    /** A period said to begin or end at what follows it: 新年度が始まる, 連休の明ける. */
    private static final Pattern STARTS_OR_ENDS_AT = Pattern.compile("[がの](始まる|始まった|明ける|明けた|終わる|終わった)");

    /**
     * Whether a report is dated by the day of a paper's edition: 付 or の and the edition, its page or its leader after
     * the day (5日の朝刊, 16日付の朝刊, 8日付の社説, 14日付の1面, 4日の夕刊の社会面); not 4月1日付で (the day an appointment
     * or a rule takes effect). Such a report is a happening of its own (the paper's coverage, as the writers of sets
     * eleven on key it; decision 0042's addendum of 2026-12-18), but no deed whose day the sentences after it take.
     */
    static boolean isAPapersEdition(String text, Report report) {
        TextSpan expression = report.source().expression();
        TextSpan sentence = report.source().sentence();
        return !report.source().dateCarried() && expression.end() <= sentence.end()
                && EDITION_OF_A_PAPER.matcher(text).region(expression.end(), sentence.end()).lookingAt();
    }

    /**
     * Whether a report is a deed whose day the sentences after it may take: on the timeline, and not a paper's report on
     * its edition's day ({@link #isAPapersEdition}), asked by the rules of decision 0042 alike.
     */
    static boolean aDeedWhoseDayIsTaken(String text, Report report) {
        return !report.source().isBackground() && !isAPapersEdition(text, report);
    }

    private static final Pattern EDITION_OF_A_PAPER = Pattern.compile(
            "(付け?の?|の)(" + NewspaperPages.EDITION + "|社説|紙面|[0-9０-９一]面|" + NewspaperPages.PAGE + ")");

    /** What a dateline has after its date: a clock time, a weekday, 更新, and a clipping's 付, edition and page (夕刊 1面, 地方版, 社会面). */
    private static final Pattern DATELINE_TAIL = Pattern.compile(
            "(?:[\\s）)】\\]」（(0-9０-９:：時分秒午前後月火水木金土日曜更新配信]|付け?|" + NewspaperPages.EDITION + "|[^\\s\\d]{1,4}版|第?[0-9０-９]{1,2}面|"
                    + NewspaperPages.PAGE + ")*");
}
