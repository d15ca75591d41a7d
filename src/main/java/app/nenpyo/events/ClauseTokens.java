package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Gazetteer;
import app.nenpyo.nlp.Token;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tokens of the clause a date governs, as a label's reading sees them: the clause's bounds ({@code from}, {@code to}),
 * the date's tokens ({@code ds}, {@code de}: 11日付で and 2週間後をめどに end after 付 and めどに, 16日と17日の発射 after
 * the last day listed), the sentence's other dates no part of the label may take, what the reading has found so far,
 * and the tests of one token or a phrase's text (a particle outside quotes, a noun phrase's text without the country
 * before it: 米国のバイデン大統領 → バイデン大統領). The base of {@link Reading}'s layers: {@link ClausePhrases},
 * {@link ClausePredicates}, {@link ClauseArguments}.
 *
 * <p>Known weakness: the date's tokens are found by their spans, so a date the tokenizer cuts inside a token takes it.
 */
abstract class ClauseTokens {

    /**
     * What a clause says was done, from its tokens [nominalStart, end) with its verb or sahen noun
     * at head.
     *
     * @param headline how the label says it: 開催, 開催へ, 拡大の恐れ, 計23回開催
     * @param deed     the word that names what was done, for merging and categories: 開催 for 開催へ
     */
    record Predicate(int head, int nominalStart, int end, String headline, String deed, boolean reporting) {

        /** A predicate said as it is named (会談した → 会談). */
        Predicate(int head, int nominalStart, int end, String headline, boolean reporting) {
            this(head, nominalStart, end, headline, headline, reporting);
        }
    }

    /** A phrase's tokens [start, end) of the sentence: a noun phrase, a subject, a topic. */
    record Phrase(int start, int end) {
        boolean isEmpty() {
            return end <= start;
        }
    }

    /** Nouns of a time the tokenizer reads as common nouns, which after a date and の say when (18日までの間に). */
    private static final Set<String> TIMES_OF_A_DATE = Set.of("間", "夏", "冬", "春", "秋", "時点", "段階", "週", "ピーク");

    final Gazetteer gazetteer;
    final AnalysedSentence s;
    final List<Token> t;
    final int from;
    final int to;
    final int ds;
    final int de;
    final String text;
    /** The noun of the deed a predicate reports (派遣 in 救助チームを派遣したと発表), "" when none. */
    String complementHead = "";
    /** The verb of a clause that starts the topic ({@link Reading#inceptionBeforeTopic}), once found. */
    String inceptionVerb = "";
    /** The deed of a relative clause a date heads ({@link Reading#datedRelativeNoun}): 召集 in 17日に召集される通常国会. */
    String relativeDeed = "";
    /** The country or place whose happening a dated relative clause modifies: フランス in 3日に行われたフランスの大統領選挙. */
    Optional<ActorMention> relativePlace = Optional.empty();
    /** Where a dated relative clause's deed happened, said after the date: 石川県能登地方で in 1日に石川県能登地方で起きた地震. */
    String relativeSetting = "";
    /** An argument marked が right before the predicate, which makes the subject its owner (電気料金の値上がりが続く). */
    boolean innerSubject;
    /** Whether the clause is read apart from the sentence (a relative clause), sharing none of its topic. */
    boolean alone;
    /** A part of the label told with the clause that describes it, and the part without it, for a label too long. */
    final Map<String, String> shorter = new HashMap<>();

    /**
     * A deed read past the journey that brought its doer there ({@link ClausePredicates#doneOnArrival}) or past the
     * occasion it was said at ({@link ClausePredicates#actNamedAt}), and that journey or occasion, which the label tells
     * before it.
     */
    final Map<Predicate, Predicate> ledBy = new HashMap<>();

    /** Tokens of the sentence's other dates, which no part of the label may take. */
    final boolean[] otherDate;
    final List<TextSpan> otherDates;
    final TextSpan date;

