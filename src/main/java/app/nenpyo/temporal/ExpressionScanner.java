package app.nenpyo.temporal;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;

/**
 * Reads one date expression at a position of a normalised text ({@link Chars}): a hand-written,
 * character-level recursive descent, no regular expressions and no morphemes, so that it scans
 * several MB/s. It only reads; {@link Resolver} turns the {@link Expr} into dates.
 *
 * <pre>
 *   2022年1月10日(月)午前10時   → year 2022, month 1, day 10, weekday Mon, 10:00
 *   昨年3月11日〜9月10日        → year DOC-1, month 3, day 11; to: month 9, day 10
 *   今月1〜6日                   → month DOC+0, day 1, dayTo 6
 *   同月10日 / その2日後         → relative to the previous date in the text
 *   3日間 / 2週間                → DURATION
 *   5800人, 30歳, 十分, 一時, 三日月, 二日酔い, 1.10.2, 3-1 → nothing
 * </pre>
 *
 * <p>Known weaknesses: 1カ月半後 (a month and a half) is not read; bare single-kanji days (五日)
 * without a month are not read (too often いつか/一日も早く); a slash date M/D is read only with a
 * date cue after it (a weekday, 〜, から, まで, 付, 時点) because 1/3 is more often a fraction;
 * two-digit years (22年) only before a month or 年度; lists other
 * than N、M日 and N・M日 of two days in a row (9、10の両日, 3日と5日, 5・7日) are not read; 1日に3回
 * (per day) is read as the 1st; 25時 broadcast hours are refused.
 */
final class ExpressionScanner {
    private static final boolean[] START = new boolean[65536];
    /** Words after which a number of years counts them (創立150年, 戦後77年, 震災から11年): no year of the calendar. */
    private static final Words COUNTS_OF_YEARS_BEFORE = new Words("戦後", "創業", "創立", "設立", "開業", "開校", "開園", "建国",
            "結成", "在位", "在任", "在職", "勤続", "生誕", "没後", "築", "懲役", "禁錮", "禁固", "約", "過去", "から", "以来", "満");
    /**
     * What a goal is set for a year with (50年の温室効果ガス排出実質ゼロ, 35年の全廃): after a year of two
     * digits and の, these make it a year of the calendar ahead of the document (a goal is not set
     * for a year past), not a count.
     */
    private static final Words GOAL_NOUNS = new Words("目標", "実質ゼロ", "排出ゼロ", "中立", "ニュートラル", "脱炭素", "全廃", "完全移行");
    /**
     * What happens in a year, planned or done (30年の開業を目指す, 97年の開業, 05年の上場達成):
     * after a year of two digits and の, a year of the calendar, the nearest to the document as any.
     */
    private static final Words YEARS_EVENT_NOUNS = new Words("実現", "達成", "開業", "開通", "完成", "廃止", "導入");
    /** After the noun phrase, the year is what something is counted from, past (89年の導入以来, 97年の開業後). */
    private static final Words SINCE_IN_THE_PHRASE = new Words("以来", "以降", "当時", "後");
    /** How far into the noun phrase after 50年の a goal noun is looked for. */
    private static final int GOAL_PHRASE_LENGTH = 14;
    /** Words before a number of years that make it a span of time even before a goal (今後30年の実現, この50年の削減). */
    private static final Words GOAL_YEAR_COUNTS_BEFORE = new Words("今後", "向こう", "この", "ここ", "最長", "最短", "わずか", "僅か",
            "たった", "延べ", "計", "通算");
    /** Sentences of a court, counted in years and months (懲役10年6月). */
    private static final Words SENTENCES = new Words("懲役", "禁錮", "禁固");
    /** What bounds hours kept (午後8時までの営業). */
    private static final Words HOURS_BOUNDS = new Words("まで", "以降", "から");
    /**
     * Hours a shop or people keep every day. Not a service run or taken (運転, 運行, 受付): 午後8時から
     * 運転を再開した is a moment of the story.
     */
    private static final Words HOURS_KEPT = new Words("営業", "開館", "開園", "開店", "閉店", "酒類の提供", "酒類提供", "時短", "外出");
    /** A company's business years named from now or from the one told before (来期以降, 前の期は). */
    private static final Words BUSINESS_TERMS = new Words("来期", "今期", "前の期");
    /** Words of a company's accounts that make 来期 or 今期 in their sentence a business year, not a term of office or a season. */
    private static final Words BUSINESS_WORDS = new Words("決算", "業績", "売上", "売り上げ", "利益", "損益", "収益", "通期予想",
            "期末", "増収", "減収", "増益", "減益", "赤字", "黒字", "配当", "増配", "減配", "経常", "営業益", "純益");
    /** Words of a company's results that make a term in the sentences after them a business year too (決算を発表した。…来期以降の). */
    private static final Words RESULTS_WORDS = new Words("決算", "業績", "利益", "増収", "減収", "増益", "減益");
    /** How far before a term's sentence the words of a company's results are looked for: the sentences of an article's lead. */
    private static final int RESULTS_LOOKBACK = 300;
    private static final Words RELATIVE_YEARS = new Words("一昨年", "おととし", "再来年", "今年", "本年", "ことし", "昨年", "去年", "来年", "前年",
            "翌年", "同年", "当年");
    private static final Words YEAR_EDGES = new Words("末", "初め", "初頭", "明け", "始め", "初");
    private static final Words NEW_YEAR_AND_EVE = new Words("元日", "元旦", "大みそか", "大晦日");
    /**
     * The roles that, in the run of kanji after 元日, make it 元 (former) before a name beginning with 日 and a role:
     * 元日本代表, 元日銀総裁, 元日銀審議委員, 元日産会長, 元日経記者, 元日航機長, 元日本兵; not 元日朝, 元日中に, 元日付,
     * 元日本殿前, 元日赤ちゃん, 元日本番 (New Year's Day itself).
     */
    private static final Words FORMER_ROLES = new Words("代表", "総裁", "会長", "社長", "社員", "記者", "委員", "選手", "大使", "理事",
            "職員", "幹部", "監督", "議員", "機長", "役員", "顧問", "局長", "部長", "次官", "兵");
    /** How far into the run of kanji after 元日 a role is looked for (元日本銀行副総裁). */
    private static final int FORMER_ROLE_SCOPE = 8;
    private static final Words HALF_YEARS = new Words("上半期", "下半期", "上期", "下期", "前半", "後半");
    private static final Words RELATIVE_MONTHS = new Words("先々月", "再来月", "今月", "本月", "先月", "来月", "前月", "翌月", "同月", "当月", "同じ月");
    /** The kanji 同じ月 may go on with as a month (同じ月中, 同じ月末, 同じ月の下旬 has の): not 同じ月額, 同じ月曜; nor 昨年の同じ月. */
    private static final String SAME_MONTH_GOES_ON = "中末内上下";
    private static final Words MONTH_PARTS = new Words("上旬", "中旬", "下旬", "初旬", "初め", "初頭", "半ば", "末", "中", "内");
    private static final Words RELATIVE_DAYS = new Words("一昨日", "おととい", "明後日", "あさって", "今日", "本日", "きょう", "昨日", "きのう", "明日",
            "あした", "あす", "翌々日", "前々日", "前日", "翌日", "同日", "同じ日", "当日", "即日", "翌朝", "今朝", "けさ", "今夜", "今晩", "昨夜", "昨晩", "ゆうべ");
    private static final Words APPROXIMATELY = new Words("ごろ", "頃", "ころ");
    private static final Words HOLIDAY_MARKS = new Words("・祝", "・休", "祝");
    /** The particles a kana day word may follow: 首相はきょう, 会合もあす, 国会ではきのう. */
    private static final String PARTICLES = "はがもでにへと";
    private static final Words DURATION_AND_COUNT_SUFFIXES = new Words("間", "ぶり", "振り", "目", "生", "連続", "余", "以上", "以内",
            "超", "近く", "分");
    /**
     * Words before a number of days that make it a count, not a day of the month: 1泊2日, 週2日,
     * 週休2日, わずか3日, たった2日, 延べ10日, 最長10日, 最短3日, あと1日 (not そのあと10日), 残り6日,
     * 開幕まで3日, 平均4日, きょうで4日 (days gone by to the day told).
     */
    private static final Words DAY_COUNT_BEFORE = new Words("泊", "週", "休", "わずか", "僅か", "たった", "延べ", "最長", "最短",
            "あと", "残り", "まで", "平均", "きょうで", "今日で", "本日で", "あすで", "明日で");
    /** Words after a number of days that make it a count: 1日平均, 10日先, 2日制. */
    private static final Words DAY_COUNT_AFTER = new Words("平均", "先", "制");
    private static final Words NOT_A_DAY_SUFFIXES = new Words("間", "目", "分", "号");
    /** Words setting what follows against what went before (毎週月曜は休館だが、… ものの, しかし, 一方). */
    private static final Words CONTRASTS = new Words("しかし", "ものの", "一方", "けれど", "ただし");
    /** How far before a weekday the 毎週 of its schedule may be written (within its sentence). */
    private static final int SCHEDULE_REACH = 60;
    /** What makes a weekday one of a schedule rather than a day: 日曜に限り営業, 土曜のみ, 金曜ごと. */
    private static final Words SCHEDULE_AFTER_WEEKDAY = new Words("に限り", "に限って", "のみ", "だけ", "ごと", "以外");
    /**
     * What makes a number of days a duration (3日ほど, 2日連続, 2日延期): as {@link #dayUnit} reads them.
     * A deed of moving a date right after the days (2日延期, 1日順延) says by how much; to a day, news
     * writes に (15日に延期).
     */
    private static final Words DURATIONS_AFTER_DAYS = new Words("間", "以内", "程度", "ほど", "連続", "続", "余り", "弱", "延期", "延長", "順延",
            "早", "遅", "短", "長");
    /**
     * What makes days counted from something a length that passes (発行した3日から10日近くたった, 地震から10日がたつ,
     * 休業から20日経過): after から only, for a named day passes too (期限の31日が過ぎた, 会期末の4月10日近く).
     */
    private static final Words PASSING_AFTER_DAYS = new Words("近く", "たっ", "たつ", "たち", "経っ", "経つ", "経ち", "経過", "がたっ",
            "がたつ", "がたち", "が経", "が過ぎ");
    private static final Words COUNT_SUFFIXES = new Words("目", "ぶり", "振り", "分", "あたり", "当たり", "当り", "おき", "置き", "酔", "中",
            "限り", "未満", "超", "以上", "ごと", "毎");
    /** The parts of a month that may follow it after の (3月の下旬). */
    private static final Words MONTH_PARTS_AFTER_NO = new Words("上旬", "中旬", "下旬", "初旬");
    private static final Words MONTH_COUNTERS = new Words("カ月", "か月", "ヶ月", "ヵ月", "ケ月", "箇月", "ヶ月");
    private static final Words SLASH_DATE_CUES = new Words("~", "から", "まで", "以降", "付", "時点");
    private static final Words RELATIVE_WEEKS = new Words("先々週", "再来週", "今週", "先週", "来週", "前週", "翌週", "同週", "週末", "週内");
    private static final Words THIS_LAST_NEXT = new Words("今", "昨", "来", "この");
    private static final Words PERIOD_EDGES = new Words("年末年始", "年末", "年初め", "年初", "年明け", "年始", "年頭", "月末", "月初め", "月初",
            "年度内", "年度末", "年度初め", "年度始め", "年内", "月内");
    /**
     * The holidays the whole country names (Golden Week, お盆), longer before shorter: 大型連休 is
     * Golden Week only in spring ({@link Expr#goldenWeekBySeason}).
     */
    private static final Words NAMED_HOLIDAYS = new Words("ゴールデンウィーク", "ゴールデンウイーク", "大型連休", "GW", "お盆休み", "お盆",
            "盆休み", "正月三が日", "正月三箇日", "正月三ヶ日", "三が日", "三箇日");
    /** What may follow a named holiday's name and still be it: 大型連休中, GW期間中, お盆期間. */
    private static final Words DURING = new Words("期間中", "期間", "中");
    /** What names another holiday before 大型連休: 年末年始の大型連休, 夏の大型連休, 秋の大型連休. */
    private static final Words OTHER_LONG_HOLIDAYS = new Words("年末年始の", "正月の", "夏の", "秋の", "冬の", "お盆の", "夏休みの",
            "シルバーウィークの", "シルバーウイークの");
    private static final Words DAY_PARTS = new Words("午前", "午後", "正午", "未明", "早朝", "深夜", "夕方", "明け方", "夜明け", "昼前", "昼過ぎ",
            "日中", "朝", "昼", "夕", "夜");
    private static final Words RANGE_CONNECTORS = new Words("~", "から");
    /** What names two days listed as both (30、31両日, 9・10の両日): its last character is their 日. */
    private static final Words BOTH_DAYS = new Words("両日", "の両日");
    private static final Words RANGE_ENDS = new Words("まで", "にかけて");
    private static final Words OPEN_END_MARKS = new Words("以降", "以来", "以後");
    private static final Words OPEN_START_MARKS = new Words("まで", "以前");

    static {
        for (char ch : "0123456789現日令平昭大明今本新昨去来一おあきけゆ再前翌同当こ先週第元大年月上中下初最午夜朝夕昼深早正そ半〇二三四五六七八九十百千火水木金土ゴG盆即未向春夏秋冬"
                .toCharArray()) {
            START[ch] = true;
        }
    }

