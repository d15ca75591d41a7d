package app.nenpyo.events;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Token;
import java.util.List;

/**
 * Tells a clause whose deed is a newspaper's report: a paper as the doer and a verb of reporting as the deed. Such a
 * report is a happening of its own, its day the edition's, and the writers file it as other whatever it tells
 * (sets eleven and twelve: 25 reports of 29; their READMEs: "press reports quoted by a blog on a named day are
 * happenings, category `other`, or `statement` for an editorial"): 東都新聞が判決を評価 is no ruling, 経済日報が
 * 輸出の伸びを報道 no trade figure.
 *
 * <pre>
 *   東都新聞が農相の失言を報道                 → a paper's report (other, not the minister's words)
 *   地元の北越新報が最後の出荷の写真を1面に掲載 → a paper's report (other, not the economy's 出荷)
 *   現地紙が停戦の合意を伝達                   → a paper's report (other, not the military's 停戦)
 *   毎朝新聞が社説で増税を批判                 → no: a leader's words, read as any statement (批判)
 *   毎朝新聞が5日付の社説で増税の是非を論じた → a paper's report, its editorial: a statement, not the economy's 増税
 *   日本新聞協会が意見書を提出                 → no: an association, not a paper (協会 ends the doer)
 *   新聞社が記者を派遣                         → no: the paper acts, it does not report
 * </pre>
 *
 * <p>The doer is the label's words before its first が or は, a paper when they end with a paper's kind (新聞, 日報,
 * 新報, 新聞社, 紙: 地元紙, 英紙, …タイムズ紙; not a sheet of paper: 手紙, 投票用紙, 和紙, {@link #SHEETS}); the deed is the
 * label's predicate or its last word. Known weaknesses: a paper's report that is news (a scoop the writers file as what
 * it reveals) is other too; a sheet ending with 紙 that {@link #SHEETS} does not name is read as a paper.
 */
final class PressReports {

    /** How the name of a newspaper ends: 東都新聞, 北海日報, 桜坂新報, 毎朝新聞社, 地元紙, 英紙. */
    private static final List<String> PAPERS = List.of("新聞", "日報", "新報", "新聞社", "紙");

    /**
     * Sheets of paper whose names end with 紙 as a paper's kind does: 祖父の手紙は…を伝えている, 投票用紙は…で紹介された,
     * 地元の和紙は…で紹介された are no papers' reports. Listed rather than the papers, for a paper's name ends with 紙 after
     * any word (英紙, 地元紙, ワシントン・ポスト紙). {@link DayOfTheSentenceBefore}'s press names keep a shorter list of their
     * own (壁紙, 新聞紙, 再生紙 and 印紙 pass there; left, session 36).
     */
    private static final List<String> SHEETS = List.of("手紙", "用紙", "和紙", "表紙", "白紙", "色紙", "包装紙", "折り紙", "壁紙",
            "型紙", "印紙", "半紙", "台紙", "厚紙", "再生紙", "新聞紙");

    /**
     * The deeds of a paper's report as a label writes them: 報道 (報じた), 伝達 (伝えた), 掲載, 載せる, 書く, 紹介, 表現,
     * 取り上げる, 特集, 論じる.
     */
    private static final List<String> REPORTING = List.of("報道", "報じ", "伝達", "伝え", "掲載", "載せ", "書く", "書い",
            "紹介", "表現", "取り上げ", "特集", "論じ");

    /** Where a paper gives its own words, which the writers file as a statement: 社説で, 論説で. */
    private static final List<String> EDITORIALS = List.of("社説", "論説");

    /** What follows the day of a paper's edition: 19日付の朝刊, （21日付）. */
    private static final String EDITION = "付";

    private PressReports() {
    }

    /**
     * Whether the label tells a newspaper's report: its doer ends with a paper's kind and its predicate, or its last
     * words, are a verb of reporting.
     * {@code ("東都新聞が農相の失言を報道", "報道")} → true; {@code ("毎朝新聞が社説で増税を批判", "批判")} → false.
     */
    static boolean aPaperReports(String label, String predicate) {
        if (!byAPaper(label)) {
            return false;
        }
        // loops, not streams: every dated report comes through here (decision 0021)
        for (String verb : REPORTING) {
            if (predicate.startsWith(verb) || endsWithVerb(label, verb)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the date is the report's, not that of a deed the report tells: set off by a comma after the paper
     * (北越新報は29日、…を載せた), an edition's (19日付の朝刊で…と報じた, （21日付）は), or with no verb outside quotes
     * between it and the clause's last word. Not 毎朝新聞は社説で、26日に庁が公表した認定数を取り上げた: the 26th is the
     * release's; nor 3日、県庁で開かれた会見について、北越新報は…報じた (set off, but before the paper: the press
     * conference's). Known weakness: 付で is read as the edition's (…紙は5日付で…と報じた, as papers are quoted), so
     * a paper company telling the day its own change takes effect (4月1日付で購読料を値上げすると伝えた) is a report too.
     */
    static boolean datesTheReport(AnalysedSentence s, TextSpan clause, TextSpan date) {
        List<Token> tokens = s.tokens();
        if (CategoryRules.setOff(tokens, date) && CategoryRules.afterTopic(tokens, date)
                || s.text().startsWith(EDITION, date.end())) {
            return true;
        }
        int last = CategoryRules.lastWord(tokens, clause);
        for (int i = CategoryRules.firstTokenAfter(tokens, date); i < last; i++) {
            if (Morphemes.isVerb(tokens.get(i)) && !s.isQuoted(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The category of a paper's report its date dates: a statement when the clause is its editorial (毎朝新聞は5日付の
     * 社説で、増税の是非を論じた: the paper's own words, as the sets' READMEs file an editorial), the economy's when it
     * tells an estimate ({@link Estimates}: 経済日報は同日付で…という試算を載せた, as the READMEs of sets fourteen to sixteen
     * file a paper's estimate), other for any report (東都新聞は5日付の朝刊で、…経済対策を報じた), whatever it tells.
     */
    static EventCategory categoryOfTheReport(AnalysedSentence s, TextSpan clause) {
        String written = s.text().substring(clause.start(), clause.end());
        for (String editorial : EDITORIALS) {
            if (written.contains(editorial)) {
                return EventCategory.STATEMENT;
            }
        }
        // 「…約30億円」という試算を載せた: the writers of sets fourteen to sixteen file a paper's estimate as the economy's
        return Estimates.aPapersEstimate(written) ? EventCategory.ECONOMY : EventCategory.OTHER;
    }

    /** Whether the label ends with the verb, in its dictionary or past form: …を報道, …を載せる, …と書いた. */
    private static boolean endsWithVerb(String label, String verb) {
        int at = label.lastIndexOf(verb);
        return at > 0 && label.length() - at - verb.length() <= 2;
    }

    /** Whether the label's doer, its words before the first が or は, ends with a paper's kind and names no sheet. */
    private static boolean byAPaper(String label) {
        int marker = CategoryRules.firstDoerMarker(label);
        if (marker <= 0) {
            return false;
        }
        for (String paper : PAPERS) {
            if (label.startsWith(paper, marker - paper.length())) {
                return SHEETS.stream().noneMatch(sheet -> label.startsWith(sheet, marker - sheet.length()));
            }
        }
        return false;
    }
}
