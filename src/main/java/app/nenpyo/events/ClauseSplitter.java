package app.nenpyo.events;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives each date of a sentence the clause it governs.
 *
 * <p>A sentence breaks into segments at a comma that follows a verb or a conjunctive particle
 * outside quotes (表明し、 / 述べていて、 / 発表しましたが、 / によりますと、); commas after nouns and
 * after として do not break. The first date's clause runs from the start of the sentence (its
 * subject is usually written before it); a later date's clause starts at the segment that holds
 * it; every clause ends where the next date's segment starts, or at the end of the sentence.
 *
 * <p>{@code ロシアは9日、米国の圧力に屈して譲歩することはないと表明し、10日からのウクライナ危機を巡る協議について、…とけん制した。}
 * → 9日: {@code ロシアは9日、…と表明し}; 10日: {@code 10日からのウクライナ危機を巡る協議について、…とけん制した}.
 *
 * <p>Known weakness: a subordinate clause without a comma (…と表明して10日からの…) stays with the
 * previous date; two dates in one segment share the clause.
 */
final class ClauseSplitter {

    private ClauseSplitter() {
    }

    /**
     * @param dates the date spans in the sentence, sentence-relative, in order
     * @return one clause per date, sentence-relative
     */
    static List<TextSpan> clauses(AnalysedSentence s, List<TextSpan> dates) {
        List<Integer> segmentStarts = segmentStarts(s);
        List<TextSpan> out = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            int segment = segmentOf(segmentStarts, dates.get(k).start());
            int start = k == 0 ? 0 : Math.min(segmentStarts.get(segment), dates.get(k).start());
            if (k > 0 && segmentOf(segmentStarts, dates.get(k - 1).start()) == segment) {
                start = out.get(k - 1).start();
            }
            int end = s.text().length();
            for (int j = k + 1; j < dates.size(); j++) {
                int next = segmentOf(segmentStarts, dates.get(j).start());
                if (next != segment) {
                    end = segmentStarts.get(next);
                    break;
                }
            }
            out.add(trim(s.text(), start, Math.min(end, sinceItsDeed(s, dates.get(k).end(), end))));
        }
        return out;
    }

    /**
     * Where a date's deed told as the start of what follows ends: 2月24日にロシアが侵攻を始めて以降、…初めて / 10月に協議を
     * 始めてから、…: the date dates the deed before て以降 (以来, から), and what the main clause says holds since
     * is no deed of that day. The position of 以降 (以来, から) after the date and before {@code end}, else {@code end}.
     */
    private static int sinceItsDeed(AnalysedSentence s, int dateEnd, int end) {
        List<Token> tokens = s.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.span().start() < dateEnd || t.span().end() > end || s.isQuoted(t) || s.charAfter(i) != '、') {
                continue;
            }
            Token before = tokens.get(i - 1);
            boolean te = Set.of("て", "で").contains(before.surface()) && before.partOfSpeech().startsWith("助詞-接続助詞");
            if (te && Set.of("以降", "以来", "から").contains(t.surface())) {
                return t.span().start();
            }
        }
        return end;
    }

    static List<Integer> segmentStarts(AnalysedSentence s) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (s.isQuoted(t) || s.charAfter(i) != '、') {
                continue;
            }
            String pos = t.partOfSpeech();
            if (pos.startsWith("動詞") || pos.startsWith("助詞-接続助詞")
                    || (pos.startsWith("助動詞") && (t.surface().equals("ず") || t.surface().equals("ませ")))) {
                starts.add(t.span().end() + 1);
            }
        }
        return starts;
    }

    private static int segmentOf(List<Integer> starts, int position) {
        int segment = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) <= position) {
                segment = i;
            }
        }
        return segment;
    }

    private static TextSpan trim(String text, int start, int end) {
        while (end > start && "、。 　\n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new TextSpan(start, end);
    }
}