    private final char[] c;
    /** The article's date: whether 昨日17日 names the day after the word, or is a word and a day apart (今日1日). */
    private final LocalDate document;
    private final Numerals num = new Numerals();
    /** Where the text's first line break is (its length when it has none); -1 until {@link #endsTheHeadline} asks. */
    private int firstLineEnd = -1;

    ExpressionScanner(char[] normalized, LocalDate document) {
        this.c = normalized;
        this.document = document;
    }

    /** The expression that starts at {@code i}, or null. */
    Expr at(int i) {
        char ch = c[i];
        if (!START[ch]) {
            return null;
        }
        boolean afterAbout = false;
        if (i > 0 && (Chars.isDigit(ch) || Numerals.isKanjiNumeral(ch))) {
            char prev = c[i - 1];
            if (Chars.isDigit(prev) || Chars.isAsciiLetter(prev) || prev == '.' || prev == ',' || prev == '/'
                    || prev == '-' || prev == '_' || prev == '#' || prev == '第' || prev == '毎' || prev == '¥'
                    || prev == '$' || prev == '計' || Numerals.isKanjiNumeral(prev) && Numerals.isKanjiNumeral(ch)
                    || i >= 2 && Chars.at(c, i - 2, "ここ")) {
                return null;
            }
            if (prev == '約' && i >= 2 && Chars.isKanji(c[i - 2])) {
                // 予約2日前, 公約3年前: the end of a word, not "about"
                return null;
            }
            afterAbout = prev == '約';
        }
        Expr e = new Expr();
        e.start = i;
        // 毎年3月11日, 毎月10日, 毎週2日: a date that comes back is no date, and neither is its day alone
        e.recurring = i >= 2 && (Chars.at(c, i - 2, "毎月") || Chars.at(c, i - 2, "毎年") || Chars.at(c, i - 2, "毎週"));
        int p = prefix(i, e);
        int q = point(p, e);
        if (q < 0 || e.isEmpty() || e.relToPrevious && e.relUnit == 0) {
            return null;
        }
        // 約10日 is a count of days; 約3年前 is still a time, as roughly as 3年前 is
        if (afterAbout && (e.relUnit == 0 || e.relToPrevious)) {
            return null;
        }
        if (afterAbout && e.relUnit == Expr.MINUTES) {
            e.approximate = true;
        }
        e.end = q;
        Expr day = dayInThePeriod(e);
        if (day != null) {
            e = day;
        }
        if (e.kind == DateMention.Kind.DATE || e.kind == DateMention.Kind.TIME) {
            range(e);
        }
        return e;
    }

    /**
     * A month and day written after a part of a year or month and の (年明けの1月7日, 年末の12月28日,
     * 大型連休中の5月3日): one mention, the day, as 先週の16日 is; with its month written the day names
     * itself, and the part only says which year's (the year the part is given in, if any). A day
     * alone after it (年度末の31日) stays a mention of its own beside the part's. Null when no such
     * day follows.
     */
    private Expr dayInThePeriod(Expr period) {
        int q = period.end;
        if (period.yearPart == 0 && period.monthPart == 0 || period.hasDay() || q + 1 >= c.length || c[q] != 'の') {
            return null;
        }
        Expr day = new Expr();
        day.start = period.start;
        day.recurring = period.recurring;
        int end = point(q + 1, day);
        if (end < 0 || day.kind != DateMention.Kind.DATE || day.dayMode != Expr.ABS || day.monthMode != Expr.ABS || day.relUnit != 0
                || day.weekMode != Expr.NONE || day.hasYear() || day.invalid != null) {
            return null;
        }
        if (period.hasYear() && (!period.fiscal || period.yearMode == Expr.ABS)) {
            day.yearMode = period.yearMode;
            day.year = period.year;
            day.era = period.era;
            day.twoDigitYear = period.twoDigitYear;
            if (period.fiscal && day.month < 4) {
                // 2023年度末の3月31日: January to March of a business year are the next calendar year's
                day.year++;
            }
        }
        day.end = end;
        return day;
    }

    private int prefix(int i, Expr e) {
        if (Chars.at(c, i, "現地時間")) {
            e.localTime = true;
            return i + 4;
        }
        if (Chars.at(c, i, "日本時間")) {
            e.japanTime = true;
            return i + 4;
        }
        if (Chars.at(c, i, "その") && i + 2 < c.length && (Chars.isDigit(c[i + 2]) || Numerals.isKanjiNumeral(c[i + 2]))) {
            e.relToPrevious = true;
            return i + 2;
        }
        if (Chars.at(c, i, "その約") && i + 3 < c.length && (Chars.isDigit(c[i + 3]) || Numerals.isKanjiNumeral(c[i + 3]))) {
            e.relToPrevious = true;
            return i + 3;
        }
        return i;
    }

    private int point(int p, Expr e) {
        if (p >= c.length) {
            return -1;
        }
        int q = fromNowOn(p, e);
        if (q >= 0) {
            return q;
        }
        q = year(p, e);
        if (q >= 0) {
            return e.kind == DateMention.Kind.DATE && e.relUnit == 0 ? afterYear(q, e) : q;
        }
        q = month(p, e);
        if (q >= 0) {
            return e.kind == DateMention.Kind.DATE && e.relUnit == 0 ? afterMonth(q, e) : q;
        }
        q = day(p, e);
        if (q >= 0) {
            return e.kind == DateMention.Kind.DATE && e.relUnit == 0 && e.hasDay() ? afterDay(q, e) : q;
        }
        if ((q = week(p, e)) >= 0 || (q = bareWeekday(p, e)) >= 0 || (q = seasonWord(p, e)) >= 0 || (q = seasonAlone(p, e)) >= 0 || (q = periodEdge(p, e)) >= 0
                || (q = namedHoliday(p, e)) >= 0
                || (q = standaloneQuarterOrHalf(p, e)) >= 0
                || (q = relative(p, e)) >= 0 || (q = halfAYear(p, e)) >= 0 || (q = slashDate(p, e)) >= 0) {
            return q;
        }
        q = time(p, e, true);
        if (q >= 0 && hoursOfEveryDay(q)) {
            return -1;
        }
        if (q >= 0) {
            e.kind = DateMention.Kind.TIME;
        }
        return q;
    }

    // ---------------------------------------------------------------- year

    private int year(int p, Expr e) {
        Eras.Era era = Eras.at(c, p);
        if (era != null) {
            int q = p + era.name().length();
            if (num.read(c, q, true) && q < c.length && num.end < c.length && c[num.end] == '年') {
                e.yearMode = Expr.ABS;
                e.era = era;
                e.year = num.value;
                if (num.value == 0) {
                    e.invalidate(era.name() + "0年: era years start at 1 (元年)");
                }
                if (num.value % 10 == 0 && Chars.at(c, num.end + 1, "代")) {
                    // 昭和40年代: the era's years 40 to 49 (1965 to 1974)
                    e.decade = true;
                    return num.end + 2;
                }
                return num.end + 1;
            }
            return -1;
        }
        if (Chars.at(c, p, "新年度") && (p == 0 || !Chars.isKanji(c[p - 1]))) {
            // 最新年度 is no new business year; the 度 is read after the year like 来年度's
            setYear(e, Expr.DOC, 0);
            e.newBusinessYear = true;
            return p + 2;
        }
        String term = BUSINESS_TERMS.at(c, p);
        if (term != null && (p == 0 || !Chars.isKanji(c[p - 1])) && !termWordGoesOn(p + term.length())
                && businessInTheSentence(p, p + term.length())) {
            // a company's business year, taken to run April to March as most do: 来期, 今期, 前の期 (the one told before)
            e.fiscal = true;
            setYear(e, term.startsWith("前") ? Expr.PREV : Expr.DOC, term.startsWith("来") ? 1 : term.startsWith("前") ? -1 : 0);
            return p + term.length();
        }
        String w = RELATIVE_YEARS.at(c, p);
        if (w != null) {
            int q = p + w.length();
            if (comparison(q) || w.equals("ことし") && p > 0 && Chars.isHiragana(c[p - 1]) || Chars.at(c, q, "代")) {
                return -1;
            }
            switch (w) {
                case "一昨年": case "おととし": setYear(e, Expr.DOC, -2); break;
                case "再来年": setYear(e, Expr.DOC, 2); break;
                case "今年": case "本年": case "ことし": setYear(e, Expr.DOC, 0); break;
                case "昨年": case "去年": setYear(e, Expr.DOC, -1); break;
                case "来年": setYear(e, Expr.DOC, 1); break;
                case "前年": setYear(e, Expr.PREV, -1); break;
                case "翌年": setYear(e, Expr.PREV, 1); break;
                default: setYear(e, Expr.PREV, 0); break;
            }
            return q;
        }
        return numberWithUnit(p, e, 'y');
    }

    /**
     * Whether a time of day without its day bounds hours kept every day (午後8時までの営業,
     * 午後10時以降の外出自粛, 午前9時から開館): a schedule, not a moment of the story.
     */
    private boolean hoursOfEveryDay(int q) {
        String bound = HOURS_BOUNDS.at(c, q);
        if (bound == null) {
            return false;
        }
        int r = q + bound.length();
        if (Chars.at(c, r, "の")) {
            r++;
        }
        return HOURS_KEPT.at(c, r) != null;
    }

