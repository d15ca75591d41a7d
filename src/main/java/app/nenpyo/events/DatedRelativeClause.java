package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the relative clause a date is written inside, with the noun that clause describes: what the
 * date governs is that clause's deed, not what the sentence goes on to say of the noun.
 *
 * <pre>
 *   県は12日、先月3日に工事を中断した北川トンネルの点検を始めた。
 *     先月3日 → clause 先月3日に工事を中断した, noun 北川トンネル (its doer: no が inside)
 *   山本社が今月5日に発売した新型車を巡っては、…
 *     今月5日 → clause 山本社が今月5日に発売した, noun 新型車 (the clause's own が before the date)
 *   8日に投票が行われた市長選で、…
 *     8日 → clause 8日に投票が行われた, noun 市長選 (the clause's own が after the date)
 *   10日に物価が急騰したことを受け、…
 *     10日 → clause 10日に物価が急騰した, noun none (こと: the clause is what is said)
 * </pre>
 *
 * <p>The date is tied to the clause: followed by a case particle and no comma (県は12日、 is the
 * sentence's date), by の, or by the verb itself; then nothing but the words of arguments up to a verb in
 * the form that describes a noun, written right onto that noun. Not found: a clause of time, cause or manner
 * (…した際, …するため, …した間), one a noun of plan, view or goal takes (…する予定, …する考え, …する目標), a
 * deed that plans or lasts (予定していた花火大会, 続けてきた政策: the date is the plan's or the start of a
 * state), a noun that is a number or another date, and a clause that began before its date (水道料金を来年度から
 * 引き上げる条例改正案: a particle before the date). A clause naming nothing but its deed (3日に召集される国会で)
 * or a deed that starts something (1日に能登地方で起きた地震で) is left to {@code LabelBuilder}'s reading of a
 * dated noun; and when the sentence has no other date, a noun the main verb takes directly (…開会式に出席する)
 * or the setting of its topic's deed (日銀は19日から開いた会合で…決めた) is the main deed's.
 *
 * <p>Known weaknesses: a clause with a comma inside (…を受け、休館していた美術館) is not found; the noun is
 * read up to its first の (北川トンネルの点検 → 北川トンネル), past a place or a measure (英国の総選挙, 震度7の地震);
 * whether the noun is the clause's doer or what it did is told by が and を, not by the verb (2月に届け出たリコール,
 * with neither, reads the recall as the one that filed).
 */
final class DatedRelativeClause {

    /**
     * @param clause        the relative clause, sentence-relative, from its subject before the date (if any) to its verb
     * @param noun          the noun it describes, sentence-relative; empty (start == end) for こと and the like
     * @param subjectBefore whether the clause's own が-subject stands before the date (the noun is what was done)
     * @param subjectInside whether the clause's own が-subject stands after the date
     * @param happened      whether the clause says something happened or was done to its subject (passive, ある)
     */
    record Found(TextSpan clause, TextSpan noun, boolean subjectBefore, boolean subjectInside, boolean happened) {
    }

    /** Nouns after a clause that say when, why or how the main deed was done, or what was planned, thought or aimed at. */
    private static final Set<String> FRAMES = Set.of("際", "ため", "為", "後", "前", "上", "中", "時", "とき", "ところ",
            "場合", "結果", "直後", "直前", "途中", "以降", "以来", "場面", "一方", "まま", "ほか", "うち", "たび", "よう",
            "通り", "はず", "わけ", "つもり", "べき", "の", "もの", "予定", "見通し", "見込み", "公算", "方向", "方針", "意向",
            "構え", "恐れ", "おそれ", "可能性", "観測", "見方", "考え", "姿勢", "計画", "必要", "狙い", "影響", "理由", "原因",
            "模様", "様子", "ばかり", "矢先", "間", "目標", "目的", "期限", "見込", "機会");

    /** Nouns whose relative clause is what they hold (…したこと, …に昇格する人事, …を再任する議案): the clause is said alone. */
    private static final Set<String> CONTENTS = Set.of("こと", "人事", "案", "議案");

    /** Deeds that plan or last: a date in their clause is the plan's, or when a state began (予定していた, 続けてきた). */
    private static final Set<String> PLANS_AND_STATES = Set.of("予定", "計画", "予想", "想定", "見込む", "目指す", "続く", "続ける");

    /** Deeds only their subject can undergo (開幕する万博, 上陸した台風): the noun before them is their subject. */
    private static final Set<String> BEFALL = Set.of("開幕", "閉幕", "開業", "開館", "休館", "発足", "上陸", "成立", "施行",
            "終わる", "死去", "死亡");

    /** Particles that may stand between the date and the clause's first argument or verb. */
    private static final Set<String> DATE_PARTICLES = Set.of("に", "から", "まで", "で");

    private DatedRelativeClause() {
    }

    static Optional<Found> of(AnalysedSentence s, TextSpan sentenceClause, TextSpan date, List<TextSpan> otherDates) {
        List<Token> t = s.tokens();
        int start = listedFrom(s, date, otherDates);
        int end = listedTo(s, date, otherDates);
        int first = -1;
        int after = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).span().end() > start && t.get(i).span().start() < end) {
                first = first < 0 ? i : first;
                after = i + 1;
            }
        }
        if (first < 0 || after >= t.size() || t.get(after).span().start() != end) {
            return Optional.empty();
        }
        int k = after;
        Token follower = t.get(k);
        if (Morphemes.isParticle(follower, DATE_PARTICLES.toArray(String[]::new)) && follower.partOfSpeech().startsWith("助詞-格助詞")) {
            k++;
        } else if (!(Morphemes.isParticle(follower, "の") && follower.partOfSpeech().startsWith("助詞-連体化"))
                && !Morphemes.isVerb(follower) && !Morphemes.isSahen(follower)) {
            // 27日も, 21日（日本時間22日）: the date stands apart from any clause after it
            return Optional.empty();
        }
        if (s.charAfter(k - 1) == '、' && k > after) {
            return Optional.empty();
        }
        int verb = attributiveVerb(s, k, sentenceClause.end(), otherDates, date);
        if (verb < 0) {
            return Optional.empty();
        }
        boolean arguments = false;
        boolean subjectInside = false;
        boolean happened = false;
        for (int i = k; i <= verb; i++) {
            Token tk = t.get(i);
            arguments |= !Morphemes.isVerb(tk) && !Morphemes.isVerbEnding(tk) && !Morphemes.isSahen(tk);
            subjectInside |= Morphemes.isParticle(tk, "が") && tk.partOfSpeech().startsWith("助詞-格助詞");
            happened |= tk.partOfSpeech().startsWith("動詞-接尾") && Set.of("れる", "られる").contains(tk.baseForm())
                    || Morphemes.isVerb(tk) && tk.baseForm().equals("ある");
            if (PLANS_AND_STATES.contains(tk.baseForm()) || PLANS_AND_STATES.contains(tk.surface())) {
                return Optional.empty();
            }
        }
        int subjectStart = subjectBefore(s, first, sentenceClause.start());
        if (subjectStart < 0 && first > 0 && isCaseParticle(t.get(first - 1)) && s.charAfter(first - 1) != '、') {
            // 水道料金を来年度から引き上げる: the clause began before its date, with words this reading does not have
            return Optional.empty();
        }
        int g = verb + 1;
        if (g + 1 < t.size() && t.get(g).surface().equals("ばかり") && Morphemes.isParticle(t.get(g + 1), "の")) {
            // 先月29日に再稼働したばかりの原発: just done, said of the noun
            g += 2;
        }
        if (g >= t.size()) {
            // 再稼働したばかりの at a text's end (a clipping cut off): no noun to say the clause of
            return Optional.empty();
        }
        Token head = t.get(g);
        TextSpan clause = new TextSpan(t.get(subjectStart >= 0 ? subjectStart : first).span().start(), t.get(verb).span().end());
        if (isContent(s, g) && g + 1 < t.size() && Morphemes.isParticle(t.get(g + 1), "を", "が", "は", "に")) {
            return Optional.of(new Found(clause, new TextSpan(head.span().start(), head.span().start()), subjectStart >= 0,
                    subjectInside, happened));
        }
        int clauseFrom = t.get(first).span().start();
        if (!isWord(s, head) || isFrame(s, g) || head.partOfSpeech().startsWith("名詞-数")
                || otherDates.stream().anyMatch(o -> !o.equals(date) && o.end() > head.span().start() && o.start() < head.span().end())) {
            return Optional.empty();
        }
        int nounEnd = nounEnd(s, g);
        int follow = pastNote(s, nounEnd);
        int deed = verb;
        while (deed > k && !Morphemes.isVerb(t.get(deed))) {
            deed--;
        }
        boolean inception = ClauseWords.INCEPTION_HINTS.containsKey(t.get(deed).baseForm())
                || Morphemes.isSuru(t.get(deed)) && deed > k && ClauseWords.INCEPTION_HINTS.containsKey(t.get(deed - 1).surface());
        // 3日に召集された国会で, 1日に能登地方で起きた地震で: a deed alone or an inception after に or で, its noun the
        // setting or topic, is LabelBuilder's dated noun, read there as before
        boolean datedNoun = k > after && Morphemes.isParticle(t.get(after), "に", "で") && follow < t.size()
                && Morphemes.isParticle(t.get(follow), "で", "は", "が", "から", "も");
        if (datedNoun && (!arguments || inception) && subjectStart < 0) {
            return Optional.empty();
        }
        int nounTo = t.get(nounEnd - 1).span().end();
        String last = t.get(nounEnd - 1).surface();
        if (subjectStart < 0 && ClauseWords.CASE_NOUNS.contains(last) && !Set.of("選挙", "選").contains(last)
                || subjectStart < 0 && follow < t.size() && isCopula(t.get(follow))) {
            // 男性が刺された事件で: a case is told by its clause and noun (LabelBuilder's case the date tells);
            // …に到着した男性だった: the noun is what the sentence's topic was, the topic the doer (with a subject of
            // its own, …が7日に行った講演だ, the clause is what it was)
            return Optional.empty();
        }
        boolean befell = happened || inception || BEFALL.contains(t.get(deed).baseForm())
                || Morphemes.isSuru(t.get(deed)) && deed > k && BEFALL.contains(t.get(deed - 1).surface());
        if (subjectStart < 0 && !subjectInside && !ofWhatFollows(t, follow, hasWo(t, k, verb) || befell)) {
            return Optional.empty();
        }
        boolean mainDated = otherDates.stream().anyMatch(o -> !o.equals(date) && sentenceClause.contains(o)
                && (o.end() <= clauseFrom || o.start() >= nounTo));
        if (!mainDated && (takenByTheMainVerb(s, follow) || settingOfTheTopic(s, first, follow))) {
            return Optional.empty();
        }
        return Optional.of(new Found(clause, new TextSpan(head.span().start(), nounTo), subjectStart >= 0, subjectInside, happened));
    }

    /**
     * Whether a noun followed by の may be the doer of the clause before it: one that did something to a thing
     * (先月17日にリコールを届け出た東邦モーターズの本社), suffered the deed (逮捕された前市長の下で) or befell it
     * (元日に起きた地震の被災地, 来月開幕する万博の会場); else the noun after の may be what the clause describes
     * (2月に届け出た部品のリコール, 来月に出る連合の集計), which this reading does not say. A noun not followed by の is
     * the noun described.
     */
    private static boolean ofWhatFollows(List<Token> t, int nounEnd, boolean doerOrSufferer) {
        boolean of = nounEnd < t.size() && Morphemes.isParticle(t.get(nounEnd), "の") && t.get(nounEnd).partOfSpeech().startsWith("助詞-連体化");
        return !of || doerOrSufferer;
    }

    private static boolean isCopula(Token tk) {
        // で before a comma is a setting the tokenizer may call a copula (…原発で、)
        return tk.partOfSpeech().startsWith("助動詞") && Set.of("だ", "です", "である").contains(tk.baseForm())
                && !tk.surface().equals("で");
    }

    private static boolean hasWo(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Morphemes.isParticle(t.get(i), "を") && t.get(i).partOfSpeech().startsWith("助詞-格助詞")) {
                return true;
            }
        }
        return false;
    }

    /** The start of the first date listed with this one (今月4日と9日: 今月4日 for 9日). */
    private static int listedFrom(AnalysedSentence s, TextSpan date, List<TextSpan> otherDates) {
        int start = date.start();
        boolean earlier = true;
        while (earlier) {
            earlier = false;
            for (TextSpan o : otherDates) {
                if (!o.equals(date) && o.end() + 1 == start && "とや".indexOf(s.text().charAt(o.end())) >= 0) {
                    start = o.start();
                    earlier = true;
                }
            }
        }
        return start;
    }

    /** The end of the last date listed with this one (今月4日と9日: 9日 for 今月4日). */
    private static int listedTo(AnalysedSentence s, TextSpan date, List<TextSpan> otherDates) {
        int end = date.end();
        boolean longer = true;
        while (longer) {
            longer = false;
            for (TextSpan o : otherDates) {
                if (!o.equals(date) && o.start() == end + 1 && end < s.text().length() && "とや".indexOf(s.text().charAt(end)) >= 0) {
                    end = o.end();
                    longer = true;
                }
            }
        }
        return end;
    }

    /**
     * The index of the verb (or its last ending) that closes the clause from {@code k} and describes the
     * noun written right after it, or -1: the clause breaks at a comma, a full stop, a topic は, a quote,
     * another date, a conjunctive particle other than て, or the end of the sentence's clause.
     */
    private static int attributiveVerb(AnalysedSentence s, int k, int clauseEnd, List<TextSpan> otherDates, TextSpan date) {
        List<Token> t = s.tokens();
        boolean verbSeen = false;
        for (int j = k; j + 1 < t.size() && t.get(j + 1).span().end() <= clauseEnd; j++) {
            Token tk = t.get(j);
            boolean inOtherDate = otherDates.stream().anyMatch(o -> !o.equals(date) && tk.span().overlaps(o));
            boolean conjunction = tk.partOfSpeech().startsWith("助詞-接続助詞") && !Morphemes.isParticle(tk, "て", "で");
            if (s.isQuoted(tk) || inOtherDate || conjunction || "、。，".indexOf(s.charAfter(j)) >= 0
                    || Morphemes.isParticle(tk, "は") && tk.partOfSpeech().startsWith("助詞-係助詞")) {
                return -1;
            }
            verbSeen |= Morphemes.isVerb(tk);
            // whether the next word is one a clause describes is asked last: it looks for frames written there
            if (verbSeen && (Morphemes.isVerb(tk) || Morphemes.isVerbEnding(tk)) && isAttributive(t, j)
                    && t.get(j + 1).span().start() == tk.span().end() && isDescribed(s, j + 1)) {
                return j;
            }
        }
        return -1;
    }

    /** Whether the word at {@code i} is one a relative clause may describe: a noun, a content (…したこと) or a frame. */
    private static boolean isDescribed(AnalysedSentence s, int i) {
        return Morphemes.isNounLike(s.tokens().get(i)) || isContent(s, i) || isFrame(s, i);
    }

    /** A noun of the frames, as a token or the first characters of one (おそれ, 可能性 the tokenizer may cut). */
    private static boolean isFrame(AnalysedSentence s, int i) {
        Token tk = s.tokens().get(i);
        return FRAMES.contains(tk.surface())
                || FRAMES.stream().anyMatch(f -> f.length() > 1 && s.text().startsWith(f, tk.span().start()));
    }

    private static boolean isContent(AnalysedSentence s, int i) {
        String surface = s.tokens().get(i).surface();
        return CONTENTS.contains(surface) || surface.length() > 1 && surface.endsWith("案");
    }

    private static boolean isCaseParticle(Token tk) {
        return Morphemes.isParticle(tk, "を", "に", "が", "と", "で", "へ", "から") && tk.partOfSpeech().startsWith("助詞-格助詞");
    }

    /**
     * The start of a が-phrase written right before the date (山本社が今月5日に), or -1: also for a name with a note in
     * brackets (北陸化学（富山市）が), whose note the label would read as the name.
     */
    private static int subjectBefore(AnalysedSentence s, int first, int lowerBound) {
        List<Token> t = s.tokens();
        int p = first - 1;
        if (p < 1 || t.get(p).span().start() < lowerBound || !Morphemes.isParticle(t.get(p), "が")
                || !t.get(p).partOfSpeech().startsWith("助詞-格助詞") || t.get(p).span().end() != t.get(first).span().start()) {
            return -1;
        }
        int c = p;
        int written = t.get(p).span().start();
        while (c - 1 >= 0 && t.get(c - 1).span().start() >= lowerBound && isWord(s, t.get(c - 1))
                && adjacent(s, t.get(c - 1).span().end(), c < p ? t.get(c).span().start() : written)) {
            c--;
            written = t.get(c).span().start();
        }
        return c < p && isWord(s, t.get(c)) ? c : -1;
    }

    /**
     * The end of the noun from {@code g}: its words written together (across a page's line break or a ・), a note in
     * brackets within it (立法委員（国会議員）選挙), up to its first の unless what comes before names a place or a
     * measure (英国の総選挙, 震度7の地震).
     */
    private static int nounEnd(AnalysedSentence s, int g) {
        List<Token> t = s.tokens();
        int e = wordsFrom(s, g);
        int start = t.get(g).span().start();
        int last = t.get(e - 1).span().end();
        boolean place = s.actors().stream().anyMatch(m -> (m.kind() == ActorKind.PLACE || m.kind() == ActorKind.COUNTRY)
                && m.span().start() == start && m.span().end() == last);
        boolean measure = t.get(e - 1).partOfSpeech().startsWith("名詞-数")
                || e - 2 >= g && t.get(e - 1).partOfSpeech().startsWith("名詞-接尾") && t.get(e - 2).partOfSpeech().startsWith("名詞-数");
        if ((place || measure) && e + 1 < t.size() && Morphemes.isParticle(t.get(e), "の") && isWord(s, t.get(e + 1))) {
            return wordsFrom(s, e + 1);
        }
        return e;
    }

    /** The index of the first token after the noun ending before {@code e} and a note in brackets after it (都議補選（9選挙区）では). */
    private static int pastNote(AnalysedSentence s, int e) {
        List<Token> t = s.tokens();
        int end = t.get(e - 1).span().end();
        int close = s.text().indexOf('）', end);
        if (!s.text().startsWith("（", end) || close < 0) {
            return e;
        }
        int next = e;
        while (next < t.size() && t.get(next).span().start() < close) {
            next++;
        }
        return next;
    }

    private static int wordsFrom(AnalysedSentence s, int g) {
        List<Token> t = s.tokens();
        int e = g + 1;
        while (e < t.size()) {
            int previous = t.get(e - 1).span().end();
            int next = e;
            if (s.text().startsWith("（", previous) && s.text().indexOf('）', previous) > previous) {
                // 立法委員（国会議員）選挙: a note in brackets inside the noun, the noun going on after it
                int close = s.text().indexOf('）', previous);
                while (next < t.size() && t.get(next).span().start() < close) {
                    next++;
                }
                if (next >= t.size() || t.get(next).span().start() != close + 1) {
                    break;
                }
            } else if (!adjacent(s, previous, t.get(next).span().start())) {
                break;
            }
            if (!isWord(s, t.get(next))) {
                break;
            }
            e = next + 1;
        }
        return e;
    }

    /** Whether two words are written together: nothing between, or a page's line break, or a ・ inside a name. */
    private static boolean adjacent(AnalysedSentence s, int end, int start) {
        String between = s.text().substring(end, Math.max(end, start));
        return between.isEmpty() || between.equals("・") || between.chars().allMatch(c -> c == '\n' || c == '\r' || c == ' ' || c == '\u3000');
    }

    /** A noun of letters or digits outside quotes (the tokenizer calls some signs nouns). */
    private static boolean isWord(AnalysedSentence s, Token tk) {
        return Morphemes.isNounLike(tk) && !s.isQuoted(tk) && Character.isLetterOrDigit(tk.surface().codePointAt(0));
    }

    /**
     * Whether the noun ending before {@code i} is what the verb after it takes directly (開会式に出席する, 特別展にも
     * 出品された), not what a verb of relation or framing sets the main clause about (ミサイルを巡っては, 発表を受け、).
     */
    private static boolean takenByTheMainVerb(AnalysedSentence s, int i) {
        List<Token> t = s.tokens();
        // 北京オリンピックの開会式に出席する: what the verb takes is the whole phrase the noun begins
        while (i + 1 < t.size() && Morphemes.isParticle(t.get(i), "の") && t.get(i).partOfSpeech().startsWith("助詞-連体化")
                && isWord(s, t.get(i + 1))) {
            i = pastNote(s, wordsFrom(s, i + 1));
        }
        if (i + 1 >= t.size() || !Morphemes.isParticle(t.get(i), "に", "を", "と", "へ")) {
            return false;
        }
        int n = i + 1;
        if (n + 1 < t.size() && Morphemes.isParticle(t.get(n), "も")) {
            n++;
        }
        Token next = t.get(n);
        int ends = n + 1;
        while (ends < t.size() && Morphemes.isVerbEnding(t.get(ends))) {
            ends++;
        }
        boolean framing = ClauseWords.RELATIONS.contains(next.baseForm())
                || ClauseWords.FRAMING_VERBS.contains(next.baseForm()) && s.charAfter(ends - 1) == '、';
        return !framing && (Morphemes.isVerb(next) || Morphemes.isSahen(next) && n + 1 < t.size() && Morphemes.isSuru(t.get(n + 1)));
    }

    /** Whether the noun ending before {@code i} is where the sentence's topic, named before the date, did its deed (日銀は…会合で). */
    private static boolean settingOfTheTopic(AnalysedSentence s, int first, int i) {
        List<Token> t = s.tokens();
        if (i >= t.size() || !Morphemes.isParticle(t.get(i), "で") || !t.get(i).partOfSpeech().startsWith("助詞-格助詞")) {
            return false;
        }
        for (int k = 1; k < first; k++) {
            if (Morphemes.isParticle(t.get(k), "は") && t.get(k).partOfSpeech().startsWith("助詞-係助詞") && !s.isQuoted(t.get(k))
                    && !Morphemes.isParticle(t.get(k - 1), "で", "に", "と", "から", "まで")) {
                return true;
            }
        }
        return false;
    }

    /** 認める, 命じた, 認めない, 示された: a verb or its last ending in the form that describes a noun. */
    static boolean isAttributive(List<Token> t, int i) {
        Token tk = t.get(i);
        if (Morphemes.isVerb(tk)) {
            return tk.surface().equals(tk.baseForm());
        }
        if (!Morphemes.isVerbEnding(tk) || Morphemes.isParticle(tk, "て", "で")) {
            return false;
        }
        boolean past = Set.of("た", "だ").contains(tk.surface()) && i > 0
                && (Morphemes.isVerb(t.get(i - 1)) || Morphemes.isVerbEnding(t.get(i - 1)));
        return past || tk.surface().equals(tk.baseForm()) && !Set.of("だ", "です", "ます").contains(tk.surface());
    }
}
