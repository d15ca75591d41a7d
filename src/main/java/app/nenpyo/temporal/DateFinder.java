package app.nenpyo.temporal;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.DateMention.Confidence;
import app.nenpyo.domain.DateMention.Flag;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the Japanese date expressions of a text and resolves them against the document date.
 *
 * <pre>
 *   find("カザフスタンで今月2日、…", 2022-01-11)   → 今月2日 [6,10) 2022-01-02  (EXACT_RELATIVE, DOCUMENT)
 *   find("協議は10日に始まり…", 2022-01-11)         → 10日 2022-01-10            (INFERRED: month of the document)
 *   find("28日に発表した", 2022-01-10)              → 28日 2021-12-28            (INFERRED, leaning to the past)
 *   find("来月4日に行われる", 2022-01-11)           → 来月4日 2022-02-04
 *   find("2日から10日まで", 2022-01-11)             → one mention, 2022-01-02/2022-01-10
 *   find("10日からの協議", 2022-01-11)              → 10日 2022-01-10, open end (the span is 10日)
 *   find("同日夜", …)                              → the previous date in the text, PART_OF_DAY
 *   find("3日間", …)                               → kind DURATION, no value
 *   find("2月30日", …)                             → no value, reason "… has 28 days"
 * </pre>
 *
 * <p>Spans are UTF-16 indices into the given text; {@code mention.text()} is exactly the spanned
 * characters of the original (full-width digits stay full-width). Mentions come in text order and
 * never overlap. The finder holds no state: one instance can serve several threads.
 *
 * <p>Day-only and month-only dates take the reading nearest the document date, weighed by the
 * tense of their sentence ({@link TenseCues}, {@link Resolver}); relative words that refer back
 * (同日, 翌日, 前年, その2日後) use the previous resolved date in the text, else the document date
 * with a lower confidence. Known weaknesses are listed on {@link ExpressionScanner} and
 * {@link TenseCues}.
 */
public final class DateFinder {
    private final Resolver resolver = new Resolver();

    /** Splits sentences itself: after 。！？!? and at line breaks. */
    public List<DateMention> find(String text, LocalDate documentDate) {
        Objects.requireNonNull(text, "text");
        // a break wrapped inside a date (停戦合意が1⏎9日、発効した。) ends no sentence
        return find(text, documentDate, Sentences.split(WrappedBreaks.unbroken(text)));
    }