    /**
     * Whether the sentence around a term (from {@code p} to {@code q}) speaks of a company's accounts
     * (決算, 業績, 増益…), or the sentences before it tell a company's results (決算を発表した。…「来期以降の
     * 成長に」): 今期 alone is as often a term of office (市長は今期で引退する) or a season. The term's own
     * letters (来期末) do not count.
     */
    private boolean businessInTheSentence(int p, int q) {
        int start = p;
        while (start > 0 && "。！？\n".indexOf(c[start - 1]) < 0) {
            start--;
        }
        int end = q;
        while (end < c.length && "。！？\n".indexOf(c[end]) < 0) {
            end++;
        }
        for (int k = start; k < end; k++) {
            if ((k < p || k >= q) && BUSINESS_WORDS.at(c, k) != null) {
                return true;
            }
        }
        for (int k = Math.max(0, start - RESULTS_LOOKBACK); k < start; k++) {
            if (RESULTS_WORDS.at(c, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word goes on after 来期 or 今期 (今期待, 前の期間, 来期予想): only 以降, 以来 and 末 belong to the term. */
    private boolean termWordGoesOn(int q) {
        return q < c.length && Chars.isKanji(c[q]) && !Chars.at(c, q, "以降") && !Chars.at(c, q, "以来") && c[q] != '末';
    }

    /** 前年比, 前年同期, 前日比: a comparison basis, not a date. */
    private boolean comparison(int q) {
        int r = q < c.length && c[q] == '度' ? q + 1 : q;
        return Chars.at(c, r, "比") || Chars.at(c, r, "末比") || Chars.at(c, r, "同期") || Chars.at(c, r, "同月比")
                || Chars.at(c, r, "並み") || Chars.at(c, r, "終値比");
    }

    private static void setYear(Expr e, int mode, long v) {
        e.yearMode = mode;
        e.year = v;
    }

    private int afterYear(int q, Expr e) {
        if (q < c.length && c[q] == '度') {
            e.fiscal = true;
            q++;
        }
        int r = quarterOrHalf(q, e);
        if (r >= 0) {
            return r;
        }
        int s = q < c.length && c[q] == 'の' ? q + 1 : q;
        if (s < c.length && seasonOf(c[s]) > 0 && !seasonWordContinues(s + 1)) {
            e.season = seasonOf(c[s]);
            return s + 1;
        }
        if (!e.fiscal) {
            int holiday = namedHoliday(s, e);
            if (holiday >= 0) {
                return holiday;
            }
        }
        String edge = YEAR_EDGES.at(c, q);
        // 今年度末 is the March that ends the business year, 来年度初め its April; a business year has no 明け
        if (edge != null && !(e.fiscal && (edge.equals("明け") || edge.equals("初")))) {
            e.yearPart = edge.equals("末") ? Expr.YEAR_END : Expr.YEAR_START;
            return q + edge.length();
        }
        // 2024年元日, 今年の元日, 昨年の大みそか: that year's, not the nearest one (今年の元日 told on 30 December)
        int newYearAt = NEW_YEAR_AND_EVE.at(c, q) != null ? q : s > q && NEW_YEAR_AND_EVE.at(c, s) != null ? s : -1;
        if (!e.fiscal && newYearAt >= 0) {
            int d = day(newYearAt, e);
            return d < 0 ? q : afterDay(d, e);
        }
        if (!e.fiscal) {
            int m = month(q, e);
            // 2022年の3月, 昨年の3月10日: a month of that year, as 昨年の夏 is its summer; only a number and 月, so
            // neither 昨年の同月 nor a count (2020年の3カ月間) is read into the year (month() marks what it reads)
            if (m < 0 && s > q && monthByNumberAt(s)) {
                m = month(s, e);
            }
            if (m >= 0 && e.relUnit == 0 && e.kind == DateMention.Kind.DATE) {
                return afterMonth(m, e);
            }
        }
        return q;
    }

    /** Whether a month by number starts at {@code p}: 3月, or a range of months, 4～6月期. */
    private boolean monthByNumberAt(int p) {
        if (!num.read(c, p, false)) {
            return false;
        }
        if (Chars.at(c, num.end, "月")) {
            return true;
        }
        String connector = RANGE_CONNECTORS.at(c, num.end);
        return connector != null && num.read(c, num.end + connector.length(), false) && Chars.at(c, num.end, "月");
    }

    /** 第1四半期, 上半期 alone (the year comes from the document); 前半 alone is too vague. */
    private int standaloneQuarterOrHalf(int p, Expr e) {
        if (c[p] != '第' && !Chars.at(c, p, "上半期") && !Chars.at(c, p, "下半期")) {
            return -1;
        }
        return quarterOrHalf(p, e);
    }

    private int quarterOrHalf(int q, Expr e) {
        if (q < c.length && c[q] == '第' && num.read(c, q + 1, false) && Chars.at(c, num.end, "四半期")) {
            e.quarter = (int) Math.min(num.value, 99);
            if (num.value < 1 || num.value > 4) {
                e.invalidate("第" + num.value + "四半期: a year has quarters 1 to 4");
            }
            return num.end + 3;
        }
        String h = HALF_YEARS.at(c, q);
        if (h != null) {
            e.half = h.charAt(0) == '上' || h.charAt(0) == '前' ? 1 : 2;
            return q + h.length();
        }
        return -1;
    }

    private static int seasonOf(char ch) {
        switch (ch) {
            case '春': return Expr.SPRING;
            case '夏': return Expr.SUMMER;
            case '秋': return Expr.AUTUMN;
            case '冬': return Expr.WINTER;
            default: return 0;
        }
    }

    /** 春闘, 夏場, 秋田: a kanji after the season makes another word. */
    private boolean seasonWordContinues(int i) {
        return i < c.length && Chars.isKanji(c[i]) && c[i] != '季' && c[i] != '頃' && c[i] != '以' && c[i] != '中'
                && c[i] != '前' && c[i] != '開' && c[i] != '発' && c[i] != '予' && c[i] != '完' && c[i] != '実';
    }

    // ---------------------------------------------------------------- month

    private int month(int p, Expr e) {
        if (p >= c.length) {
            return -1;
        }
        if (partAfterAnEarlierPart(p)) {
            // 9月中旬に告示し、下旬に投開票: the month written once, its later part read by afterMonth
            setMonth(e, Expr.PREV, 0);
            return p;
        }
        String w = RELATIVE_MONTHS.at(c, p);
        if (w != null) {
            int q = p + w.length();
            if (comparison(q) || Chars.at(c, q, "の") && monthWrittenAt(q + 1)) {
                // 翌月の1月22日: the month written after it says which, and is the mention (翌月の22日 is read whole)
                return -1;
            }
            if (w.equals("同じ月") && (q < c.length && (Chars.isKanji(c[q]) && SAME_MONTH_GOES_ON.indexOf(c[q]) < 0 || Chars.isKatakana(c[q]))
                    || p > 0 && c[p - 1] == 'の')) {
                // 昨年の同じ月を上回った: the same month of another year, a comparison's base, no month told before
                return -1;
            }
            switch (w) {
                case "先々月": setMonth(e, Expr.DOC, -2); break;
                case "再来月": setMonth(e, Expr.DOC, 2); break;
                case "今月": case "本月": setMonth(e, Expr.DOC, 0); break;
                case "先月": setMonth(e, Expr.DOC, -1); break;
                case "来月": setMonth(e, Expr.DOC, 1); break;
                case "前月": setMonth(e, Expr.PREV, -1); break;
                case "翌月": setMonth(e, Expr.PREV, 1); break;
                default: setMonth(e, Expr.PREV, 0); break;
            }
            return q;
        }
        if ((c[p] == '同' || c[p] == '翌') && p + 1 < c.length && Chars.isDigit(c[p + 1])) {
            int before = e.dayMode;
            int q = numberWithUnit(p + 1, e, 'd');
            if (q >= 0 && e.dayMode != before && e.relUnit == 0 && e.kind == DateMention.Kind.DATE) {
                setMonth(e, Expr.PREV, 0);
                e.dayAfterPrevious = c[p] == '翌';
                return q;
            }
            return -1;
        }
        return numberWithUnit(p, e, 'm');
    }

    private static void setMonth(Expr e, int mode, long v) {
        e.monthMode = mode;
        e.month = v;
    }

    private int afterMonth(int q, Expr e) {
        if (e.hasDay()) {
            return afterDay(q, e);
        }
        String part = Chars.at(c, q, "中間") ? null : MONTH_PARTS.at(c, q);
        // 2026年11月中間選挙: 中間 is a word of its own, not during the month (2026年11月中に)
        if (part == null && q < c.length && c[q] == 'の' && MONTH_PARTS_AFTER_NO.at(c, q + 1) != null) {
            // 3月の下旬: the same as 3月下旬
            part = MONTH_PARTS_AFTER_NO.at(c, ++q);
        }
        if (part == null && e.monthMode != Expr.ABS && Chars.at(c, q, "の") && dayOfMonthEndAt(q + 1) >= 0) {
            // 先月の10日, 翌月の22日: the day of the month told, as 先月10日 is
            q++;
        }
        if ("末".equals(part) && lateDayNamedAfter(q + 1)) {
            // 先月末の30日: the day written after it says which, and the month is the one before it
            part = null;
            q += 2;
        }
        if (part != null) {
            switch (part) {
                case "上旬": case "初旬": case "初め": case "初頭": e.monthPart = Expr.EARLY; break;
                case "中旬": case "半ば": e.monthPart = Expr.MIDDLE; break;
                case "下旬": e.monthPart = Expr.LATE; break;
                case "末": e.monthPart = monthEnd(q + part.length()); break;
                default: break;
            }
            return q + part.length();
        }
        int nth = nthWeekdayOfTheMonth(q, e);
        if (nth >= 0) {
            return nth;
        }
        int d = day(q, e);
        if (d >= 0 && e.hasDay() && e.relUnit == 0 && e.kind == DateMention.Kind.DATE) {
            return afterDay(d, e);
        }
        if (d >= 0) {
            return -1;
        }
        return q;
    }

    // ---------------------------------------------------------------- day

    private int day(int p, Expr e) {
        if (p >= c.length) {
            return -1;
        }
        // a kana day word inside a kana word (いきょう) is none; after a particle (首相はきょう, 政府はあす, 着陸からきょうで) it is
        if (p > 0 && Chars.isHiragana(c[p - 1]) && Chars.isHiragana(c[p]) && PARTICLES.indexOf(c[p - 1]) < 0
                && !Chars.at(c, p - 2, "から")) {
            return -1;
        }
        String holiday = NEW_YEAR_AND_EVE.at(c, p);
        if (holiday != null && holiday.equals("元日") && formerBeforeANameAndARole(p)) {
            return -1;
        }
        if (holiday != null) {
            boolean newYear = holiday.charAt(0) == '元';
            if (!e.hasYear()) {
                setMonth(e, Expr.ABS, newYear ? 1 : 12);
            } else if (e.hasMonth()) {
                return -1;
            } else {
                setMonth(e, Expr.ABS, newYear ? 1 : 12);
            }
            setDay(e, Expr.ABS, newYear ? 1 : 31);
            return p + holiday.length();
        }
        int edge = e.hasYear() || e.hasMonth() ? 0 : HappeningsEdgeDays.at(c, p);
        if (edge != 0) {
            setDay(e, Expr.PREV, 0);
            e.edgeOfAHappening = edge;
            return p + HappeningsEdgeDays.length(edge);
        }
        String w = RELATIVE_DAYS.at(c, p);
        if (w != null) {
            int q = p + w.length();
            if (comparison(q) || hiraganaWordGoesOn(w, q) || w.equals("明日") && Chars.at(c, q, "香") || sameDayOfAnother(w, p, q)
                    || (w.equals("けさ") || w.equals("ゆうべ")) && p > 0 && Chars.isKanji(c[p - 1])
                    || dayNamedAfter(w, q)) {
                return -1;
            }
            switch (w) {
                case "一昨日": case "おととい": setDay(e, Expr.DOC, -2); break;
                case "明後日": case "あさって": setDay(e, Expr.DOC, 2); break;
                case "今日": case "本日": case "きょう": case "今朝": case "けさ": case "今夜": case "今晩": setDay(e, Expr.DOC, 0); break;
                case "昨日": case "きのう": case "昨夜": case "昨晩": case "ゆうべ": setDay(e, Expr.DOC, -1); break;
                case "明日": case "あした": case "あす": setDay(e, Expr.DOC, 1); break;
                case "翌々日": setDay(e, Expr.PREV, 2); break;
                case "前々日": setDay(e, Expr.PREV, -2); break;
                case "前日": setDay(e, Expr.PREV, -1); break;
                case "翌日": setDay(e, Expr.PREV, 1); break;
                case "翌朝":
                    // the morning after the day told: 同日夜から翌朝にかけて
                    setDay(e, Expr.PREV, 1);
                    e.dayPart = "朝";
                    break;
                default: setDay(e, Expr.PREV, 0); break;
            }
            return q;
        }
        return numberWithUnit(p, e, 'd');
    }

    /**
     * 同じ日 inside a longer word (同じ日本人, 同じ日程, 同じ日曜日) or said of another thing's day (昨年と同じ日に: the
     * same day as last year's), not the day told last.
     */
    private boolean sameDayOfAnother(String w, int p, int q) {
        return w.equals("同じ日") && (q < c.length && (Chars.isKanji(c[q]) || Chars.isKatakana(c[q])) || p > 0 && c[p - 1] == 'と');
    }

    /**
     * 前日の26日, 当日の10日, 一昨日の13日, 昨日17日, 翌日の昨年10月30日: the day written after it says which, and is the
     * mention.
     */
    private boolean dayNamedAfter(String w, int q) {
        return Chars.at(c, q, "の") && DayNamedBeside.namesTheDayAfter(w) && (dayOfMonthEndAt(q + 1) >= 0 || dayWithItsMonthAt(q + 1))
                || dayOfMonthEndAt(q) >= 0 && DayNamedBeside.namesTheDayRightAfter(w, num.value, document);
    }

    /** きょうだい, あすか, きのうち: the kana word is longer than the date word; not きょうから (消費税きょうから10%). */
    private boolean hiraganaWordGoesOn(String w, int q) {
        if (!Chars.isHiragana(w.charAt(0)) || q >= c.length) {
            return false;
        }
        char n = c[q];
        return n == 'だ' || n == 'か' && !Chars.at(c, q, "から") || n == 'り' || n == 'ち' || n == 'ふ' || n == 'み' || n == 'せ' || n == 'そ' || n == 'ゆ'
                || n == 'ぎ' || n == 'ざ' || n == 'い' && !w.equals("あす");
    }

    private static void setDay(Expr e, int mode, long v) {
        e.dayMode = mode;
        e.day = v;
    }

    private int afterDay(int q, Expr e) {
        int r = weekday(q, e);
        int t = time(r, e, false);
        if (t < 0 && e.hasYear() && e.hasMonth() && e.dayMode == Expr.ABS && Chars.skipSpaces(c, r) > r) {
            // a dateline's time after a space (2021年01月08日 07時00分, 2020年2月29日 20:15) is of that day
            int s = Chars.skipSpaces(c, r);
            t = Chars.at(c, s, "午") ? time(s, e, false) : Math.max(clockTime(r, e), numericClock(s, e));
        }
        int end = t >= 0 ? t : r;
        if (Chars.at(c, end, "前後") && e.dayMode == Expr.ABS) {
            e.approximate = true;
            end += 2;
        }
        markApproximate(end, e);
        return end;
    }

    /** 07時00分 written in digits alone, as a dateline has it: where it ends, else -1. */
    private int numericClock(int q, Expr e) {
        if (!num.read(c, q, false) || num.kanji || num.length > 2 || !Chars.at(c, num.end, "時")) {
            return -1;
        }
        return time(q, e, false);
    }

    private void markApproximate(int q, Expr e) {
        if (APPROXIMATELY.at(c, q) != null) {
            e.approximate = true;
        }
    }

    private int weekday(int q, Expr e) {
        // 10日の月曜日: the same check as 10日月曜日
        int r = q < c.length && c[q] == 'の' && weekdayWord(q + 1) > 0 ? q + 1 : q;
        boolean paren = r < c.length && c[r] == '(';
        if (paren) {
            r++;
        }
        int wd = r < c.length ? weekdayOf(c[r]) : 0;
        if (wd == 0) {
            return q;
        }
        int s = r + 1;
        if (Chars.at(c, s, "曜日")) {
            s += 2;
        } else if (Chars.at(c, s, "曜")) {
            s += 1;
        } else if (!paren) {
            return q;
        }
        if (paren) {
            String extra = HOLIDAY_MARKS.at(c, s);
            if (extra != null) {
                s += extra.length();
            }
            if (s >= c.length || c[s] != ')') {
                return q;
            }
            s++;
        }
        e.weekday = wd;
        return s;
    }

    private static int weekdayOf(char ch) {
        switch (ch) {
            case '月': return 1;
            case '火': return 2;
            case '水': return 3;
            case '木': return 4;
            case '金': return 5;
            case '土': return 6;
            case '日': return 7;
            default: return 0;
        }
    }

    // ---------------------------------------------------------------- numbers with a unit

    /**
     * A number and its unit at {@code p}: 2022年, 1月, 10日, 2〜10日, 3日前, 3日間, 2022/1/10. The
     * {@code want} unit ('y', 'm', 'd') says which component the caller is reading; a number with
     * another unit is left for the other readers.
     */
    private int numberWithUnit(int p, Expr e, char want) {
        if (p >= c.length || !num.read(c, p, false)) {
            return -1;
        }
        long n = num.value;
        boolean kanji = num.kanji;
        int len = num.length;
        int q = num.end;
        if (want == 'y' && !kanji && len == 4 && n >= 1000 && n <= 2999 && q < c.length
                && (c[q] == '/' || c[q] == '-' || c[q] == '.')) {
            return fullNumericDate(p, q, n, e);
        }
        long to = -1;
        int u = q;
        if (u < c.length && c[u] == '~' && num.read(c, u + 1, false) && num.kanji == kanji) {
            to = num.value;
            u = num.end;
        } else if (want == 'd' && u < c.length && (c[u] == '、' || c[u] == '・') && num.read(c, u + 1, false) && num.kanji == kanji
                && num.value == n + 1 && BOTH_DAYS.at(c, num.end) != null) {
            // 30、31両日, 9・10の両日: the two days named, one range
            to = num.value;
            u = num.end + BOTH_DAYS.at(c, num.end).length() - 1;
        } else if (want == 'd' && u < c.length && (c[u] == '、' || c[u] == '・') && num.read(c, u + 1, false) && num.kanji == kanji
                && num.value == n + 1 && num.end < c.length && c[num.end] == '日') {
            int after = num.end + 1;
            if (!countOfDays(p, after)) {
                to = num.value;
                u = num.end;
            } else if (!e.hasYear() && e.monthMode == Expr.NONE && !(after < c.length && (c[after] == '前' || c[after] == '後'))) {
                // 2・3日で届く, 月に2、3日: a count of days (2・3日後 is left for 3日後 to be read)
                e.kind = DateMention.Kind.DURATION;
                return after < c.length && c[after] == '間' ? after + 1 : after;
            }
        }
        if (u >= c.length) {
            return -1;
        }
        char unit = c[u];
        if (unit == '年') {
            return want == 'y' ? yearUnit(p, u, n, to, kanji, len, e) : -1;
        }
        if (unit == '月') {
            return want == 'm' || want == 'y' && e.hasYear() ? monthUnit(u, n, to, kanji, e) : -1;
        }
        if (isMonthCounter(u)) {
            return want == 'm' ? counted(u + counterLength(u), n, 'm', e) : -1;
        }
        if (unit == '週') {
            return want == 'd' ? weeks(u, n, e) : -1;
        }
        if (unit == '日') {
            return want == 'd' ? dayUnit(p, u, n, to, kanji, len, e) : -1;
        }
        return -1;
    }

    /**
     * Whether N、M日 or N・M日 (from {@code p}, its 日 ending before {@code q}) counts days rather than
     * lists two: 2・3日後, 2、3日前, 2・3日で, 2・3日間, 月に2・3日, 週に2、3日.
     */
    private boolean countOfDays(int p, int q) {
        return q < c.length && "前後間で以中目おぶ".indexOf(c[q]) >= 0
                || p >= 2 && (Chars.at(c, p - 2, "月に") || Chars.at(c, p - 2, "週に") || Chars.at(c, p - 2, "年に"));
    }

    private int yearUnit(int p, int u, long n, long to, boolean kanji, int len, Expr e) {
        int q = u + 1;
        int r = afterAbout(q);
        if (to < 0 && !Chars.at(c, r, "前半") && (Chars.at(c, r, "前") || Chars.at(c, r, "後")) && n < 1000) {
            return counted(q, n, 'y', e);
        }
        if (to < 0 && n < 1000 && (Chars.at(c, q, "半前") || Chars.at(c, q, "半後")) && !followedByWordOf(q + 1)) {
            // 1年半後: eighteen months (1年半ぶり and 2年半前倒し are counts); not from another time
            // than the document's (震災から1年半後, 任期満了の1年半前), which is not known here
            return fromAnotherTime(p) ? -1 : counted(q + 1, n * 12 + 6, 'm', e);
        }
        if (DURATION_AND_COUNT_SUFFIXES.at(c, q) != null && !Chars.at(c, q, "目標")) {
            if (c[q] == '間') {
                e.kind = DateMention.Kind.DURATION;
                return q + 1;
            }
            return -1;
        }
        // a year alone is written with four digits from 1000 to 2999 (3000年 is more often a count);
        // with a month after it, any year of the calendar is one (794年10月22日, 95年1月17日, 3000年1月1日)
        int monthEnd = kanji ? -1 : monthEndAt(q);
        boolean withMonth = monthEnd >= 0;
        boolean fourDigits = kanji ? n >= 1000 && n <= 2999 : len == 4 && n >= 1000 && (n <= 2999 || withMonth);
        int named = len == 2 && !kanji && !withMonth && !e.rangeEnd && GOAL_YEAR_COUNTS_BEFORE.before(c, p) == null ? namedForTheYear(q) : NONE;
        boolean goal = named == GOAL;
        // 2018年から22年まで: the end of a range of years, its century the start's
        boolean endOfYears = e.rangeEnd && RANGE_ENDS.at(c, q) != null;
        int fullYearBefore = len == 2 && !kanji && !withMonth && !e.rangeEnd ? fullYearItIsWrittenAfter(p, q) : -1;
        boolean twoDigits = len == 2 && !kanji && (q < c.length && c[q] == '度' || withMonth || named != NONE || endOfYears
                || fullYearBefore > 0);
        boolean earlyYear = !fourDigits && (len == 3 || len == 4) && n >= 1 && withMonth;
        boolean oneDigit = len == 1 && withMonth;
        if (!fourDigits && !twoDigits && !earlyYear && !oneDigit) {
            return -1;
        }
        String countedFrom = fourDigits || e.rangeEnd ? null : COUNTS_OF_YEARS_BEFORE.before(c, p);
        if (countedFrom != null && !afterADate(p - countedFrom.length())) {
            if (SENTENCES.before(c, p) != null) {
                // 懲役10年6月: a term of years and months, no date at all
                e.kind = DateMention.Kind.DURATION;
                return withMonth ? monthEnd : q;
            }
            // 創立150年10月1日, 戦後77年8月15日, 震災から11年3月11日: a count of years, the date after it alone
            return -1;
        }
        e.yearMode = Expr.ABS;
        e.year = n;
        if (e.eraOfRange != null && len <= 2 && n >= e.eraYearOfRange) {
            // 令和4年12月から5年1月, 平成30年4月～31年3月: the end of a range keeps the era of its start
            e.era = e.eraOfRange;
        } else if (oneDigit) {
            // 5年1月: 令和5年 written without its era, most often; no reading rather than a wrong one
            e.invalidate(n + "年: a year of one digit, its era not written");
        }
        // its century is the one that puts it nearest the document date (Resolver), or, written short after a year of
        // four digits, the one that puts it first after that year (1998年と2004年、09年に → 2009; 2056年に…、70年には → 2070)
        e.twoDigitYear = twoDigits && e.era == null && fullYearBefore < 0;
        if (fullYearBefore > 0 && e.era == null) {
            long inItsCentury = fullYearBefore / 100 * 100 + n;
            e.year = inItsCentury < fullYearBefore ? inItsCentury + 100 : inItsCentury;
        }
        e.goalYear = goal;
        if (to < 0 && fourDigits && n % 10 == 0 && q < c.length && c[q] == '代') {
            e.decade = true;
            return q + 1;
        }
        if (to >= 0) {
            // 2021～23年 → 2023; 22～24年度 → 2024
            e.yearTo = to < 100 && n >= 100 ? n / 100 * 100 + to : to;
        }
        return q;
    }

    /**
     * The year of four digits earlier in the sentence that the two digits from {@code p} to the 年 before {@code q}
     * are written short after, or -1: a year told as a time (に, には or 、 after it) right after a list's or a clause's
     * joint (、・とや before it): 1985年に原型を完成させ、91年に実用化された → 1985 (so 1991); 1998年と2004年、09年に決壊
     * → 2004 (so 2009). Not a count: に before a number (10年に1度), わたり, 及ぶ, なる, 入る; after から or て
     * (2014年から10年、, 2000年に開業して25年、) or 約 (`COUNTS_OF_YEARS_BEFORE`); nor with no year of four digits
     * before it in the sentence (19年に上場した: no reading, as before).
     */
    private int fullYearItIsWrittenAfter(int p, int q) {
        boolean told = Chars.at(c, q, "、") || Chars.at(c, q, "に") && !(q + 1 < c.length
                && (Chars.isDigit(c[q + 1]) || Numerals.isKanjiNumeral(c[q + 1]) || "わ及な入".indexOf(c[q + 1]) >= 0));
        if (!told || p == 0 || "、・とや".indexOf(c[p - 1]) < 0 || COUNTS_OF_YEARS_BEFORE.before(c, p) != null) {
            return -1;
        }
        for (int k = p - 1; k >= 4 && c[k] != '。' && c[k] != '\n'; k--) {
            if (c[k] == '年' && Chars.isDigit(c[k - 1]) && Chars.isDigit(c[k - 2]) && Chars.isDigit(c[k - 3]) && Chars.isDigit(c[k - 4])
                    && (k < 5 || !Chars.isDigit(c[k - 5])) && (c[k - 4] == '1' || c[k - 4] == '2')) {
                return (c[k - 4] - '0') * 1000 + (c[k - 3] - '0') * 100 + (c[k - 2] - '0') * 10 + (c[k - 1] - '0');
            }
        }
        return -1;
    }

    private static final int NONE = 0;
    private static final int GOAL = 1;
    private static final int HAPPENING = 2;

    /**
     * What the noun phrase after the year whose 年 ends before {@code q} names for it: a goal set for
     * it (50年までに, 30年目標, 50年の温室効果ガス排出実質ゼロ), a happening of it (37年の開業, 05年の上場達成), or NONE: a count's 年 (50年の歴史, 30年の節目, 10年の期限付き), or a year something is counted
     * from (89年の導入以来, 97年の開業後), which is no date to put on a timeline.
     */
    private int namedForTheYear(int q) {
        if (Chars.at(c, q, "までに") || Chars.at(c, q, "目標")) {
            return GOAL;
        }
        if (q >= c.length || c[q] != 'の') {
            return NONE;
        }
        int end = q + 1;
        while (end < c.length && isPartOfANoun(c[end])) {
            end++;
        }
        int named = NONE;
        for (int k = q + 1; k < end && k <= q + GOAL_PHRASE_LENGTH; k++) {
            if (GOAL_NOUNS.at(c, k) != null) {
                named = GOAL;
                break;
            }
            if (named == NONE && YEARS_EVENT_NOUNS.at(c, k) != null) {
                named = HAPPENING;
            }
        }
        if (named == NONE || Chars.at(c, end, "から")) {
            return NONE;
        }
        for (int k = q + 1; k < end; k++) {
            // 後 ends the phrase to count from it (開業後); inside it, it is part of a word (後継)
            if (SINCE_IN_THE_PHRASE.at(c, k) != null && (k + 1 == end || c[k] != '後')) {
                return NONE;
            }
        }
        return named;
    }

    private static boolean isPartOfANoun(char ch) {
        return Chars.isKanji(ch) || Chars.isKatakana(ch) || ch == 'ー' || Chars.isAsciiLetter(ch);
    }

    /** Whether a date ends just before {@code p} (12月 in 2022年12月から5年1月): から there joins a range, it counts nothing. */
    private boolean afterADate(int p) {
        return p > 0 && "年月日度".indexOf(c[p - 1]) >= 0;
    }

    /** Where a month in Arabic digits that starts at {@code q} ends (after 10月 in 794年10月, 10~12月 in 21年10~12月期), else -1. */
    private int monthEndAt(int q) {
        if (!num.read(c, q, false) || num.kanji) {
            return -1;
        }
        int r = num.end;
        if (Chars.at(c, r, "月")) {
            return r + 1;
        }
        // 21年10～12月期
        return Chars.at(c, r, "~") && num.read(c, r + 1, false) && !num.kanji && Chars.at(c, num.end, "月") ? num.end + 1 : -1;
    }

    private int monthUnit(int u, long n, long to, boolean kanji, Expr e) {
        int q = u + 1;
        // 10月分の介入実績, 3月分の在庫: that month's share, a month; 一月分の家賃 and 家賃の2月分 are months' worth
        boolean monthsShare = !kanji && Chars.at(c, q, "分") && !afterNo(u);
        if (NOT_A_DAY_SUFFIXES.at(c, q) != null && !monthsShare || kanji && (Chars.at(c, q, "日") && !Chars.at(c, q, "日本"))) {
            return -1;
        }
        if (num.length > 2 && !kanji) {
            return -1;
        }
        if (!e.hasYear() && Chars.at(c, q, "としては")) {
            // 6月としては初めて40度を超えた: any June, a kind of month, not a time
            return -1;
        }
        e.monthMode = Expr.ABS;
        e.month = n;
        if (n < 1 || n > 12) {
            e.invalidate(n + "月: months are 1 to 12");
        }
        if (to >= 0) {
            e.monthTo = to;
            if (to < 1 || to > 12 || to < n) {
                e.invalidate(n + "〜" + to + "月: not a range of months");
            }
            if (q < c.length && c[q] == '期') {
                q++;
            }
        } else if (q < c.length && c[q] == '期' && e.hasYear()) {
            e.periodEndingMonth = true;
            q++;
        } else if (Chars.at(c, q, "中間") && e.hasYear() && isOfTheBusinessYear(q + 2)) {
            // 2022年9月中間決算: the first half of the business year, not during September (2022年9月中に)
            e.halfEndingMonth = true;
            q += Chars.at(c, q + 2, "期") ? 3 : 2;
        }
        return q;
    }

    /** Whether の stands right before the figures that end at {@code unit} (家賃の2月分). */
    private boolean afterNo(int unit) {
        int start = unit;
        while (start > 0 && Chars.isDigit(c[start - 1])) {
            start--;
        }
        return start > 0 && c[start - 1] == 'の';
    }

    /** What after 中間 says a business year's half: 2023年9月中間決算, 中間連結, 中間期, 中間配当 (not 中間選挙, 中間報告). */
    private static final String[] HALF_YEAR_WORDS = {"決算", "連結", "期", "配当"};

    private boolean isOfTheBusinessYear(int q) {
        for (String word : HALF_YEAR_WORDS) {
            if (Chars.at(c, q, word)) {
                return true;
            }
        }
        return false;
    }

    private int dayUnit(int p, int u, long n, long to, boolean kanji, int len, Expr e) {
        int q = u + 1;
        int r = afterAbout(q);
        if (to < 0 && (Chars.at(c, r, "前") && !Chars.at(c, r, "前後") || Chars.at(c, r, "後"))) {
            if (Chars.at(c, r + 1, "の") && dayOfMonthEndAt(r + 2) >= 0) {
                // 3日後の10日, 2日前の8日: the day written after it says which, and is the mention
                return -1;
            }
            return counted(q, n, 'd', e);
        }
        if (!e.hasMonth() && (countsDays(p, q, e.rangeEnd) || DAY_COUNT_AFTER.at(c, q) != null || withinADay(n, q))) {
            return -1;
        }
        if (durationAfterDays(p, q)) {
            e.kind = DateMention.Kind.DURATION;
            return Chars.at(c, q, "間") ? q + 1 : q;
        }
        if (COUNT_SUFFIXES.at(c, q) != null && !(e.hasMonth() && Chars.at(c, q, "分"))) {
            // 1日分 is a day's worth; with its month, 5月7日分 is what that day counted (集計は5月7日分で終わる)
            return -1;
        }
        if (n == 1 && to < 0 && !e.hasMonth() && anAmountFollows(q)) {
            // 1日の降水量 is what falls in a day; the first's would be written with its month or as 1日に
            return -1;
        }
        // 十日町, 十日市: places
        if (kanji && !e.hasMonth() && (Chars.at(c, q, "町") || Chars.at(c, q, "市"))) {
            return -1;
        }
        if (q < c.length && Chars.isDigit(c[q]) && !clockFollows(q)) {
            return -1;
        }
        if (kanji) {
            boolean withMonth = e.hasMonth();
            if (Chars.at(c, q, "月") && !Chars.at(c, q, "月曜")) {
                return -1;
            }
            if (!withMonth && n < 10) {
                return -1;
            }
        }
        if (!kanji && len > 2 && !e.hasMonth()) {
            e.dayMode = Expr.ABS;
            e.day = n;
            e.invalidate(n + "日: a month has at most 31 days");
            return q;
        }
        e.dayMode = Expr.ABS;
        e.day = n;
        if (n < 1 || n > 31) {
            e.invalidate(n + "日: a month has at most 31 days");
        }
        if (to >= 0) {
            e.dayTo = to;
            if (to < 1 || to > 31 || to <= n) {
                e.invalidate(n + "〜" + to + "日: not a range of days");
            }
        }
        return q;
    }

    /** Whole phrases that make 1日 one day counted: 1日も早く, 1日でも早い, 1日も欠かさず, 1日たりとも. */
    private static final Words ONE_DAY_PHRASES = new Words("も早く", "も早い", "も早め", "でも早く", "でも早い", "でも早め", "も欠かさ",
            "たりとも");
    /**
     * What makes 1日 "a day" of a rate before a number: 1日約140トン, 1日およそ3千人, 1日最大500本 (not 1日最大規模の訓練:
     * a number must follow). A news lead sets the 1st off with a comma (1日、約300人が集まった), so the words right
     * after it count. 1日当たり and 1日140トン are counts already ({@link #COUNT_SUFFIXES}, a digit after 日).
     */
    private static final Words RATE_AFTER_ONE_DAY = new Words("約", "およそ", "最大", "最多", "最高");
    /** What 1日で is "in a day" before: 1日で完売した, 1日で売り切れ, 混雑が1日で来た, 1日で集まった, 1日で3万人. */
    private static final Words IN_A_DAY = new Words("完売", "売り切れ", "売れ", "来", "集ま", "訪れ", "達し", "倍");
    /** The units of a time gone by that 1日で reaches (きょう1日で1年になる, 1日で3か月): the 1st, no day counted. */
    private static final Words YEARS_OR_MONTHS_REACHED = new Words("年", "周年", "か月", "カ月", "ヶ月", "ケ月");

    /**
     * Whether 1日 is one day counted: "in a day" before a verb of selling out, coming or gathering or before a
     * number (1日で完売した, 3日分の混雑が1日で来た, 1日で3万人), a day of a rate (1日約140トン), or in a set
     * phrase ({@link #ONE_DAY_PHRASES}); not
     * the 1st told with a copula or as a time something ends or is reached (発行は1日で、…, 開店は1日でした, 営業は1日で
     * 終了した, 同社は1日で創業100年を迎えた, 有料化が始まって、きょう1日で1年になる: years or months reached), nor
     * 1日も会見を開いた, 1日も早朝から.
     */
    private boolean withinADay(long n, int q) {
        if (n != 1) {
            return false;
        }
        String rate = RATE_AFTER_ONE_DAY.at(c, q);
        if (ONE_DAY_PHRASES.at(c, q) != null || rate != null && q + rate.length() < c.length
                && (Chars.isDigit(c[q + rate.length()]) || Numerals.isKanjiNumeral(c[q + rate.length()]))) {
            return true;
        }
        return Chars.at(c, q, "で") && q + 1 < c.length && (IN_A_DAY.at(c, q + 1) != null
                || Chars.isDigit(c[q + 1]) && !aTimeGoneByReached(q + 1));
    }

    /**
     * Whether the number at {@code p} counts years or months (1年になる, 3か月を迎えた): a time gone by, reached on a day;
     * not a share of them (1日で1か月分の雨が降った: one day's rain as much as a month's).
     */
    private boolean aTimeGoneByReached(int p) {
        int k = p;
        while (k < c.length && Chars.isDigit(c[k])) {
            k++;
        }
        String unit = YEARS_OR_MONTHS_REACHED.at(c, k);
        return unit != null && !Chars.at(c, k + unit.length(), "分");
    }

    /**
     * Whether a word before the number at {@code p}, or what follows its 日 at {@code q}, makes it a
     * count of days: 1泊2日, 週2日 (not 先週2日), あと1日 (not そのあと10日, 視察したあと5日), 逮捕から2日で,
     * 開幕から10日が過ぎた, a headline's 再稼働から5日 (not the end of a range: 29日から31日は休館), 平均4日.
     */
    private boolean countsDays(int p, int q, boolean endsARange) {
        if (!endsARange && Chars.at(c, p - 2, "から")) {
            // a range's end is read with its start: a number here counts from something else
            return q < c.length && (c[q] == 'で' || c[q] == 'が' || c[q] == 'は') || Chars.at(c, q, "経") || Chars.at(c, q, "たっ")
                    || Chars.at(c, q, "過ぎ") || endsTheHeadline(q);
        }
        String w = DAY_COUNT_BEFORE.before(c, p);
        if (w == null) {
            return false;
        }
        if (w.equals("あと")) {
            // そのあと10日に, 視察したあと5日に, 会談のあと10日に: "after", and the day is a date
            return p < 3 || "のただるてで".indexOf(c[p - 3]) < 0;
        }
        return !w.equals("週") || p < 2 || "先今来翌前同再".indexOf(c[p - 2]) < 0;
    }

    /**
     * Whether {@code q} ends the text's first line, its headline, with a body after it (原子炉を停止　再稼働から
     * 5日⏎…): a headline's grammar drops the で of 再稼働から5日で, so what it counts there is days gone by.
     */
    private boolean endsTheHeadline(int q) {
        if (q >= c.length || c[q] != '\n' && c[q] != '\r') {
            // a text of one line is a sentence as likely as a headline (首相はロンドンから5日)
            return false;
        }
        if (firstLineEnd < 0) {
            // looked for once: a long text asked at every から before a day would be read again and again
            firstLineEnd = 0;
            while (firstLineEnd < c.length && c[firstLineEnd] != '\n') {
                firstLineEnd++;
            }
        }
        return q == firstLineEnd || q + 1 == firstLineEnd && c[q] == '\r';
    }


    /** The longest noun of an amount looked for after の (降水量, 最大降雪量). */
    private static final int AMOUNT_NOUN_LENGTH = 6;

    /** Whether の and a noun of an amount (降水量, 雨量, 摂取量: kanji ending in 量) follow {@code q}. */
    private boolean anAmountFollows(int q) {
        if (!Chars.at(c, q, "の")) {
            return false;
        }
        int r = q + 1;
        while (r < c.length && r - q - 1 < AMOUNT_NOUN_LENGTH && Chars.isKanji(c[r])) {
            r++;
        }
        return r > q + 1 && c[r - 1] == '量';
    }

    /**
     * 1日20万人 is "a day", 10日15時 a date: after 日, a number must be an hour, and a time of day, not hours
     * counted (1日8時間働く: so many a day).
     */
    private boolean clockFollows(int q) {
        int r = q;
        while (r < c.length && Chars.isDigit(c[r])) {
            r++;
        }
        return r < c.length && c[r] == '時' && !Chars.at(c, r, "時間");
    }

    private boolean isMonthCounter(int u) {
        return counterLength(u) > 0;
    }

    private int counterLength(int u) {
        String w = MONTH_COUNTERS.at(c, u);
        return w == null ? 0 : w.length();
    }

    /**
     * Whether 元日 at {@code p} is 元 (former) before a name and a role ({@link #FORMER_ROLES}) in one run of kanji
     * (元日本代表の山田氏); never after a year (2024年元日本社で: New Year's Day).
     */
    private boolean formerBeforeANameAndARole(int p) {
        if (p > 0 && (c[p - 1] == '年' || Chars.isDigit(c[p - 1]))) {
            return false;
        }
        for (int k = p + 2; k < Math.min(c.length, p + 2 + FORMER_ROLE_SCOPE) && Chars.isKanji(c[k]); k++) {
            if (FORMER_ROLES.at(c, k) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * What may follow the 前 or 後 of a rough count: a particle or punctuation (3日ほど前に, 2週間ほど後の), not another
     * word's kanji (5日ほど前年より早い, 2日ほど前日の: 前年 and 前日 are words of their own).
     */
    private static final String ENDS_A_ROUGH_COUNT = "にのかまはもだでとや、。」）)\n ";
    /** What may stand between a count and its 前 or 後 (4か月ほど前, 10日ぐらい後): the count is a rough one. */
    private static final Words ABOUT = new Words("ほど", "程", "ぐらい", "くらい");

    /**
     * Where the 前 or 後 of a rough count (4か月ほど前, 1週間くらい後) is when the count ends at {@code q} with one of
     * {@link #ABOUT}; else {@code q}. Only before a particle or punctuation ({@link #ENDS_A_ROUGH_COUNT}): not 3日ほど
     * 前後, 3日ほど前倒し, 5日ほど前年より.
     */
    private int afterAbout(int q) {
        String about = ABOUT.at(c, q);
        if (about == null) {
            return q;
        }
        int r = q + about.length();
        boolean beforeOrAfter = (c.length > r && (c[r] == '前' || c[r] == '後')) && (r + 1 == c.length || ENDS_A_ROUGH_COUNT.indexOf(c[r + 1]) >= 0);
        return beforeOrAfter ? r : q;
    }

    private int weeks(int u, long n, Expr e) {
        int q = u + 1;
        if (Chars.at(c, q, "間")) {
            q++;
        }
        int r = afterAbout(q);
        if (Chars.at(c, r, "前") || Chars.at(c, r, "後")) {
            return counted(q, n, 'w', e);
        }
        if (q > u + 1) {
            e.kind = DateMention.Kind.DURATION;
            return q;
        }
        return -1;
    }

    /**
     * N units 前 (before) or 後 (after), else a duration: 3日前, 2週間後, 3カ月前, 3カ月. Nothing for
     * weeks when the date they come to is written after them (2週間後の11月10日, 1週間前の3日), nor for
     * months or years before a month and day (3カ月後の9月1日, 1年後の4月1日): that date is the
     * mention. Before a day alone a count of months or years keeps its own, as it gives the day's
     * month (3カ月後の1日: 3カ月後 and the 1st of that month, DateFinder.countedMonthBefore); a count of days keeps its own before a month and day
     * (2日後の11月1日, counted from the day before it, agrees with it), and before a day alone it is
     * none (3日後の10日, see dayUnit); hours and minutes keep theirs (48時間後の3日).
     */
    private int counted(int q, long n, char unit, Expr e) {
        if (afterAbout(q) > q) {
            e.approximate = true;
            q = afterAbout(q);
        }
        boolean onToADate = (Chars.at(c, q, "前") || Chars.at(c, q, "後")) && Chars.at(c, q + 1, "の");
        if (onToADate && (unit == 'w' && dateWrittenAt(q + 2) || (unit == 'm' || unit == 'y') && monthAndDayWrittenAt(q + 2))) {
            return -1;
        }
        if (Chars.at(c, q, "前") && !followedByWordOf(q)) {
            e.relN = -n;
        } else if (Chars.at(c, q, "後") && !followedByWordOf(q)) {
            e.relN = n;
        } else {
            e.kind = DateMention.Kind.DURATION;
            return Chars.at(c, q, "間") ? q + 1 : q;
        }
        e.relUnit = unit;
        return unit == 'y' ? seasonOfTheCountedYear(q + 1, e) : q + 1;
    }

    /**
     * A season after a count of years and の (2年前の夏, 3年後の春): that season of the year counted to,
     * as 昨年の夏 is of last year, not the whole year. A kanji after the season makes another word
     * (2年前の夏場所, 5年前の春闘: the year alone). Where the mention ends.
     */
    private int seasonOfTheCountedYear(int q, Expr e) {
        if (q + 1 < c.length && c[q] == 'の' && seasonOf(c[q + 1]) > 0 && !seasonWordContinues(q + 2)) {
            e.season = seasonOf(c[q + 1]);
            return q + 2;
        }
        return q;
    }

    /** 2022/1/10, 2022-01-10, 2022.1.10: the same separator twice, nothing numeric around. */
    private int fullNumericDate(int p, int q, long y, Expr e) {
        char sep = c[q];
        if (!num.read(c, q + 1, false) || num.kanji || num.length > 2) {
            return -1;
        }
        long m = num.value;
        int r = num.end;
        if (r >= c.length || c[r] != sep || !num.read(c, r + 1, false) || num.kanji || num.length > 2) {
            return -1;
        }
        long d = num.value;
        int s = num.end;
        if (s < c.length && (Chars.isDigit(c[s]) || c[s] == sep || c[s] == '.' && s + 1 < c.length && Chars.isDigit(c[s + 1])
                || Chars.isAsciiLetter(c[s]))) {
            return -1;
        }
        e.yearMode = Expr.ABS;
        e.year = y;
        e.monthMode = Expr.ABS;
        e.month = m;
        e.dayMode = Expr.ABS;
        e.day = d;
        if (m < 1 || m > 12) {
            e.invalidate(m + "月: months are 1 to 12");
        }
        if (d < 1 || d > 31) {
            e.invalidate(d + "日: a month has at most 31 days");
        }
        int t = weekday(s, e);
        int clock = clockTime(t, e);
        return clock >= 0 ? clock : t;
    }

    /** 1/10 read only with a cue that it is a date: 1/10(月), 1/10〜1/15, 1/10から, 1/10付. */
    private int slashDate(int p, Expr e) {
        if (!num.read(c, p, false) || num.kanji || num.length > 2) {
            return -1;
        }
        long m = num.value;
        int q = num.end;
        if (q >= c.length || c[q] != '/' || !num.read(c, q + 1, false) || num.kanji || num.length > 2) {
            return -1;
        }
        long d = num.value;
        int r = num.end;
        if (r < c.length && (Chars.isDigit(c[r]) || c[r] == '/' || c[r] == '.' || Chars.isAsciiLetter(c[r]))) {
            return -1;
        }
        Expr probe = new Expr();
        int w = weekday(r, probe);
        boolean cue = w > r || SLASH_DATE_CUES.at(c, r) != null
                || clockTime(r, new Expr()) >= 0;
        if (!cue || m < 1 || m > 12 || d < 1 || d > 31) {
            return -1;
        }
        e.monthMode = Expr.ABS;
        e.month = m;
        e.dayMode = Expr.ABS;
        e.day = d;
        e.weekday = probe.weekday;
        int clock = clockTime(w, e);
        return clock >= 0 ? clock : w;
    }

    /** " 10:00" after a numeric date. */
    private int clockTime(int q, Expr e) {
        int r = Chars.skipSpaces(c, q);
        if (r == q && (r >= c.length || c[r] != 'T')) {
            return -1;
        }
        if (r < c.length && c[r] == 'T') {
            r++;
        }
        if (!num.read(c, r, false) || num.kanji || num.length > 2) {
            return -1;
        }
        long h = num.value;
        int s = num.end;
        if (s >= c.length || c[s] != ':' || !num.read(c, s + 1, false) || num.kanji || num.length != 2) {
            return -1;
        }
        long mi = num.value;
        setTime(e, h, mi);
        return num.end;
    }

    // ---------------------------------------------------------------- weeks, seasons, edges, relative

    private int week(int p, Expr e) {
        if (Chars.at(c, p, "週明け")) {
            setWeek(e, Expr.DOC, 0);
            e.weekStart = true;
            int r = Chars.at(c, p + 3, "の") ? p + 4 : p + 3;
            if (dayOfMonthEndAt(r) >= 0) {
                // 週明け5日, 週明けの13日: the day written after it says which start of a week; it stays a mention of its own
                e.dayWrittenAfter = num.value;
            }
            return p + 3;
        }
        String w = RELATIVE_WEEKS.at(c, p);
        if (w != null && (w.equals("週末") || w.equals("週内")) && p > 0 && (c[p - 1] == '毎' || c[p - 1] == '隔')) {
            return -1;
        }
        if (w != null && w.equals("週内") && p + 2 < c.length && Chars.isKanji(c[p + 2])) {
            // 週内容, 週内部: 週 ends one word and 内 begins the next
            return -1;
        }
        if (w == null) {
            return -1;
        }
        int q = p + w.length();
        if (comparison(q)) {
            return -1;
        }
        switch (w) {
            case "先々週": setWeek(e, Expr.DOC, -2); break;
            case "再来週": setWeek(e, Expr.DOC, 2); break;
            case "今週": case "週末": case "週内": setWeek(e, Expr.DOC, 0); break;
            case "先週": setWeek(e, Expr.DOC, -1); break;
            case "来週": setWeek(e, Expr.DOC, 1); break;
            case "前週": setWeek(e, Expr.PREV, -1); break;
            case "翌週": setWeek(e, Expr.PREV, 1); break;
            default: setWeek(e, Expr.PREV, 0); break;
        }
        if (w.equals("週末")) {
            e.weekend = true;
            e.bareWeekend = true;
        } else if (q < c.length && c[q] == '末') {
            e.weekend = true;
            q++;
        } else if (weekdayWord(q) > 0 || q < c.length && c[q] == 'の' && weekdayWord(q + 1) > 0) {
            // 先週金曜日, 来週の金曜日
            int r = c[q] == 'の' ? q + 1 : q;
            e.weekday = weekdayOf(c[r]);
            e.weekdayInWeek = true;
            q = r + weekdayWord(r);
            int t = time(q, e, false);
            return t >= 0 ? t : q;
        }
        int r = q < c.length && c[q] == 'の' ? q + 1 : q;
        int dayEnd = dayOfMonthEndAt(r);
        if (dayEnd >= 0) {
            // 来週11日, 先週の16日, 週末の8日: the day, in the week named
            e.dayMode = Expr.ABS;
            e.day = num.value;
            int t = time(dayEnd, e, false);
            return t >= 0 ? t : dayEnd;
        }
        return q;
    }

    /** Where a day of the month in digits at {@code q} ends (16日; not 3日間, 2日目), else -1; its number is {@code num.value}. */
    private int dayOfMonthEndAt(int q) {
        if (!num.read(c, q, false) || num.kanji || num.length > 2 || num.value < 1 || num.value > 31 || !Chars.at(c, num.end, "日")) {
            return -1;
        }
        int end = num.end + 1;
        boolean count = NOT_A_DAY_SUFFIXES.at(c, end) != null || COUNT_SUFFIXES.at(c, end) != null || DAY_COUNT_AFTER.at(c, end) != null
                || durationAfterDays(q, end) || end < c.length && Chars.isDigit(c[end]);
        return count ? -1 : end;
    }

    /** Whether の and a day of the month's last third follow at {@code q}: 月末の30日, 先月末の31日 (not 月末の5日). */
    private boolean lateDayNamedAfter(int q) {
        return Chars.at(c, q, "の") && dayOfMonthEndAt(q + 1) >= 0 && num.value >= 21;
    }

    /** Whether a day of the month, or a month and its day, is written at {@code q} (10日, 11月10日). */
    private boolean dateWrittenAt(int q) {
        return dayOfMonthEndAt(q) >= 0 || monthAndDayWrittenAt(q);
    }

    /** Whether a day with its month, its year before them or not, is written at {@code q}: 1月22日, 昨年10月30日, 2022年10月30日. */
    private boolean dayWithItsMonthAt(int q) {
        String year = RELATIVE_YEARS.at(c, q);
        return monthAndDayWrittenAt(year != null ? q + year.length() : afterAYearOfFourDigits(q));
    }

    /** Whether a month is written at {@code q} (1月, 1月22日), with its year before it or not (2021年1月). */
    private boolean monthWrittenAt(int q) {
        return monthNumberAt(afterAYearOfFourDigits(q));
    }

    /** Where what follows a year of four digits written at {@code q} begins (2021年｜1月), or {@code q} when none is. */
    private int afterAYearOfFourDigits(int q) {
        return num.read(c, q, false) && !num.kanji && num.length == 4 && Chars.at(c, num.end, "年") ? num.end + 1 : q;
    }

    /** Whether a month's number and 月 are written at {@code q} (11月), the number read left in {@link #num}. */
    private boolean monthNumberAt(int q) {
        return num.read(c, q, false) && !num.kanji && num.value >= 1 && num.value <= 12 && Chars.at(c, num.end, "月");
    }

    /** Whether a month and its day are written at {@code q} (11月10日). */
    private boolean monthAndDayWrittenAt(int q) {
        return monthNumberAt(q) && dayOfMonthEndAt(num.end + 1) >= 0;
    }

    /**
     * Whether what follows the number of days starting at {@code number} makes it a length (22日早い, 地震から10日が
     * 過ぎた), not the dawn of a day (24日早朝) nor a named day passing (期限の31日が過ぎた) or 1日たちまち.
     */
    private boolean durationAfterDays(int number, int q) {
        if (DURATIONS_AFTER_DAYS.at(c, q) != null) {
            return !Chars.at(c, q, "早朝");
        }
        int from = number >= 1 && c[number - 1] == '約' ? number - 1 : number;
        return PASSING_AFTER_DAYS.at(c, q) != null && from >= 2 && Chars.at(c, from - 2, "から") && !Chars.at(c, q, "たちまち");
    }

    /**
     * 金曜日, 金曜 alone: the one the sentence's tense points to, near the document's date
     * ({@link Resolver}); ending a range, the one in the start's week (今週の月曜日から金曜日まで).
     * Not 毎週金曜日 (recurring), 第2金曜日 (a weekday of a month), 月曜から金曜 and 月・水・金曜日
     * (a schedule), 日曜版 and 金曜ロードショー (names), 週末の土曜日 (the expression before says which),
     * nor 金曜日の7日 (the date that follows is the mention).
     */
    private int bareWeekday(int p, Expr e) {
        int length = weekdayWord(p);
        if (length == 0) {
            return -1;
        }
        if (p > 0 && (c[p - 1] == '毎' || c[p - 1] == '隔' || Chars.at(c, p - 2, "隔週") || c[p - 1] == '第' || Chars.isDigit(c[p - 1])
                || Numerals.isKanjiNumeral(c[p - 1]) || weekdayOf(c[p - 1]) > 0 || !e.rangeEnd && endsAWeekdayRange(p)
                || c[p - 1] == 'の' && p > 1 && "日週末け月".indexOf(c[p - 2]) >= 0 || Chars.at(c, p - 2, "最終")
                || Chars.at(c, p - 3, "最後の") || c[p - 1] == '・' || c[p - 1] == '、' && p > 1 && weekdayOf(c[p - 2]) > 0
                || ofAWeeklySchedule(p))) {
            // 週末の土曜日, 来月の金曜日: the expression before says which; 月・水・金曜日, 最終金曜日: days of a schedule
            return -1;
        }
        int wd = weekdayOf(c[p]);
        int q = p + length;
        // 金曜に, 金曜の夜, 金曜、: not 水曜どうでしょう, 金曜ロードショー, 日曜大工 (names), 土曜出勤, 日曜に限り
        if (length == 2 && q < c.length && Chars.isHiragana(c[q]) && PARTICLES.indexOf(c[q]) < 0 && c[q] != 'の'
                || q < c.length && (Chars.isKatakana(c[q]) || Chars.isKanji(c[q]) && DAY_PARTS.at(c, q) == null)
                || SCHEDULE_AFTER_WEEKDAY.at(c, q) != null) {
            return -1;
        }
        if (q < c.length && (c[q] == '版' || c[q] == 'の' && dayOfMonthEndAt(q + 1) >= 0)) {
            return -1;
        }
        String connector = RANGE_CONNECTORS.at(c, q);
        if (connector != null && q + connector.length() < c.length && weekdayOf(c[q + connector.length()]) > 0) {
            return -1;
        }
        // 今週の月曜日から金曜日まで: the end is in the start's week
        setWeek(e, e.rangeEnd ? Expr.PREV : Expr.DOC, 0);
        e.weekday = wd;
        e.weekdayInWeek = true;
        e.bareWeekday = !e.rangeEnd;
        int t = time(q, e, false);
        return t >= 0 ? t : q;
    }

    /**
     * 第2日曜 (日), 第3月曜日, written right after a month or after its の (2月の第2日曜 → 9 February 2020): the day is
     * that weekday of the month, found when the month's year is; the end of what was read, else -1. Only the first
     * to fifth (第6日曜 is none); not a week of the month (第2週).
     */
    private int nthWeekdayOfTheMonth(int q, Expr e) {
        int p = q < c.length && c[q] == 'の' ? q + 1 : q;
        if (p + 2 >= c.length || c[p] != '第' || c[p + 1] < '1' || c[p + 1] > '5') {
            return -1;
        }
        int length = weekdayWord(p + 2);
        if (length == 0) {
            return -1;
        }
        e.nthOfTheMonth = c[p + 1] - '0';
        e.weekdayOfTheMonth = weekdayOf(c[p + 2]);
        return p + 2 + length;
    }

    /**
     * Whether the weekday at {@code p} goes on a weekly schedule its sentence opened before it: 毎週月曜と木曜に中心部、
     * 火曜と金曜に山間部を巡る (木曜, 火曜 and 金曜 come back each week too; 毎週⏎月曜, a page's wrap, the first too). Not a
     * weekday a week is named right before (毎週月曜に開くが、今週は火曜に開いた), nor one set against the schedule (毎週
     * 金曜に会見を開いているが、火曜に臨時の会見を開き), nor after the sentence's end, a blank line or {@value #SCHEDULE_REACH}
     * characters.
     */
    private boolean ofAWeeklySchedule(int p) {
        // a sentence's length: lines a page wrapped go on in it, a blank line ends it
        for (int k = p - 1; k >= 1 && k >= p - SCHEDULE_REACH && c[k] != '。' && !(c[k] == '\n' && c[k - 1] == '\n'); k--) {
            if (c[k] == '、' && c[k - 1] == 'が' || CONTRASTS.at(c, k) != null) {
                // 毎週金曜に会見を開いているが、火曜に臨時の会見を開き: a day set against the schedule
                return false;
            }
            if (c[k] == '週' && (c[k - 1] == '毎' || c[k - 1] == '隔') && weekdayWord(afterABreak(k + 1)) > 0) {
                return true;
            }
            if (c[k] == '週' && k >= p - 3) {
                return false;
            }
        }
        return false;
    }

    /** Past a line break at {@code q} (a page wrapped at 毎週⏎月曜), else {@code q}. */
    private int afterABreak(int q) {
        int r = q;
        while (r < c.length && (c[r] == '\n' || c[r] == '\r')) {
            r++;
        }
        return r;
    }

    /** The length of 金曜日 or 金曜 at {@code q}, else 0. */
    private int weekdayWord(int q) {
        if (q + 1 >= c.length || weekdayOf(c[q]) == 0 || c[q + 1] != '曜') {
            return 0;
        }
        return Chars.at(c, q + 1, "曜日") ? 3 : 2;
    }

    /** Whether a weekday and a range connector come just before {@code p}: 月曜から｜金曜, 月~｜金曜. */
    private boolean endsAWeekdayRange(int p) {
        for (String connector : new String[] {"から", "~"}) {
            int at = p - connector.length();
            if (at > 0 && Chars.at(c, at, connector)
                    && (c[at - 1] == '曜' || c[at - 1] == '日' && at > 1 && c[at - 2] == '曜' || weekdayOf(c[at - 1]) > 0)) {
                return true;
            }
        }
        return false;
    }

    private static void setWeek(Expr e, int mode, int v) {
        e.weekMode = mode;
        e.week = v;
    }

    /**
     * A length counted from now (今後1週間, 今後2週間は, 向こう3カ月, 今後約10日間): the period from the day
     * the sentence is told on, that long: 今後1週間程度 in an article of 2024-01-02 →
     * 2024-01-02/2024-01-08, and from the day told before it in its sentence (政府は26日、今後2週間は
     * 中止を求めた → the 26th to 10 March), which DateFinder lends it ({@link Expr#fromNow}). Days, weeks
     * and years need 間 (今後3日で is not said). A length alone (2週間にわたり) stays a duration.
     * Known weakness: 今後1週間程度 is read as seven days exactly, its 程度 not kept.
     */
    private int fromNowOn(int p, Expr e) {
        int r = Chars.at(c, p, "今後") ? p + 2 : Chars.at(c, p, "向こう") ? p + 3 : -1;
        if (r < 0 || p > 0 && Chars.isKanji(c[p - 1])) {
            return -1;
        }
        if (Chars.at(c, r, "約")) {
            r++;
        }
        if (!num.read(c, r, false) || num.value < 1) {
            return -1;
        }
        long n = num.value;
        int u = num.end;
        char unit;
        int end;
        int counter = counterLength(u);
        if (counter > 0) {
            unit = 'm';
            end = u + counter;
            end += Chars.at(c, end, "間") ? 1 : 0;
        } else if (Chars.at(c, u, "日間") || Chars.at(c, u, "週間") || Chars.at(c, u, "年間")) {
            unit = c[u] == '日' ? 'd' : c[u] == '週' ? 'w' : 'y';
            end = u + 2;
        } else {
            return -1;
        }
        setDay(e, Expr.DOC, 0);
        e.fromNow = true;
        e.lengthN = n;
        e.lengthUnit = unit;
        return end;
    }

    /** 今春, 昨秋, 来夏, この冬. */
    private int seasonWord(int p, Expr e) {
        String w = THIS_LAST_NEXT.at(c, p);
        if (w == null) {
            return -1;
        }
        int q = p + w.length();
        if (q >= c.length || seasonOf(c[q]) == 0 || seasonWordContinues(q + 1)) {
            return -1;
        }
        setYear(e, Expr.DOC, w.equals("昨") ? -1 : w.equals("来") ? 1 : 0);
        e.season = seasonOf(c[q]);
        e.seasonOfNow = true;
        return q + 1;
    }

    /**
     * A season written alone before ごろ, 以降 or までに (「夏ごろ」としている, 秋以降に再開する, 冬までに
     * まとめる), set off as a topic (春には、…合併した; 秋に、) or written onto an occasion at a sentence's start (春の市議選を
     * めぐる騒動に, 春の住民説明会では):
     * the nearest such season the sentence's tense allows, as 年末 alone is. Not a season
     * of a word (初夏, 晩秋, 今夏: a kanji before it), of a year or count named before it (来年の夏ごろ,
     * read with its year), nor one of a kanji word after it (夏場, 春闘), not before に alone,
     * which says what a season is like as often as when (夏に強い), nor before の and a common noun (春の訪れ, 春の陽気).
     * Known weakness: 夏には弱い品種 reads a season where none is told.
     */
    private int seasonAlone(int p, Expr e) {
        if (seasonOf(c[p]) == 0 || p > 0 && (Chars.isKanji(c[p - 1]) || c[p - 1] == 'の' || Chars.isDigit(c[p - 1]))) {
            return -1;
        }
        int q = p + 1;
        String approximately = APPROXIMATELY.at(c, q);
        boolean setOffOrOnAnOccasion = Chars.at(c, q, "には") || Chars.at(c, q, "に、")
                || Chars.at(c, q, "の") && beginsASentence(p) && occasionNamedAt(q + 1);
        boolean when = approximately != null || Chars.at(c, q, "以降") || Chars.at(c, q, "までに")
                || setOffOrOnAnOccasion && !anotherYearOrEveryYearBefore(p);
        if (!when) {
            return -1;
        }
        e.season = seasonOf(c[p]);
        return approximately != null ? q + approximately.length() : q;
    }

    /** The ends of a noun naming an occasion of a season: 市議選, 説明会, 県大会, 決勝戦, 入学式, 花火祭, 美術展. */
    private static final Words OCCASION_ENDS = new Words("選", "大会", "明会", "総会", "議会", "集会", "例会", "奏会", "示会", "表会",
            "勝戦", "幕戦", "挙戦", "式", "祭", "展");
    /** What before a season alone puts it in another year or in every year: 2010年, 昨年, 毎年, 例年, 時代, 当時, かつて. */
    private static final Words OTHER_YEARS = new Words("年", "時代", "当時", "かつて");
    /** How far back in its sentence a season alone looks for another year: a long lead's topic and more. */
    private static final int SEASONS_SENTENCE = 60;

    /**
     * Whether a noun of kanji or katakana naming an occasion starts at {@code q}: 春の｜住民説明会, 春の｜小松原市議選; not
     * 機会, 社会, 都会, 作戦.
     */
    private boolean occasionNamedAt(int q) {
        int r = q;
        while (r < c.length && (Chars.isKanji(c[r]) || Chars.isKatakana(c[r]))) {
            r++;
        }
        if (r - q < 2) {
            return false;
        }
        for (int k = Math.max(q, r - 2); k < r; k++) {
            String end = OCCASION_ENDS.at(c, k);
            if (end != null && k + end.length() == r) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code p} begins a sentence, a line or an indented paragraph: 春の市議選をめぐる騒動に… told as the topic,
     * not 知事は5日、秋の知事選に出馬しない考えを表明した (the occasion an object of the day's deed) nor 「秋の大祭」 (a name).
     */
    private boolean beginsASentence(int p) {
        return p == 0 || "。\n　".indexOf(c[p - 1]) >= 0;
    }

    /**
     * Whether a year, every year or another time is told before the season at {@code p} in its sentence (同選手は2010年、
     * 夏には渡米した; 毎年、春には観光客が訪れる; 高校時代は、夏の甲子園大会に): the season is that year's or every year's,
     * not one the article's date gives.
     */
    private boolean anotherYearOrEveryYearBefore(int p) {
        for (int k = p - 1; k >= Math.max(0, p - SEASONS_SENTENCE) && c[k] != '。' && c[k] != '\n'; k--) {
            if (OTHER_YEARS.at(c, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** 年末, 年初, 年明け, 月末, 月初: the year or month comes from the document date. */
    private int periodEdge(int p, Expr e) {
        String w = PERIOD_EDGES.at(c, p);
        if (w == null || p > 0 && (Chars.isDigit(c[p - 1]) || Numerals.isKanjiNumeral(c[p - 1]) || c[p - 1] == '毎')
                || Chars.at(c, p + w.length(), "比") || w.equals("月末") && lateDayNamedAfter(p + w.length())) {
            // 月末の30日: the day after it is the mention, as 前日の26日's is
            return -1;
        }
        if (w.startsWith("年度") && !w.endsWith("内")) {
            // which business year's end or start: the sentence's tense chooses, as for 年末
            e.fiscal = true;
            e.yearPart = w.endsWith("末") ? Expr.YEAR_END : Expr.YEAR_START;
        } else if (w.endsWith("内")) {
            if (w.charAt(0) == '月') {
                setMonth(e, Expr.DOC, 0);
            } else {
                setYear(e, Expr.DOC, 0);
                e.fiscal = w.length() == 3;
            }
        } else if (w.charAt(0) == '年') {
            e.yearPart = w.equals("年末年始") ? Expr.YEAR_TURN : w.equals("年末") ? Expr.YEAR_END : Expr.YEAR_START;
        } else {
            e.monthPart = w.equals("月末") ? monthEnd(p + w.length()) : Expr.MONTH_START;
        }
        return p + w.length();
    }

    /**
     * A month's end is its last day (3月末に退任する → the 31st: what the writers of fifteen sets gave first;
     * decision 0003, addendum 2026-12-18), told either as a time (先月末、…を公表した) or as an edge: a deadline
     * or the end of a range (6月末まで, 今月末までに, 1日から月末まで), a term ending or starting on it (3月末で
     * 退任する, 9月末付で), or the moment a figure is counted at (10月末時点, 6月末の時点で). Not 月末では,
     * 月末でも, 月末での (a time, not an edge). An edge is no day a happening was told on ({@code DateFinder}).
     *
     * @param after the index just after 月末 or 末
     */
    private int monthEnd(int after) {
        boolean edge = Chars.at(c, after, "まで") || Chars.at(c, after, "時点") || Chars.at(c, after, "の時点")
                || Chars.at(c, after, "付")
                || after + 1 < c.length && c[after] == 'で' && (Chars.isKanji(c[after + 1]) || c[after + 1] == '、');
        return edge ? Expr.MONTH_LAST_DAY : Expr.MONTH_END;
    }

    /**
     * ゴールデンウィーク, GW, 大型連休, お盆, お盆休み, 盆休み, 正月三が日, 三が日 (not 三ヶ日 alone, a
     * town), with 中 or 期間中 after them: a part of
     * the year its sentence's tense chooses, as for 年末. Not the days around it (大型連休明け,
     * GW前, お盆過ぎ, 大型連休最終日: another kanji after the name), another long holiday
     * (年末年始の大型連休, 夏の大型連休), gigawatts (100GW, GWh), nor 盆 of お盆 read again.
     */
    private int namedHoliday(int p, Expr e) {
        String w = NAMED_HOLIDAYS.at(c, p);
        if (w == null) {
            return -1;
        }
        int q = p + w.length();
        if (w.equals("GW") && (p > 0 && (Chars.isDigit(c[p - 1]) || Chars.isAsciiLetter(c[p - 1]) || c[p - 1] == ' ')
                || q < c.length && (Chars.isDigit(c[q]) || Chars.isAsciiLetter(c[q])))
                || w.equals("盆休み") && p > 0 && c[p - 1] == 'お'
                || w.equals("大型連休") && OTHER_LONG_HOLIDAYS.before(c, p) != null) {
            return -1;
        }
        String during = DURING.at(c, q);
        if (during != null) {
            q += during.length();
        } else if (q < c.length && Chars.isKanji(c[q])) {
            return -1;
        }
        e.yearPart = w.endsWith("日") ? Expr.NEW_YEARS_DAYS
                : w.charAt(w.length() - 1) == '盆' || w.endsWith("休み") ? Expr.OBON : Expr.GOLDEN_WEEK;
        e.goldenWeekBySeason = w.equals("大型連休");
        return q;
    }

    /** 3日前, 2週間後, 3カ月前, 5年前, その2日後, and durations 3日間, 2週間, 3カ月. */
    private int relative(int p, Expr e) {
        if (!num.read(c, p, false)) {
            return -1;
        }
        int u = num.end;
        long n = num.value;
        if (num.kanji && n == 1 && u < c.length && c[u] == '時') {
            return -1;
        }
        int k = counterLength(u);
        if (k > 0) {
            return counted(u + k, n, 'm', e);
        }
        if (Chars.at(c, u, "時間")) {
            int r = u + 2;
            long minutes = n * 60;
            if (Chars.at(c, r, "半")) {
                minutes += 30;
                r++;
            }
            if (beforeOrAfter(r) && !countedFromSomethingNamed(p)) {
                // 約2時間後に消し止められた: a time of day, counted from the last one told (DateFinder)
                return counted(r, minutes, Expr.MINUTES, e);
            }
            e.kind = DateMention.Kind.DURATION;
            return u + 2;
        }
        if (Chars.at(c, u, "分") && beforeOrAfter(u + 1) && !countedFromSomethingNamed(p)) {
            return counted(u + 1, n, Expr.MINUTES, e);
        }
        return -1;
    }

    /**
     * Whether hours or minutes at {@code p} (after 約, if any) count from something named right
     * before them rather than from the time told last: 試合終了5分前, 開始の1時間前, 発生から2時間後
     * (not その2時間後, nor 火は約2時間後).
     */
    private boolean countedFromSomethingNamed(int p) {
        int before = p > 0 && c[p - 1] == '約' ? p - 1 : p;
        return before >= 1 && (Chars.isKanji(c[before - 1]) || Chars.isKatakana(c[before - 1]) || c[before - 1] == 'ー')
                || fromAnotherTime(p);
    }

    /** Whether 前 or 後 at {@code q} makes what is before it a time before or after another (2時間後), not 前半 or 後払い. */
    private boolean beforeOrAfter(int q) {
        return (Chars.at(c, q, "前") || Chars.at(c, q, "後")) && !followedByWordOf(q);
    }

    /** 半年前, 半年後: six months before or after the document date (半年間, 半年ぶり and 半年前倒し are counts). */
    private int halfAYear(int p, Expr e) {
        if (!Chars.at(c, p, "半年") || p > 0 && (c[p - 1] == '年' || c[p - 1] == '四' || c[p - 1] == '前' || c[p - 1] == '後')) {
            return -1;
        }
        return (Chars.at(c, p + 2, "前") || Chars.at(c, p + 2, "後")) && !followedByWordOf(p + 2) ? counted(p + 2, 6, 'm', e) : -1;
    }

    /**
     * Whether the count at {@code p} (after 約, if any) follows から or の: a time counted from
     * something named before it (その1年半後 counts from the date before it, and is read).
     */
    private boolean fromAnotherTime(int p) {
        int before = p > 0 && c[p - 1] == '約' ? p - 1 : p;
        return before >= 1 && c[before - 1] == 'の' && !(before >= 2 && c[before - 2] == 'そ')
                || before >= 2 && Chars.at(c, before - 2, "から");
    }

    /** Whether the 前 or 後 at {@code q} begins a word of its own: 前半, 前倒し, 前払い, 前後, 後半, 後ろ倒し, 後払い. */
    private boolean followedByWordOf(int q) {
        return q + 1 < c.length && (c[q] == '前' ? "半倒払後" : "半ろ払").indexOf(c[q + 1]) >= 0;
    }

    // ---------------------------------------------------------------- times of day

    /**
     * A time of day at {@code q}: 午前10時, 午後3時半, 15時20分, 夜9時, 未明, 正午. With
     * {@code standalone} (no day before it) a part of day alone (夜) is not enough, and a kanji
     * hour needs 午前/午後 (一時 is "for a while"). After a day, の joins only a clock time
     * (10日の午後3時, not 10日の朝刊), and a bare part of day must not start a longer word (朝刊, 夜間).
     */
    private int time(int q, Expr e, boolean standalone) {
        int r = q;
        if (!standalone && r < c.length && c[r] == 'の') {
            r++;
        }
        String part = DAY_PARTS.at(c, r);
        int s = part == null ? r : r + part.length();
        if ("正午".equals(part) && Chars.at(c, s, "前") && !standalone) {
            // 正午前 is some time of the morning: the day with a part of it, no clock
            e.dayPart = "正午前";
            return s + 1;
        }
        if ("正午".equals(part)) {
            setTime(e, 12, 0);
            return s;
        }
        if (num.read(c, s, false) && (part != null || !num.kanji) && num.end < c.length && c[num.end] == '時'
                && !Chars.at(c, num.end + 1, "間") && !Chars.at(c, num.end + 1, "点") && !Chars.at(c, num.end + 1, "代")
                && !Chars.at(c, num.end + 1, "台") && !Chars.at(c, num.end + 1, "限")) {
            long h = num.value;
            int t = num.end + 1;
            long mi = 0;
            if (t < c.length && c[t] == '半') {
                mi = 30;
                t++;
            } else if (num.read(c, t, false) && num.end < c.length && c[num.end] == '分' && !Chars.at(c, num.end + 1, "間")) {
                mi = num.value;
                t = num.end + 1;
            }
            if (part != null && (part.equals("午後") || part.equals("夕方") || part.equals("夜") || part.equals("夕")
                    || part.equals("昼過ぎ")) && h < 12) {
                h += 12;
            }
            if (part != null && part.equals("深夜") && h == 12) {
                h = 0;
            }
            if (part != null) {
                e.dayPart = part;
            }
            setTime(e, h, mi);
            markApproximate(t, e);
            return t;
        }
        // 未明 alone (未明から人が集まり) is a night's end only news names so: the day told, or the article's
        if (part == null || standalone && !part.equals("未明") || r != q) {
            return -1;
        }
        if (s < c.length && Chars.isKanji(c[s]) && !part.startsWith("午")) {
            return -1;
        }
        e.dayPart = part;
        return s;
    }

    private static void setTime(Expr e, long h, long mi) {
        e.hour = (int) Math.min(h, 99);
        e.minute = (int) Math.min(mi, 99);
        if (h > 24) {
            e.invalidate(h + "時: hours run 0 to 24");
        } else if (mi > 59) {
            e.invalidate(mi + "分: minutes run 0 to 59");
        } else if (h == 24 && mi > 0) {
            e.invalidate("24時" + mi + "分: past the end of the day");
        }
    }

    // ---------------------------------------------------------------- ranges

    /**
     * A length after から (2023年度から5年間, 2017年1月から4年間, 4月から3カ月, 6日から4日間): the
     * date starts a span that long, read into {@code e}. The mention stays the date alone, as an
     * open range's does (the length is a duration of its own); years need 間, which makes them a
     * length (2018年から22年 is a range of years). A length of days or weeks (18日から2日間の日程で)
     * after a day spans those days too (7月23日から17日間, 6日から4日間の日程で: 2026-11-28, held-out set
     * two; set one's writer had read 18日から2日間の日程で as the day alone, but expected its event
     * over both days). Days and weeks need 間 (から3日で counts).
     */
    private boolean lengthFrom(int r, Expr e) {
        if (!num.read(c, r, false) || num.value < 1) {
            return false;
        }
        long n = num.value;
        int u = num.end;
        int months = counterLength(u);
        char unit;
        if (months > 0) {
            unit = 'm';
        } else if (Chars.at(c, u, "年間")) {
            unit = 'y';
        } else if (e.dayMode == Expr.ABS && (Chars.at(c, u, "日間") || Chars.at(c, u, "週間"))) {
            unit = c[u] == '日' ? 'd' : 'w';
        } else {
            return false;
        }
        e.lengthN = n;
        e.lengthUnit = unit;
        return true;
    }

    /** The longest clause between a month's earlier part and a later part alone after its comma (9月中旬に告示し、下旬に). */
    private static final int CLAUSE_OF_A_PART = 24;

    /**
     * Whether a later part of a month stands alone at {@code p} right after a comma, the clause before it in its
     * sentence naming an earlier part of a month written with its number or relative word (9月中旬に告示し、下旬に
     * 投開票する; 来月上旬に着工し、中旬に完成する): a schedule that writes the month once. Not a part alone anywhere else
     * (下旬には工事を終える), which names no month, nor after 毎月's part (it comes back) or a range's (8月下旬から9月上旬
     * にかけて工事し、中旬に: the month before it would be the range's start), which are left unread.
     */
    private boolean partAfterAnEarlierPart(int p) {
        String part = LATER_PARTS.at(c, p);
        if (part == null || p < 4 || c[p - 1] != '、') {
            return false;
        }
        for (int k = p - 2; k >= 2 && k >= p - CLAUSE_OF_A_PART && c[k] != '、' && c[k] != '。' && c[k] != '\n'; k--) {
            if (Chars.at(c, k, "から") || Chars.at(c, k, "にかけて") || Chars.at(c, k, "まで")) {
                return false;
            }
            boolean earlier = Chars.at(c, k, "上旬") || Chars.at(c, k, "初旬") || part.equals("下旬") && Chars.at(c, k, "中旬");
            if (earlier && c[k - 1] == '月') {
                return MONTH_WORDS_BEFORE_A_PART.indexOf(c[k - 2]) >= 0 || Chars.isDigit(c[k - 2]);
            }
        }
        return false;
    }

    /** What a month's number or relative word ends in before 月 (9月, 同月, 今月, 来月, 先月, 翌月, 前月; not 毎月). */
    private static final String MONTH_WORDS_BEFORE_A_PART = "同今来先翌前本当";

    /** The parts of a month a range of them may end on, without its month again (上旬から中旬にかけて). */
    private static final Words LATER_PARTS = new Words("中旬", "下旬");

    /**
     * 来月上旬から中旬にかけて, 8月中旬から下旬まで: a range from one part of a month to a later one, the month
     * written once. The end takes the start's month (Resolver's range inherits it); only with まで or にかけて
     * after it, and only a later part.
     */
    private boolean laterPartOfTheMonth(int r, Expr e) {
        String part = LATER_PARTS.at(c, r);
        if (part == null || e.hasDay() || (e.monthPart != Expr.EARLY && e.monthPart != Expr.MIDDLE)
                || part.equals("中旬") && e.monthPart == Expr.MIDDLE) {
            return false;
        }
        int q = r + part.length();
        String tail = RANGE_ENDS.at(c, q);
        if (tail == null) {
            return false;
        }
        Expr second = new Expr();
        second.start = r;
        second.rangeEnd = true;
        second.monthPart = part.equals("中旬") ? Expr.MIDDLE : Expr.LATE;
        second.end = q;
        e.to = second;
        e.end = q + tail.length();
        return true;
    }

    /**
     * 昨年春から秋にかけて, 今年夏から冬まで: a range from one season to a later one, the year written once (the
     * end takes the start's year; winter runs on into the next). Only with まで or にかけて after it.
     */
    private boolean laterSeason(int r, Expr e) {
        int season = r < c.length ? seasonOf(c[r]) : 0;
        if (e.season == 0 || e.hasMonth() || season <= e.season) {
            return false;
        }
        String tail = RANGE_ENDS.at(c, r + 1);
        if (tail == null) {
            return false;
        }
        Expr second = new Expr();
        second.start = r;
        second.rangeEnd = true;
        second.season = season;
        second.end = r + 1;
        e.to = second;
        e.end = r + 1 + tail.length();
        return true;
    }

    /**
     * After a point: 〜 or から + another point makes one range (まで or にかけて after it belong to
     * it); から, 以降, 以来 alone open the end, まで, 以前 the start. The span of an open range is the
     * date alone (10日 in 10日からの).
     */
    private void range(Expr e) {
        int q = e.end;
        String conn = RANGE_CONNECTORS.at(c, q);
        if (conn != null) {
            int r = Chars.skipSpaces(c, q + conn.length());
            if (r < c.length) {
                Expr second = new Expr();
                second.start = r;
                second.eraOfRange = e.era;
                second.eraYearOfRange = e.year;
                second.rangeEnd = true;
                int p = prefix(r, second);
                int end = r < c.length ? point(p, second) : -1;
                // an end that cannot be read (5年1月 without its era) leaves the start as it is
                if (end >= 0 && conn.equals("から") && !second.isEmpty() && second.invalid == null
                        && second.kind == DateMention.Kind.DATE && e.hour < 0 && MovedDays.movedTo(c, end)) {
                    // 3月1日から4月5日に延期: a day moved to another, two days of the story and no span between
                    return;
                }
                if (end >= 0 && !second.isEmpty() && second.invalid == null && (second.kind == DateMention.Kind.DATE
                        || second.kind == DateMention.Kind.TIME && e.hour >= 0)) {
                    second.end = end;
                    e.to = second;
                    String tail = RANGE_ENDS.at(c, end);
                    e.end = tail == null ? end : end + tail.length();
                    return;
                }
            }
            if (laterPartOfTheMonth(r, e) || laterSeason(r, e)) {
                return;
            }
            if (conn.equals("から") && lengthFrom(r, e)) {
                return;
            }
            if (conn.equals("から")) {
                e.openness = TimeValue.Openness.OPEN_END;
            }
            return;
        }
        if (OPEN_END_MARKS.at(c, q) != null) {
            e.openness = TimeValue.Openness.OPEN_END;
        } else if (OPEN_START_MARKS.at(c, q) != null) {
            e.openness = TimeValue.Openness.OPEN_START;
        }
    }
}