    ClauseTokens(Gazetteer gazetteer, AnalysedSentence s, TextSpan clause, TextSpan date, List<TextSpan> otherDates) {
        this.gazetteer = gazetteer;
        this.s = s;
        this.t = s.tokens();
        this.text = s.text();
        this.otherDate = new boolean[t.size()];
        this.otherDates = otherDates;
        this.date = date;
        for (TextSpan o : otherDates) {
            // 12月の消費者物価指数, 前年同期比: a date naming which thing or figure stays with it
            boolean naming = text.startsWith("の", o.end()) || text.startsWith("比", o.end());
            for (int i = 0; i < t.size() && !naming; i++) {
                otherDate[i] |= !o.equals(date) && t.get(i).span().overlaps(o);
            }
        }
        int f = t.size();
        int e = 0;
        int a = -1;
        int b = -1;
        for (int i = 0; i < t.size(); i++) {
            TextSpan span = t.get(i).span();
            if (clause.contains(span)) {
                f = Math.min(f, i);
                e = i + 1;
            }
            if (span.overlaps(date)) {
                a = a < 0 ? i : a;
                b = i + 1;
            }
        }
        this.from = f;
        this.to = Math.max(e, f);
        if (a < 0) {
            int i = from;
            while (i < to && t.get(i).span().start() < date.end()) {
                i++;
            }
            a = i;
            b = i;
        }
        this.ds = a;
        this.de = apposition(dateWords(listedWith(b)));
    }

    /**
     * 16日と17日の発射について、19日に…公表した: a date listed with others after it (と, や), or a day
     * of two in a row read one at a time, says what the last of them says, whose words follow it
     * (the launches, not the 19th's announcement); the token after the last, else {@code b}.
     */
    int listedWith(int b) {
        int end = date.end();
        boolean longer = true;
        while (longer) {
            longer = false;
            for (TextSpan o : otherDates) {
                boolean pair = o.start() <= date.start() && o.end() > end;
                boolean listed = o.start() == end + 1 && end < text.length() && "とや".indexOf(text.charAt(end)) >= 0;
                if (!o.equals(date) && (pair || listed)) {
                    end = o.end();
                    longer = true;
                }
            }
        }
        int i = b;
        while (i < to && t.get(i).span().start() < end) {
            i++;
        }
        return i;
    }

    /**
     * 5日の祝日も、, 先月20日～26日の1週間に、: a noun after the date and の, set off by a comma (with
     * に or も), names the date again and is no part of what the clause tells; the index after it
     * and its particles, else {@code b}.
     */
    int apposition(int b) {
        if (b + 1 >= to || !Morphemes.isParticle(t.get(b), "の") || !t.get(b).partOfSpeech().startsWith("助詞-連体化")
                || s.isQuoted(t.get(b))) {
            return b;
        }
        int e = b + 1;
        while (e < to && !s.isQuoted(t.get(e)) && Morphemes.isNounLike(t.get(e))) {
            e++;
        }
        if (e == b + 1) {
            return b;
        }
        int k = e;
        if (k < to && Morphemes.isParticle(t.get(k), "に", "も")) {
            k++;
            // 1週間には、: は after に still sets the time off; は alone marks the topic
            if (k < to && Morphemes.isParticle(t.get(k), "は") && Morphemes.isParticle(t.get(k - 1), "に")) {
                k++;
            }
        }
        // 9日朝のピーク時には, 18日朝までの間に, 2年前の夏にも, 10日の時点で: a time of the date, said without a comma too
        boolean when = e < to && Morphemes.isParticle(t.get(e), "に", "で") && t.get(e).partOfSpeech().startsWith("助詞-格助詞")
                && isTimeOfTheDate(e - 1);
        if (when) {
            k = e + 1;
            if (k < to && Morphemes.isParticle(t.get(k), "は", "も")) {
                k++;
            }
        }
        return k > e && (s.charAfter(k - 1) == '、' || when) ? k : b;
    }

