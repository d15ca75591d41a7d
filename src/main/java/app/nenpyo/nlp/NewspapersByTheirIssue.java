package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A newspaper named with common words is one paper, not a kind of paper, when news cites it by its issue or an edition:
 * 東都新聞は13日付で, 経済日報も翌14日付で, 毎朝新聞は同じ26日付で, 経済日報は同日付の電子版で, 東都新聞の8日付によると,
 * 毎朝新聞（21日付）は, 東都新聞の地方版は, 毎朝新聞は先月の全国版で, 東都新聞も同じ日の社説で, 東都新聞は社会面で; the issue's day
 * written before it (25日付の経済日報は, 22日の毎朝新聞は, 当日の東都新聞夕刊は), or an edition right after its name (東都新聞夕刊は),
 * as a press review cites its papers. 地方新聞は and 経済日報 with
 * neither stay no one, so do a kind of paper with one (主要新聞は14日付で, スポーツ新聞各紙は同じ日の1面で) and a daily report of
 * work with one (作業日報は7日付で「戦闘」と記した, 業務日報は13日付で提出した).
 *
 * <p>{@link #citedAt} reads a name IPADIC takes as one word (東都 / 新聞, 経済 / 日報), as {@link ActorFinder} finds a body by
 * its ending; {@link #at} a name IPADIC cuts into a kanji and another (川 / 霧 / 日報, 桜 / 坂 / 新報, 鷺 / 川 / 新報),
 * which no ending rule takes, as a made-up paper's name often is: 地元の川霧日報は18日付で → 川霧日報; not papers said by
 * their number or kind (米主要新聞は同日付で, 三大新聞は).
 *
 * <p>Known weaknesses: a kind of paper not listed with an issue (壁新聞は3日付で) is taken for a newspaper; a paper cited
 * with no issue nor edition (東都新聞は…と伝えた) is none, as the writers differ on listing it; a name past four kanji
 * or with kana inside is not read by {@link #at}; the big papers counted with a numeral IPADIC reads as a surname (五大新聞)
 * are taken for one by {@link ActorFinder}'s ending rule, issue or none; of two papers joined by と or や before one issue
 * (東都新聞と南北新聞は13日付で) only the second is read; a day before a paper read on it (3日の南北新聞を読んだ) is taken
 * for its issue. An issue is asked of a name made of common words only: a place's or a person's name before the ending
 * is a paper by {@link ActorFinder}'s ending rule with no issue (京都タイムスを駅で買った → 京都タイムス, as 京都新聞 is), so
 * a person's name before 日日 as every day is taken for one too (山田日日の暮らし → 山田日日).
 */
final class NewspapersByTheirIssue {

    /**
     * The words a newspaper's name ends with: 新聞, 日報, 新報, and the local papers' 民報, 日日 (日日新聞 said short) and
     * タイムス / タイムズ (北海タイムス, 港南民報, 湖畔日日).
     */
    static final List<String> NEWSPAPERS = List.of("新聞", "日報", "新報", "民報", "日日", "タイムス", "タイムズ");

    /** An edition, a page or a leader of a paper: 朝刊, 夕刊, 電子版, 社会面, 社説. */
    private static final String EDITIONS = "(朝刊|夕刊|電子版|地方版|全国版|地域面|社会面|社説|紙面)";

    /**
     * An issue or an edition right after a newspaper's name: its issue's day before or in brackets (は13日付で, も翌14日付で,
     * は同じ26日付で, は同日付の, の8日付によると, の6月29日付によると, は翌7月1日付で, （5日付）によると), or within a few words an edition, a page or a leader of it
     * (の地方版は, は同じ日の夕刊で, は先月の全国版で, も5日の朝刊1面で, は同じ日の社説で, は一面トップで). Not a day alone (は同じ日に伝えた:
     * any body says so), nor an edition past a comma, a bracket or another clause's が or を (南北新聞は社長が朝刊を配った),
     * nor 一面 as one side of something (市長の意外な一面を伝えた).
     */
    private static final Pattern ISSUE = Pattern.compile("([はもがの]?(同じ?[0-9０-９]{0,2}|翌?([0-9０-９]{1,2}月)?[0-9０-９]{1,2})日付"
            + "|[（(][0-9０-９]{1,2}日付[）)]"
            + "|[はもがの]?" + EDITIONS + "[はもがのでに]"
            + "|[はもがの][^、。「」（）がを]{0,8}?(" + EDITIONS + "|[0-9０-９]面|一面(?=[でにのはト])))");

    /**
     * An issue's day written before the paper, with の (25日付の東都新聞は, 22日の南北日報は, 同日付の, 当日の, 翌日の): a day
     * of the paper's issue, as news cites a press review's papers. Not a day inside a longer word (同月22日の is still a day).
     */
    private static final Pattern ISSUE_BEFORE = Pattern.compile("((?<![0-9０-９])[0-9０-９]{1,2}日付?|(同|翌|前|当)日付?|同じ日)の$");

    /**
     * Words that say what kind of paper a newspaper is, not which: 主要新聞, 地方新聞, 英字新聞, 週刊新聞, 号外新聞, スポーツ新聞,
     * 大衆新聞, 有力新聞, 国営新聞. With an issue's day (地方新聞も14日付で社説を載せた) they are still many papers, no one.
     */
    private static final Set<String> KINDS_OF_PAPER = Set.of("主要", "地方", "地元", "全国", "英字", "日刊", "週刊", "月刊", "夕刊",
            "朝刊", "号外", "学級", "業界", "一般", "大手", "在京", "海外", "外国", "複数", "スポーツ", "大衆", "有力", "現地", "国営",
            "地域", "校内", "社内", "機関", "学校", "子ども", "こども", "壁", "児童");

    /** How a daily report's name ends (作業日報, 活動日報): a report dated by nature, a paper only when named by no work. */
    private static final String DAILY = "日報";

    /** Work a daily report is kept of that IPADIC takes for no verbal noun (業務日報, 勤務日報; 作業, 活動 are verbal nouns). */
    private static final Set<String> DAILY_WORK = Set.of("業務", "日常", "勤務", "職務", "現場");

    /** The most kanji of a paper's name IPADIC cuts (川霧, 桜坂): more is a phrase. */
    private static final int LONGEST_CUT_NAME = 4;

    private NewspapersByTheirIssue() {
    }

    /**
     * Whether the newspaper's word ending at {@code end} after {@code name} (東都 of 東都新聞) names one paper cited by its issue
     * or an edition: 東都新聞は13日付で → true; 主要新聞は14日付で, 業務日報は13日付で, 東都新聞は同じ日に → false.
     */
    static boolean citedAt(String text, Token name, int end) {
        for (String paper : NEWSPAPERS) {
            if (text.startsWith(paper, end - paper.length())) {
                String before = text.substring(name.span().start(), end - paper.length());
                return namesOnePaper(before, name, paper) && cited(text, name.span().start(), end);
            }
        }
        return false;
    }

    /**
     * Whether {@code text} may name a paper {@link #at} reads (it holds one of {@link #NEWSPAPERS}: 新聞, 日報, 新報, 民報, 日日,
     * タイムス, タイムズ), checked once a sentence.
     */
    static boolean mayNameOne(String text) {
        return WordsWritten.anyIn(text, NEWSPAPERS);
    }

    /**
     * The newspaper whose name IPADIC cuts into a kanji and another and which starts at {@code i}, cited by its issue or an
     * edition, or null: 「川霧日報は18日付で」 at 川 → 川霧日報; 「桜坂新報は売れている」 (no issue) and 「作業日報は同日付で」 (a name
     * IPADIC reads as one word, left to {@link #citedAt}) → null.
     */
    static ActorMention at(String text, Token[] tokenAt, int i) {
        if (i > 0 && Scripts.isHan(text.charAt(i - 1))) {
            return null; // inside a kanji word
        }
        boolean cut = false;
        for (Token t = ActorFinder.at(tokenAt, i); t != null && t.span().end() - i <= LONGEST_CUT_NAME;
             t = ActorFinder.at(tokenAt, t.span().end())) {
            if (!t.surface().chars().allMatch(c -> Scripts.isHan((char) c)) || notInAName(t)) {
                return null;
            }
            cut |= t.surface().length() == 1;
            int end = t.span().end();
            Token next = ActorFinder.at(tokenAt, end);
            if (cut && end - i >= 2 && next != null && NEWSPAPERS.contains(next.surface())
                    && namesOnePaper(text.substring(i, end), ActorFinder.at(tokenAt, i), next.surface())
                    && cited(text, i, next.span().end())) {
                String name = text.substring(i, next.span().end());
                return new ActorMention(name, new TextSpan(i, next.span().end()), ActorKind.ORGANISATION, name, name, "", "", "");
            }
        }
        return null;
    }

    /**
     * Whether a found organisation is a newspaper the text cites by an issue or an edition (毎朝新聞は9日付で, 星野新聞（6日付）
     * によると, 25日付の東都新聞は): the writer's source, read by {@link Coreference} as no company of the story told in the
     * rest of its sentence (毎朝新聞は9日付で、同社が…と報じた: 同社 is the company the paper wrote of).
     */
    static boolean citedPaper(String text, ActorMention m) {
        return m.kind() == app.nenpyo.domain.ActorKind.ORGANISATION && NEWSPAPERS.stream().anyMatch(m.canonical()::endsWith)
                && m.span().end() <= text.length() && cited(text, m.span().start(), m.span().end());
    }

    /**
     * Whether the paper written from {@code start} to {@code end} is cited by an issue or an edition, after it (東都新聞は13日付で,
     * 東都新聞夕刊は) or before it (25日付の東都新聞は).
     */
    private static boolean cited(String text, int start, int end) {
        return ISSUE.matcher(text).region(end, text.length()).lookingAt()
                || ISSUE_BEFORE.matcher(text).region(Math.max(0, start - 6), start).find();
    }

    /**
     * A word no paper's cut name holds: a figure or a prefix (三 / 大 / 新聞) or a kind of paper (米 / 主要 / 新聞). A
     * country's kanji may begin a paper's name, so it is let through (日 / 韓 / 新聞 stays a paper).
     */
    private static boolean notInAName(Token t) {
        return t.is(PartOfSpeech.NUMBER) || t.is(PartOfSpeech.PREFIX)
                || KINDS_OF_PAPER.contains(t.surface());
    }

    private static boolean namesOnePaper(String before, Token first, String paper) {
        boolean dailyReport = paper.equals(DAILY) && (first.is(PartOfSpeech.SAHEN_NOUN) || DAILY_WORK.contains(before));
        return !KINDS_OF_PAPER.contains(before) && !dailyReport;
    }
}
