package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * A contest held and who won it: …決勝が行われ、京都国際が関東第一を破り、初優勝した is the final and its result,
 * told together when they fit (WBCの決勝が米マイアミで実施、日本が3度目の優勝を果たす), else by the contest's name and
 * the title won (第106回全国高校野球選手権大会の決勝、京都国際が初優勝).
 *
 * <p>Known weaknesses: a contest is found only as a noun of {@link #CONTESTS} or a numbered game (第7戦) before が
 * and 行われ; a result says who won only by a verb of a win or a title ending it.
 */
final class ContestResult {

    private ContestResult() {
    }

    /** Verbs of a win, which a later deed of the same doer may say what it brought ({@code titleWon}). */
    static final Set<String> WINS = Set.of("破る", "下す");

    /** Titles a win brings, which a headline of the contest tells. */
    static final Set<String> TITLES = Set.of("優勝", "日本一", "当選", "再選", "連覇", "制覇");

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
     * told with the result's doer, words and deed; the contest alone when none of them fits. Asked only of a result
     * that says who won ({@link #tellsWhoWon}).
     */
    static Label withResult(Label held, String contest, Label result) {
        String both = held.text() + "、" + result.text();
        if (both.codePointCount(0, both.length()) <= Label.MAX_LENGTH) {
            return new Label(both, held.subject(), held.place(), held.headWords(), held.predicate(), held.datedDeed(),
                    held.bareTopic());
        }
        // told by the result: its doer, words and deed are the label's, as the merge reads them
        int named = held.text().indexOf(contest + "が");
        String name = named < 0 ? "" : held.text().substring(0, named + contest.length());
        for (String text : List.of(name + "、" + result.text(), result.text())) {
            if (!text.startsWith("、") && text.codePointCount(0, text.length()) <= Label.MAX_LENGTH) {
                return new Label(text, result.subject(), result.place().or(held::place), result.headWords(), result.predicate(),
                        result.datedDeed(), result.bareTopic());
            }
        }
        return held;
    }

    /**
     * Whether a contest's outcome says who won it: a win (韓国を破る) or a title won (初優勝, 連覇を達成); not whatever
     * else the clause after it tells (…決勝が行われ、試合開始前に黙とうをささげた keeps the final).
     */
    static boolean tellsWhoWon(Label result) {
        return !result.text().isEmpty() && (WINS.stream().anyMatch(result.text()::endsWith)
                || TITLES.stream().anyMatch(title -> namesTheTitle(result.text(), title)));
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
