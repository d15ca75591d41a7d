package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contest held and who won it: …決勝が行われ、京都国際が関東第一を破り、初優勝した is the final and its result,
 * told together when they fit (WBCの決勝が米マイアミで実施、日本が3度目の優勝を果たす), else by the contest's name and
 * the title won (第106回全国高校野球選手権大会の決勝、京都国際が初優勝).
 *
 * <p>An election is a contest whose title is the one elected: its vote told in the passive (…市長選は20日投開票され、)
 * or the election held (町長選が行われ、), then 初当選, 再選 or 3選.
 *
 * <p>Known weaknesses: a contest is found only as a noun of {@link #CONTESTS}, a numbered game (第7戦) or an office
 * and 選 (町長選) before が and 行われ; a result says who won only by a verb of a win or a title ending it; a winner
 * described after a comma (住民団体の代表、桑田美佐子氏が初当選) is read from the description and names no title.
 */
final class ContestResult {

    private ContestResult() {
    }

    /** Verbs of a win, which a later deed of the same doer may say what it brought ({@code titleWon}). */
    static final Set<String> WINS = Set.of("破る", "下す");

    /**
     * Titles a win brings, which a headline of the contest tells; 世界一, an adverbial noun to the tokenizer, is read as
     * a noun where it is one of them ({@link ClausePhrases#joinsChunk}: 世界一に輝いた).
     */
    static final Set<String> TITLES = Set.of("優勝", "日本一", "世界一", "当選", "再選", "連覇", "制覇");

    /**
     * A term won by an election, said by its number (3選, 三選, 5選を果たした): the count of times its holder was
     * elected, a title as 再選 is; not inside a longer word (3選挙区, a race for it: 3選出馬).
     */
    private static final Pattern NUMBERED_TERM = Pattern.compile("[0-9０-９一二三四五六七八九十]選");

    /**
     * Whether a text names a title won ({@link #TITLES} as a word of its own, or a numbered term: 3選を果たした),
     * as a win's later deed or an election's result tells it.
     */
    static boolean namesATitle(String text) {
        if (TITLES.stream().anyMatch(title -> namesTheTitle(text, title))) {
            return true;
        }
        Matcher term = NUMBERED_TERM.matcher(text);
        while (term.find()) {
            if (term.end() == text.length() || !Similarity.isNounCharacter(text.charAt(term.end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text names the title won as a word of its own (3度目の優勝を, 初優勝, 連覇を達成): not inside a longer
     * word, which names a match or a race for it (優勝決定戦, 優勝争い, 当選確実, 再選挙), nor second place (準優勝).
     */
    static boolean namesTheTitle(String text, String title) {
        for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
            int end = at + title.length();
            boolean second = at > 0 && text.charAt(at - 1) == '準';
            boolean longerWord = end < text.length() && Similarity.isNounCharacter(text.charAt(end));
            if (!second && !longerWord) {
                return true;
            }
        }
        return false;
    }

    /**
     * WBCの決勝が米マイアミで実施 and 日本が3度目の優勝を果たす: a contest held and its result, both when they fit;
     * else the contest's name and the result (第106回全国高校野球選手権大会の決勝、京都国際が初優勝), or the result alone,
     * told with the result's doer, words and deed; the contest alone when none of them fits. An election (contest
     * "": …市長選が投開票) is told so too (静岡県北浜市の初の市長選、上原修氏が初当選), keeping its vote's doer, words and
     * deed while its name is said, as the merge reads them: the election's other reports (its schedule, 20日投開票)
     * tell the vote. Asked only of a result that says who won ({@link #tellsWhoWon}).
     */
    static Label withResult(Label held, String contest, Label result) {
        for (String outcome : List.of(result.text(), withoutDescription(result))) {
            String both = held.text() + "、" + outcome;
            if (!outcome.isEmpty() && both.codePointCount(0, both.length()) <= Label.MAX_LENGTH) {
                return held.retold(both);
            }
        }
        String name = nameHeld(held, contest);
        String named = name + "、" + result.text();
        if (!name.isEmpty() && named.codePointCount(0, named.length()) <= Label.MAX_LENGTH) {
            return contest.isEmpty() ? held.retold(named) : told(named, held, result);
        }
        // told by the result: its doer, words and deed are the label's, as the merge reads them
        return result.text().codePointCount(0, result.text().length()) <= Label.MAX_LENGTH ? told(result.text(), held, result) : held;
    }

    /**
     * The result told from its doer's name, the description before it left out (無所属新人で元副市長の高田一郎氏（58）が
     * 初当選 → 高田一郎氏（58）が初当選), as a headline names the winner: the doer is the words before the result's first
     * が, its name what follows their last の; "" when the doer has no の outside brackets.
     */
    private static String withoutDescription(Label result) {
        String text = result.text();
        int doerEnd = text.indexOf('が');
        int depth = 0;
        int description = -1;
        for (int i = 0; i < Math.max(doerEnd, 0); i++) {
            char c = text.charAt(i);
            depth += c == '（' || c == '「' ? 1 : c == '）' || c == '」' ? -1 : 0;
            description = c == 'の' && depth == 0 ? i : description;
        }
        return description > 0 && doerEnd - description > 2 ? text.substring(description + 1) : "";
    }

    /** The text told with the result's doer, words and deed, and the contest's place when the result says none. */
    private static Label told(String text, Label held, Label result) {
        return new Label(text, result.subject(), result.place().or(held::place), result.headWords(), result.predicate(),
                result.datedDeed(), result.bareTopic());
    }

    /**
     * The name of what was held as its label says it: the contest's (…の決勝 of …の決勝が米マイアミで実施), else, for
     * an election, the words before its vote (静岡県北浜市の初の市長選 of …市長選が投開票); "" when the label says neither.
     */
    private static String nameHeld(Label held, String contest) {
        String text = held.text();
        if (!contest.isEmpty()) {
            int named = text.indexOf(contest + "が");
            return named < 0 ? "" : text.substring(0, named + contest.length());
        }
        String vote = "が" + held.predicate();
        return text.endsWith(vote) ? text.substring(0, text.length() - vote.length()) : "";
    }

    /**
     * Whether a contest's outcome says who won it: a win (韓国を破る) or a title won (初優勝, 連覇を達成); not whatever
     * else the clause after it tells (…決勝が行われ、試合開始前に黙とうをささげた keeps the final).
     */
    static boolean tellsWhoWon(Label result) {
        return !result.text().isEmpty() && (WINS.stream().anyMatch(result.text()::endsWith)
                || namesATitle(result.text()));
    }

    /**
     * Whether the token is 選 written onto the office elected (町長選, 知事選, 衆院選, 総裁選): an election, a contest
     * whose result is who was elected.
     */
    private static boolean electionOf(List<Token> t, int k) {
        return k >= 1 && t.get(k).surface().equals("選") && t.get(k).partOfSpeech().startsWith("名詞-接尾")
                && t.get(k - 1).partOfSpeech().startsWith("名詞");
    }

    /** Contests whose report tells who won them (決勝, 第7戦): a game of a series is a number before 戦. */
    static final Set<String> CONTESTS = Set.of("決勝", "準決勝", "決勝戦", "準決勝戦", "試合", "決選投票");

    /**
     * 米マイアミで決勝が行われ、日本が…優勝を果たした: a contest (決勝, 試合, 第7戦, 決選投票) told held in the passive and
     * a comma, then what came of it, as a vote is ({@link IncidentThenOutcome#votedThenResult}).
     */
    static boolean heldThenResult(AnalysedSentence s, TextSpan clause, int k) {
        List<Token> t = s.tokens();
        if (k + 1 >= t.size() || !Morphemes.isVerb(t.get(k)) || !t.get(k).baseForm().equals("行う") || s.isQuoted(t.get(k))
                || !t.get(k + 1).partOfSpeech().startsWith("動詞-接尾") || !t.get(k + 1).baseForm().equals("れる")
                || s.charAfter(k + 1) != '、') {
            return false;
        }
        return !contestHeld(s, new TextSpan(clause.start(), t.get(k + 1).span().end())).isEmpty();
    }

    /**
     * The contest an incident says was held (決勝 of …決勝が行われ, 第7戦 of 第7戦が行われ), the noun before its が, or ""
     * when it tells no contest held in the passive.
     */
    static String contestHeld(AnalysedSentence s, TextSpan incident) {
        List<Token> t = s.tokens();
        int last = -1;
        for (int k = 0; k < t.size() && t.get(k).span().end() <= incident.end(); k++) {
            last = t.get(k).span().start() >= incident.start() ? k : last;
        }
        if (last < 2 || !t.get(last - 1).baseForm().equals("行う")) {
            return "";
        }
        for (int k = last - 2; k > 0 && t.get(k).span().start() >= incident.start(); k--) {
            if (Morphemes.isParticle(t.get(k), "が") && t.get(k).partOfSpeech().startsWith("助詞-格助詞")) {
                Token noun = t.get(k - 1);
                if (CONTESTS.contains(noun.surface())) {
                    return noun.surface();
                }
                if (electionOf(t, k - 1)) {
                    // 市長選 of 出直し町長選が行われ: the office elected and 選
                    return s.text().substring(t.get(k - 2).span().start(), noun.span().end());
                }
                if (!noun.surface().equals("戦") || k < 2 || !t.get(k - 2).partOfSpeech().startsWith("名詞-数")) {
                    return "";
                }
                int from = k >= 3 && t.get(k - 3).surface().equals("第") ? k - 3 : k - 2;
                return s.text().substring(t.get(from).span().start(), noun.span().end());
            }
        }
        return "";
    }
}
