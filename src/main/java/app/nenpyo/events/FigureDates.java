package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Token;
import app.nenpyo.temporal.FigureNouns;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that say when a figure is measured rather than when something happened: the period of a
 * statistic, a forecast or a plan's figures (4～6月期の実質GDPは; 2021年の訪日客は24万人余りで;
 * 内閣支持率は今月、36%に下落した), the day a running count reaches (29日までに約500万人が投票した),
 * the reference date of a figure (人口は5月1日現在) and the window a count is taken over
 * (6日までの1週間で1000人を超えた). The figure is the news, but it has no day of its own: a reader
 * keeps it off the timeline (decision 0005, addendum of 2026-11-27 on figures).
 *
 * <p>A single day is no period: 8日に感染者が8000人を超えた is a day's happening and stays, as does
 * the release of figures on a day (総務省は10日、2月の指数を発表した: the 10th stays, February does not).
 * A figure noun moved by an actor's deed (消費税率を10%に引き上げる) is no measure either: only a
 * figure's own predicate (増加, 上昇, 超えた, 達した, だった with a number, 見通し) makes its period one.
 */
final class FigureDates {

    /** The reason of a period a figure is measured over. */
    static final String PERIOD = "period of the figures reported";
    /** The reason of a date a figure is given as of (5月1日現在, 3月末時点). */
    static final String REFERENCE_DATE = "reference date of a figure";
    /** The reason of a span a sentence states (旧計画は平成30年度から令和3年度までの4年間だった). */
    static final String SPAN = "span stated";
    /** The reason of the day a count has reached by (29日までに約500万人). */
    static final String RUNNING_COUNT = "running count up to the date";

    /** Suffixes that make a noun a figure (出生数, 支持率, 年金額, 生産量, 売上高). */
    private static final Set<String> FIGURE_SUFFIXES = Set.of("数", "率", "額", "量", "高");
    /** Words ending like a figure that say how many without being one. */
    private static final Set<String> NO_FIGURES = Set.of("多数", "複数", "少数", "無数", "大多数", "過半数");
    /** Nouns that are counted (訪日客, 感染者, 利用者): figures only when the clause measures them. */
    private static final Set<String> COUNTED_SUFFIXES = Set.of("客", "者");
    /** Verbs a figure is the subject or object of when it is measured, not moved: 超える, 下回る, 見込む. */
    private static final Set<String> MEASURE_VERBS = Set.of("超える", "上回る", "下回る", "達する", "達す", "上る", "届く", "とどまる",
            "落ち込む", "増える", "減る", "伸びる", "見込む", "占める", "割り込む", "膨らむ", "縮む");
    /** Sahen nouns that measure a figure (上昇した, 計上した, 前年比3割減だった). */
    private static final Set<String> MEASURE_NOUNS = Set.of("増加", "減少", "上昇", "下落", "低下", "計上", "記録", "突破", "倍増",
            "半減", "増", "減", "悪化", "改善", "推移", "回復", "急増", "急減", "急落", "急騰", "横ばい", "更新",
            "落ち込み");
    /** A count or a rank of a figure: 約500万人, 計800件, 36%, 約2倍, 3割, 過去最高. */
    private static final Pattern COUNT = Pattern.compile(
            "[0-9０-９][0-9０-９.．,，万億兆千]*(人|件|円|ドル|台|回|票|トン|%|％|割|倍|ポイント|社|戸|棟|頭|歳)|最高|最低|最大|最小|過去最");
    /** A window a count is taken over, after the date: (まで)の1週間で, の5年間で, までの4年間だった. */
    private static final Pattern WINDOW = Pattern.compile(
            "(まで)?の[0-9０-９一二三四五六七八九十]+(日間|週間|カ月間|か月間|ヶ月間|年間)((だ|である|とな|とされ)|で|に|は|の)");
    /** A count reached by the date, told as done: までに約500万人が投票した (not 3月末までに100万回の接種を目指す, a target). */
    private static final Pattern RUNNING = Pattern.compile("までに、?[^。、]{0,8}?(約|計|累計|延べ|少なくとも|およそ)?[0-9０-９]");
    /** A date a figure is given as of: 5月1日現在, 3月末時点, 10月末の時点で. */
    private static final Pattern REFERENCE = Pattern.compile("の?(現在|時点)");
    /** The topic a plan's period is the value of, right before the date: 期間は, 計画期間は、. */
    private static final Pattern PERIOD_TOPIC = Pattern.compile("期間は、?$");
    /** How the value is said after the date: (まで)とされた, となる, だ, である. */
    private static final Pattern PERIOD_VALUE = Pattern.compile("(まで)?(とされ|とな|だ|である|と定め)");
    /** What a period is read past before the noun it modifies: its own gloss in brackets (上半期（4～9月）の), まで. */
    private static final Pattern BEFORE_NOUN = Pattern.compile("(（[^）。]{1,20}）|）)?(まで)?の?");

