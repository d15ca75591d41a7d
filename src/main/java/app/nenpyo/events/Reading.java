package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Gazetteer;
import app.nenpyo.nlp.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One reading of the clause a date governs, from its tokens, into a {@link Label}: the step order of
 * {@link LabelBuilder}'s class comment, for one clause. {@code new Reading(gazetteer, s, clause, date, otherDates).label()}
 * on 王毅外相は10日、カザフスタンのトレウベルディ外相と電話で会談し、… → 王毅外相がトレウベルディ外相と電話で会談.
 * A date inside quoted speech, a date that is itself the predicate and the case a date's setting tells are read first;
 * else a {@code Draft} reads the noun the date names or the predicate it governs, then who or where leads it.
 *
 * <p>Known weaknesses: those of {@link LabelBuilder}; a reading is made for one clause and read once.
 */
final class Reading {

    /** 3週間, 69日間, 4年間, 2か月: a number and a counter of time. */
    private static final Pattern COUNT_OF_TIME =
            Pattern.compile("[0-9０-９一二三四五六七八九十百千.]+(日間|週間|年間|か月|カ月|ヶ月|か月間|カ月間|ヶ月間|時間)");

    /** The longest quote a label keeps as said (characters between 「 and 」). */
    static final int MAX_QUOTE = 24;

    /** The shortest last part of a long quote a label says alone (決して許せない, not ない). */
    private static final int MIN_QUOTED_PART = 6;

    /** Nouns that are themselves a saying: 9日の発表で「…」としている is what the announcement said. */
    private static final Set<String> SAYING_NOUNS = Set.of("発表", "声明", "談話", "会見", "演説", "コメント", "書簡");

    /** Occasions of speaking: what was declared at one is the news, not the occasion (記者会見し、…を表明した). */
    private static final Set<String> OCCASIONS_OF_SPEAKING = Set.of("会見", "演説", "講演");

    /**
     * Journeys (the verb's base form, or the sahen noun): joined to a later deed, they bring the doer to it
     * (韓国を訪れ、…と会談した). 帰国 is none: coming home is the news itself.
     */
    private static final Set<String> JOURNEYS = Set.of("訪れる", "訪問", "来日", "訪日", "訪米", "訪中", "訪韓", "訪朝",
            "訪露", "戻る", "到着", "入国", "来県", "来訪");

    /** Deeds that declare something, whose object is what an occasion of speaking was held to tell. */
    private static final Set<String> DECLARATIONS = Set.of("表明", "宣言", "発表");

    /**
     * Acts of speech a verb names by what they did (the verb's base form, or the sahen noun): said at an occasion of
     * speaking they are the news, told with it (記者会見し「…」と謝罪), where 述べた and 表明した with a quote name nothing.
     */
    private static final Set<String> SPEECH_ACTS = Set.of("謝罪", "陳謝", "呼びかける", "呼び掛ける");

    /** The same read by the tokenizer as one particle. */
    private static final Set<String> RELATION_PARTICLES = Set.of("に関する", "に対する", "をめぐる", "を巡る", "に向けた",
            "についての", "における");

    /** Nouns that say why, not where, before で: 影響で, ため (a place in the phrase is no setting). */
    private static final Set<String> CAUSES = Set.of("影響", "ため", "為", "結果", "関係", "理由", "原因", "事情", "都合", "問題");

    /** Nouns saying which of a series a happening is (次回の協議): part of what it is called. */
    private static final Set<String> ORDINAL_NOUNS = Set.of("次回", "前回", "今回", "初回");

    /** Nouns used as adverbs of manner or duration (当面停止), not of time: the rest name a date. */
    private static final Set<String> MANNER_NOUNS = Set.of("当面", "当分", "一時", "一斉", "一律", "全面", "大幅");
    /**
     * What a clause says was done, from its tokens [nominalStart, end) with its verb or sahen noun
     * at head.
     *
     * @param headline how the label says it: 開催, 開催へ, 拡大の恐れ, 計23回開催
     * @param deed     the word that names what was done, for merging and categories: 開催 for 開催へ
     */
    private record Predicate(int head, int nominalStart, int end, String headline, String deed, boolean reporting) {

        /** A predicate said as it is named (会談した → 会談). */
        Predicate(int head, int nominalStart, int end, String headline, boolean reporting) {
            this(head, nominalStart, end, headline, headline, reporting);
        }
    }

    private record Phrase(int start, int end) {
        boolean isEmpty() {
            return end <= start;
        }
    }

    /** Nouns of a time the tokenizer reads as common nouns, which after a date and の say when (18日までの間に). */
    private static final Set<String> TIMES_OF_A_DATE = Set.of("間", "夏", "冬", "春", "秋", "時点", "段階", "週", "ピーク");