    /**
     * Whether the noun ending at {@code i} names a time within or around a date (ピーク時, 間, 夏, 夜, 時点, 総会後),
     * so that the date and it say when together: an adverbial noun of time (夜, 朝, the suffix 時) or one of
     * {@link #TIMES_OF_A_DATE}. A noun of a happening (5日の会議には) is none.
     */
    boolean isTimeOfTheDate(int i) {
        Token noun = t.get(i);
        return noun.partOfSpeech().contains("副詞可能") || TIMES_OF_A_DATE.contains(noun.surface());
    }

    /**
     * What a date's brackets hold when they say which day it is: a day of the week (金, 月曜, 月曜日), a holiday (祝,
     * 祝日) or a day off in its stead (休, 休日, 振休), alone or joined by ・ or 、 (20日（金）, 23日（月・祝）, 3日（祝）,
     * 6日（月・休）, 4日（祝日）, 24日（月曜・祝日）, 24日（月、祝）).
     */
    private static final String A_DAY = "(?:祝日|休日|振休|[月火水木金土日]曜日?|[月火水木金土日祝休])";
    private static final Pattern DAY_IN_BRACKETS = Pattern.compile(A_DAY + "(?:[・･、]" + A_DAY + ")*");

    /** The longest a day in brackets is (月曜日・祝日): the search for its closing bracket stops after it. */
    private static final int LONGEST_DAY_IN_BRACKETS = 8;

    /**
     * 11日付で, 2週間後をめどに, 20日（金）から: words that belong to the date phrase, not to the clause (the
     * label made 付, めど and the day of the week its arguments: 第2局が金); the index after them.
     */
    int dateWords(int b) {
        if (b <= 0 || b >= to) {
            return b;
        }
        if (t.get(b).partOfSpeech().startsWith("名詞-接尾") && Set.of("付", "付け").contains(t.get(b).surface())) {
            return b + 1;
        }
        if (Set.of("ごろ", "頃", "ころ").contains(t.get(b).surface()) && t.get(b).partOfSpeech().startsWith("名詞")) {
            // 16日午後11時36分ごろ、: about the time is still the date's
            return b + 1;
        }
        int afterTheDay = afterADayInBrackets(b);
        if (afterTheDay > b) {
            return afterTheDay;
        }
        int k = b < to && Morphemes.isParticle(t.get(b), "を") ? b + 1 : b;
        if (k + 1 < to && Set.of("めど", "目途", "メド").contains(t.get(k).surface()) && Morphemes.isParticle(t.get(k + 1), "に")) {
            return k + 2;
        }
        return b;
    }

    /**
     * 20日（金）から, 23日（月・祝）から: the day the date's brackets name (the tokens leave the brackets and ・ out) is the
     * date's, no noun of the clause (第2局が金, 展示会が月・祝から開始); the index of the first token after the brackets, or
     * {@code b} when the brackets right before it hold anything else (24日（現地時間）).
     */
    private int afterADayInBrackets(int b) {
        int open = t.get(b).span().start() - 1;
        if (open < 0 || "（(".indexOf(text.charAt(open)) < 0) {
            return b;
        }
        int close = open + 1;
        int last = Math.min(text.length(), open + 2 + LONGEST_DAY_IN_BRACKETS);
        while (close < last && "）)".indexOf(text.charAt(close)) < 0) {
            close++;
        }
        if (close >= last || !DAY_IN_BRACKETS.matcher(text.substring(open + 1, close)).matches()) {
            return b;
        }
        int k = b;
        while (k < to && t.get(k).span().end() <= close) {
            k++;
        }
        return k;
    }