    private FigureDates() {
    }

    /** Whether a background reason is one of these rules': the date is when a figure is measured. */
    static boolean isAFiguresDate(String reason) {
        return reason.equals(PERIOD) || reason.equals(REFERENCE_DATE) || reason.equals(RUNNING_COUNT) || reason.equals(SPAN);
    }

    /** Whether a clause ends in the past or the copula (投票した, …だ), full stops and spaces aside. */
    private static boolean toldAsDone(String clause) {
        int end = clause.length();
        while (end > 0 && (clause.charAt(end - 1) == '。' || clause.charAt(end - 1) == '．'
                || Character.isWhitespace(clause.charAt(end - 1)))) {
            end--;
        }
        return end > 0 && (clause.charAt(end - 1) == 'た' || clause.charAt(end - 1) == 'だ');
    }

    /**
     * Why the date is one of a figure, or "".
     *
     * @param s      the sentence
     * @param clause the clause the date governs, relative to the sentence
     * @param date   the date's span, relative to the sentence
     */
    static String reason(AnalysedSentence s, TextSpan clause, TextSpan date, DateMention mention) {
        String text = s.text();
        String after = text.substring(date.end());
        if (periodAsItsValue(text, date, mention)) {
            return SPAN;
        }
        if (REFERENCE.matcher(after).lookingAt()) {
            return REFERENCE_DATE;
        }
        String rest = text.substring(date.end(), Math.max(date.end(), clause.end()));
        if (RUNNING.matcher(after).lookingAt() && toldAsDone(rest)) {
            return RUNNING_COUNT;
        }
        // 旧計画は…までの4年間だった states a span; 6日までの1週間で1000人を超えた counts over one
        boolean period = mention.value().map(v -> !v.start().equals(v.end())).orElse(false);
        // 旧計画は平成30年度から令和3年度までの4年間だった states a plan's span; 6日までの1週間で1000人を超えた
        // counts over a window; 期間は31日までの3週間となる ends a measure on a day, a happening
        Matcher window = WINDOW.matcher(after);
        if (window.lookingAt() && window.group(4) != null && period) {
            return SPAN;
        }
        if (window.lookingAt() && window.group(4) == null && COUNT.matcher(rest.substring(Math.min(rest.length(), window.end()))).find()) {
            return PERIOD;
        }
        // 来年度から予算が倍増される: from a date, a change begins, which is a happening
        if (!period || after.startsWith("から")) {
            return "";
        }
        Matcher gap = BEFORE_NOUN.matcher(after);
        gap.lookingAt();
        int nounStart = date.end() + gap.end();
        boolean measured = measures(s, clause, date);
        Figure modified = figureOfPhraseAt(s, nounStart);
        if (modified == Figure.ALWAYS || modified == Figure.COUNTED && measured) {
            return PERIOD;
        }
        return measured && clauseNamesAFigure(s, clause) ? PERIOD : "";
    }

    /**
     * A plan's period said as the value of its topic, in months or years (同計画の期間は令和4年4月から
     * 5年3月までとされた; 対象期間は2023年度から27年度までだ): the span the plan covers, not when
     * anything happens. A period of days (会期は6月21日までとなる, 期間は31日までの3週間) ends a session
     * or a campaign on a day, which is a happening.
     */
    private static boolean periodAsItsValue(String text, TextSpan date, DateMention mention) {
        String expression = mention.text();
        boolean range = expression.contains("から") && (expression.endsWith("まで") || text.startsWith("まで", date.end()));
        return range && !expression.contains("日") && PERIOD_TOPIC.matcher(text.substring(0, date.start())).find()
                && PERIOD_VALUE.matcher(text.substring(date.end())).lookingAt();
    }