    /**
     * With the sentence spans of the ingest layer (they bound the tense cues and the month context
     * of day-only dates). Text outside every sentence is scanned as one more sentence each gap.
     */
    public List<DateMention> find(String text, LocalDate documentDate, List<TextSpan> sentences) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(sentences, "sentences");
        char[] c = Chars.normalize(text);
        Reading reading = new Reading(text, documentDate, c);
        int from = 0;
        for (TextSpan s : Sentences.cover(sentences, c.length)) {
            if (s.start() < from) {
                continue;
            }
            int end = Math.min(s.end(), c.length);
            reading.sentence(s, end);
            from = end;
        }
        CountsOntoADate.apposed(reading.out, text);
        return reading.out;
    }

    /**
     * One text read sentence by sentence, with what the dates told so far lend the next ones. A
     * class of small methods rather than one loop in {@link #find}: the JIT compiled that loop of
     * 1,500 bytecodes twice (on the stack and whole), about 30 kB of machine code each time.
     */
    private final class Reading {
        private final String text;
        private final LocalDate documentDate;
        private final char[] c;
        private final WrappedBreaks wrapped;
        private final UnwrappedTense tenses;
        private final boolean[] skip;
        private final ExpressionScanner scanner;
        private final List<DateMention> out = new ArrayList<>();
        private TimeValue previous;
        private final DayAntecedent dayTold = new DayAntecedent();
        // 昨年12月の指数（2020年＝100）は…前年同月に比べ: 同月 is of the last date told with its month, not of a year
        private TimeValue previousWithAMonth;
        // 23日夜、…開会式が行われた。開会式は午後8時に始まり: a time without its day is on the story's day
        private final DayOfATime dayOfATime = new DayOfATime();
        private final Paragraphs paragraphs;
        private final List<Told> told = new ArrayList<>();
        // the last date told with a time of day, and where it ends: 約2時間後 counts from it within its paragraph
        private TimeValue lastTimeOfDay;
        private int lastTimeOfDayEnd;
        // where the last date ends: a day told after the last time of day (7日に再開され、その2時間後) is not of it
        private int lastDateEnd;

        // the sentence being read, and where it ends in the text
        private TextSpan s;
        private int end;
        // the date with a written month a later day alone in the sentence takes its month from
        private LocalDate sentenceMonthDate;
        private int sentenceMonthEnd;
        // a written year puts that date in the narrative of the one its clause ends on (2021年4月1日に入社した男は10日に)
        private boolean sentenceMonthHasYear;
        // a year written in figures or an era (2011年3月11日に起きた事故について、…12日、) keeps even a lead's frame in its time
        private boolean sentenceMonthYearWritten;
        // a month alone made the topic's time (3月の警報は、16日夜の地震で): its month, and where the day it lends to begins
        private YearMonth topicMonth;
        private int topicDayAt;
        private TimeValue previousInSentence;
        /** The last single day told in the sentence, with where it ends, or null. */
        private TimeValue dayInSentence;
        private int dayInSentenceEnd;
        /**
         * The latest single day the sentence told, written without its year, no bound of a period, where it ends; and
         * whether its days were listed (1日、3日、5日に), which names no one day of the story.
         */
        private TimeValue latestDayInSentence;
        private int latestDayInSentenceEnd;
        private boolean daysListed;
        /**
         * The latest single day the sentence before told, in the same paragraph, when it is no limit, no plan, written
         * without its year and of the week before the article's, and its days were not listed (past sentences of the
         * paragraph telling no date at all, the one such a sentence had); or null.
         */
        private TimeValue dayOfTheSentenceBefore;
        // the last day alone in the sentence (4～7日): a later one (8日) goes on in the month it was read in
        private TimeValue dayBefore;
        // where the last recurring date ended: 毎年3月11日と8月6日 comes back on both
        private int recurringEnd;
        // the year a clause is set in (来年のAPECは, 2019年にも、): a month after it in the sentence is of that year
        private Integer yearOfTheClause;
        private int endOfTheYearsClause;
        // the month of the last date told with its year in the sentence, and where it ended (2019年2月と7月)
        private YearMonth listedMonth;
        private int listedMonthEnd;

        Reading(String text, LocalDate documentDate, char[] c) {
            this.text = text;
            this.documentDate = documentDate;
            this.c = c;
            this.wrapped = WrappedBreaks.join(c);
            this.tenses = UnwrappedTense.of(c);
            this.paragraphs = new Paragraphs(c);
            this.skip = Urls.mask(c);
            this.scanner = new ExpressionScanner(c, documentDate);
        }

        /** Whether {@code span} holds nothing but spaces and line breaks (the gap a line break leaves between sentences). */
        private boolean blank(TextSpan span) {
            for (int k = span.start(); k < span.end() && k < c.length; k++) {
                if (!Character.isWhitespace(c[k]) && c[k] != '\u3000') {
                    return false;
                }
            }
            return true;
        }

        /** The dates of one sentence, {@code sentenceEnd} within the text. */
        void sentence(TextSpan sentence, int sentenceEnd) {
            TextSpan sentenceBefore = s;
            boolean toldNoDate = previousInSentence == null;
            s = sentence;
            end = sentenceEnd;
            sentenceMonthDate = null;
            sentenceMonthEnd = -1;
            sentenceMonthHasYear = false;
            sentenceMonthYearWritten = false;
            topicMonth = null;
            topicDayAt = -1;
            previousInSentence = null;
            // スーパーは6日、販売を始めた。開店前の午前8時ごろには: a time without its day may be on the one day the
            // sentence right before it told, in its paragraph, of the days just before the article's
            // 11日、…王座を奪取した。これで八冠となった。対局は午前9時に始まり: a sentence telling no date moves the story
            // to no other day, so the day before it holds on, in its paragraph
            TimeValue heldOn = toldNoDate && sentenceBefore != null && !blank(sentenceBefore)
                    && !paragraphs.breakBetween(sentenceBefore.start(), s.start()) ? dayOfTheSentenceBefore : null;
            dayOfTheSentenceBefore = latestDayInSentence != null && !daysListed && !paragraphs.breakBetween(latestDayInSentenceEnd, s.start())
                    && DayOfATime.justBefore(latestDayInSentence, documentDate) ? latestDayInSentence : heldOn;
            dayInSentence = null;
            latestDayInSentence = null;
            daysListed = false;
            dayBefore = null;
            recurringEnd = -1;
            yearOfTheClause = null;
            endOfTheYearsClause = -1;
            listedMonth = null;
            listedMonthEnd = -1;
            int i = s.start();
            while (i < end) {
                if (skip[i]) {
                    i++;
                    continue;
                }
                Expr e = scanner.at(i);
                if (e == null || e.end > c.length || e.goldenWeekBySeason && !inGoldenWeeksSeason(documentDate)) {
                    i++;
                    continue;
                }
                if (e.recurring || recurringEnd >= 0 && i == recurringEnd + 1 && "と、・や".indexOf(c[recurringEnd]) >= 0
                        && plainDay(e)) {
                    recurringEnd = e.end;
                    i = Math.max(e.end, i + 1);
                    continue;
                }
                read(e);
                i = Math.max(e.end, i + 1);
            }
        }

        /**
         * The day a day word counts from: the document's, or, for one quoted after a day told earlier in its sentence
         * that dates the saying ({@link SayingsDay}), that day's (同日夜のテレビ演説で「フランスは今夜、より美しい」と
         * 述べた: the night of the speech, not of the paper; 10日の会見で「あすにも発表する」と: the 11th); not a day of
         * what is spoken about (20日に予定される首脳会談について「あす…」), nor one after the document's.
         */
        private LocalDate dayOfTheSaying(Expr e) {
            boolean dayWordAlone = e.dayMode == Expr.DOC && e.monthMode == Expr.NONE && e.yearMode == Expr.NONE && e.relUnit == 0
                    && e.weekMode == Expr.NONE;
            if (!dayWordAlone || dayInSentence == null || dayInSentence.start().isAfter(documentDate)
                    || !SayingsDay.dates(c, dayInSentenceEnd)) {
                return documentDate;
            }
            int open = -1;
            for (int k = dayInSentenceEnd; k < e.start; k++) {
                if (c[k] == '「') {
                    open = k;
                } else if (c[k] == '」') {
                    open = -1;
                }
            }
            return open >= 0 ? dayInSentence.start() : documentDate;
        }

        /** The days told so far, as single days, in text order. */
        private List<LocalDate> daysTold() {
            return told.stream().map(Told::day).filter(v -> v.start().equals(v.end())).map(TimeValue::start).toList();
        }

        /**
         * The days told so far a story went through since the last year, month or period told (昨年7月13日に開幕した。今年は
         * 開幕日の13日に: none), not a bound of a period (会期は10月13日までの184日間).
         */
        private List<LocalDate> daysOfTheStoryTold() {
            List<LocalDate> days = new ArrayList<>();
            for (Told t : told) {
                if (!t.day().start().equals(t.day().end())) {
                    days.clear();
                } else if (!DayOfATime.aLimit(c, t.end())) {
                    days.add(t.day().start());
                }
            }
            return days;
        }

        /** One date expression of the sentence, resolved with what was told before it and told to the next. */
        private void read(Expr e) {
            TimeValue edgeDay = e.edgeOfAHappening == 0 ? null : dayOfTheHappeningsEdge(c, e, told, documentDate);
            if (e.edgeOfAHappening != 0 && edgeDay == null) {
                // 定例会最終日の本会議で with no day told for 定例会: the word names no day the text gave
                return;
            }
            if (e.relUnit == Expr.MINUTES && (lastTimeOfDay == null || lineBreakBetween(c, lastTimeOfDayEnd, e.start)
                    || lastDateEnd > lastTimeOfDayEnd)) {
                // 2時間後 with no time of day told in its paragraph, or a day told since without one: how long, as before
                e.kind = DateMention.Kind.DURATION;
                e.relUnit = 0;
            }
            if (e.relUnit != 0 && e.relUnit != Expr.MINUTES && !e.relToPrevious && previousInSentence != null) {
                // 逮捕され、2日後に釈放された: counted from the date before it in the sentence
                e.relToPrevious = true;
            }
            if (e.fromNow && previousInSentence != null && previousInSentence.start().equals(previousInSentence.end())
                    && Chars.at(c, lastDateEnd, "、")) {
                // 政府は26日、今後2週間は中止を求めた: now is the day the sentence tells it was said, its topic's day
                // right before a comma; not a day of another clause (上陸した5日以降、…今後1週間: TenseCues' lead
                // date, which passes over any kanji after the day, would take it)
                e.dayMode = Expr.PREV;
            }
            if (yearOfTheClause != null && e.start < endOfTheYearsClause && takesTheClausesYear(e)) {
                e.yearMode = Expr.ABS;
                e.year = yearOfTheClause;
                e.era = null;
                e.twoDigitYear = false;
            }
            Integer countedYear = e.monthMode == Expr.ABS && !e.hasYear() ? YearCountedBefore.of(c, e.start, documentDate) : null;
            if (countedYear != null) {
                // 2年前の9月26日: the year the count gives, not the one nearest the article
                e.yearMode = Expr.ABS;
                e.year = countedYear;
                e.era = null;
                e.twoDigitYear = false;
            }
            int join = e.start - listedMonthEnd;
            boolean aMonthAlone = listedMonth != null && e.monthMode == Expr.ABS && !e.hasYear() && !e.recurring && join > 0;
            // 2019年2月と7月, 昨年3月、10月: a month listed right after one told with its year is of that year, or
            // of the next when it comes earlier in the calendar (昨年12月と1月)
            boolean listed = aMonthAlone && join <= 3 && LIST_JOINS.contains(new String(c, listedMonthEnd, join));
            // 2021年9月28日に辞任し、後任が10月1日付で就いた: a month alone soon after one told with its year goes on
            // in that story (2021), not in the year nearest the article; not after a deadline (来年1月までに行えば
            // よかったが、5月下旬に), nor after a clause told done that names the topic (2023年12月に就任した山田市長は、
            // 3月に), nor as a time to come after a year before the article's (…就任した市長は3月の議会で提出する)
            boolean storyGoesOn = aMonthAlone && goesOnInTheYearOf(listedMonth, e) && !Chars.at(c, listedMonthEnd, "まで")
                    && !onANounBetween(c, listedMonthEnd, e.start, false)
                    && !headlineRunningOn(c, s.start(), listedMonthEnd, e.start)
                    && !(listedMonth.getYear() < documentDate.getYear()
                            && pointsAhead(tenses.after(endOfTheList(c, e, scanner, end), end)));
            if (listed || storyGoesOn) {
                e.yearMode = Expr.ABS;
                e.year = e.month >= listedMonth.getMonthValue() ? listedMonth.getYear() : listedMonth.getYear() + 1;
                e.era = null;
                e.twoDigitYear = false;
            }
            Lean tense = tenses.after(endOfTheList(c, e, scanner, end), end);
            boolean figures = ReportedPeriods.namesFigures(e, c);
            Lean lean = ReportedPeriods.isOne(e, figures) ? ReportedPeriods.lean(e, tense) : FiguresOfADay.recorded(e, c) ? Lean.PAST : tense;
            boolean dayOnly = e.dayMode == Expr.ABS && e.monthMode == Expr.NONE && !e.hasYear();
            // 3月11日に逮捕され、13日に起訴 and 3月15日の会見で、2日に発表した計画: March; but told after it
            // (2月24日に始まり、2日で…) a day before it is not in its month, nor a day of the lines after a
            // headline's date that runs on into them for want of a 。
            boolean inSentenceMonth = dayOnly && sentenceMonthDate != null
                    && (e.day >= sentenceMonthDate.getDayOfMonth() && !(sentenceMonthHasYear && newsOfAnOldHappening(c, sentenceMonthDate, documentDate, sentenceMonthEnd, e))
                        || !toldAfter(c, sentenceMonthEnd, e.start) && !leadsDayAfterAHappening(c, sentenceMonthEnd, e.start, e.end))
                    && !onANounBetween(c, sentenceMonthEnd, e.start, sentenceMonthHasYear)
                    && !(toldInAFrame(c, sentenceMonthEnd, e.start) && !sentenceMonthYearWritten)
                    && !headlineRunningOn(c, s.start(), sentenceMonthEnd, e.start);
            boolean laterThanDayBefore = dayOnly && dayBefore != null && e.day > dayBefore.end().getDayOfMonth();
            boolean countsFromADay = e.dayMode == Expr.PREV || e.relUnit != 0 && e.relUnit != Expr.MINUTES;
            // 事件の翌年1月: the year or month of what it names, told with a date of any kind
            boolean countsFromAYearOrMonth = e.yearMode == Expr.PREV || e.monthMode == Expr.PREV;
            TimeValue named = countsFromADay || countsFromAYearOrMonth
                    ? dateOfNamed(c, e.start, told, scanner, countsFromADay) : null;
            if (named != null && e.relUnit != 0) {
                // 慰霊祭の2日後: counted from the day of what it names, not from the document's
                e.relToPrevious = true;
            }
            // 同日, 翌日, その2日後: from the day of the happening told last, not from any date written since
            boolean fromADay = e.dayMode == Expr.PREV || e.relToPrevious && e.relUnit == 'd';
            // 28日に開き、その2日後に: in the sentence of the day before it, that day, planned or not, or the days (10日から
            // 12日まで開かれ、翌日: from the last); but not a year, a month or a period told since that day (19日、…2014年
            // から2018年にかけて…と発表し、同日付で: the 19th)
            boolean widerSinceADay = previousInSentence != null && previousInSentence.granularity() != Granularity.DAY
                    && dayInSentence != null;
            TimeValue antecedent = named != null ? named : fromADay && widerSinceADay ? dayInSentence
                    : fromADay && previousInSentence == null ? dayTold.or(previous, lean, c, s, paragraphs)
                    : e.monthMode == Expr.PREV && previousWithAMonth != null ? previousWithAMonth : previous;
            if (edgeDay != null) {
                antecedent = edgeDay;
            }
            if (e.dayAfterPrevious && e.dayMode == Expr.ABS && named == null) {
                // 翌13日: the day after a day told before it whose next day is the 13th, not after the day told last
                LocalDate dayBefore = DayNamedBeside.toldDayBeside(e.day, 1, daysTold());
                if (dayBefore != null) {
                    antecedent = TimeValue.day(dayBefore);
                }
            }
            // 2カ月後の1日: the month the count before it gives
            YearMonth countedMonth = countedMonthBefore(out, text, e, dayOnly);
            // 前日の5日: the month of the day it is beside, not of a date written earlier in the sentence
            YearMonth besideMonth = dayOnly ? DayNamedBeside.month(c, e.start, e.day, this::daysTold, this::daysOfTheStoryTold, documentDate) : null;
            YearMonth monthOfTheTopic = dayOnly && e.start == topicDayAt && topicMonth.isValidDay((int) e.day)
                    && TopicsMonth.lends(topicMonth, c, e.end, end, lean, documentDate) ? topicMonth : null;
            Resolver.Context ctx = new Resolver.Context(dayOfTheSaying(e), lean, antecedent, dayOfATime.day(previousInSentence,
                    e.kind == DateMention.Kind.TIME ? dayOfTheTopic(c, s.start(), e.start, told) : null, dayOfTheSentenceBefore,
                    e.kind == DateMention.Kind.TIME && tenses.timeAhead(endOfTheList(c, e, scanner, end), end), documentDate),
                    besideMonth != null ? besideMonth : countedMonth != null ? countedMonth : monthOfTheTopic != null ? monthOfTheTopic
                            : inSentenceMonth ? monthLent(sentenceMonthDate, e, lean) : null,
                    laterThanDayBefore ? YearMonth.from(dayBefore.end()) : null, lastTimeOfDay);
            Resolver.Result r = resolver.resolve(e, ctx);
            LocalDate laterClause = (lean == Lean.FUTURE || lean == Lean.LEANING_FUTURE) && !e.hasYear()
                    ? TenseCues.laterClauseAheadOfNow(c, endOfTheList(c, e, scanner, end), end, documentDate) : null;
            if (laterClause != null && r.value() != null && !r.value().start().isBefore(laterClause)) {
                // 七尾の両親は3月に仮設住宅に入居し、来月には修理が始まる (1 July): March to come would follow August's
                // repairs, so the chain's first deed is the March gone
                r = resolver.resolve(e, new Resolver.Context(ctx.document(), Lean.PAST, ctx.previous(), ctx.dayOfATime(),
                        ctx.sentenceMonth(), ctx.monthOfDayBefore(), ctx.lastTimeOfDay()));
            }
            EnumSet<Flag> flags = r.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(r.flags());
            if (figures) {
                flags.add(Flag.FIGURES_PERIOD);
            }
            if (r.confidence() == Confidence.INFERRED && lean != Lean.NEUTRAL) {
                flags.add(lean.past() ? Flag.PAST_CUE : Flag.FUTURE_CUE);
            }
            int start = wrapped.start(e.start);
            int stop = wrapped.end(e.end);
            out.add(new DateMention(text.substring(start, stop), new TextSpan(start, stop), e.kind,
                    Optional.ofNullable(r.value()), Optional.ofNullable(r.anchor()),
                    r.anchorKind(), r.confidence(), r.reason(), flags));
            if (r.value() != null) {
                dayOfATime.told(r.value(), e, c, documentDate);
            }
            if (r.value() != null && r.value().startTime() != null) {
                lastTimeOfDay = r.value();
                lastTimeOfDayEnd = e.end;
            }
            if (r.value() != null && e.kind == DateMention.Kind.DATE && !japanTimeGloss(c, e, lastDateEnd, previousInSentence)) {
                lastDateEnd = e.end;
                previous = r.value();
                if (withinAMonth(r.value())) {
                    previousWithAMonth = r.value();
                }
                previousInSentence = r.value();
                if (r.value().start().equals(r.value().end())) {
                    daysListed |= dayInSentence != null && listedAfter(c, dayInSentenceEnd, e.start)
                            && r.value().start().isAfter(dayInSentence.start());
                    dayInSentence = r.value();
                    dayInSentenceEnd = e.end;
                    if (!e.hasYear() && !DayOfATime.aLimit(c, e.end) && !r.value().start().isAfter(documentDate)
                            && (latestDayInSentence == null || r.value().start().isAfter(latestDayInSentence.start()))) {
                        latestDayInSentence = r.value();
                        latestDayInSentenceEnd = e.end;
                    }
                }
                // 来年1月末までに完了する。…同日, 10月末の時点で…と発表した。…発表の翌日: a month's end named as an
                // edge is no day a happening was told on
                boolean edge = e.monthPart == Expr.MONTH_LAST_DAY;
                if (!edge) {
                    dayTold.told(r.value(), lean, s, c, e.end, documentDate);
                }
                if (e.monthMode != Expr.NONE && e.hasDay() && e.to == null) {
                    sentenceMonthDate = r.value().start();
                    sentenceMonthEnd = e.end;
                    sentenceMonthHasYear = e.hasYear();
                    sentenceMonthYearWritten = e.yearMode == Expr.ABS;
                }
                // not a business year's (2024年3月期の決算は、14日に): a period of accounts, no month of a day
                boolean aMonth = e.hasMonth() && !e.hasDay() && e.to == null && e.monthPart == 0 && !e.fiscal && !e.periodEndingMonth
                        && !e.halfEndingMonth;
                int dayAt = aMonth ? TopicsMonth.dayAfterItsTopic(c, e.end, end) : -1;
                if (dayAt >= 0) {
                    topicMonth = YearMonth.from(r.value().start());
                    topicDayAt = dayAt;
                }
                dayBefore = dayOnly ? r.value() : null;
                boolean monthWithItsYear = e.hasYear() && e.monthMode != Expr.NONE && e.to == null && !e.fiscal;
                listedMonth = monthWithItsYear ? YearMonth.from(r.value().start()) : null;
                listedMonthEnd = e.end;
                if (r.value().granularity() == Granularity.YEAR && e.to == null && !e.fiscal && setsTheClause(c, e.end, end)) {
                    yearOfTheClause = r.value().start().getYear();
                    endOfTheYearsClause = endOfTheClause(c, e.end, end);
                }
                told.add(new Told(s, e.start, e.end, r.value(), edge));
            }
        }
    }

    /**
     * Whether a date ({@code c} normalised: brackets and commas half-width) is Japan's day given in brackets
     * after the local day just told (12日（日本時間13日）、
     * 8日夜（日本時間9日未明）): a gloss, so that 同日 and 翌日 after it count from the local day the
     * sentence tells, as a foreign report's writer means them. Japan's day told alone stays a date like any.
     */
    private static boolean japanTimeGloss(char[] c, Expr e, int lastDateEnd, TimeValue previousInSentence) {
        if (!e.japanTime || previousInSentence == null || e.start == 0 || c[e.start - 1] != '(') {
            return false;
        }
        int gap = e.start - 1 - lastDateEnd;
        if (gap < 0 || gap > GLOSS_GAP) {
            return false;
        }
        for (int k = lastDateEnd; k < e.start - 1; k++) {
            if ("、。,\n".indexOf(c[k]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** How many characters (夜, 午後8時) may stand between the local day and the bracket of Japan's. */
    private static final int GLOSS_GAP = 8;

    /** Whether a date lies within one month of the calendar: a day, a week, a month or a part of it. */
    private static boolean withinAMonth(TimeValue v) {
        return YearMonth.from(v.start()).equals(YearMonth.from(v.end())) && v.granularity() != Granularity.RANGE;
    }

    /**
     * Whether 大型連休 alone means Golden Week in a text of that date: from March to June, when it is
     * planned for or looked back on; in winter it is the year's turn, in summer お盆 or another.
     */
    private static boolean inGoldenWeeksSeason(LocalDate documentDate) {
        return documentDate.getMonthValue() >= 3 && documentDate.getMonthValue() <= 6;
    }

    /** Days told that a name before a relative date is looked for with: a few paragraphs' worth. */
    private static final int NAMED_LOOKBACK = 40;
    /** Whether a sentence's lean points to what is coming, firmly or only tipping the balance. */
    private static boolean pointsAhead(Lean lean) {
        return lean == Lean.FUTURE || lean == Lean.LEANING_FUTURE;
    }

    /** How many months after a month told with its year a month alone may lie and still go on in its story. */
    private static final int MONTHS_A_STORY_GOES_ON = 6;

    /**
     * Whether a month told alone later in the sentence is at most half a year after the month told with its
     * year (2021年9月28日に辞任し、10月1日付で: October, one month on): news leaves out a year it has just
     * written. Further on (昨年3月に決め、10月に値上げした) a month alone is as often this year's, and is read as
     * any month alone.
     */
    private static boolean goesOnInTheYearOf(YearMonth before, Expr e) {
        int monthsOn = Math.floorMod((int) e.month - before.getMonthValue(), 12);
        return monthsOn <= MONTHS_A_STORY_GOES_ON;
    }

    /** What joins the items of a list of dates: 2月と7月, 3月、10月, 3月・10月, 3月や10月, 3月および10月. */
    private static final Set<String> LIST_JOINS = Set.of("と", "、", "・", "や", "及び", "および");

    /** A date told in the text: the sentence it is in, where it is written, and the date. */
    private record Told(TextSpan sentence, int at, int end, TimeValue day, boolean edge) {

        boolean oneDay() {
            return !edge && day.start().equals(day.end());
        }
    }

    /**
     * The day of what a relative date names, when it names something told earlier with its day:
     * 東芝は28日に定時株主総会を開く。…株主の投票結果は、総会の翌日に公表される。 → 翌日 counts from
     * the 28th (the day told with 総会), not from the last date in the text (今月 in between); and
     * 1987年に…殺害された「北沢事件」で、…。北沢さんは事件の翌年1月に → January 1988; 8日に拘束された。…拘束から
     * 約1週間後に → the 15th. The name is the run of kanji or katakana before の or から (two to eight of them, not
     * itself a date), okurigana inside
     * it kept (打ち上げの翌年); the latest sentence that has it and a date (a day, for a count of
     * days), among the last {@value #NAMED_LOOKBACK} dates told, gives the date written in the
     * clause before the name (2014年12月に…から打ち上げられ、), else the one written nearest to it.
     * Null when there is no such name or sentence.
     */
    private static TimeValue dateOfNamed(char[] c, int at, List<Told> told, ExpressionScanner scanner, boolean daysOnly) {
        int p = at > 0 && c[at - 1] == '約' ? at - 1 : at;
        int nameEnd = p >= 3 && c[p - 1] == 'の' ? p - 1 : p >= 4 && Chars.at(c, p - 2, "から") ? p - 2 : -1;
        if (nameEnd < 0) {
            return null;
        }
        int k = nameEnd;
        while (k > 0 && nameEnd - k < 8 && (nameChar(c[k - 1]) || okurigana(c, k - 1))) {
            k--;
        }
        if (nameEnd - k < 2 || !nameChar(c[k]) || scanner.at(k) != null) {
            return null;
        }
        return dateTold(c, new String(c, k, nameEnd - k), k, told, daysOnly);
    }

    /**
     * The date told with {@code name} in the latest sentence before {@code before} that has it and a
     * date (a day when {@code daysOnly}): the one written in the clause before the name, else the
     * one nearest to it. Null when no such sentence is among the last {@value #NAMED_LOOKBACK} dates.
     */
    private static TimeValue dateTold(char[] c, String name, int before, List<Told> told, boolean daysOnly) {
        int k = before;
        List<Told> dates = told.stream().filter(t -> !daysOnly || t.oneDay()).toList();
        for (int t = dates.size() - 1; t >= Math.max(0, dates.size() - NAMED_LOOKBACK); t--) {
            TextSpan sentence = dates.get(t).sentence();
            int where = new String(c, sentence.start(), Math.min(sentence.end(), c.length) - sentence.start()).indexOf(name);
            if (where < 0 || sentence.start() + where >= k) {
                continue;
            }
            int named = sentence.start() + where;
            Told best = null;
            for (int u = t; u >= 0 && dates.get(u).sentence().equals(sentence); u--) {
                Told date = dates.get(u);
                if (Chars.at(c, date.end(), "から")) {
                    // 7月23日から続けてきた取水制限を全面解除した: the day a period told with it began, not the deed's
                    continue;
                }
                if (best == null || inTheClauseBefore(c, date, named) && !inTheClauseBefore(c, best, named)
                        || inTheClauseBefore(c, date, named) == inTheClauseBefore(c, best, named)
                        && Math.abs(date.at() - named) < Math.abs(best.at() - named)) {
                    best = date;
                }
            }
            if (best != null) {
                return best.day();
            }
        }
        return null;
    }

    /**
     * The day 初日 or 最終日 told alone names ({@link HappeningsEdgeDays}): with a name right before it (再開初日,
     * 再開の初日, 大会最終日), the day told with that name; else the last day told before it whose clause begins the
     * happening (15日に開幕し, 1日から, 28日、…運行を再開した) or, for 最終日, ends it (17日に閉幕した, 31日に幕を下ろした),
     * else the latest day told up to the article's. A paper's issue (16日付) and the clipping's dateline (2023.04.22) are
     * no happening's; a period of days told gives its first or last day (10日から14日まで開かれた。最終日は → the 14th).
     * Null when the name was told with no day, or no day was told.
     */
    private static TimeValue dayOfTheHappeningsEdge(char[] c, Expr e, List<Told> told, LocalDate documentDate) {
        List<Told> happenings = told.stream().filter(t -> t.at() < e.start && !t.edge() && daysOf(t.day())
                && !Chars.at(c, t.end(), "付") && !aDateline(c, t)).toList();
        int nameEnd = e.start > 0 && c[e.start - 1] == 'の' ? e.start - 1 : e.start;
        int k = nameEnd;
        while (k > 0 && nameEnd - k < TOPIC_LENGTH && nameChar(c[k - 1])) {
            k--;
        }
        if (nameEnd - k >= 2) {
            return dateTold(c, new String(c, k, nameEnd - k), k, happenings, true);
        }
        if (nameEnd > 0 && nameChar(c[nameEnd - 1])) {
            return null;
        }
        boolean first = e.edgeOfAHappening == HappeningsEdgeDays.FIRST;
        for (int t = happenings.size() - 1; t >= 0; t--) {
            Told date = happenings.get(t);
            int clauseEnd = t + 1 < happenings.size() && happenings.get(t + 1).sentence().equals(date.sentence())
                    ? happenings.get(t + 1).at() : Math.min(date.sentence().end(), c.length);
            if (HappeningsEdgeDays.toldAtItsEdge(c, date.end(), clauseEnd, first)) {
                return TimeValue.day(first ? date.day().start() : date.day().end());
            }
        }
        LocalDate latest = null;
        for (Told t : happenings) {
            LocalDate day = first ? t.day().start() : t.day().end();
            if (!day.isAfter(documentDate) && (latest == null || day.isAfter(latest))) {
                latest = day;
            }
        }
        return latest == null ? null : TimeValue.day(latest);
    }

    /** A day, or a run of days (10日から14日まで, 15日から3日間) a happening may fill. */
    private static boolean daysOf(TimeValue v) {
        return v.granularity() == Granularity.DAY
                || v.granularity() == Granularity.RANGE && !v.end().isAfter(v.start().plusDays(MONTHS_DAYS));
    }

    private static final int MONTHS_DAYS = 31;

    /** Whether a date is a line's whole but for words of no kana (2023.04.22, 2022年7月4日 投稿): the clipping's dateline. */
    private static boolean aDateline(char[] c, Told t) {
        for (int k = t.sentence().start(); k < Math.min(t.sentence().end(), c.length); k++) {
            if ((k < t.at() || k >= t.end()) && Chars.isHiragana(c[k])) {
                return false;
            }
        }
        return true;
    }

    /** The longest topic a time's sentence names before は (発効は当初、午前8時半の予定): two to eight kanji or katakana. */
    private static final int TOPIC_LENGTH = 8;

    /**
     * The day told earlier with the topic of the sentence a time of day without its day is in:
     * 停戦合意が19日、発効した。発効は当初、午前8時半の予定だった → the 19th. The topic is the run of
     * kanji or katakana right before the last は before the time. Null when there is none, or it was
     * told with no day.
     */
    private static TimeValue dayOfTheTopic(char[] c, int sentenceStart, int at, List<Told> told) {
        for (int k = at - 1; k > sentenceStart; k--) {
            if (c[k] != 'は') {
                continue;
            }
            int start = k;
            while (start > sentenceStart && k - start < TOPIC_LENGTH && nameChar(c[start - 1])) {
                start--;
            }
            return k - start < 2 ? null : dateTold(c, new String(c, start, k - start), start, told, true);
        }
        return null;
    }

    /** Whether a date is written before a name with no comma between: the date of the clause that names it. */
    private static boolean inTheClauseBefore(char[] c, Told date, int named) {
        if (date.end() > named) {
            return false;
        }
        for (int k = date.end(); k < named; k++) {
            if (c[k] == '、' || c[k] == '。') {
                return false;
            }
        }
        return true;
    }

    private static boolean nameChar(char ch) {
        return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN && ch != '日' && ch != '月' && ch != '年'
                || ch >= 'ァ' && ch <= 'ヺ' || ch == 'ー';
    }

    /** A kana written after a kanji inside a noun (打ち上げ, 取り調べ), not a particle (会議での, 政府が). */
    private static boolean okurigana(char[] c, int k) {
        return k > 0 && Chars.isHiragana(c[k]) && "はがをにでとものへやかばね".indexOf(c[k]) < 0 && nameChar(c[k - 1]);
    }

    /**
     * Whether the text between two dates goes on to what came next: a clause that ends in a verb
     * and a comma (始まり、, 申請し、, 受けて、), not a phrase that ends in a particle (会見で、).
     */
    private static boolean toldAfter(char[] c, int from, int to) {
        for (int k = Math.max(from, 1); k < to; k++) {
            if (c[k] == '、' && CLAUSE_ENDINGS.indexOf(c[k - 1]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the day from {@code dayStart} to {@code dayEnd} is a lead's day told after a happening named and closed by
     * で and a comma, the date before lying in that happening's clause (県道で1月28日に起きた陥没事故で、県は2日、…引き上げた):
     * the day, set off after its topic, tells what was done about the happening, so after it; so too after a happening
     * the date is written onto (先月23日投開票の市議選で、選管は19日、: May, not April). The noun the verb told
     * done names runs to the で; a day told any other way after such a phrase (3月28日に逮捕された事件で、男は2日に…訪れて
     * いた) may be before it, in its month.
     */
    private static boolean leadsDayAfterAHappening(char[] c, int from, int dayStart, int dayEnd) {
        if (dayEnd >= c.length || c[dayEnd] != '、' || dayStart < 2 || c[dayStart - 1] != 'は') {
            return false;
        }
        int comma = -1;
        for (int k = dayStart - 2; k > from; k--) {
            if (c[k] == '、') {
                comma = k;
                break;
            }
        }
        if (comma < 2 || c[comma - 1] != 'で') {
            return false;
        }
        int noun = comma - 2;
        while (noun > from && Chars.isNounChar(c[noun])) {
            noun--;
        }
        return noun < comma - 2 && (noun > from && Chars.endsToldDone(c, noun) || noun >= from && c[noun] == 'の' && nounsOnly(c, from, noun));
    }

    /**
     * Whether the day {@code e} is a lead's day after a happening whose date lies more than two months before the
     * article (2019年7月18日に…放火され、…亡くなった事件で、京都地裁は25日、…死刑を言い渡した, in an article of January
     * 2024: the 25th of January 2024): what is done about an old happening is the article's news, near its date.
     * Asked only of a happening whose year is told (2019年, 昨年) and of a day no later than the article's (in an article
     * of 5 March, 2024年1月1日に発生した地震で、県は10日、 keeps January: the 10th of this month is ahead, of the last no
     * nearer than January's); a happening of the article's weeks keeps its month (1月18日に
     * 起きた事故で、県は25日、: the 18th's January), and so does one of the months before told without its year
     * (県道で1月28日に起きた陥没事故で、県は30日、 in an article of May: January, a higher day going on in the story's month).
     * Known weakness: a look back told the same way (…起きた震災で、政府は12日、…設置した, in an article ten years on)
     * is read as news too.
     */
    private static boolean newsOfAnOldHappening(char[] c, LocalDate happening, LocalDate article, int from, Expr e) {
        return happening.isBefore(article.minusMonths(2)) && e.day <= article.getDayOfMonth()
                && leadsDayAfterAHappening(c, from, e.start, e.end);
    }

    /** Whether only a noun's characters lie from {@code from} to {@code to}: 先月23日投開票の市議選で, the date written onto the happening. */
    private static boolean nounsOnly(char[] c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Chars.isNounChar(c[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The month a count of months or years right before a day alone and の gives it (3カ月後の1日 in an
     * article of 14 June 2023: 2023-09-01, where the count is 2023-09), or null.
     */
    private static YearMonth countedMonthBefore(List<DateMention> found, String text, Expr e, boolean dayOnly) {
        if (!dayOnly || found.isEmpty() || e.start < 1 || text.charAt(e.start - 1) != 'の') {
            return null;
        }
        DateMention count = found.get(found.size() - 1);
        boolean aCount = count.span().end() == e.start - 1 && count.value().isPresent()
                && count.value().get().granularity() == Granularity.MONTH && (count.text().endsWith("後") || count.text().endsWith("前"));
        if (!aCount) {
            return null;
        }
        YearMonth month = YearMonth.from(count.value().get().start());
        return month.isValidDay((int) e.day) ? month : null;
    }

    /**
     * The month a day alone takes from the month and day before it in its sentence: theirs, or the
     * next when the day is lower and told as ahead (9月30日、1日付で昇格する人事を発表した is October's;
     * 3月15日の会見で、2日に発表した計画 stays March's), when that month has the day (1月31日、30日付で
     * is not February's). Null when neither has it: the day is read as any day alone.
     */
    private static YearMonth monthLent(LocalDate before, Expr e, Lean lean) {
        boolean ahead = pointsAhead(lean);
        YearMonth written = YearMonth.from(before);
        YearMonth next = written.plusMonths(1);
        if (ahead && e.day < before.getDayOfMonth() && next.isValidDay((int) e.day)) {
            return next;
        }
        return written.isValidDay((int) e.day) ? written : null;
    }

    /** Nouns a clause in the past ends on that carry its time on rather than name a thing: 逮捕した後、5日に. */
    private static final Words NOUNS_OF_SEQUENCE = new Words("後", "上", "際", "結果", "場合", "時", "直後", "直前", "末", "途中",
            "矢先", "中", "以降", "以来", "翌");

    /**
     * Whether the day's clause has for its topic or subject a noun a clause told done ends on
     * (死去した元首相の国葬が27日, 熱戦を繰り広げた五輪は8日夜): the date before belongs to that clause,
     * a happening in the background, and lends no month to the day the sentence goes on to tell.
     * The topic (は or が, a comma after it or not) stands right before the day, and the clause told
     * done lies between the last comma and it; a noun after a past verb that is anything else
     * (5月1日に盗んだ車で逃走し、3日に) keeps the run of happening, and so does, after a date with a
     * year, the very noun the clause ends on standing as the topic (2021年4月1日に入社した男は10日に).
     */
    private static boolean onANounBetween(char[] c, int from, int to, boolean writtenYear) {
        int topic = to - 1;
        if (topic > from && c[topic] == '、') {
            topic--;
        }
        // a bracket may close the noun before its particle: 国葬（国葬儀）が27日
        if (topic - 1 <= from || c[topic] != 'は' && c[topic] != 'が' || !Chars.isNounChar(c[topic - 1]) && "）」』)".indexOf(c[topic - 1]) < 0) {
            return false;
        }
        int clauseStart = from;
        for (int k = topic - 1; k > from; k--) {
            if (c[k] == '、') {
                clauseStart = k;
                break;
            }
        }
        for (int k = Math.max(clauseStart, 1); k + 1 < topic; k++) {
            if (Chars.endsToldDone(c, k) && Chars.isNounChar(c[k + 1]) && NOUNS_OF_SEQUENCE.at(c, k + 1) == null) {
                // with a year, the one the clause ends on going on as the topic goes on in its time (入社した男は10日に);
                // a topic the clause's noun only modifies (…罪に問われた長男の初公判が1日) is another happening
                return !(writtenYear && nounsUpTo(c, k + 1, topic));
            }
        }
        return false;
    }

    /** What closes the frame a news lead opens with, before its comma: 起きた衝突について、 決めた方針を巡り、. */
    private static final Words FRAMES = new Words("について", "をめぐり", "を巡り", "をめぐって", "を巡って", "に関し", "に関して");

    /**
     * Whether the date before lies in the frame a lead opens with, a thing told done named and closed by
     * について, を巡り or に関し and a comma, and the day stands after the topic that follows it (昨年6月15日に起きた衝突に
     * ついて、機関紙は19日、…伝えた): the day is the news's, and takes no month from the frame's date. Not a frame
     * closed by で (6月2日に決まった予算案で、市は9日に説明会を開いた), which goes on in the story as often, nor (the
     * caller's check) a date with its year written (2011年3月11日に起きた事故について、東京電力は12日、…発表していた).
     */
    private static boolean toldInAFrame(char[] c, int from, int to) {
        int topic = to - 1;
        if (topic > from && c[topic] == '、') {
            topic--;
        }
        if (topic <= from || c[topic] != 'は') {
            return false;
        }
        int comma = -1;
        for (int k = topic - 1; k > from; k--) {
            if (c[k] == '、') {
                comma = k;
                break;
            }
        }
        String frame = comma < 0 ? null : FRAMES.before(c, comma);
        if (frame == null) {
            return false;
        }
        int noun = comma - frame.length() - 1;
        if (noun <= from || !Chars.isNounChar(c[noun])) {
            return false;
        }
        for (int k = from + 1; k < noun; k++) {
            if (Chars.endsToldDone(c, k) && Chars.isNounChar(c[k + 1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code [from, to)} is one run of a noun's characters. */
    private static boolean nounsUpTo(char[] c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Chars.isNounChar(c[k])) {
                return false;
            }
        }
        return true;
    }


    /** The longest noun a year sets a clause with before は or も (来年のAPECは, 2019年の大会は). */
    private static final int TOPIC_AFTER_A_YEAR = 12;

    /**
     * Whether a year sets the time of the clause it opens: followed by に、, には, にも, は or も
     * (2019年にも、), or by の and a noun that is the topic (来年のAPECは). A year with に and a verb
     * qualifies a noun (2011年に発生した震災から): a relative clause, which sets none; nor does a year
     * that qualifies a noun otherwise (2050年の脱炭素に向け、) or counts (2019年以降).
     */
    private static boolean setsTheClause(char[] c, int at, int sentenceEnd) {
        if (at >= sentenceEnd) {
            return false;
        }
        if (c[at] == 'に') {
            return at + 1 < sentenceEnd && (c[at + 1] == '、' || c[at + 1] == 'は' || c[at + 1] == 'も');
        }
        if (c[at] == 'は' || c[at] == 'も') {
            return true;
        }
        if (c[at] != 'の') {
            return false;
        }
        for (int k = at + 1; k < sentenceEnd && k <= at + TOPIC_AFTER_A_YEAR; k++) {
            if (c[k] == '、' || c[k] == '。' || c[k] == 'に' || c[k] == 'を' || c[k] == 'が' || Chars.isDigit(c[k])) {
                return false;
            }
            if (c[k] == 'は' || c[k] == 'も') {
                return true;
            }
        }
        return false;
    }

    /** The kana a predicate ends in before a comma that ends its clause (決壊し、, 止め、, 受けて、). */
    private static final String CLAUSE_ENDINGS = "しりきちみびぎけせてれめえ";

    /**
     * Where the clause a year sets ends: at the first comma after a predicate (決壊し、) past the
     * year's own particle and comma (2019年には、), or at the sentence's end. A month told after it
     * is in another clause, whose time the year does not set.
     */
    private static int endOfTheClause(char[] c, int at, int sentenceEnd) {
        for (int k = Math.max(at, 1); k < sentenceEnd; k++) {
            if (c[k] == '、' && CLAUSE_ENDINGS.indexOf(c[k - 1]) >= 0) {
                return k;
            }
        }
        return sentenceEnd;
    }

    /** A month, a month and day, or a part of the year told without a year or anything it counts from. */
    private static boolean takesTheClausesYear(Expr e) {
        return !e.hasYear() && e.kind == DateMention.Kind.DATE && !e.recurring && e.relUnit == 0 && e.weekMode == Expr.NONE
                && !e.fiscal && (e.monthMode == Expr.ABS || e.monthMode == Expr.NONE && e.dayMode == Expr.NONE && e.yearPart != 0);
    }

    /** How many dates after the first a list is followed through. */
    private static final int MAX_LISTED = 4;

    /**
     * Where the dates listed with と or や from {@code e} end (4月29日と今月1日には、…があった): they
     * share one predicate, whose cue follows the last of them.
     */
    private static int endOfTheList(char[] c, Expr e, ExpressionScanner scanner, int sentenceEnd) {
        int end = e.end;
        for (int listed = 0; listed < MAX_LISTED && end + 1 < sentenceEnd && (c[end] == 'と' || c[end] == 'や'); listed++) {
            Expr next = scanner.at(end + 1);
            if (next == null || next.kind != DateMention.Kind.DATE || next.end > sentenceEnd) {
                break;
            }
            end = next.end;
        }
        return end;
    }

    /**
     * Whether a day starting at {@code next} is listed right after one ending at {@code end}: 1日、3日, 1日と3日, 1日や3日
     * (a later day, for a lead's day set off may come before an earlier one: 首相は10日、3日に死去した…).
     */
    private static boolean listedAfter(char[] c, int end, int next) {
        return next - end == 1 && "、・とや".indexOf(c[end]) >= 0;
    }

    /** Whether a line break lies between two places of the text (a paragraph's break: {@link Paragraphs}). */
    private static boolean lineBreakBetween(char[] c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (c[k] == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The widest a headline's line is: 40 characters, as the ingest layer's paragraphs take it. */
    private static final int HEADLINE_LENGTH = 40;

    /**
     * Whether a date ends a headline that runs on into the lead for want of a 。 (県に緊急事態宣言　2月10日まで
     * / 知事は10日、): the sentence's first line, short, ends with the date or the date and まで, and a
     * line break lies between it and the day. A day after a break in wrapped text (逮捕され、/ 3日に)
     * stays in the run of happening: that line ends a clause, not on the date.
     */
    private static boolean headlineRunningOn(char[] c, int sentenceStart, int dateEnd, int day) {
        int lineEnd = dateEnd;
        if (Chars.at(c, lineEnd, "まで")) {
            lineEnd += 2;
        }
        while (lineEnd < day && (c[lineEnd] == ' ' || c[lineEnd] == '\u3000' || c[lineEnd] == '\r')) {
            lineEnd++;
        }
        return lineEnd < day && c[lineEnd] == '\n' && !lineBreakBetween(c, sentenceStart, dateEnd)
                && lineEnd - firstCharacter(c, sentenceStart) <= HEADLINE_LENGTH;
    }

    private static int firstCharacter(char[] c, int from) {
        int k = from;
        while (k < c.length && Character.isWhitespace(c[k])) {
            k++;
        }
        return k;
    }

    /** A day, a month or a month and day as written, no year and nothing relative: what a list of recurring dates goes on with. */
    private static boolean plainDay(Expr e) {
        return e.yearMode == Expr.NONE && e.relUnit == 0 && (e.dayMode == Expr.ABS && (e.monthMode == Expr.NONE || e.monthMode == Expr.ABS)
                || e.monthMode == Expr.ABS && e.dayMode == Expr.NONE);
    }
}