    private final Gazetteer gazetteer;
    final AnalysedSentence s;
    final List<Token> t;
    final int from;
    final int to;
    final int ds;
    final int de;
    final String text;
    /** The noun of the deed a predicate reports (派遣 in 救助チームを派遣したと発表), "" when none. */
    String complementHead = "";
    /** The verb of a clause that starts the topic ({@link #inceptionBeforeTopic}), once found. */
    String inceptionVerb = "";
    /** The deed of a relative clause a date heads ({@link #datedRelativeNoun}): 召集 in 17日に召集される通常国会. */
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
     * A deed read past the journey that brought its doer there ({@link #doneOnArrival}) or past the occasion it was
     * said at ({@link #actNamedAt}), and that journey or occasion, which the label tells before it.
     */
    final Map<Predicate, Predicate> ledBy = new HashMap<>();

    /** Tokens of the sentence's other dates, which no part of the label may take. */
    final boolean[] otherDate;
    final List<TextSpan> otherDates;
    final TextSpan date;

    Reading(Gazetteer gazetteer, AnalysedSentence s, TextSpan clause, TextSpan date, List<TextSpan> otherDates) {
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
    private int listedWith(int b) {
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
    private int apposition(int b) {
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
    private boolean isTimeOfTheDate(int i) {
        Token noun = t.get(i);
        return noun.partOfSpeech().contains("副詞可能") || TIMES_OF_A_DATE.contains(noun.surface());
    }

    /**
     * 11日付で, 2週間後をめどに: words that belong to the date phrase, not to the clause (the
     * label made 付 and めど its arguments); the index after them.
     */
    private int dateWords(int b) {
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
        int k = b < to && Morphemes.isParticle(t.get(b), "を") ? b + 1 : b;
        if (k + 1 < to && Set.of("めど", "目途", "メド").contains(t.get(k).surface()) && Morphemes.isParticle(t.get(k + 1), "に")) {
            return k + 2;
        }
        return b;
    }

    Label label() {
        Optional<Label> quoted = quotedDeed();
        if (quoted.isPresent()) {
            return quoted.get();
        }
        Optional<Label> when = dateAsPredicate();
        if (when.isPresent()) {
            return when.get();
        }
        Optional<Label> theCase = settingTheDateTells();
        if (theCase.isPresent()) {
            return theCase.get();
        }
        return new Draft().label();
    }

    /**
     * The label of a date that names no quoted deed, no date as a predicate and no case the
     * date's setting tells: the noun the date names or the predicate it governs, then who or
     * where leads it. A class of one small method a step, rather than one method of 2,800
     * bytecodes: the JIT compiled that method into 63 kB of machine code in half a second.
     */
    private final class Draft {
        private final Optional<ActorMention> place = locative();
        private Phrase subject = subjectBeforeDate();
        private String hint = "";
        private Phrase noun = new Phrase(de, de);
        private int after = de;
        private boolean ofDate;
        private String whereSubject = "";
        private Phrase happened;
        private String relative = "";
        private boolean sahenVerb;
        private final List<String> parts = new ArrayList<>();
        private final Set<String> heads = new LinkedHashSet<>();
        private Predicate predicate;
        private Optional<ActorMention> subjectActor = Optional.empty();
        private String lead = "";

        Label label() {
            readDatedNoun();
            readWhatIsSaid();
            readLead();
            String datedDeed = happened.isEmpty() ? "" : relativeDeed;
            if (!datedDeed.isEmpty()) {
                heads.add(datedDeed);
            }
            String label = fit(lead, parts);
            if (label.isEmpty()) {
                label = fit("", List.of(text.substring(tokenStart(from), Math.max(tokenStart(from), tokenEnd(to - 1)))));
            }
            String bare = !subject.isEmpty() && lead.startsWith(subjectText(subject, subjectActor)) ? bareTopic(subject, subjectActor) : "";
            // the place of 3日に行われたフランスの大統領選挙: two countries' elections of one day are two happenings
            Optional<ActorMention> where = place.isPresent() || happened.isEmpty() ? place : relativePlace;
            return new Label(label, subjectActor, where, List.copyOf(heads), predicate == null ? "" : predicate.deed, datedDeed,
                    label.startsWith(lead) ? bare : "");
        }

        /** The noun the date names (10日の協議, 10日からの協議, 11日発表した速報), if any. */
        private void readDatedNoun() {
            if (de < to && isParticle(de, "の")) {
                noun = nounPhrase(de + 1);
                ofDate = true;
            } else if (de + 1 < to && isParticle(de, "から") && isParticle(de + 1, "の")) {
                noun = nounPhrase(de + 2);
                hint = "開始";
            } else if (de + 1 < to && isParticle(de, "に") && Morphemes.isVerb(t.get(de + 1))) {
                int g = endings(de + 2);
                // 2000年代に入って改正が重ねられた: a verb joined by て frames the clause, it describes no noun
                if (g < to && Morphemes.isNounLike(t.get(g)) && s.charAfter(g - 1) != '、' && !isModal(g) && attributive(g - 1)) {
                    noun = nounPhrase(g);
                    String base = t.get(de + 1).baseForm();
                    hint = base.equals("始まる") || base.equals("始める") ? "開始" : "";
                }
            }
            happened = datedRelativeNoun();
            if (!happened.isEmpty()) {
                noun = happened;
                hint = relativeDeed;
                ofDate = false;
            }
            if (noun.isEmpty()) {
                int inception = inceptionBeforeTopic();
                if (inception >= 0) {
                    noun = nounPhrase(inception);
                    hint = ClauseWords.INCEPTION_HINTS.get(inceptionVerb);
                }
            }
            sahenVerb = de + 1 < to && Morphemes.isSahen(t.get(de)) && Morphemes.isSuru(t.get(de + 1));
            if (noun.isEmpty() && de < to && (Morphemes.isVerb(t.get(de)) || sahenVerb) && s.charAfter(de - 1) != '、') {
                int g = endings(sahenVerb ? de + 2 : de + 1);
                if (g < to && Morphemes.isNounLike(t.get(g)) && s.charAfter(g - 1) != '、') {
                    noun = nounPhrase(g);
                    relative = relativeClause(noun);
                }
            }
        }

        /** What the label says after its lead: of the noun the date names, or of the predicate it governs. */
        private void readWhatIsSaid() {
            if (sahenVerb && !relative.isEmpty() && !subject.isEmpty() && subject.end == ds - 1) {
                // 財務省が11日発表した国際収支速報: the subject's deed is the date's, what it modifies its object
                predicate = new Predicate(de, de, noun.start, t.get(de).surface(), false);
                addHeads(heads, noun);
                parts.add(phraseText(noun) + "を");
                parts.add(predicate.headline);
            } else if (!noun.isEmpty()) {
                saidOfTheNoun();
            } else {
                saidByThePredicate();
            }
            if (subject.isEmpty() && predicate != null && from > 0) {
                // 東京五輪は7月23日に開幕し、8月8日に閉幕した: a later date's clause shares the sentence's topic
                subject = sentenceTopic();
            }
        }

        /** The date names a noun: what the clause says of it, or the noun itself as the happening. */
        private void saidOfTheNoun() {
            Predicate told;
            after = noun.end;
            addHeads(heads, noun);
            // a date inside a relative clause dates the noun, not what the sentence then says of it
            // 17日の1000メートルで、: the tokenizer may call this で a copula
            boolean setting = relative.isEmpty() && happened.isEmpty() && noun.end < to && (isParticle(noun.end, "で")
                    || t.get(noun.end).surface().equals("で") && s.charAfter(noun.end) == '、' && !s.isQuoted(t.get(noun.end)));
            Predicate p = relative.isEmpty() ? predicate(noun.end + 1, !setting) : null;
            boolean direct = p != null && happened.isEmpty() && p.nominalStart == noun.end + 1
                    && isParticle(noun.end, "に", "を", "と", "へ");
            if (setting && p != null) {
                predicate = p;
                parts.add(phraseText(noun) + "で");
                parts.addAll(arguments(p, noun.end + 1));
                parts.add(p.headline);
            } else if (direct) {
                predicate = p;
                parts.add(phraseText(noun) + t.get(noun.end).surface());
                parts.add(p.headline);
            } else if (ofDate && hint.isEmpty() && relative.isEmpty() && isTopic(noun.end)
                    && (subject.isEmpty() || isParticle(noun.end, "が"))
                    && (told = predicateOrStatement(noun.end + 1)) != null
                    && (subject.isEmpty() || !quoteBetween(noun.end + 1, told.head))) {
                // 9日の24時間降雪量が…60センチに達した: the noun the date names is the subject of the clause;
                // 政府は今夏の電力需給が厳しくなるとして: of the clause the topic says it of, too
                predicate = told;
                subject = noun;
                parts.addAll(arguments(told, noun.end + 1));
                parts.add(told.headline);
            } else {
                if (!setting) {
                    // 10日からの協議について: the happening is the noun, not something the topic did
                    subject = new Phrase(ds, ds);
                }
                String said = setting && SAYING_NOUNS.contains(t.get(noun.end - 1).surface()) ? speechAfter(noun.end) : "";
                if (!said.isEmpty()) {
                    parts.add(said);
                }
                if (!happened.isEmpty()) {
                    parts.add(settingBeforeDate());
                    parts.add(relativeSetting);
                }
                parts.add(relative.isEmpty() ? phraseText(noun) : relative);
                if (!hint.isEmpty()) {
                    parts.add((subject.isEmpty() ? "が" : "を") + hint);
                }
            }
        }

        /** The date governs a predicate: its arguments and headline, else the first noun after the date. */
        private void saidByThePredicate() {
            predicate = predicateOrStatement(de);
            Phrase reporter = subject.isEmpty() || predicate == null ? new Phrase(de, de)
                    : subjectAfterDate(predicate.nominalStart);
            if (!reporter.isEmpty() && reporter.start - 1 > de && isQuoteTo(reporter.start - 1)) {
                parts.add(complement(reporter.start, de));
                parts.add(subjectText(reporter, actorEnding(reporter)) + "が");
                parts.add(predicate.headline);
            } else if (predicate != null) {
                if (subject.isEmpty()) {
                    subject = subjectAfterDate(predicate.nominalStart);
                    if (!subject.isEmpty()) {
                        after = subject.end + 1;
                        whereSubject = settingBefore(subject.start);
                    }
                }
                Predicate leading = ledBy.get(predicate);
                if (leading != null) {
                    parts.add(leadingPart(leading, after));
                }
                parts.addAll(arguments(predicate, after));
                parts.add(predicate.headline);
            } else {
                Phrase first = nounPhrase(firstNounAfter(de));
                if (!first.isEmpty()) {
                    parts.add(phraseText(first));
                    addHeads(heads, first);
                }
            }
        }

        /** Who or where leads the label: the subject and its actor, the setting or the place. */
        private void readLead() {
            if (!subject.isEmpty()) {
                subjectActor = actorEnding(subject);
            }
            // 沖縄県で…感染が確認, 近くでは…不審火があった: where a thing happened is the news with it, not with a person's deed
            String topic = settingTopic();
            // 新千歳空港では…、大雪で計120便が欠航: the setting the clause is framed by, not a cause after it
            String frame = subjectActor.isPresent() ? "" : topic.isEmpty() ? whereSubject : topic;
            if (!frame.isEmpty() && String.join("", parts).contains(frame)) {
                frame = "";
            }
            if (!subject.isEmpty()) {
                boolean afterDate = subject.start == de || subject.start == de + 1 && isParticle(de, "の");
                lead = frame + (afterDate ? ownerBeforeDate() : "") + (subjectActor.isEmpty() ? sharedOwner(subject) : "")
                        + subjectText(subject, subjectActor)
                        + (parts.isEmpty() ? "" : innerSubject ? "の" : "が");
                if (subjectActor.isEmpty()) {
                    addHeads(heads, subject);
                }
            } else if (!frame.isEmpty() && !parts.isEmpty()) {
                lead = frame;
            } else if (place.isPresent() && !String.join("", parts).contains(place.get().surface() + "で")) {
                lead = place.get().surface() + "で";
            } else if (place.isEmpty() && !parts.isEmpty() && !String.join("", parts).contains("で") && placeBeforeDate()) {
                // トルコ南部で11日、大規模な地震があった: where, when no place named alone says it and the label no setting
                lead = settingBeforeDate();
            }
            if (predicate != null) {
                heads.add(predicate.deed);
                boolean bare = predicate.headline.equals(text.substring(tokenStart(predicate.nominalStart), tokenEnd(predicate.head)));
                if (!subject.isEmpty() && (subjectActor.isPresent() || actsOrSuffers(subject)) && bare && passiveSahen(predicate)
                        && !parts.isEmpty()
                        && parts.get(parts.size() - 1).equals(predicate.headline)) {
                    // 安倍元首相が銃撃された: done to the subject, said so (安倍元首相が銃撃 reads as his deed)
                    parts.set(parts.size() - 1, predicate.headline + "される");
                    lead = frame + subjectText(subject, subjectActor) + "が";
                }
            }
            if (!complementHead.isEmpty()) {
                heads.add(complementHead);
            }
            if (predicate != null && Modal.NOUNS.get(predicate.deed) == Modal.PLAN && lead.endsWith("が") && parts.size() == 1
                    && parts.get(0).equals(predicate.headline)) {
                // オンライン会議が予定されている: planned is headlined へ
                lead = lead.substring(0, lead.length() - 1);
                parts.set(0, "へ");
            }
        }
    }

    /**
     * 警報は, 次回の協議は: a subject that is one common noun (after a word of which of a series it
     * is) and no actor, person or body, which the article may have named in full before; else "".
     */
    private String bareTopic(Phrase subject, Optional<ActorMention> actor) {
        if (subject.isEmpty() || actor.isPresent()) {
            return "";
        }
        int first = subject.start;
        if (subject.end - first == 3 && ORDINAL_NOUNS.contains(t.get(first).surface()) && isLinking(first + 1)) {
            first += 2;
        }
        Token noun = t.get(subject.end - 1);
        if (first == subject.end - 1 && NamedBefore.HELD_TITLES.contains(noun.surface())) {
            return noun.surface();
        }
        // 前市長は: an office held before, whose holder was named with it (大森宏明前市長)
        String office = first == subject.end - 2 ? t.get(first).surface() + noun.surface() : "";
        if (t.get(first).partOfSpeech().startsWith("接頭詞") && NamedBefore.isHeldTitle(office)) {
            return office;
        }
        String pos = noun.partOfSpeech();
        boolean common = pos.startsWith("名詞-一般") || pos.startsWith("名詞-サ変接続");
        return first == subject.end - 1 && common && noun.surface().length() >= 2
                && !Morphemes.namesPersonOrBody(noun.surface(), gazetteer) ? noun.surface() : "";
    }

    /**
     * 外相は「来月5日に再び協議を開きたい」と語った: a date inside quoted speech dates what the
     * speaker says will happen or happened, not the saying (which a date outside the quote, or
     * the article, dates): 外相「再び協議を開きたい」 on 5 February, not 外相が発言. The words
     * after the date (and its particle) to the end of the quote or of the clause, with the
     * speaker before the quote; empty when the date is not quoted, the quote is not followed by
     * と (a name or title: 「2025年問題」への対策), is nested, or holds nothing after the date.
     */
    private Optional<Label> quotedDeed() {
        int start = tokenStart(ds);
        if (ds >= to || !s.quoted()[start]) {
            return Optional.empty();
        }
        int open = text.lastIndexOf('「', start);
        int close = text.indexOf('」', start);
        if (open < 0 || close < 0 || !text.startsWith("と", close + 1)
                || text.substring(open + 1, close).chars().anyMatch(c -> c == '「' || c == '」')) {
            return Optional.empty();
        }
        int k = de;
        while (k < to && k < t.size() && t.get(k).span().start() < close
                && (Morphemes.isParticle(t.get(k), "に", "は", "から", "まで", "も", "の", "には") || t.get(k).surface().equals("、"))) {
            k++;
        }
        int contentStart = tokenStart(k);
        int contentEnd = Math.min(close, tokenEnd(to - 1));
        if (k >= to || contentStart >= contentEnd) {
            return Optional.empty();
        }
        String content = text.substring(contentStart, contentEnd).strip();
        while (!content.isEmpty() && "。、".indexOf(content.charAt(content.length() - 1)) >= 0) {
            content = content.substring(0, content.length() - 1);
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Phrase speaker = subjectBeforeDate();
        Optional<ActorMention> speakerActor = speaker.isEmpty() ? Optional.empty() : actorEnding(speaker);
        String lead = speaker.isEmpty() ? "" : subjectText(speaker, speakerActor);
        int room = Math.max(4, Label.MAX_LENGTH - lead.length() - 2);
        if (content.length() > room) {
            content = content.substring(0, room - 1) + "…";
        }
        Set<String> heads = new LinkedHashSet<>();
        for (int i = k; i < to && t.get(i).span().start() < contentEnd; i++) {
            if (Morphemes.isNounLike(t.get(i)) && t.get(i).surface().length() > 1) {
                heads.add(t.get(i).surface());
            }
        }
        return Optional.of(new Label(lead + "「" + content + "」", speakerActor, locative(), List.copyOf(heads), ""));
    }

    /**
     * 参院での聴取は27日だった, 決勝は12月18日で、, 議席の確定は11日未明になる見通しだ, 任期は4月8日までと
     * なっている, 実際の緩和は13日からとなる, 会期は12月10日までの69日間: a clause that only says when its
     * topic is (the date, with から or まで, then a copula, になる/となる/とされる, or the count of time
     * the topic lasts) is about the topic itself: 参院での聴取, 議席の確定へ, 黒田総裁の任期が終了,
     * 実際の緩和が開始. A later date's clause (20日までの17日間、熱戦が…) takes the sentence's topic. A
     * day ending a span is its end; a period written as a range (AからBまで) is the span itself.
     */
    private Optional<Label> dateAsPredicate() {
        Phrase topic = subjectBeforeDate();
        boolean own = !topic.isEmpty() && topic.end == ds - 1 && isParticle(topic.end, "は");
        if (!own) {
            topic = ds == from && from > 0 ? sentenceTopic() : new Phrase(ds, ds);
        }
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        int k = de;
        String boundary = "";
        if (isParticle(k, "から")) {
            boundary = "開始";
            k++;
        } else if (isParticle(k, "まで")) {
            boundary = "終了";
            k++;
        }
        boolean lasting = false;
        if (k + 1 < to && isParticle(k, "の") && t.get(k).partOfSpeech().startsWith("助詞-連体化") && isCountOfTime(k + 1)) {
            k = countEnd(k + 1);
            lasting = true;
        }
        boolean plan = false;
        if (k >= to || s.charAfter(k - 1) == '。') {
            // 会期は12月10日までの69日間。
        } else if (lasting && s.charAfter(k - 1) == '、' && !boundary.isEmpty()) {
            // 20日までの17日間、熱戦が繰り広げられる: the span of the topic
        } else if (t.get(k).partOfSpeech().startsWith("助動詞") && Set.of("だ", "です").contains(t.get(k).baseForm())
                && (endsClause(endings(k + 1)) || s.charAfter(k) == '、')) {
            // 27日だった, 12月18日で、
        } else if (k + 1 < to && isParticle(k, "と", "に") && (t.get(k + 1).baseForm().equals("なる") || Morphemes.isSuru(t.get(k + 1)))) {
            int e = endings(k + 2);
            plan = e < to && isModal(e) && Modal.NOUNS.get(text.substring(tokenStart(e), tokenEnd(modalEnd(e)))) == Modal.PLAN;
            if (!plan && !endsClause(e)) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        if (!own && boundary.isEmpty()) {
            return Optional.empty();
        }
        int b = topic.start;
        if (b - 3 >= from && isParticle(b - 1, "の") && isParticle(b - 2, "で", "へ", "と", "から") && usable(b - 2)
                && t.get(b - 2).partOfSpeech().startsWith("助詞-格助詞") && chunkStart(b - 2) < b - 2) {
            // 参院での聴取: where it is held belongs to it
            topic = new Phrase(chunkStart(b - 2), topic.end);
        }
        Optional<ActorMention> actor = actorEnding(topic);
        String subject = b == topic.start ? subjectText(topic, actor) : phraseText(topic);
        boolean deed = Morphemes.isSahen(t.get(topic.end - 1));
        String label = subject + (boundary.isEmpty() ? "" : "が" + boundary) + (plan && deed && boundary.isEmpty() ? "へ" : "");
        Set<String> heads = new LinkedHashSet<>();
        addHeads(heads, topic);
        if (!boundary.isEmpty()) {
            heads.add(boundary);
        }
        String fitted = fit("", List.of(label));
        String bare = fitted.equals(label) ? bareTopic(new Phrase(b, topic.end), actor) : "";
        return Optional.of(new Label(fitted, actor, locative(), List.copyOf(heads), boundary, "", bare));
    }

    /**
     * 東湊市の住宅で2月、夫婦が死亡した火災で、地検は25日、長男を起訴した → 住宅で夫婦が死亡した火災: a date with no
     * subject before it, then (after a comma, or に and where) a clause describing a noun set off by で and a comma,
     * with the rest of the sentence dated by a date of its own, tells the case the report is about (the fire of
     * February), not what the sentence then says was done in it (the indictment of the 25th). The label is the
     * clause and its noun, where before the date leading, a name in brackets kept with them
     * (1987年に北村で一家3人が殺害された「北沢事件」で、 → 北村で一家3人が殺害された「北沢事件」). Empty when a comma, a topic or a quote comes before the noun, when no later
     * date dates the rest (首相は10日、訪問先で開かれた会議で、…と述べた is the speech: a subject stands before its
     * date), when the clause has no subject of its own (3日に起きた地震で、 is the dated relative clause
     * {@link #datedRelativeNoun} reads), or when the noun is followed by anything but で and a comma. Known weaknesses: a clause with a comma
     * inside (住宅が全焼し、夫婦が死亡した火災で) is read as before. The noun is the one the clause describes,
     * without what of it follows の (「北沢事件」の再審で、 → …殺害された「北沢事件」).
     */
    private Optional<Label> settingTheDateTells() {
        if (!subjectBeforeDate().isEmpty() || de >= to) {
            return Optional.empty();
        }
        int k = de;
        if (isParticle(k, "に") && t.get(k).partOfSpeech().startsWith("助詞-格助詞")) {
            k++;
        } else if (s.charAfter(de - 1) != '、') {
            return Optional.empty();
        }
        boolean ownSubject = false;
        for (int j = k; j + 1 < to; j++) {
            Token tk = t.get(j);
            if (!usable(j) || "、。".indexOf(s.charAfter(j)) >= 0
                    || Morphemes.isParticle(tk, "は") && tk.partOfSpeech().startsWith("助詞-係助詞")) {
                return Optional.empty();
            }
            ownSubject |= Morphemes.isParticle(tk, "が") && tk.partOfSpeech().startsWith("助詞-格助詞");
            boolean verb = ownSubject && (Morphemes.isVerb(tk) || Morphemes.isVerbEnding(tk));
            String between = text.substring(tk.span().end(), t.get(j + 1).span().start());
            if (!verb || !attributive(j) || !(between.isEmpty() || between.equals("「")) || !Morphemes.isNounLike(t.get(j + 1))) {
                continue;
            }
            // a name in brackets (「北沢事件」で) is one noun, though its words read as quoted
            boolean named = between.equals("「");
            int e = j + 1;
            while (e < to && (usable(e) || named) && Morphemes.isNounLike(t.get(e)) && (e == j + 1 || s.charAfter(e - 1) != '」')) {
                e++;
            }
            int nounEnd = t.get(e - 1).span().end();
            int f = e;
            if (f + 1 < to && isParticle(f, "の") && usable(f + 1) && Morphemes.isNounLike(t.get(f + 1))) {
                // 「北沢事件」の再審で、: the case is the noun the clause describes, what of it follows の
                f++;
                while (f < to && usable(f) && Morphemes.isNounLike(t.get(f))) {
                    f++;
                }
            }
            boolean set = f < to && isParticle(f, "で") && t.get(f).partOfSpeech().startsWith("助詞-格助詞") && s.charAfter(f) == '、';
            boolean caseNoun = named || ClauseWords.CASE_NOUNS.contains(t.get(e - 1).surface());
            if (!set || !caseNoun || !datesAfter(nounEnd).anyMatch(this::datesTheFinalDeed)) {
                continue;
            }
            if (named && !text.startsWith("」", nounEnd)) {
                continue;
            }
            int end = named ? nounEnd + 1 : nounEnd;
            String clause = text.substring(tokenStart(k), end);
            String where = k == de ? settingBeforeDate() : "";
            Set<String> heads = new LinkedHashSet<>();
            addHeads(heads, new Phrase(j + 1, e));
            int deed = j;
            while (deed > k && !Morphemes.isVerb(t.get(deed))) {
                deed--;
            }
            String done = Morphemes.isSuru(t.get(deed)) && deed > k && Morphemes.isSahen(t.get(deed - 1))
                    ? t.get(deed - 1).surface() : verbHeadline(deed);
            heads.add(done);
            return Optional.of(new Label(fit("", List.of(where, clause)), Optional.empty(), locative(), List.copyOf(heads), done));
        }
        return Optional.empty();
    }

    /** The sentence's dates other than the report's that start at or after {@code offset}. */
    private Stream<TextSpan> datesAfter(int offset) {
        return otherDates.stream().filter(o -> !o.equals(date) && o.start() >= offset);
    }

    /**
     * Whether a date dates the clause's final deed, not a target or a plan told inside it:
     * 地検は25日、長男を起訴した and 地裁は14日、初公判を9月1日に開くと決めた (a date set off by its comma dates the
     * saying) do; 2030年までに半減させると表明した (a deadline) and 来月10日に訪米すると述べた (the content of a
     * saying, before its と) do not.
     */
    private boolean datesTheFinalDeed(TextSpan other) {
        if (text.startsWith("まで", other.end())) {
            return false;
        }
        if (text.startsWith("、", other.end())) {
            return true;
        }
        for (int k = from; k < to; k++) {
            if (t.get(k).span().start() >= other.end() && isQuoteTo(k)) {
                return false;
            }
        }
        return true;
    }

    /** 3週間, 69日間, 4年間, 2か月: a number and a counter of time at token i. */
    private boolean isCountOfTime(int i) {
        if (i >= to || !usable(i) || !t.get(i).partOfSpeech().startsWith("名詞-数")) {
            return false;
        }
        int e = countEnd(i);
        String count = text.substring(tokenStart(i), tokenEnd(e - 1));
        return COUNT_OF_TIME.matcher(count).matches();
    }

    /** The index after a number and its counters from token i. */
    private int countEnd(int i) {
        int e = i;
        while (e < to && usable(e) && (t.get(e).partOfSpeech().startsWith("名詞-数") || t.get(e).partOfSpeech().startsWith("名詞-接尾")
                || Set.of("か", "カ", "ヶ", "ケ").contains(t.get(e).surface()))) {
            e++;
        }
        return e;
    }

    /**
     * 今月17日に召集される通常国会で…演説を行う, 今年1月に発足した米バイデン政権は, 6日召集の臨時国会で,
     * 今年度末で退任する日銀副総裁の後任人事は: a date in a relative clause (its particle に or で,
     * then a verb, or a date written onto a sahen noun and の) dates what that clause says of the
     * noun it modifies, when the noun is the setting or the topic of what the sentence then
     * says (で, は, が, から, も): the 17th is the convening, not the speech. A noun the main verb
     * takes directly (来月4日に行われる開会式に出席) stays with the main verb: attending is on the
     * day of the ceremony; a date written onto 召集の dates the convening whatever follows. The
     * noun up to its first の (日銀副総裁, not its 後任人事; past a country or place: フランスの大統領選挙),
     * with {@link #relativeDeed} set; empty when the date heads no such clause.
     */
    private Phrase datedRelativeNoun() {
        int k = de;
        boolean particle = k < to && isParticle(k, "に", "で") && t.get(k).partOfSpeech().startsWith("助詞-格助詞");
        if (particle) {
            k++;
        }
        if (k >= to || s.charAfter(k - 1) == '、' || !usable(k)) {
            return new Phrase(de, de);
        }
        // 1日に石川県能登地方で起きた地震: where the deed happened, said between the date and its verb
        int settingEnd = particle ? placeThenDe(k) : -1;
        if (settingEnd >= 0) {
            k = settingEnd + 1;
        }
        int g;
        String deed;
        boolean written = false;
        Token v = t.get(k);
        if (particle && Morphemes.isSahen(v) && k + 1 < to && Morphemes.isSuru(t.get(k + 1))) {
            g = endings(k + 2);
            deed = v.surface();
        } else if (!particle && Morphemes.isSahen(v) && k + 1 < to && isParticle(k + 1, "の")
                && t.get(k + 1).partOfSpeech().startsWith("助詞-連体化")) {
            g = k + 2;
            deed = v.surface();
            written = true;
        } else if (particle && Morphemes.isVerb(v) && !Morphemes.WEAK_VERBS.contains(v.baseForm())
                && !ClauseWords.FRAMING_VERBS.contains(v.baseForm())) {
            g = endings(k + 1);
            deed = verbHeadline(k);
        } else {
            return new Phrase(de, de);
        }
        if (g >= to || !usable(g) || !Morphemes.isNounLike(t.get(g)) || s.charAfter(g - 1) == '、' || isModal(g)
                || t.get(g).span().start() != t.get(g - 1).span().end() || inOtherDate(g)) {
            // 28日に発表された11月の鉱工業生産指数は…上昇した: figures named by their period are told by the sentence
            return new Phrase(de, de);
        }
        int e = g;
        while (e < to && usable(e) && Morphemes.isNounLike(t.get(e))) {
            e++;
        }
        int whole = nounPhrase(g).end;
        // …東日本大震災の余震とみられる: a noun the sentence only says something is, as the topic
        boolean said = whole < to && isQuoteTo(whole) && t.get(whole).partOfSpeech().startsWith("助詞-格助詞-引用");
        if (!written && !said && (whole >= to || !isParticle(whole, "で", "は", "が", "から", "も"))) {
            return new Phrase(de, de);
        }
        boolean laterDate = datesAfter(t.get(whole - 1).span().end()).findAny().isPresent();
        if (ClauseWords.INCEPTION_HINTS.containsKey(v.baseForm()) && !said && isParticle(whole, "で") && !laterDate) {
            // 16日深夜に起きた地震で、…震度6強を観測した: what the sentence tells happened with it; but with a
            // date of its own (…地震で、県は3日、死者が64人になったと発表した) that is another day's happening
            return new Phrase(de, de);
        }
        relativeDeed = ClauseWords.INCEPTION_HINTS.getOrDefault(v.baseForm(), deed);
        relativeSetting = settingEnd >= 0 ? text.substring(tokenStart(de + 1), tokenEnd(settingEnd)) : "";
        // 3日に行われたフランスの大統領選挙では: a country or place before の says where, the noun after it what
        relativePlace = whole > e + 1 && isParticle(e, "の") ? placeNamed(g, e) : Optional.empty();
        // 最大震度7の地震: a measure before の says which, the noun after it what happened
        boolean measure = whole > e + 1 && isParticle(e, "の") && endsInANumber(g, e);
        return relativePlace.isPresent() || measure ? new Phrase(g, whole) : new Phrase(g, e);
    }

    /**
     * The index of the で closing a place said right after token {@code k} (石川県能登地方で), or -1: the
     * tokens up to it one noun phrase naming a country or place.
     */
    private int placeThenDe(int k) {
        int e = k;
        while (e < to && usable(e) && Morphemes.isNounLike(t.get(e))) {
            e++;
        }
        if (e == k || e + 1 >= to || !isParticle(e, "で") || !t.get(e).partOfSpeech().startsWith("助詞-格助詞")) {
            return -1;
        }
        int first = tokenStart(k);
        int last = tokenStart(e);
        boolean place = s.actors().stream().anyMatch(m -> (m.kind() == ActorKind.PLACE || m.kind() == ActorKind.COUNTRY)
                && m.span().start() == first && m.span().end() <= last);
        return place ? e : -1;
    }

    /** Whether tokens [start, end) end in a number and its counter or grade (震度6弱, M7.6, 3両): a measure. */
    private boolean endsInANumber(int start, int end) {
        int i = end - 1;
        if (i > start && t.get(i).partOfSpeech().startsWith("名詞-接尾")) {
            i--;
        }
        return t.get(i).partOfSpeech().startsWith("名詞-数");
    }

    /** The country or place tokens [start, end) name, if they name one and nothing more. */
    private Optional<ActorMention> placeNamed(int start, int end) {
        int first = tokenStart(start);
        int last = tokenEnd(end - 1);
        return s.actors().stream().filter(m -> (m.kind() == ActorKind.PLACE || m.kind() == ActorKind.COUNTRY)
                && m.span().start() == first && m.span().end() == last).findFirst();
    }

    /** トルコ南部で6日に起きた大地震 → トルコ南部で: where a dated relative clause says its deed happened, or "". */
    private String settingBeforeDate() {
        int k = ds - 1;
        if (k <= from || !usable(k) || !isParticle(k, "で") || !t.get(k).partOfSpeech().startsWith("助詞-格助詞")) {
            return "";
        }
        int c = chunkStart(k);
        // 北海道で: a place the label leads with already
        boolean led = locative().filter(m -> m.span().end() == t.get(k).span().start()).isPresent();
        return c < k && !led ? withoutCountryPrefix(c, k) + "で" : "";
    }

    /** Whether the setting right before the date (トルコ南部で11日) names a country or place, not a cause (影響で). */
    private boolean placeBeforeDate() {
        int k = ds - 1;
        if (k <= from || !isParticle(k, "で")) {
            return false;
        }
        int first = tokenStart(chunkStart(k));
        int last = tokenStart(k);
        // トルコ地震の影響で: the phrase's head says why, not where
        return !CAUSES.contains(t.get(k - 1).surface()) && s.actors().stream().anyMatch(m -> (m.kind() == ActorKind.PLACE
                || m.kind() == ActorKind.COUNTRY) && m.span().start() >= first && m.span().end() <= last);
    }

    /** Whether tokens [start, end) are only particles (the date's に, にも, から), the clause's own. */
    private boolean onlyParticles(int start, int end) {
        for (int i = start; i < end; i++) {
            if (!t.get(i).partOfSpeech().startsWith("助詞") || s.isQuoted(t.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether token i lies in another date of the sentence, one naming a thing included (11月の指数). */
    private boolean inOtherDate(int i) {
        return otherDates.stream().anyMatch(o -> !o.equals(date) && t.get(i).span().overlaps(o));
    }

    /** Whether token i starts a noun of plan, expectation or risk (予定, 見通し, 恐れ). */
    private boolean isModal(int i) {
        return modalEnd(i) >= 0;
    }

    /**
     * 今月2日、燃料価格の引き上げに端を発した抗議活動は、各地に広がり: a date, then a clause that
     * starts something (始まった, 端を発した, 起きた, 発生した) modifying the topic (は): the date is
     * when that began, not when what the rest of the sentence says of the topic happened. With
     * が the date stays with the main verb: 先週、燃料高騰に端を発した抗議デモが暴徒化し is when the
     * protests turned violent. A cue, not a parse: both readings are possible in either form.
     * The start of the topic noun, or -1; sets {@link #inceptionVerb}.
     */
    private int inceptionBeforeTopic() {
        for (int k = de; k < to; k++) {
            Token tk = t.get(k);
            if (s.isQuoted(tk) || (Morphemes.isParticle(tk, "は", "が") && !tk.partOfSpeech().startsWith("助詞-接続"))) {
                return -1;
            }
            if (!Morphemes.isVerb(tk)) {
                continue;
            }
            String verb = Morphemes.isSuru(tk) && k > de && Morphemes.isSahen(t.get(k - 1)) ? t.get(k - 1).surface() : tk.baseForm();
            int g = endings(k + 1);
            if (!ClauseWords.INCEPTION_HINTS.containsKey(verb) || g >= to || !Morphemes.isNounLike(t.get(g)) || s.charAfter(g - 1) == '、') {
                return -1;
            }
            Phrase topic = nounPhrase(g);
            if (topic.isEmpty() || !isParticle(topic.end, "は") || !t.get(topic.end).partOfSpeech().startsWith("助詞-係助詞")) {
                return -1;
            }
            inceptionVerb = verb;
            return g;
        }
        return -1;
    }

    /** The head noun and the whole phrase: 協議 and ウクライナ危機を巡る協議. */
    private void addHeads(Set<String> heads, Phrase p) {
        heads.add(t.get(p.end - 1).surface());
        heads.add(withoutCountryPrefix(p.start, p.end));
    }

    private String fit(String lead, List<String> parts) {
        List<String> rest = new ArrayList<>(parts);
        String label = withoutStrayQuotes(lead + String.join("", rest));
        for (int i = 0; i < rest.size() && label.length() > Label.MAX_LENGTH; i++) {
            String plain = shorter.get(rest.get(i));
            if (plain != null) {
                rest.set(i, plain);
                label = withoutStrayQuotes(lead + String.join("", rest));
            }
        }
        while (label.length() > Label.MAX_LENGTH && rest.size() > 1) {
            rest.remove(leastNeeded(rest));
            label = lead + String.join("", rest);
        }
        if (label.length() > Label.MAX_LENGTH) {
            label = label.substring(0, Label.MAX_LENGTH - 1) + "…";
        }
        return label;
    }

    /**
     * Which part a label too long drops first: where the deed was done or came from (…センターから,
     * 首相官邸で), as a headline keeps who did what to what (JAXAが新型ロケット2号機を打ち上げ); else the
     * first part. The last part, the deed, is never dropped.
     */
    private static int leastNeeded(List<String> parts) {
        for (int i = 0; i < parts.size() - 1; i++) {
            String part = parts.get(i);
            if (part.endsWith("から") && !part.endsWith("までから") || part.endsWith("で") && !part.endsWith("ので")) {
                return i;
            }
        }
        return 0;
    }

    /**
     * The label without a bracket or quotation mark its words cut from its pair: 「ABC」社の株価 is
     * read from ABC on, and "ABC"社 likewise (ABC」社 → ABC社, ABC"社 → ABC社); the tokenizer
     * drops symbols, so <新型>エンジン is read from 新型 on and 新製品<Alpha>を ends at Alpha
     * (新型>エンジン → 新型エンジン, 新製品<Alpha → 新製品Alpha).
     */
    private static String withoutStrayQuotes(String label) {
        if (!holdsAQuoteOrBracket(label)) {
            return label; // most labels: nothing to pair, and a label is fitted several times
        }
        boolean[] stray = new boolean[label.length()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            int closes = CLOSERS.indexOf(c);
            if (OPENERS.indexOf(c) >= 0) {
                open.push(i);
            } else if (closes >= 0) {
                if (!open.isEmpty() && label.charAt(open.peek()) == OPENERS.charAt(closes)) {
                    open.pop();
                } else {
                    stray[i] = true;
                }
            }
        }
        open.forEach(i -> stray[i] = true);
        StringBuilder out = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            if (!stray[i]) {
                out.append(label.charAt(i));
            }
        }
        String kept = out.toString();
        if (kept.chars().filter(c -> c == '"').count() % 2 == 1) {
            int quote = kept.indexOf('"');
            kept = kept.substring(0, quote) + kept.substring(quote + 1);
        }
        return kept;
    }

    private static boolean holdsAQuoteOrBracket(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '"' || OPENERS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Brackets a label keeps only in pairs, each opener at the index of its closer. */
    private static final String OPENERS = "「『<＜〈《【（(［[";
    private static final String CLOSERS = "」』>＞〉》】）)］]";
    private static final String ALIAS_OPENERS = "（(";
    private static final String ALIAS_CLOSERS = "）)";

    private boolean isParticle(int i, String... surfaces) {
        return i < to && Morphemes.isParticle(t.get(i), surfaces) && !s.isQuoted(t.get(i));
    }

    /**
     * Whether a quoting と (…と発表, …として) lies between two tokens: in 政府は今夏の電力需給が厳しくなるとして、
     * 節電を呼びかける the predicate after it is the topic's, not the quoted noun's.
     */
    private boolean quoteBetween(int start, int end) {
        for (int k = start; k < end && k < to; k++) {
            boolean quoting = isParticle(k, "と") && (isQuoteTo(k) || k + 1 < to && Morphemes.isSuru(t.get(k + 1)));
            if (quoting || isParticle(k, "として")) {
                return true;
            }
        }
        return false;
    }

    /** は or が marking what the clause tells of (not では, には). */
    private boolean isTopic(int i) {
        return i < to && !s.isQuoted(t.get(i)) && ((Morphemes.isParticle(t.get(i), "は") && t.get(i).partOfSpeech().startsWith("助詞-係助詞"))
                || (Morphemes.isParticle(t.get(i), "が") && t.get(i).partOfSpeech().startsWith("助詞-格助詞")));
    }

    /** The end of token i with a sign the tokenizer drops written onto it: 36 → 36%. */
    private int phraseEnd(int i) {
        int e = tokenEnd(i);
        while (e < text.length() && "%％‰".indexOf(text.charAt(e)) >= 0) {
            e++;
        }
        return e;
    }

    private boolean usable(int i) {
        return i >= from && i < to && (i < ds || i >= de) && !otherDate[i] && !s.isQuoted(t.get(i));
    }

    private int endings(int i) {
        while (i < to && Morphemes.isVerbEnding(t.get(i))) {
            i++;
        }
        return i;
    }

    /**
     * The noun phrase before は/が nearest before the date; 「Xでは」 is a place, not a subject.
     * 米国務長官も10日、…を訪れ: も marks the topic as は does, but only when no は/が comes before
     * it (北朝鮮は、短距離弾道ミサイルも14日に発射した: 北朝鮮 did it, the missile was one more).
     */
    private Phrase subjectBeforeDate() {
        Phrase also = null;
        for (int k = ds - 1; k > from; k--) {
            Token tk = t.get(k);
            if (s.isQuoted(tk)) {
                continue;
            }
            boolean mo = Morphemes.isParticle(tk, "も") && tk.partOfSpeech().startsWith("助詞-係助詞");
            if (mo || (Morphemes.isParticle(tk, "は") && tk.partOfSpeech().startsWith("助詞-係助詞"))
                    || (Morphemes.isParticle(tk, "が") && tk.partOfSpeech().startsWith("助詞-格助詞"))) {
                boolean place = Morphemes.isParticle(t.get(k - 1), "で", "に");
                Phrase p = new Phrase(topicStart(coordinated(chunkStart(k))), k);
                if (mo) {
                    if (also == null && !place && !p.isEmpty()) {
                        also = p;
                    }
                } else if (place) {
                    // ロシアでは、プーチン大統領も14日: the place frames the one also doing it
                    return also != null ? also : new Phrase(k, k);
                } else if (!p.isEmpty()) {
                    return p;
                }
            }
        }
        if (also != null) {
            return also;
        }
        // トルコ大地震 6日に発生: a headline names its topic before the date, with no particle
        int c = chunkStart(ds);
        if (c == from && c < ds && Character.isWhitespace(text.charAt(tokenStart(ds) - 1))) {
            return new Phrase(c, ds);
        }
        return new Phrase(ds, ds);
    }

    /**
     * 千葉県を中心に: the start of what a phrase 中心 (its chunk [{@code c}, {@code k}), に at {@code k}) is
     * centred on, said with it, as 中心に alone says nothing; else {@code c}. Not before {@code lowerBound}.
     */
    private int centredOn(int c, int k, int lowerBound) {
        if (c != k - 1 || !t.get(c).surface().equals("中心") || !isParticle(k, "に") || c - 1 <= Math.max(lowerBound, from)
                || !isParticle(c - 1, "を") || !usable(c - 1)) {
            return c;
        }
        int owner = chunkStart(c - 1);
        return owner < c - 1 && owner >= lowerBound ? owner : c;
    }

    /**
     * 週末の8日には、沖縄県で新たに1759人の感染が確認された: the phrases with で, に, から or へ between the
     * date and a subject written after it say where the subject's happening took place (沖縄県で,
     * ポーランドに, 北朝鮮東岸付近から); up to two, one with で; "" when none.
     */
    private String settingBefore(int subjectStart) {
        List<String> units = new ArrayList<>();
        boolean where = false;
        for (int k = de; k < subjectStart; k++) {
            Token tk = t.get(k);
            if (!usable(k) || !Morphemes.isParticle(tk, "で", "に", "から", "へ") || !tk.partOfSpeech().startsWith("助詞-格助詞-一般")
                    || (where && Morphemes.isParticle(tk, "で"))) {
                continue;
            }
            int c = centredOn(chunkStart(k), k, de);
            if (c < k && c >= de) {
                where |= Morphemes.isParticle(tk, "で");
                units.add(withoutCountryPrefix(c, k) + tk.surface());
            }
        }
        return units.size() > 2 ? "" : String.join("", units);
    }

    /**
     * 近くでは10日深夜にも, 中国では12月に入り: a phrase with では before the date in the clause frames
     * what the clause tells as its setting; "Xで", or "" when none.
     */
    private String settingTopic() {
        for (int k = from + 2; k < ds; k++) {
            if (usable(k) && Morphemes.isParticle(t.get(k), "は") && t.get(k).partOfSpeech().startsWith("助詞-係助詞")
                    && usable(k - 1) && Morphemes.isParticle(t.get(k - 1), "で") && t.get(k - 1).partOfSpeech().startsWith("助詞-格助詞")) {
                int c = chunkStart(k - 1);
                if (c == k - 1 && k - 2 >= from && usable(k - 2) && t.get(k - 2).partOfSpeech().startsWith("名詞-副詞可能")) {
                    // 近くでは, 海外では: a noun of place the tokenizer calls adverbial
                    c = k - 2;
                }
                if (c < k - 1) {
                    return withoutCountryPrefix(c, k - 1) + "で";
                }
            }
        }
        return "";
    }

    /**
     * トヨタの2022年4～6月期の純利益, 日経平均株価の年末終値: a noun and の before a date that names a
     * subject written after it say whose subject it is ("トヨタの"); "" when the date has no such
     * owner, or the noun before の tells a time (週末の8日).
     */
    private String ownerBeforeDate() {
        int k = ds - 1;
        if (k - 1 < from || !usable(k) || !isParticle(k, "の") || !t.get(k).partOfSpeech().startsWith("助詞-連体化")) {
            return "";
        }
        int c = chunkStart(k);
        String head = t.get(k - 1).partOfSpeech();
        if (c >= k || head.startsWith("名詞-副詞可能") || head.startsWith("名詞-接尾") || head.startsWith("名詞-数")) {
            return "";
        }
        return withoutCountryPrefix(c, k) + "の";
    }

    /**
     * The first topic of the sentence (a noun phrase before は, not では/には), written before the clause; none
     * for a relative clause read alone, whose doer is the noun it describes or its own.
     */
    private Phrase sentenceTopic() {
        if (alone) {
            return new Phrase(ds, ds);
        }
        for (int k = 1; k < from; k++) {
            Token tk = t.get(k);
            if (s.isQuoted(tk) || !Morphemes.isParticle(tk, "は") || !tk.partOfSpeech().startsWith("助詞-係助詞")
                    || Morphemes.isParticle(t.get(k - 1), "で", "に", "と", "から", "まで")) {
                continue;
            }
            int b = k;
            while (b > 0 && !s.isQuoted(t.get(b - 1)) && !otherDate[b - 1] && (Morphemes.isNounLike(t.get(b - 1))
                    || (b - 2 >= 0 && b < k && isLinking(b - 1) && Morphemes.isNounLike(t.get(b - 2))))) {
                b--;
            }
            return b < k ? new Phrase(b, k) : new Phrase(ds, ds);
        }
        return new Phrase(ds, ds);
    }

    /** 全国の神社や寺, 政府と日銀: the start of nouns joined by や or と before the chunk at {@code start}. */
    private int coordinated(int start) {
        int c = start;
        while (c - 2 >= from && usable(c - 1) && usable(c - 2) && t.get(c - 1).partOfSpeech().startsWith("助詞-並立助詞")
                && Morphemes.isParticle(t.get(c - 1), "や", "と") && Morphemes.isNounLike(t.get(c - 2))) {
            int b = chunkStart(c - 1);
            if (b >= c - 1) {
                break;
            }
            c = b;
        }
        return c;
    }

    /**
     * 国葬を巡る閉会中審査は, 次回の協議は: what a topic starting at {@code start} is said to be
     * about (a phrase with を巡る, に関する, に対する, に向けた) or which of a series it is (次回の,
     * 今回の) belongs to it; the start with them.
     */
    private int topicStart(int start) {
        int c = start;
        if (c - 2 >= from && usable(c - 1) && usable(c - 2) && isLinking(c - 1)
                && t.get(c - 2).partOfSpeech().startsWith("名詞-副詞可能") && ORDINAL_NOUNS.contains(t.get(c - 2).surface())) {
            c -= 2;
        }
        if (c - 1 > from && usable(c - 1) && t.get(c - 1).partOfSpeech().startsWith("助詞-格助詞-連語")
                && RELATION_PARTICLES.contains(t.get(c - 1).surface()) && s.charAfter(c - 1) != '、') {
            // に関する, をめぐる: the tokenizer may read the particle and the verb as one
            int about = chunkStart(c - 1);
            return about < c - 1 ? about : c;
        }
        int j = c - 1;
        while (j > from && usable(j) && Morphemes.isVerbEnding(t.get(j)) && !Morphemes.isVerb(t.get(j))) {
            j--;
        }
        if (j - 2 < from || j >= c || !usable(j) || !Morphemes.isVerb(t.get(j)) || !ClauseWords.RELATIONS.contains(t.get(j).baseForm())
                || !attributive(c - 1) || !isParticle(j - 1, "を", "に") || s.charAfter(j - 1) == '、') {
            return c;
        }
        int about = chunkStart(j - 1);
        return about < j - 1 ? about : c;
    }

    /**
     * 全国高校サッカー選手権の準決勝は8日、決勝は10日に行われる: a topic after another topic, its date
     * and a comma (the verb they share said once) belongs to what the other belongs to
     * (全国高校サッカー選手権の), when it names no owner itself; "" otherwise.
     */
    private String sharedOwner(Phrase topic) {
        if (topic.isEmpty() || topic.start < 2 || s.charAfter(topic.start - 1) != '、') {
            return "";
        }
        for (int i = topic.start; i < topic.end; i++) {
            if (isLinking(i)) {
                return "";
            }
        }
        int k = topic.start - 1;
        // 予選は11日から、本戦は18日から
        while (k > 0 && Morphemes.isParticle(t.get(k), "から", "まで", "に") && otherDate[k - 1]) {
            k--;
        }
        if (!otherDate[k]) {
            return "";
        }
        while (k > 0 && otherDate[k]) {
            k--;
        }
        if (!Morphemes.isParticle(t.get(k), "は") || !t.get(k).partOfSpeech().startsWith("助詞-係助詞") || s.isQuoted(t.get(k))) {
            return "";
        }
        int b = k;
        int of = -1;
        while (b > 0 && !otherDate[b - 1] && !s.isQuoted(t.get(b - 1)) && (Morphemes.isNounLike(t.get(b - 1))
                || b - 2 >= 0 && isLinking(b - 1) && Morphemes.isNounLike(t.get(b - 2)))) {
            if (isLinking(b - 1) && of < 0) {
                of = b - 1;
            }
            b--;
        }
        if (of < 0 || b >= of || b > 0 && s.charAfter(b - 1) != '、' && !t.get(b - 1).partOfSpeech().startsWith("助詞")) {
            return "";
        }
        return text.substring(tokenStart(b), tokenEnd(of - 1)) + "の";
    }

    private Phrase subjectAfterDate(int limit) {
        for (int k = de; k < limit; k++) {
            Token tk = t.get(k);
            if (!s.isQuoted(tk) && ((Morphemes.isParticle(tk, "は") && tk.partOfSpeech().startsWith("助詞-係助詞"))
                    || (Morphemes.isParticle(tk, "が") && tk.partOfSpeech().startsWith("助詞-格助詞")))) {
                Phrase p = new Phrase(coordinated(chunkStart(k)), k);
                // 閣僚会議があり、首相が…指示した: what there was is no doer of what follows
                boolean thereWas = k + 1 < limit && Morphemes.isVerb(t.get(k + 1)) && t.get(k + 1).baseForm().equals("ある");
                if (!p.isEmpty() && p.start >= de && !thereWas) {
                    return p;
                }
            }
        }
        return new Phrase(de, de);
    }

    private int chunkStart(int end) {
        int b = end;
        while (b > from) {
            Token prev = t.get(b - 1);
            int named = nameOpening(b - 1);
            if (named >= from && named < b - 1) {
                // 「強い不満」を: a name in brackets is one noun, whatever its words
                b = named;
            } else if (usable(b - 1) && (Morphemes.isNounLike(prev) || joinsChunk(b - 1))) {
                b--;
            } else if (b - 2 >= from && b < end && usable(b - 1) && usable(b - 2) && isLinking(b - 1)
                    && Morphemes.isNounLike(t.get(b - 2))) {
                b--;
            } else if (b - 3 >= from && b < end && usable(b - 1) && usable(b - 2) && usable(b - 3)
                    && t.get(b - 1).partOfSpeech().startsWith("形容詞-自立") && t.get(b - 1).surface().equals(t.get(b - 1).baseForm())
                    && isLinking(b - 2) && Morphemes.isNounLike(t.get(b - 3))) {
                // 西日本の広い範囲: an adjective between の and its noun is part of the phrase
                b -= 2;
            } else if (b - 3 >= from && b < end && usable(b - 1) && usable(b - 2) && usable(b - 3) && isLinking(b - 1)
                    && t.get(b - 2).partOfSpeech().startsWith("助詞-格助詞") && Morphemes.isParticle(t.get(b - 2), "へ", "と", "から")
                    && Morphemes.isNounLike(t.get(b - 3))) {
                // 物価高への緊急対策, インドとの協議, 住民からの苦情: what the noun is aimed at, done with or
                // comes from is part of the phrase
                b -= 2;
            } else {
                break;
            }
        }
        // 前年同期比18%減 without its date: 比 is the date's, not the phrase's
        while (b < end && b > 0 && !usable(b - 1) && t.get(b).partOfSpeech().startsWith("名詞-接尾")) {
            b++;
        }
        return b;
    }

    /**
     * The first token of a name in brackets whose last token is {@code i} (「退位礼正殿の儀」, read as a
     * name, not speech: {@link Quotes}), or -1.
     */
    private int nameOpening(int i) {
        int close = tokenEnd(i);
        if (i < from || close >= text.length() || "」』".indexOf(text.charAt(close)) < 0 || s.isQuoted(t.get(i))) {
            return -1;
        }
        int open = text.lastIndexOf(text.charAt(close) == '」' ? '「' : '『', close);
        if (open < tokenStart(from)) {
            return -1;
        }
        int first = firstTokenFrom(open + 1);
        for (int k = first; k <= i; k++) {
            if (!usable(k)) {
                return -1;
            }
        }
        return first;
    }

    /**
     * 前年同期比, 株主の投票結果, 全国一律: a noun the tokenizer calls adverbial joins the nouns it is
     * written onto (alone, as in 今後、, it stays out); 極超音速: an adverb written onto a prefix is
     * part of the word.
     */
    private boolean joinsChunk(int i) {
        Token tk = t.get(i);
        if (tk.partOfSpeech().startsWith("形容詞") && !tk.surface().equals(tk.baseForm()) && i > from
                && t.get(i - 1).partOfSpeech().startsWith("名詞-固有名詞-人名") && tk.surface().codePoints().allMatch(Character::isIdeographic)
                && t.get(i - 1).span().end() == tk.span().start()) {
            // 菅義偉首相: a kanji the tokenizer reads as an adjective's stem (偉い) inside a person's name
            return true;
        }
        if (Morphemes.isVerb(tk) && i + 1 < to && t.get(i + 1).partOfSpeech().startsWith("名詞-接尾-特殊")
                && t.get(i + 1).surface().equals("方") && t.get(i + 1).span().start() == tk.span().end()) {
            // 働き方, 進め方: a verb's stem before 方 is one noun with it
            return true;
        }
        if (tk.partOfSpeech().startsWith("副詞") && i + 1 < to && t.get(i + 1).partOfSpeech().startsWith("接頭詞")
                && t.get(i + 1).span().start() == tk.span().end()) {
            return true;
        }
        if (!tk.partOfSpeech().startsWith("名詞-副詞可能") || s.charAfter(i) == '、') {
            // 大発会以降、: set off by a comma it tells when, as an adverb
            return false;
        }
        boolean before = i > from && usable(i - 1) && t.get(i - 1).span().end() == tk.span().start()
                && (Morphemes.isNounLike(t.get(i - 1)) || t.get(i - 1).partOfSpeech().startsWith("名詞-副詞可能"));
        boolean after = i + 1 < to && usable(i + 1) && t.get(i + 1).span().start() == tk.span().end()
                && (Morphemes.isNounLike(t.get(i + 1)) || t.get(i + 1).partOfSpeech().startsWith("名詞-副詞可能"));
        return before || after;
    }

    private int chunkEnd(int start) {
        int e = start;
        while (e < to && usable(e)) {
            if (Morphemes.isNounLike(t.get(e)) || joinsChunk(e)) {
                e++;
            } else if (e > start && e + 1 < to && isLinking(e) && usable(e + 1) && Morphemes.isNounLike(t.get(e + 1))) {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    /** の between nouns, and な after an adjectival noun (強硬な姿勢). */
    private boolean isLinking(int i) {
        Token tk = t.get(i);
        if (tk.surface().equals("の") && tk.partOfSpeech().startsWith("助詞-連体化")) {
            return true;
        }
        return tk.surface().equals("な") && tk.partOfSpeech().startsWith("助動詞") && i > 0
                && t.get(i - 1).partOfSpeech().startsWith("名詞-形容動詞語幹");
    }

    /** A noun chunk, extended over を巡る / に対する / に向けた + noun (ウクライナ危機を巡る協議). */
    private Phrase nounPhrase(int start) {
        int e = chunkEnd(start);
        if (e == start) {
            return new Phrase(start, start);
        }
        while (e + 1 < to && Morphemes.isParticle(t.get(e), "を", "に", "と") && Morphemes.isVerb(t.get(e + 1))) {
            int g = endings(e + 2);
            if (g < to && Morphemes.isNounLike(t.get(g)) && usable(g) && s.charAfter(g - 1) != '、') {
                e = chunkEnd(g);
            } else {
                break;
            }
        }
        return new Phrase(start, e);
    }

    private int firstNounAfter(int i) {
        while (i < to && !(usable(i) && Morphemes.isNounLike(t.get(i)))) {
            i++;
        }
        return i;
    }

    /**
     * The first predicate that ends a clause, preferring a deed over a verb of saying.
     *
     * @param any take the first predicate even inside a relative clause (after a modified noun)
     */
    private Predicate predicate(int start, boolean any) {
        Predicate reporting = null;
        Predicate framing = null;
        for (int j = start; j < to; j++) {
            if (!usable(j)) {
                continue;
            }
            Token tk = t.get(j);
            Predicate p = null;
            if (Morphemes.isSahen(tk) && (j + 1 >= to || Morphemes.isSuru(t.get(j + 1))
                    || s.charAfter(j) == '、' || s.charAfter(j) == '。')) {
                int nominalStart = compoundStart(j, start);
                String nominal = text.substring(tokenStart(nominalStart), tk.span().end());
                p = new Predicate(j, nominalStart, endings(j + 1 < to && Morphemes.isSuru(t.get(j + 1)) ? j + 2 : j + 1),
                        nominal, false);
            } else if (Morphemes.isSahen(tk) && j + 2 < to && isParticle(j + 1, "を") && Morphemes.isSuru(t.get(j + 2))
                    && usable(j + 2)) {
                // 上告を棄却する決定をした: a sahen noun done with をする is the deed, told with the clause that describes it
                int nominalStart = Math.min(compoundStart(j, start), relativeStart(compoundStart(j, start), start, 0));
                p = new Predicate(j, nominalStart, endings(j + 3), text.substring(tokenStart(nominalStart), tk.span().end()), false);
            } else if (doneWithSuru(j)) {
                // 逆転サヨナラ勝ちした, 相乗りした: a noun written onto する is a deed, as a sahen noun is
                int nominalStart = compoundStart(j, start);
                p = new Predicate(j, nominalStart, endings(j + 2), text.substring(tokenStart(nominalStart), tk.span().end()), false);
            } else if (tk.surface().equals("明らか") && j + 2 < to && Morphemes.isParticle(t.get(j + 1), "に")
                    && Morphemes.isSuru(t.get(j + 2))) {
                p = new Predicate(j, j, endings(j + 3), "公表", false);
            } else if (Morphemes.isVerb(tk) && !Morphemes.WEAK_VERBS.contains(tk.baseForm())) {
                int count = countBefore(j, start);
                // 計23回開かれた → 計23回開催: a count written onto the verb says how often
                p = new Predicate(j, count, endings(j + 1), text.substring(tokenStart(count), tokenStart(j)) + verbHeadline(j),
                        verbHeadline(j), Morphemes.REPORTING_VERBS.contains(tk.baseForm()));
            }
            if (p == null || negatedOrPassive(p)) {
                continue;
            }
            if (Modal.NOUNS.get(p.deed) == Modal.PLAN && p.end < to && t.get(p.end).partOfSpeech().startsWith("助詞-接続助詞")
                    && Set.of("が", "けど", "けれど", "けれども").contains(t.get(p.end).surface())) {
                // 3日に予定されていたが、…中止された: what became of the plan is the news
                continue;
            }
            Predicate declared = declaredAt(p);
            if (declared != null) {
                return declared;
            }
            Predicate doneThere = doneOnArrival(p);
            if (doneThere != null) {
                return doneThere;
            }
            Predicate act = actNamedAt(p);
            if (act != null) {
                return act;
            }
            Predicate title = titleWon(p);
            if (title != null) {
                return title;
            }
            Predicate modal = withModal(p);
            if (modal != null) {
                // …と述べていて、…抑え込む構えです: the date is the saying's; the plan after it is undated
                return reporting != null ? reporting : modal;
            }
            if (framing(p)) {
                framing = framing == null ? p : framing;
                continue;
            }
            if (any || endsClause(p.end) || hedged(p.end)) {
                if (any || !p.reporting) {
                    return p;
                }
                reporting = reporting == null ? p : reporting;
            }
        }
        return reporting != null ? reporting : framing;
    }

    /**
     * Whether the common noun at {@code j} is written onto a する after it, no particle between (勝ちした,
     * 相乗りした): a deed the dictionary does not know as a sahen noun. A number, a formal noun (ことにした)
     * and a noun taken by a particle (首位にした) are none.
     */
    private boolean doneWithSuru(int j) {
        Token noun = t.get(j);
        boolean common = noun.partOfSpeech().startsWith("名詞-一般") || noun.partOfSpeech().startsWith("名詞-接尾-一般");
        return common && j + 1 < to && usable(j + 1) && Morphemes.isSuru(t.get(j + 1))
                && noun.span().end() == t.get(j + 1).span().start();
    }

    /**
     * 首相は28日、官邸で記者会見し、辞任する意向を表明した → 首相が辞任する意向を表明: an occasion of speaking
     * (記者会見, 演説, 講演) joined by a comma to a later declaration of the clause (表明, 宣言, 発表) with what was
     * declared (a を-object: 勝利を宣言; or a reported deed: 引退すると表明) is where the news was told, and the
     * declaration is the news, as a headline says it (decision 0037's addendum of session 24). Null otherwise:
     * a deed of its own after the occasion (記者会見し、攻撃を非難した), a view or plan shown (協議を続ける考えを示した)
     * and a quote said there (「…」と述べた) keep the occasion, as they always did. Known weakness: the list
     * of declarations is closed (意向を示した and 方針を明らかにした keep the occasion).
     */
    private Predicate declaredAt(Predicate occasion) {
        String deed = occasion.deed;
        if (!OCCASIONS_OF_SPEAKING.stream().anyMatch(deed::endsWith) || s.charAfter(occasion.end - 1) != '、'
                || occasion.end >= to) {
            return null;
        }
        Predicate later = predicate(occasion.end, false);
        if (later == null || !DECLARATIONS.contains(later.deed) || later.nominalStart - 1 < occasion.end || !endsClause(later.end)) {
            return null;
        }
        int marker = later.nominalStart - 1;
        boolean object = isParticle(marker, "を") && t.get(marker).partOfSpeech().startsWith("助詞-格助詞");
        // isQuoteTo refuses a と after 」: a quote said there (「…」と表明した) is no deed declared
        boolean reported = isQuoteTo(marker);
        return object || reported ? later : null;
    }

    /**
     * 社長は13日、記者会見し、「深くおわびする」と謝罪した → 社長が記者会見し「深くおわびする」と謝罪: an occasion of
     * speaking joined by a comma to a later act of speech its verb names by what it did (謝罪, 陳謝, 呼びかける) is
     * told with that act, as a headline does (社長、会見し謝罪); the occasion alone said only that one was held. Null
     * otherwise: a verb that names no act (「…」と述べた, 「…」と表明した keep the occasion, decision 0037's rule 10),
     * a deed of its own (記者会見し、攻撃を非難した), a later clause with a subject or a date of its own
     * (記者会見し、副社長が謝罪した). Known weakness: the list of acts is closed (釈明, 反論 keep the occasion), and an
     * occasion said as a noun (会見で謝罪した, コメントを出し) is not read as one.
     */
    private Predicate actNamedAt(Predicate occasion) {
        if (OCCASIONS_OF_SPEAKING.stream().noneMatch(occasion.deed::endsWith) || occasion.end >= to
                || s.charAfter(occasion.end - 1) != '、') {
            return null;
        }
        Predicate later = predicate(occasion.end, false);
        if (later == null || !SPEECH_ACTS.contains(later.deed) && !SPEECH_ACTS.contains(t.get(later.head).baseForm())
                || !endsClause(later.end) || later.nominalStart < occasion.end) {
            return null;
        }
        if (!sameDoerAndDay(occasion.end, later.nominalStart, true)) {
            return null;
        }
        ledBy.put(later, occasion);
        return later;
    }

    /**
     * 日本は米国を3―2で破り、3大会ぶり3度目の優勝を果たした → 日本が3大会ぶり3度目の優勝を果たす: a win (破る, 下す)
     * joined by a comma to a later deed of the same doer and day that names a title (優勝, 日本一, 当選, 再選, 連覇,
     * 制覇) tells the title, the news a headline says (京都国際が初優勝); whom it beat is how. Null otherwise: a win
     * that ends its clause (米国を破った。), a later deed naming no title (米国を破り、決勝に進んだ), another doer or
     * date. Known weakness: the titles are a closed list (金メダル, 首位 keep the win).
     */
    private Predicate titleWon(Predicate win) {
        if (!ContestResult.WINS.contains(t.get(win.head).baseForm()) || win.end >= to || s.charAfter(win.end - 1) != '、') {
            return null;
        }
        Predicate later = predicate(win.end, false);
        if (later == null || !endsClause(later.end) || later.nominalStart < win.end
                || !sameDoerAndDay(win.end, later.nominalStart, false)) {
            return null;
        }
        String told = text.substring(tokenStart(win.end), tokenEnd(later.head));
        return ContestResult.TITLES.stream().anyMatch(title -> ContestResult.namesTheTitle(told, title)) ? later : null;
    }

    /**
     * 首相は7日、韓国を訪れ、大統領と会談した → 首相が韓国を訪れ大統領と会談: a journey (訪れる, 訪問, 来日, 戻る,
     * 到着…) joined by a comma to a later deed of the same clause brings its doer to where the deed is done, and the
     * deed is the news, told with the journey as a headline does (首相、訪韓し大統領と会談; {@link #leadingPart}).
     * Null otherwise: a journey that ends its clause (韓国を訪れた。), a later clause with a subject of its own
     * (…を訪れ、大統領が出迎えた) or a date of its own (来日し、18日に会談する), a date the stay lasts from
     * (15日から南米を訪れ、…に出席する: the deed falls on a later day), a later verb of saying (来日し、「…」と語った:
     * the arrival is what is told), and a return home (帰国し、記者会見した: coming home is itself the news).
     * Known weakness: the list of journeys is closed (出向き, 乗り込み keep the journey).
     */
    private Predicate doneOnArrival(Predicate journey) {
        if (!JOURNEYS.contains(t.get(journey.head).baseForm()) || journey.end >= to
                || s.charAfter(journey.end - 1) != '、' || opensAStay()) {
            return null;
        }
        Predicate later = predicate(journey.end, false);
        if (later == null || later.reporting || !endsClause(later.end) || later.nominalStart < journey.end) {
            return null;
        }
        if (!sameDoerAndDay(journey.end, later.nominalStart, false)) {
            return null;
        }
        ledBy.put(later, journey);
        return later;
    }

    /**
     * Whether the words between a journey or occasion and the later deed name no doer of their own (a は or が outside
     * a quote) and no date of their own, so that the deed is the same doer's on the same day.
     *
     * @param quoteAllowed whether a quote may stand there (「…」と謝罪した), or makes the deed a saying (「…」と語った)
     */
    private boolean sameDoerAndDay(int from, int until, boolean quoteAllowed) {
        for (int i = from; i < until; i++) {
            boolean quoted = s.isQuoted(t.get(i));
            if (otherDate[i] || quoted && !quoteAllowed || !quoted && isParticle(i, "は", "が")
                    && t.get(i).partOfSpeech().startsWith("助詞-") && !t.get(i).partOfSpeech().startsWith("助詞-接続助詞")) {
                return false;
            }
        }
        return true;
    }

    /**
     * 15日から南米を訪れ、…会議に出席する: a date from which the journey lasts dates the stay, and what is done
     * there falls on a later day of it.
     */
    private boolean opensAStay() {
        return text.substring(date.start(), date.end()).endsWith("から") || de < to && isParticle(de, "から");
    }

    /**
     * 韓国を訪れ, 米アリゾナ州に戻り, 来日し, 本社で記者会見し: the journey or occasion as a label joins it to its deed,
     * where it went or was held and the verb in its joining form, as written (a sahen noun with し). The first part a
     * label too long drops after a setting.
     */
    private String leadingPart(Predicate leading, int lowerBound) {
        String verb = text.substring(tokenStart(leading.nominalStart), tokenEnd(leading.head));
        return String.join("", arguments(leading, lowerBound)) + verb + (Morphemes.isSahen(t.get(leading.head)) ? "し" : "");
    }

    /** 現金をだまし取ったとされる, 流出したとみられる: a deed told as what is said or thought, at the clause's end. */
    private boolean hedged(int end) {
        if (end + 1 >= to || !isQuoteTo(end) || !t.get(end).partOfSpeech().startsWith("助詞-格助詞-引用")) {
            return false;
        }
        Token verb = t.get(end + 1);
        boolean said = Morphemes.isSuru(verb) || Set.of("みる", "見る").contains(verb.baseForm());
        return said && passiveAt(end + 2) && endsClause(endings(end + 2));
    }

    /** 計23回, 2度: the start of a count written right before the verb at j (no particle between), else j. */
    private int countBefore(int j, int lowerBound) {
        int b = j;
        if (b - 1 >= Math.max(lowerBound, from) && usable(b - 1) && t.get(b - 1).partOfSpeech().startsWith("名詞-接尾-助数詞")
                && t.get(b - 1).span().end() == t.get(j).span().start()) {
            b--;
            while (b - 1 >= Math.max(lowerBound, from) && usable(b - 1) && (t.get(b - 1).partOfSpeech().startsWith("名詞-数")
                    || t.get(b - 1).partOfSpeech().startsWith("接頭詞-数接続"))) {
                b--;
            }
        }
        return b < j - 1 ? b : j;
    }

    /** The first predicate that ends a clause, else what a clause ending in a copula, なる or ある states. */
    private Predicate predicateOrStatement(int start) {
        Predicate p = predicate(start, false);
        return p != null ? p : statement(start);
    }

    /**
     * 前月の約2倍だった, 年率換算で3.5%増だった, 2万8791円となった, 激しい砲撃があった: a clause that
     * ends in a copula, なる or ある says what something was or that it was; the noun phrase before
     * it is the label's predicate (新規感染者数が前月の約2倍, 北部チェルニヒウで砲撃). Null when none
     * ends the clause or the phrase is a bare formal noun (…するためだ).
     */
    private Predicate statement(int start) {
        for (int j = Math.max(start, from + 1); j < to; j++) {
            if (!usable(j)) {
                continue;
            }
            Token tk = t.get(j);
            boolean copula = tk.partOfSpeech().startsWith("助動詞") && Set.of("だ", "です").contains(tk.baseForm())
                    && !tk.surface().equals("な");
            boolean becomes = Morphemes.isVerb(tk) && tk.baseForm().equals("なる") && j - 1 > from
                    && Morphemes.isParticle(t.get(j - 1), "と", "に");
            boolean exists = Morphemes.isVerb(tk) && tk.baseForm().equals("ある") && j - 1 > from
                    && Morphemes.isParticle(t.get(j - 1), "が", "も");
            if (!copula && !becomes && !exists) {
                continue;
            }
            int end = endings(j + 1);
            String risk = becomes ? riskAfter(end) : "";
            if (!risk.isEmpty()) {
                // 大荒れとなる恐れがある: what is feared is the state, headlined 大荒れの恐れ
                end = endings(modalEnd(end) + 1);
                end = end + 1 < to && isParticle(end, "が", "も") && t.get(end + 1).baseForm().equals("ある") ? endings(end + 2) : end;
            }
            if (!endsClause(end) || Morphemes.isNegation(t.get(Math.min(end, to) - 1))) {
                continue;
            }
            int last = copula ? j - 1 : j - 2;
            // 大荒れ: the tokenizer reads a verb's stem after a prefix as the verb
            boolean prefixed = last - 1 >= from && usable(last) && usable(last - 1) && Morphemes.isVerb(t.get(last))
                    && t.get(last - 1).partOfSpeech().startsWith("接頭詞-名詞接続")
                    && t.get(last - 1).span().end() == t.get(last).span().start();
            if (last < from || !usable(last) || !Morphemes.isNounLike(t.get(last)) && !prefixed) {
                continue;
            }
            int c = prefixed ? last - 1 : chunkStart(last + 1);
            if (c > last || Modal.NOUNS.containsKey(text.substring(tokenStart(c), tokenEnd(last)))) {
                continue;
            }
            if (c - 1 >= Math.max(start, from) && usable(c - 1) && (t.get(c - 1).partOfSpeech().startsWith("形容詞-自立")
                    && t.get(c - 1).surface().equals(t.get(c - 1).baseForm()) || t.get(c - 1).partOfSpeech().startsWith("連体詞")) && !t.get(c).partOfSpeech().startsWith("名詞-数")
                    && (c - 2 < from || t.get(c - 2).partOfSpeech().startsWith("助詞") || s.charAfter(c - 2) == '、')) {
                // 激しい砲撃があった: the adjective says what kind (not 1431円高い2万8791円, a figure's own)
                c--;
            }
            Token before = t.get(Math.max(c - 1, 0));
            int described = exists && Morphemes.INCIDENT_NOUNS.stream().anyMatch(t.get(last).surface()::endsWith)
                    ? relativeStart(c, start, 0) : c;
            if (described < c && text.substring(tokenStart(described), tokenStart(c)).indexOf('で') < 0) {
                // 福島県沖を震源とする地震があった: the clause says which incident there was (where, without で)
                c = described;
            } else if (c - 1 > start && (Morphemes.isVerb(before) || Morphemes.isVerbEnding(before) && !before.baseForm().equals("だ"))) {
                // …28日に成田空港に到着した男性だった: the date is the relative clause's, and so is the deed
                return predicate(start, true);
            }
            String stated = text.substring(tokenStart(c), phraseEnd(last));
            return new Predicate(last, c, end, risk.isEmpty() ? stated : stated + "の" + risk, stated, false);
        }
        return null;
    }

    /** 恐れ, 可能性: a noun of risk starting at token i, as a headline says it; "" when none. */
    private String riskAfter(int i) {
        int last = i < to ? modalEnd(i) : -1;
        if (last < 0) {
            return "";
        }
        String modal = text.substring(tokenStart(i), tokenEnd(last));
        return Modal.NOUNS.get(modal) != Modal.RISK ? "" : modal.equals("おそれ") ? "恐れ" : modal;
    }

    /**
     * 続く見通しだ, 開かれる予定だ, 広がる恐れがある, 来日するとの観測も出ている, 訪米する方向で調整している:
     * a noun of expectation, plan or risk after the verb says how the deed is told, not what was
     * done; the label is the deed with the modal's headline form (開催へ, 拡大の恐れ, 来日との観測,
     * 訪米へ調整; 続く見通し for a verb with no headline noun). Null when no such noun follows the
     * verb and ends the clause (一部区間で運休する可能性があると発表した is an announcement).
     */
    private Predicate withModal(Predicate p) {
        int m = p.end;
        boolean quoting = m + 1 < to && Morphemes.isParticle(t.get(m), "と") && Morphemes.isParticle(t.get(m + 1), "の");
        if (quoting) {
            m += 2;
        }
        if (m >= to || s.isQuoted(t.get(m))) {
            return null;
        }
        int last = modalEnd(m);
        if (last < 0) {
            return null;
        }
        String modal = text.substring(tokenStart(m), tokenEnd(last));
        Modal kind = Modal.NOUNS.get(modal);
        if (quoting != (kind == Modal.VIEW) || s.charAfter(p.end - 1) == '、') {
            return null;
        }
        int end = last + 1;
        String adjust = "";
        if (end + 1 < to && Morphemes.isParticle(t.get(end), "で") && Morphemes.isSahen(t.get(end + 1))
                && (modal.equals("方向") || modal.equals("方針"))) {
            adjust = t.get(end + 1).surface();
            end = endings(end + 2 < to && Morphemes.isSuru(t.get(end + 2)) ? end + 3 : end + 2);
        } else if (end + 1 < to && Morphemes.isParticle(t.get(end), "が", "も")
                && Set.of("ある", "出る", "強まる", "高まる").contains(t.get(end + 1).baseForm())) {
            end = endings(end + 2);
        } else {
            end = endings(end);
        }
        if (!endsClause(end) || (end < to && isQuoteTo(end))) {
            return null;
        }
        Token head = t.get(p.head);
        boolean noun = Morphemes.isSahen(head) || Morphemes.NOMINAL.containsKey(head.baseForm())
                || head.surface().equals("明らか");
        String deed = noun ? p.deed : verbHeadline(p.head);
        String nominal = switch (kind) {
            case PLAN -> noun ? deed + "へ" + adjust : deed + modal + (adjust.isEmpty() ? "" : "で" + adjust);
            case RISK -> deed + (noun ? "の" : "") + (modal.equals("おそれ") ? "恐れ" : modal);
            case VIEW -> deed + "との" + modal;
        };
        return new Predicate(p.head, p.nominalStart, end, nominal, deed, false);
    }

    /**
     * 記者会見を4日に開く: where another date and its particle (at {@code particle}) start, so that
     * the arguments before it are read on; -1 when no other date stands before the particle.
     */
    private int beforeOtherDate(int particle) {
        // 年度末までに: まで written onto the date before the particle
        int particles = particle - 1 >= from && Morphemes.isParticle(t.get(particle), "に")
                && Morphemes.isParticle(t.get(particle - 1), "まで") ? particle - 1 : particle;
        int i = particles;
        while (i - 1 >= from && otherDate[i - 1]) {
            i--;
        }
        return i < particles && Morphemes.isParticle(t.get(particle), "に", "から", "まで") ? i : -1;
    }

    /**
     * A verb's headline word: its noun (開かれた → 開催), else its base form, passive when it is
     * (出された → 出される, 営まれた → 営まれる: 注意報が出す would say the warning issued something).
     */
    private String verbHeadline(int j) {
        Token verb = t.get(j);
        String nominal = Morphemes.NOMINAL.get(verb.baseForm());
        if (nominal != null) {
            return nominal;
        }
        return passiveAt(j + 1) ? verb.surface() + t.get(j + 1).baseForm() : verb.baseForm();
    }

    /**
     * 安倍元首相, 同社, 容疑者, 被告の男: a subject that could itself have done the deed (a person or a
     * body), by its head word; a passive deed is then done to it (同社が承認された is no approval by
     * the company).
     */
    private boolean actsOrSuffers(Phrase p) {
        Token head = t.get(p.end - 1);
        return head.partOfSpeech().startsWith("名詞-固有名詞-人名") || Morphemes.namesPersonOrBody(phraseText(p), gazetteer);
    }

    /** れる or られる written onto a verb at token i: the deed was done to the subject. */
    private boolean passiveAt(int i) {
        return i < to && t.get(i).partOfSpeech().startsWith("動詞-接尾") && Set.of("れる", "られる").contains(t.get(i).baseForm());
    }

    /** 銃撃され, 承認された: a sahen noun told in the passive (された → さ + れ). */
    private boolean passiveSahen(Predicate p) {
        return Morphemes.isSahen(t.get(p.head)) && p.head + 2 < to && Morphemes.isSuru(t.get(p.head + 1)) && passiveAt(p.head + 2);
    }

    /** The last token of a modal noun starting at token i (可能性 may be 可能 + 性), or -1. */
    private int modalEnd(int i) {
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

    /**
     * 予算の成立を受けて, 前年に比べ, 今月に入り, 感染拡大に伴い: a verb in its joining form after を or に
     * frames the clause like a particle; it is the predicate only when no other verb follows.
     */
    private boolean framing(Predicate p) {
        Token head = t.get(p.head);
        if (!ClauseWords.FRAMING_VERBS.contains(head.baseForm()) || p.head - 1 < from || !Morphemes.isParticle(t.get(p.head - 1), "を", "に")) {
            return false;
        }
        boolean joining = p.head + 1 < to && Morphemes.isParticle(t.get(p.head + 1), "て")
                || (p.end == p.head + 1 && !head.surface().equals(head.baseForm()));
        return joining;
    }

    /** 明らかにされていません, 発表しなかった: what was not done, or what was done to someone, is no headline. */
    private boolean negatedOrPassive(Predicate p) {
        for (int i = p.head + 1; i < p.end; i++) {
            Token e = t.get(i);
            if (Morphemes.isNegation(e) || (e.partOfSpeech().startsWith("動詞-接尾")
                    && (e.baseForm().equals("れる") || e.baseForm().equals("られる")) && p.deed.equals("公表"))) {
                return true;
            }
        }
        return false;
    }

    /** 記者会見, 電話会談, 暴徒化: up to two nouns written right before the sahen noun belong to it. */
    private int compoundStart(int sahen, int lowerBound) {
        int b = sahen;
        while (b > Math.max(lowerBound, from) && sahen - b < 2 && usable(b - 1) && Morphemes.isNounLike(t.get(b - 1))
                && !t.get(b - 1).partOfSpeech().startsWith("名詞-数")
                && t.get(b - 1).span().end() == t.get(b).span().start()) {
            b--;
        }
        // 4回発射, 約1割上昇: a counter keeps its number
        if (b < sahen && t.get(b).partOfSpeech().startsWith("名詞-接尾-助数詞")) {
            while (b - 1 > from && usable(b - 1) && (t.get(b - 1).partOfSpeech().startsWith("名詞-数")
                    || t.get(b - 1).partOfSpeech().startsWith("接頭詞-数接続"))) {
                b--;
            }
        }
        return b;
    }

    private boolean endsClause(int groupEnd) {
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

    /** Up to two noun phrases with a case particle right before the predicate, and what it reports. */
    private List<String> arguments(Predicate p, int lowerBound) {
        List<String> units = new ArrayList<>();
        int b = mannerAdverbsBefore(p.nominalStart, lowerBound);
        // 坂口氏に電話で祝意を伝えた: how or where gives way to whom a third argument names
        boolean thirdCoordinated = false;
        boolean earliestSetOff = false;
        while (units.size() < 2 || units.size() == 2 && units.get(0).endsWith("で")) {
            if (b >= de && b > ds && onlyParticles(de, b) && ds - 1 > from && lowerBound >= de
                    && isParticle(ds - 1, "を") && t.get(ds - 1).partOfSpeech().startsWith("助詞-格助詞")) {
                // 2022年度予算案を25日にも国会に提出する: what is done is written before the date
                b = ds;
                lowerBound = from;
            }
            int toward = towardBefore(b, lowerBound);
            if (toward >= 0) {
                // 英国に向けて出発: where the deed is headed, in a headline's words (英国に向け出発)
                int c = chunkStart(toward);
                units.add(0, withoutCountryPrefix(c, toward) + "に向け");
                b = c;
                continue;
            }
            int k = b - 1;
            if (k < Math.max(lowerBound, from) || !usable(k)) {
                break;
            }
            Token particle = t.get(k);
            int named = units.isEmpty() ? namedAs(k, lowerBound) : -1;
            if (named >= 0) {
                // 新元号を「令和」と発表: what a thing is named or called is said with the thing
                units.add(0, text.substring(tokenStart(named), tokenEnd(k)));
                b = named;
                continue;
            }
            boolean adverbial = Morphemes.isParticle(particle, "に") && particle.partOfSpeech().startsWith("助詞-副詞化");
            // 電気料金は値上がりが続く: a second subject right before the verb is part of what is told
            boolean inner = units.isEmpty() && Morphemes.isParticle(particle, "が") && !p.reporting;
            // ブリンケン国務長官とオンライン形式で会談: the tokenizer reads the partner's と as "and"
            // 山口代表と会談: before a sahen deed it reads the partner's と as "and" too
            boolean partner = (!units.isEmpty() || Morphemes.isSahen(t.get(p.head)))
                    && Morphemes.isParticle(particle, "と") && particle.partOfSpeech().startsWith("助詞-並立助詞");
            // 聴取も検討する: a thing, not a doer, marked も right before a deed is what is done as well
            boolean also = units.isEmpty() && !p.reporting && Morphemes.isParticle(particle, "も")
                    && particle.partOfSpeech().startsWith("助詞-係助詞") && Morphemes.isSahen(t.get(p.head))
                    && s.actors().stream().noneMatch(m -> m.span().end() == tokenEnd(k - 1));
            if (!adverbial && !(Morphemes.isParticle(particle, "を", "に", "と", "で", "へ", "から") || inner || also)
                    || !(adverbial || partner || also || particle.partOfSpeech().startsWith("助詞-格助詞-一般"))) {
                break;
            }
            thirdCoordinated = units.size() == 2 && (adverbial || partner);
            int skipped = beforeOtherDate(k);
            if (skipped >= 0) {
                b = skipped;
                continue;
            }
            int c = chunkStart(k);
            if (c == k && k - 1 >= Math.max(lowerBound, from) && usable(k - 1) && isFormalThing(k - 1)
                    && relativeStart(k - 1, lowerBound, 0) < k - 1) {
                // 弾道ミサイルの可能性があるものを発射: a formal noun is told by its clause
                c = k - 1;
            }
            if (c == k || c < lowerBound) {
                break;
            }
            c = centredOn(c, k, lowerBound);
            String unit = withoutCountryPrefix(c, k) + particle.surface();
            int r = inner ? c : relativeStart(c, lowerBound, 0);
            int quoted = r < c || inner ? -1 : quotedContent(c, lowerBound);
            if (quoted >= 0) {
                // 「遺憾だ」とする声明を: what the statement holds, said with it
                String described = shortQuote(quoted, closeBefore(c - 2)) + text.substring(tokenStart(c - 1), tokenStart(c)) + unit;
                shorter.put(described, unit);
                unit = described;
                r = firstTokenFrom(quoted);
            } else if (r < c) {
                String described = text.substring(tokenStart(r), tokenStart(c)) + unit;
                shorter.put(described, unit);
                unit = described;
            }
            units.add(0, unit);
            // 後継機で、開発が進められ: a で set off by its comma ends a clause (だ's), it is no where nor how
            earliestSetOff = s.charAfter(k) == '、';
            innerSubject |= inner;
            b = Math.min(c, r);
        }
        if (innerSubject && units.size() == 2 && !earliestSetOff && (units.get(0).endsWith("で") || units.get(0).endsWith("から"))) {
            // 大会は…競技場で開会式が行われ: the second subject stays by the topic it belongs to (大会の開会式が…競技場で実施)
            units.add(0, units.remove(1));
        }
        if (units.size() == 3) {
            String third = units.get(0);
            boolean whom = third.endsWith("に") || third.endsWith("を");
            units.remove(whom && !thirdCoordinated ? 1 : 0);
        }
        // 「外出を控えて」と呼びかけた: an act of speech takes its short quote as a verb of saying does
        boolean saying = p.reporting || Morphemes.isSahen(t.get(p.head)) || SPEECH_ACTS.contains(t.get(p.head).baseForm());
        String complement = units.isEmpty() && saying ? speechBefore(b, lowerBound) : "";
        if (complement.isEmpty()) {
            complement = complement(b, lowerBound);
        }
        if (!complement.isEmpty()) {
            units.add(0, complement);
        }
        return units;
    }

    /**
     * 節電を改めて要請, 公開を当面停止: adverbs written between the arguments and the verb, which a
     * headline drops; the index of the first of them, or {@code b} when none stands there.
     */
    private int mannerAdverbsBefore(int b, int lowerBound) {
        int a = b;
        while (a - 1 > Math.max(lowerBound, from) && usable(a - 1) && s.charAfter(a - 1) != '、'
                && isMannerAdverb(t.get(a - 1))) {
            a--;
        }
        return a;
    }

    private static boolean isMannerAdverb(Token token) {
        String pos = token.partOfSpeech();
        // 大きく上回る, 強く求める: an adjective in its -く form says how, as an adverb does
        boolean adverbialAdjective = pos.startsWith("形容詞-自立") && token.surface().endsWith("く")
                && !token.surface().equals(token.baseForm());
        return pos.startsWith("副詞") || adverbialAdjective || pos.startsWith("名詞-副詞可能") && MANNER_NOUNS.contains(token.surface());
    }

    /**
     * 英国に向けて(出発), 決勝に向け(調整): the index of the に of a phrase with 向けて or 向け (the
     * joining form) right before token {@code b}, or -1.
     */
    private int towardBefore(int b, int lowerBound) {
        int k = b - 1;
        if (k >= 0 && Morphemes.isParticle(t.get(k), "て") && t.get(k).partOfSpeech().startsWith("助詞-接続助詞")) {
            k--;
        }
        int floor = Math.max(lowerBound, from);
        if (k - 1 < floor || !usable(k) || !usable(k - 1) || !Morphemes.isVerb(t.get(k)) || !t.get(k).baseForm().equals("向ける")
                || !t.get(k).surface().equals("向け") || !isParticle(k - 1, "に") || s.charAfter(k) == '、') {
            return -1;
        }
        int c = chunkStart(k - 1);
        return c < k - 1 && c >= floor ? k - 1 : -1;
    }

    /**
     * 「治安回復に向けた活動を継続していく」と(述べ): a short quote of one sentence, as said, is
     * what a verb of saying reports; a long one (several sentences, or more than
     * {@value #MAX_QUOTE} characters) is left out, as is one that starts before the clause.
     */
    private String speechBefore(int b, int lowerBound) {
        int k = b - 1;
        if (k < Math.max(lowerBound, from)) {
            return "";
        }
        Token marker = t.get(k);
        int close = marker.span().start() - 1;
        if (!marker.surface().equals("と") || !marker.partOfSpeech().startsWith("助詞-格助詞-引用") || close < 0
                || text.charAt(close) != '」') {
            return "";
        }
        int open = text.lastIndexOf('「', close);
        if (open < tokenStart(Math.max(lowerBound, from)) - 1) {
            return "";
        }
        return shortQuote(open, close);
    }

    /**
     * 新元号を「令和」と(発表), 対応を「場当たり的」と(批判): a thing marked を, then a short quote and
     * the と at {@code k} naming or judging it; the start of the thing, or -1.
     */
    private int namedAs(int k, int lowerBound) {
        int floor = Math.max(lowerBound, from);
        if (!t.get(k).surface().equals("と") || !t.get(k).partOfSpeech().startsWith("助詞-格助詞-引用")) {
            return -1;
        }
        int close = tokenStart(k) - 1;
        int open = close > 0 && text.charAt(close) == '」' ? text.lastIndexOf('「', close) : -1;
        if (open < 0 || shortQuote(open, close).isEmpty()) {
            return -1;
        }
        int object = tokenEndingAt(open);
        if (object <= floor || !isParticle(object, "を") || !t.get(object).partOfSpeech().startsWith("助詞-格助詞")) {
            return -1;
        }
        int c = chunkStart(object);
        return c < object && c >= floor ? c : -1;
    }

    /** Where the character before token {@code k} is, past a line break inside the sentence (「…」⏎とする). */
    private int closeBefore(int k) {
        int close = tokenStart(k) - 1;
        while (close > 0 && (text.charAt(close) == '\n' || text.charAt(close) == '\r')) {
            close--;
        }
        return close;
    }

    /**
     * 「台湾は中国の一部だ」とする談話, 「遺憾」との声明: a short quote, its と and する or の right before
     * the noun starting at {@code c}, say what the noun (a statement, a view) holds; the index of the
     * quote's 「, or -1 (a longer quote, or none).
     */
    private int quotedContent(int c, int lowerBound) {
        if (c - 2 < Math.max(lowerBound, from) || !t.get(c - 2).surface().equals("と")
                || !t.get(c - 2).partOfSpeech().startsWith("助詞-格助詞-引用")) {
            return -1;
        }
        Token joint = t.get(c - 1);
        boolean describes = Morphemes.isSuru(joint) && joint.surface().equals("する") || isParticle(c - 1, "の");
        int close = closeBefore(c - 2);
        if (!describes || close < 0 || text.charAt(close) != '」') {
            return -1;
        }
        int open = text.lastIndexOf('「', close);
        return open >= 0 && open >= tokenStart(Math.max(lowerBound, from)) - 1 && !shortQuote(open, close).isEmpty() ? open : -1;
    }

    /**
     * 9日の発表で「相当数の外国人を含む」としています: after a noun of saying and で, a short quote
     * then としている says what was said; the quote, or "".
     */
    private String speechAfter(int particle) {
        int open = tokenEnd(particle);
        if (open >= text.length() || text.charAt(open) != '「') {
            return "";
        }
        int close = text.indexOf('」', open);
        if (close < 0) {
            return "";
        }
        int marker = firstTokenFrom(close + 1);
        if (marker + 1 >= to || t.get(marker).span().start() != close + 1 || !t.get(marker).surface().equals("と")
                || !t.get(marker).partOfSpeech().startsWith("助詞-格助詞-引用") || !Morphemes.isSuru(t.get(marker + 1))) {
            return "";
        }
        return shortQuote(open, close);
    }

    /**
     * The text between 「 at {@code open} and 」 at {@code close} as 「…」と, when it is one
     * sentence of at most {@value #MAX_QUOTE} characters, or of a longer sentence its last part
     * after a comma, as headlines quote what a speaker concluded (「…卑劣な蛮行で、決して許すことは
     * できない」 → 「決して許すことはできない」); else "".
     */
    private String shortQuote(int open, int close) {
        String said = text.substring(open + 1, close);
        if (said.endsWith("。")) {
            said = said.substring(0, said.length() - 1);
        }
        boolean oneSentence = said.chars().noneMatch(c -> c == '。' || c == '！' || c == '？' || c == '」' || c == '「');
        if (oneSentence && said.length() > MAX_QUOTE) {
            String last = said.substring(said.lastIndexOf('、') + 1);
            said = last.length() >= MIN_QUOTED_PART ? last : said;
        }
        return oneSentence && !said.isBlank() && said.length() <= MAX_QUOTE ? "「" + said + "」と" : "";
    }

    /** The index of the first token starting at or after a character position. */
    private int firstTokenFrom(int position) {
        int i = from;
        while (i < to && t.get(i).span().start() < position) {
            i++;
        }
        return i;
    }

    /** 8000人を拘束したと(発表) → 8000人拘束と; 協力を強化することに(意欲) → 協力強化に. */
    private String complement(int b, int lowerBound) {
        int k = b - 1;
        if (k <= lowerBound || !usable(k)) {
            return "";
        }
        Token marker = t.get(k);
        boolean quoteTo = isQuoteTo(k);
        // 設立することも(発表): も says this was announced as well
        boolean koto = Morphemes.isParticle(marker, "に", "を", "も") && k - 1 > lowerBound
                && t.get(k - 1).surface().equals("こと");
        // 交付するよう命じ, 控えるよう求め: what was ordered or asked for, told before よう
        boolean asked = marker.surface().equals("よう") && marker.partOfSpeech().startsWith("名詞-非自立-助動詞語幹")
                && k - 1 > lowerBound && Morphemes.isVerb(t.get(k - 1));
        if (!quoteTo && !koto && !asked) {
            return "";
        }
        if (quoteTo && k - 3 > lowerBound && passiveAt(k - 1) && Set.of("みる", "見る").contains(t.get(k - 2).baseForm())
                && isQuoteTo(k - 3)) {
            // 梅雨明けしたとみられると(発表): what is thought so is what was announced
            k -= 3;
        }
        if (quoteTo) {
            String value = copulaComplement(k, lowerBound);
            if (!value.isEmpty()) {
                return value;
            }
        }
        for (int h = k - 1; h >= lowerBound && usable(h); h--) {
            Token head = t.get(h);
            // 出生率, 梅雨明けした: a sahen noun inside a longer noun is no deed; a noun done with する is one
            boolean sahen = Morphemes.isSahen(head) && !(h + 1 < k && Morphemes.isNounLike(t.get(h + 1)))
                    || Morphemes.isNounLike(head) && h + 1 < k && Morphemes.isSuru(t.get(h + 1));
            if (!sahen && !(Morphemes.isVerb(head) && !Morphemes.WEAK_VERBS.contains(head.baseForm()))) {
                continue;
            }
            int compound = sahen ? compoundStart(h, lowerBound) : h;
            boolean negated = false;
            for (int i = h + 1; i < k; i++) {
                negated |= Morphemes.isNegation(t.get(i));
            }
            if (!sahen && negated) {
                return "";
            }
            String nominal = sahen ? text.substring(tokenStart(compound), head.span().end())
                    : Morphemes.NOMINAL.getOrDefault(head.baseForm(), head.baseForm());
            complementHead = nominal;
            // 運休する可能性があると(発表) → 運休の可能性と: what was announced is the risk, not the deed
            for (int i = h + 1; i < k; i++) {
                int last = modalEnd(i);
                if (last >= 0 && Modal.NOUNS.get(text.substring(tokenStart(i), tokenEnd(last))) == Modal.RISK) {
                    boolean noun = sahen || Morphemes.NOMINAL.containsKey(head.baseForm());
                    nominal += (noun ? "の" : "") + text.substring(tokenStart(i), tokenEnd(last));
                    break;
                }
            }
            // 特別警報を出す可能性と: a verb keeps its を, a noun of a deed takes its object as a headline does (8000人拘束と)
            boolean plainVerb = !sahen && !Morphemes.NOMINAL.containsKey(head.baseForm());
            String objects = objects(compound, lowerBound, plainVerb);
            if (asked && !plainVerb && !negated && objects.contains("を")) {
                // 感染対策を徹底を(通知) says を twice: the asked deed keeps its verb (感染対策を徹底するよう)
                return objects + (sahen ? nominal + "するよう" : head.baseForm() + "よう");
            }
            String joint = quoteTo ? "と" : asked ? (plainVerb || negated ? "よう" : "を") : marker.surface();
            return objects + nominal + (negated ? "しない" : "") + joint;
        }
        return "";
    }

    /**
     * 合計特殊出生率が1.30だったと(発表) → 合計特殊出生率1.30と: a reported statement ending in a copula
     * before the と at {@code k}, told as its subject and its value; "" when none.
     */
    private String copulaComplement(int k, int lowerBound) {
        int j = k - 1;
        while (j > lowerBound && usable(j) && t.get(j).partOfSpeech().startsWith("助動詞")) {
            j--;
        }
        if (j == k - 1 || !usable(j) || !"だ".equals(t.get(j + 1).baseForm()) || !Morphemes.isNounLike(t.get(j))
                || Morphemes.isNegation(t.get(k - 1))) {
            return "";
        }
        int c = chunkStart(j + 1);
        if (c <= lowerBound || !isParticle(c - 1, "が") || !t.get(c - 1).partOfSpeech().startsWith("助詞-格助詞")) {
            return "";
        }
        int owner = chunkStart(c - 1);
        if (owner >= c - 1 || owner < lowerBound) {
            return "";
        }
        complementHead = text.substring(tokenStart(owner), tokenEnd(c - 2));
        return withoutCountryPrefix(owner, c - 1) + text.substring(tokenStart(c), phraseEnd(j)) + "と";
    }

    /**
     * 原発の建て替えを認める方針, 国に賠償を命じる判決, 社長が交代する人事: a clause ending in a verb's
     * attributive form right before a noun (no comma between) says which one is meant; the
     * start of that clause with up to two of its own arguments (case particles, not は or も),
     * one of them described in turn (夫婦別姓を認めない規定を合憲とする決定), else {@code start}
     * when no verb describes the noun or the verb has no argument of its own in the clause
     * (a bare 認める方針 says no more than 方針), unless a sahen noun says which generic noun is meant
     * (上告しない方針, 辞任する意向).
     */
    private int relativeStart(int start, int lowerBound, int depth) {
        int j = start - 1;
        int floor = Math.max(lowerBound, from);
        if (j < floor || !usable(j) || s.charAfter(j) == '、' || !attributive(j)) {
            return start;
        }
        while (j > floor && usable(j) && Morphemes.isVerbEnding(t.get(j)) && !Morphemes.isVerb(t.get(j))) {
            j--;
        }
        if (!usable(j) || !Morphemes.isVerb(t.get(j))) {
            return start;
        }
        boolean sahen = Morphemes.isSuru(t.get(j)) && j - 1 >= floor && usable(j - 1) && Morphemes.isSahen(t.get(j - 1));
        if (sahen) {
            j--;
        }
        int a = j;
        int arguments = 0;
        while (arguments < 2 && a - 1 > floor && usable(a - 1)) {
            Token particle = t.get(a - 1);
            if (!Morphemes.isParticle(particle, "を", "に", "が", "と", "で", "へ", "から")
                    || !particle.partOfSpeech().startsWith("助詞-格助詞") || s.charAfter(a - 1) == '、') {
                break;
            }
            int c = chunkStart(a - 1);
            if (c >= a - 1 || c < floor) {
                break;
            }
            a = depth == 0 ? Math.min(c, relativeStart(c, lowerBound, depth + 1)) : c;
            arguments++;
        }
        // 上告しない方針, 辞任する意向: a deed named by its sahen noun says which a generic noun is, as an argument
        // does (予定していた花火大会 says no more than 花火大会)
        return arguments > 0 || sahen && start < to && Morphemes.GENERIC_NOUNS.contains(t.get(start).surface()) ? a : start;
    }

    /** もの, 物: a formal noun naming a thing, which says nothing without the clause before it. */
    private boolean isFormalThing(int i) {
        Token tk = t.get(i);
        return tk.partOfSpeech().startsWith("名詞-非自立") && Set.of("もの", "物").contains(tk.surface());
    }

    /** 認める, 命じた, 認めない, 示された: a verb or its last ending in the form that describes a noun. */
    private boolean attributive(int i) {
        return DatedRelativeClause.isAttributive(t, i);
    }

    /** トルコ南部とシリア北部を6日襲った地震 → トルコ南部とシリア北部を襲った地震: the clause without its date. */
    private String relativeClause(Phrase noun) {
        int b = ds;
        while (b - 1 >= from && usable(b - 1) && Morphemes.isParticle(t.get(b - 1), "を", "に", "へ", "と", "で")) {
            int c = chunkStart(b - 1);
            if (c >= b - 1) {
                break;
            }
            b = c;
        }
        String before = b < ds ? text.substring(tokenStart(b), tokenEnd(ds - 1)) : "";
        return before + text.substring(tokenStart(de), tokenEnd(noun.end - 1));
    }

    /** 8000人を → 8000人 (one object, headline style); 救助チームをトルコに → kept as written. */
    private String objects(int head, int lowerBound) {
        return objects(head, lowerBound, false);
    }

    /** @param keepWo keep the particle of a lone object marked を (a plain verb follows: 特別警報を出す) */
    private String objects(int head, int lowerBound, boolean keepWo) {
        List<String> units = new ArrayList<>();
        List<String> particles = new ArrayList<>();
        int b = head;
        int floor = lowerBound;
        while (units.size() < 2 && b - 1 >= floor && usable(b - 1)
                && Morphemes.isParticle(t.get(b - 1), "を", "に", "へ", "と", "から", "まで", "で", "が")
                && t.get(b - 1).partOfSpeech().startsWith("助詞-格助詞-一般")) {
            int skipped = beforeOtherDate(b - 1);
            if (skipped >= 0) {
                b = skipped;
                continue;
            }
            if (b - 1 >= de && onlyParticles(de, b) && ds - 1 > from && isParticle(ds - 1, "を")
                    && t.get(ds - 1).partOfSpeech().startsWith("助詞-格助詞")) {
                // 再発防止策を今年度末までにまとめると(発表): what is done is written before the label's own date
                b = ds;
                floor = from;
                continue;
            }
            int c = chunkStart(b - 1);
            if (c < floor || c >= b - 1) {
                break;
            }
            String particle = t.get(b - 1).surface();
            // 全数把握を全国一律で見直す, 純利益が前年同期比で増えた: how is left out, what is kept
            boolean manner = particle.equals("で");
            // 純利益が増えたと: what changed, told as the change (純利益増加)
            boolean changed = particle.equals("が") && units.isEmpty();
            if (!manner && !changed && !Set.of("を", "に", "へ", "と").contains(particle) || particle.equals("が") && !changed) {
                break;
            }
            if (!manner) {
                units.add(0, withoutCountryPrefix(c, b - 1));
                particles.add(0, changed ? "を" : particle);
            }
            b = c;
            if (changed) {
                break;
            }
        }
        if (units.size() == 1 && particles.get(0).equals("を") && !keepWo) {
            return units.get(0);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            out.append(units.get(i)).append(particles.get(i));
        }
        return out.toString();
    }

    /** と quoting a reported deed (…発射したと), not quoted speech (「…」と). */
    private boolean isQuoteTo(int k) {
        return ReportedDeed.isQuoteTo(t, text, k);
    }

    private Optional<ActorMention> locative() {
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
    private int tokenEndingAt(int position) {
        for (int i = from; i < to; i++) {
            if (t.get(i).span().end() == position) {
                return i;
            }
        }
        return -1;
    }

    private int tokenStart(int i) {
        return i < t.size() ? t.get(i).span().start() : text.length();
    }

    private int tokenEnd(int i) {
        return i >= 0 && i < t.size() ? t.get(i).span().end() : 0;
    }

    private Optional<ActorMention> actorEnding(Phrase p) {
        int start = tokenStart(p.start);
        int end = tokenEnd(p.end - 1);
        return s.actors().stream()
                .filter(m -> m.span().end() == end && m.span().start() >= start)
                .findFirst();
    }

    private String subjectText(Phrase p, Optional<ActorMention> actor) {
        int start = tokenStart(p.start);
        if (actor.isPresent() && actor.get().span().start() > start && "・、".indexOf(text.charAt(actor.get().span().start() - 1)) >= 0) {
            // 政府・日銀: both did it
            return text.substring(start, actor.get().span().end());
        }
        for (int i = p.start; i < p.end; i++) {
            if (t.get(i).partOfSpeech().startsWith("助詞-並立助詞")) {
                // 政府と日銀, 神社や寺: both did it
                return withoutCountryPrefix(p.start, p.end);
            }
        }
        if (actor.isPresent() && actor.get().span().start() > start) {
            int before = tokenEndingAt(actor.get().span().start());
            if (before >= p.start && t.get(before).partOfSpeech().startsWith("名詞-固有名詞-地域-国")) {
                // 米労働省: the country says whose ministry
                return text.substring(tokenStart(before), actor.get().span().end());
            }
        }
        if (actor.isPresent()) {
            return actor.get().surface();
        }
        if (p.start - 1 >= from && t.get(p.start - 1).surface().equals("による")) {
            String prefix = countryShortForms(tokenStart(from), tokenStart(p.start));
            if (!prefix.isEmpty()) {
                return prefix + phraseText(p);
            }
        }
        return withoutCountryPrefix(p.start, p.end);
    }

    /** 米露 for アメリカのシャーマン国務副長官とロシアのリャプコフ外務次官による協議. */
    private String countryShortForms(int start, int end) {
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

    private String phraseText(Phrase p) {
        return text.substring(tokenStart(p.start), closed(tokenStart(p.start), tokenEnd(p.end - 1)));
    }

    /**
     * 外務・防衛担当閣僚協議（2プラス2）: the end of a phrase, past a closing bracket whose opener
     * the phrase holds (the tokenizer drops the brackets, and the label dropped the opener and
     * glued the alias onto the name).
     */
    private int closed(int start, int end) {
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
    private String withoutCountryPrefix(int start, int end) {
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