    /** What a noun phrase names: a figure whatever is done with it, a count only when measured, or neither. */
    private enum Figure { ALWAYS, COUNTED, NONE }

    /**
     * The noun phrase starting at {@code start} (its nouns and the の between them, 全国の新規感染者数),
     * and whether it names a figure. Nothing starts there unless a token does.
     */
    private static Figure figureOfPhraseAt(AnalysedSentence s, int start) {
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).span().start() < start) {
            i++;
        }
        if (i == tokens.size() || tokens.get(i).span().start() != start) {
            return Figure.NONE;
        }
        Figure found = Figure.NONE;
        Token last = null;
        for (int previousEnd = start; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean joined = t.span().start() == previousEnd;
            if (!joined || !(isPhraseNoun(t) || Morphemes.isParticle(t, "の") && t.partOfSpeech().startsWith("助詞-連体化"))) {
                break;
            }
            Figure f = figure(t);
            found = f == Figure.ALWAYS || found == Figure.ALWAYS ? Figure.ALWAYS : f == Figure.COUNTED ? f : found;
            previousEnd = t.span().end();
            last = t;
        }
        return last != null && FigureNouns.isDeed(last.surface()) ? Figure.NONE : found;
    }

    private static boolean isPhraseNoun(Token t) {
        return t.partOfSpeech().startsWith("名詞") || t.partOfSpeech().startsWith("接頭詞");
    }

    private static Figure figure(Token t) {
        String w = t.surface();
        boolean suffix = t.partOfSpeech().startsWith("名詞-接尾") && FIGURE_SUFFIXES.contains(w);
        // 台数, 人数, 件数 come as one word; 多数 and 複数 say how many without being a figure
        boolean endsInOne = w.length() > 1 && FIGURE_SUFFIXES.contains(w.substring(w.length() - 1)) && !w.endsWith("高")
                && !NO_FIGURES.contains(w);
        if (FigureNouns.namesFigures(w) || suffix || endsInOne) {
            return Figure.ALWAYS;
        }
        return COUNTED_SUFFIXES.contains(w) ? Figure.COUNTED : Figure.NONE;
    }

    /**
     * Whether the clause's subject, topic or object is a figure (内閣支持率は, 株価は, 営業利益を): the
     * noun phrase before は, が or を ends in a figure noun.
     */
    private static boolean clauseNamesAFigure(AnalysedSentence s, TextSpan clause) {
        List<Token> tokens = s.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (clause.contains(t.span()) && Morphemes.isParticle(t, "は", "が", "を") && figure(tokens.get(i - 1)) != Figure.NONE
                    && tokens.get(i - 1).span().end() == t.span().start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether what the clause says after the date measures a figure: its last verb is one of measure
     * (超える, 見込む), or a sahen noun of measure before する or a copula (上昇した, 3割減だった,
     * 下回る見通しだ), or it states a count with だ/なる and no other verb (24万人余りで, 36%となった).
     */
    private static boolean measures(AnalysedSentence s, TextSpan clause, TextSpan date) {
        List<Token> tokens = s.tokens();
        Token lastVerb = null;
        Token beforeLastVerb = null;
        Token lastNoun = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.span().start() < date.end() || !clause.contains(t.span())) {
                continue;
            }
            if (Morphemes.isVerb(t)) {
                lastVerb = t;
                beforeLastVerb = i > 0 ? tokens.get(i - 1) : null;
            } else if (t.partOfSpeech().startsWith("名詞")) {
                lastNoun = t;
            }
        }
        if (lastNoun != null && MEASURE_NOUNS.contains(lastNoun.surface())
                && (lastVerb == null || lastVerb.span().end() <= lastNoun.span().start())) {
            return true;
        }
        if (lastVerb == null || "なる".equals(lastVerb.baseForm())) {
            return COUNT.matcher(s.text().substring(date.end(), clause.end())).find();
        }
        if (MEASURE_VERBS.contains(lastVerb.baseForm())) {
            return true;
        }
        return Morphemes.isSuru(lastVerb) && beforeLastVerb != null && MEASURE_NOUNS.contains(beforeLastVerb.surface());
    }
}