    /** Whether tokens [start, end) are only particles (the date's に, にも, から), the clause's own. */
    boolean onlyParticles(int start, int end) {
        for (int i = start; i < end; i++) {
            if (!t.get(i).partOfSpeech().startsWith("助詞") || s.isQuoted(t.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether token i lies in another date of the sentence, one naming a thing included (11月の指数). */
    boolean inOtherDate(int i) {
        return otherDates.stream().anyMatch(o -> !o.equals(date) && t.get(i).span().overlaps(o));
    }

    /** Whether token i starts a noun of plan, expectation or risk (予定, 見通し, 恐れ). */
    boolean isModal(int i) {
        return modalEnd(i) >= 0;
    }

    /** The head noun and the whole phrase: 協議 and ウクライナ危機を巡る協議; an empty phrase has none. */
    void addHeads(Set<String> heads, Phrase p) {
        if (p.isEmpty()) {
            return;
        }
        heads.add(t.get(p.end() - 1).surface());
        heads.add(withoutCountryPrefix(p.start(), p.end()));
    }

    private static final String ALIAS_OPENERS = "（(";
    private static final String ALIAS_CLOSERS = "）)";

    boolean isParticle(int i, String... surfaces) {
        return i < to && Morphemes.isParticle(t.get(i), surfaces) && !s.isQuoted(t.get(i));
    }

    /**
     * Whether a quoting と (…と発表, …として) lies between two tokens: in 政府は今夏の電力需給が厳しくなるとして、
     * 節電を呼びかける the predicate after it is the topic's, not the quoted noun's.
     */
    boolean quoteBetween(int start, int end) {
        for (int k = start; k < end && k < to; k++) {
            boolean quoting = isParticle(k, "と") && (isQuoteTo(k) || k + 1 < to && Morphemes.isSuru(t.get(k + 1)));
            if (quoting || isParticle(k, "として")) {
                return true;
            }
        }
        return false;
    }

    /** は or が marking what the clause tells of (not では, には). */
    boolean isTopic(int i) {
        return i < to && !s.isQuoted(t.get(i)) && ((Morphemes.isParticle(t.get(i), "は") && t.get(i).partOfSpeech().startsWith("助詞-係助詞"))
                || (Morphemes.isParticle(t.get(i), "が") && t.get(i).partOfSpeech().startsWith("助詞-格助詞")));
    }

    /** The end of token i with a sign the tokenizer drops written onto it: 36 → 36%. */
    int phraseEnd(int i) {
        int e = tokenEnd(i);
        while (e < text.length() && "%％‰".indexOf(text.charAt(e)) >= 0) {
            e++;
        }
        return e;
    }

    boolean usable(int i) {
        return i >= from && i < to && (i < ds || i >= de) && !otherDate[i] && !s.isQuoted(t.get(i));
    }

    int endings(int i) {
        while (i < to && Morphemes.isVerbEnding(t.get(i))) {
            i++;
        }
        return i;
    }

    /** の between nouns, and な after an adjectival noun (強硬な姿勢). */
    boolean isLinking(int i) {
        Token tk = t.get(i);
        if (tk.surface().equals("の") && tk.partOfSpeech().startsWith("助詞-連体化")) {
            return true;
        }
        return tk.surface().equals("な") && tk.partOfSpeech().startsWith("助動詞") && i > 0
                && t.get(i - 1).partOfSpeech().startsWith("名詞-形容動詞語幹");
    }

    int firstNounAfter(int i) {
        while (i < to && !(usable(i) && Morphemes.isNounLike(t.get(i)))) {
            i++;
        }
        return i;
    }

    /**
     * 記者会見を4日に開く: where another date and its particle (at {@code particle}) start, so that
     * the arguments before it are read on; -1 when no other date stands before the particle.
     */
    int beforeOtherDate(int particle) {
        // 年度末までに: まで written onto the date before the particle
        int particles = particle - 1 >= from && Morphemes.isParticle(t.get(particle), "に")
                && Morphemes.isParticle(t.get(particle - 1), "まで") ? particle - 1 : particle;
        int i = particles;
        while (i - 1 >= from && otherDate[i - 1]) {
            i--;
        }
        return i < particles && Morphemes.isParticle(t.get(particle), "に", "から", "まで") ? i : -1;
    }

    /** れる or られる written onto a verb at token i: the deed was done to the subject. */
    boolean passiveAt(int i) {
        return i < to && t.get(i).partOfSpeech().startsWith("動詞-接尾") && Set.of("れる", "られる").contains(t.get(i).baseForm());
    }

    /** The last token of a modal noun starting at token i (可能性 may be 可能 + 性), or -1. */
    int modalEnd(int i) {
        for (int j = i; j < Math.min(to, i + 2); j++) {
            if (s.isQuoted(t.get(j)) || (j > i && t.get(j).span().start() != t.get(j - 1).span().end())) {
                return -1;
            }
            if (Modal.NOUNS.containsKey(text.substring(tokenStart(i), tokenEnd(j)))) {
                return j;
            }
        }
        return -1;
    }

    boolean endsClause(int groupEnd) {
        if (groupEnd >= to) {
            return true;
        }
        char c = s.charAfter(groupEnd - 1);
        if (c == '、' || c == '。') {
            return true;
        }
        Token next = t.get(groupEnd);
        return next.partOfSpeech().startsWith("助詞-接続助詞") && s.charAfter(groupEnd) == '、';
    }

    /** The index of the first token starting at or after a character position. */
    int firstTokenFrom(int position) {
        int i = from;
        while (i < to && t.get(i).span().start() < position) {
            i++;
        }
        return i;
    }

    /** もの, 物: a formal noun naming a thing, which says nothing without the clause before it. */
    boolean isFormalThing(int i) {
        Token tk = t.get(i);
        return tk.partOfSpeech().startsWith("名詞-非自立") && Set.of("もの", "物").contains(tk.surface());
    }

    /** 認める, 命じた, 認めない, 示された: a verb or its last ending in the form that describes a noun. */
    boolean attributive(int i) {
        return DatedRelativeClause.isAttributive(t, i);
    }

    /** と quoting a reported deed (…発射したと), not quoted speech (「…」と). */
    boolean isQuoteTo(int k) {
        return ReportedDeed.isQuoteTo(t, text, k);
    }

    Optional<ActorMention> locative() {
        for (ActorMention m : s.actors()) {
            int end = m.span().end();
            if ((m.kind() == ActorKind.PLACE || m.kind() == ActorKind.COUNTRY) && m.span().start() >= tokenStart(from)
                    && end < text.length() && text.charAt(end) == 'で' && end <= tokenEnd(to - 1)
                    && !s.quoted()[m.span().start()] && !text.startsWith("である", end)
                    // ロシアでの動員: での describes a noun, not where the clause happens
                    && !text.startsWith("での", end)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The token ending at a character position, or -1. */
    int tokenEndingAt(int position) {
        for (int i = from; i < to; i++) {
            if (t.get(i).span().end() == position) {
                return i;
            }
        }
        return -1;
    }

    int tokenStart(int i) {
        return i < t.size() ? t.get(i).span().start() : text.length();
    }

    int tokenEnd(int i) {
        return i >= 0 && i < t.size() ? t.get(i).span().end() : 0;
    }

    Optional<ActorMention> actorEnding(Phrase p) {
        int start = tokenStart(p.start());
        int end = tokenEnd(p.end() - 1);
        return s.actors().stream()
                .filter(m -> m.span().end() == end && m.span().start() >= start)
                .findFirst();
    }

    String subjectText(Phrase p, Optional<ActorMention> actor) {
        int start = tokenStart(p.start());
        if (actor.isPresent() && actor.get().span().start() > start && "・、".indexOf(text.charAt(actor.get().span().start() - 1)) >= 0) {
            // 政府・日銀: both did it
            return text.substring(start, actor.get().span().end());
        }
        for (int i = p.start(); i < p.end(); i++) {
            if (t.get(i).partOfSpeech().startsWith("助詞-並立助詞")) {
                // 政府と日銀, 神社や寺: both did it
                return withoutCountryPrefix(p.start(), p.end());
            }
        }
        if (actor.isPresent() && (actor.get().saysOnlyItsKind() || actor.get().namedAfterItsKind())) {
            // 長野県の調査委員会: a body with no name is told by whose it is; 芸能事務所「星影プロダクション」 with its kind
            return withoutCountryPrefix(p.start(), p.end());
        }
        if (actor.isPresent() && actor.get().span().start() > start) {
            int before = tokenEndingAt(actor.get().span().start());
            if (before >= p.start() && t.get(before).partOfSpeech().startsWith("名詞-固有名詞-地域-国")) {
                // 米労働省: the country says whose ministry
                return text.substring(tokenStart(before), actor.get().span().end());
            }
        }
        if (actor.isPresent()) {
            return actor.get().surface();
        }
        if (p.start() - 1 >= from && t.get(p.start() - 1).surface().equals("による")) {
            String prefix = countryShortForms(tokenStart(from), tokenStart(p.start()));
            if (!prefix.isEmpty()) {
                return prefix + phraseText(p);
            }
        }
        return withoutCountryPrefix(p.start(), p.end());
    }

    /** 米露 for アメリカのシャーマン国務副長官とロシアのリャプコフ外務次官による協議. */
    String countryShortForms(int start, int end) {
        Set<String> countries = new LinkedHashSet<>();
        for (ActorMention m : s.actors()) {
            if (m.span().start() >= start && m.span().end() <= end && !m.country().isEmpty()) {
                countries.add(m.country());
            }
        }
        if (countries.size() < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String c : countries) {
            Optional<Character> sf = gazetteer.shortFormOf(c);
            if (sf.isEmpty()) {
                return "";
            }
            b.append(sf.get());
        }
        return b.toString();
    }

    String phraseText(Phrase p) {
        return text.substring(tokenStart(p.start()), closed(tokenStart(p.start()), tokenEnd(p.end() - 1)));
    }

    /**
     * 外務・防衛担当閣僚協議（2プラス2）: the end of a phrase, past a closing bracket whose opener
     * the phrase holds (the tokenizer drops the brackets, and the label dropped the opener and
     * glued the alias onto the name).
     */
    int closed(int start, int end) {
        String phrase = text.substring(start, end);
        // round brackets give an alias or a note; a name in quotes or <> reads as well without them
        for (int i = 0; i < ALIAS_OPENERS.length(); i++) {
            char open = ALIAS_OPENERS.charAt(i);
            char close = ALIAS_CLOSERS.charAt(i);
            if (end < text.length() && text.charAt(end) == close
                    && phrase.chars().filter(c -> c == open).count() > phrase.chars().filter(c -> c == close).count()) {
                return end + 1;
            }
        }
        return end;
    }

    /**
     * カザフスタンのトレウベルディ外相 → トレウベルディ外相; スイスのジュネーブ → ジュネーブ: a country before
     * の is dropped when an actor follows it (the actor says enough), kept otherwise (ロシアの対応).
     */
    String withoutCountryPrefix(int start, int end) {
        String phrase = text.substring(tokenStart(start), closed(tokenStart(start), phraseEnd(end - 1)));
        int phraseStart = tokenStart(start);
        for (ActorMention m : s.actors()) {
            int after = m.span().end();
            if (m.kind() == ActorKind.COUNTRY && m.span().start() == phraseStart && after < tokenEnd(end - 1)
                    && text.charAt(after) == 'の'
                    && s.actors().stream().anyMatch(o -> o.span().start() == after + 1)) {
                return text.substring(after + 1, tokenEnd(end - 1));
            }
        }
        return phrase;
    }
}
