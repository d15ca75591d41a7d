package app.nenpyo.events;

import app.nenpyo.domain.AddedReport;
import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.InTextOrder;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.nlp.ActorFinder;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Anaphor;
import app.nenpyo.nlp.Coreference;
import app.nenpyo.nlp.Gazetteer;
import app.nenpyo.nlp.NamesSaidAgain;
import app.nenpyo.nlp.Token;
import app.nenpyo.temporal.PageWraps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Turns the resolved date mentions of one document into reports: one per date that anchors a
 * happening, with the clause the date governs, a label, a category, actors and a place.
 *
 * <p>Rules: durations (3日間) and unresolved mentions make no report; a time of day (午後3時)
 * makes none when its sentence has a date (the date is the report); only sentences holding a
 * date are tokenised, which keeps extraction cheap (Kuromoji is the slow part), and the few
 * undated ones whose characters may tell a deed done on the day the sentence before told
 * ({@link DayOfTheSentenceBefore}, decision 0042: such a report's expression is that sentence's), or quoted words
 * said on the day of the article's lead ({@link DayOfTheLead}: the expression the lead's, perhaps paragraphs before).
 * Background clauses ({@link BackgroundRules}) are reported with their reason.
 *
 * <p>{@code 内務省は10日、これまでにおよそ8000人を拘束したと発表しました。} → one report: 2022-01-10,
 * 内務省が8000人拘束と発表, ANNOUNCEMENT, actors [内務省]. 8000人 is a count, not a date: the
 * temporal layer never offers it.
 *
 * <p>Thread-safe and cheap to create: import may call it from several threads at once.
 */
public final class EventExtractor {

    /** Dated sentences from which a document's are read on every core, in order: far more than a news post holds. */
    static final int PARALLEL_SENTENCES = 256;

    /**
     * Dated sentences of a document whose first reading (tokens, actors, anaphors) is kept for the second: a news
     * post holds a few dozen. Past them (a file of many posts run together) the first reading keeps only the actors
     * the names said again are found from, and the second reads the sentence again: Kuromoji twice for those, but
     * the heap holds the tokens of at most this many sentences, not of the whole file (5,000 posts in one 47 MB
     * file held 3.3 million tokens, about 450 MB of a live heap of 685 MB).
     */
    static final int KEPT_READINGS = 4096;

    /**
     * Tokens of a document's dated sentences past {@link #KEPT_READINGS} whose first reading is kept in arrays
     * ({@link CompactReading}, about 20 bytes a token: some 40 MB) for the second instead of read again: 2,000
     * generated posts run together hold about 1.3 million. Past them a sentence is read twice, the heap bounded.
     */
    static final int KEPT_TOKENS = 1 << 21;

    private final ActorFinder actorFinder;
    private final LabelBuilder labels;
    private final Gazetteer gazetteer;
    private final int keptReadings;
    private final int keptTokens;

    public EventExtractor() {
        this(Gazetteer.shared());
    }

    EventExtractor(Gazetteer gazetteer) {
        this(gazetteer, KEPT_READINGS, KEPT_TOKENS);
    }

    /**
     * @param keptReadings as {@link #KEPT_READINGS} (tests keep arrays or read again after a few)
     * @param keptTokens   as {@link #KEPT_TOKENS}
     */
    EventExtractor(Gazetteer gazetteer, int keptReadings, int keptTokens) {
        this.actorFinder = new ActorFinder(gazetteer);
        this.labels = new LabelBuilder(gazetteer);
        this.gazetteer = gazetteer;
        this.keptReadings = keptReadings;
        this.keptTokens = keptTokens;
    }

    public DocumentReports extract(DocumentInput input) {
        return extract(input, null);
    }

    /**
     * The same, reusing tokens the caller already has (import tokenises every paragraph for the
     * search index): Kuromoji is most of the cost, so this makes extraction about twice as fast.
     *
     * @param documentTokens tokens of the document text with document spans, in order (from
     *                       {@code JapaneseTokens.of(paragraph)} shifted by the paragraph start);
     *                       null to tokenise the dated sentences here
     */
    public DocumentReports extract(DocumentInput input, List<Token> documentTokens) {
        AnalyzedDocument doc = input.document();
        List<Map.Entry<Sentence, List<DateMention>>> dated = new ArrayList<>(datesBySentence(doc, input.mentions()).entrySet());
        RelatedLists lists = dated.isEmpty() ? null : RelatedLists.of(doc);
        List<Integer> wraps = dated.isEmpty() ? List.of() : PageWraps.in(doc.text());
        // each sentence is read on its own; a document of thousands (a year of posts in one file) on every core
        boolean parallel = dated.size() >= PARALLEL_SENTENCES;
        // which sentences the budget keeps in arrays depends on the threads' order; each reading is the same either way
        Budget budget = new Budget(keptReadings, new AtomicInteger(keptTokens), new ConcurrentHashMap<>());
        List<FirstReading> first = (parallel ? IntStream.range(0, dated.size()).parallel() : IntStream.range(0, dated.size()))
                .mapToObj(k -> FirstReading.of(analysed(doc, documentTokens, wraps, dated.get(k).getKey()), k, budget))
                .toList();
        // a name the article gave once is a name wherever it writes it again: known from every dated sentence first
        NamesSaidAgain names = NamesSaidAgain.of(first.stream().flatMap(s -> s.actors().stream()).toList(), gazetteer);
        List<SentenceReports> read = (parallel ? IntStream.range(0, dated.size()).parallel() : IntStream.range(0, dated.size()))
                .mapToObj(k -> read(input, lists, wraps,
                        first.get(k).reading(doc.text(), dated.get(k).getKey().span(),
                                        () -> analysed(doc, documentTokens, wraps, dated.get(k).getKey()))
                                .withNamesSaidAgain(names, actorFinder),
                        dated.get(k).getKey(), dated.get(k).getValue()))
                .toList();
        List<Report> reports = new ArrayList<>();
        List<ActorMention> actors = new ArrayList<>();
        List<Anaphor> anaphors = new ArrayList<>();
        Map<Integer, DoerOfTheSentenceBefore.Subjects> subjects = new HashMap<>();
        for (SentenceReports r : read) {
            reports.addAll(r.reports());
            actors.addAll(r.actors());
            anaphors.addAll(r.anaphors());
            subjects.put(r.sentence().start(), r.subjects());
        }
        // a deed told without a date, on the day the sentence right before told (decision 0042)
        List<Report> carried = new ArrayList<>();
        for (DayOfTheSentenceBefore.Carried c : DayOfTheSentenceBefore.candidates(doc, input.mentions(), reports)) {
            Optional<SentenceReports> r = carried(input, documentTokens, wraps, names, c);
            if (r.isPresent()) {
                carried.add(r.get().reports().get(0));
                actors.addAll(r.get().actors());
                anaphors.addAll(r.get().anaphors());
                subjects.put(r.get().sentence().start(), r.get().subjects());
            }
        }
        if (!carried.isEmpty()) {
            reports = inReadingOrder(reports, carried);
            // the carried sentences' names and anaphors among the dated ones', in text order as coreference reads them
            actors.sort((x, y) -> x.span().compareTo(y.span()));
            anaphors.sort((x, y) -> x.span().compareTo(y.span()));
        }
        List<ActorMention> links = Coreference.resolve(doc.text(), actors, anaphors);
        if (!links.isEmpty()) {
            actors.addAll(links);
            actors.sort((x, y) -> x.span().compareTo(y.span()));
            reports.replaceAll(r -> AnaphorLinks.withLinks(r, links, gazetteer));
        }
        reports = NextOccasions.withHolders(doc.text(), doc.sentences(), reports, actors);
        reports = FigureOwners.withOwners(doc.text(), reports, actors);
        reports = OfficersCompanies.withCompanies(doc.text(), reports, actors);
        reports = Repeats.withDoers(doc.text(), reports, actors);
        reports = DoerOfTheSentenceBefore.withDoers(doc.sentences(), reports,
                sentence -> Optional.ofNullable(subjects.get(sentence.span().start())), actors);
        reports = DoersNamedBefore.withDoers(doc.text(), doc.sentences(), reports);
        reports.replaceAll(r -> FigureOwners.withOwner(r, actors, doc.sentences()));
        return new DocumentReports(input.documentKey(), reports, actors);
    }

    /**
     * What a document's first pass keeps of its readings: the first {@code keptReadings} whole, then readings in arrays
     * while {@code tokensLeft} lasts, their base forms each kept once in {@code baseForms}.
     */
    record Budget(int keptReadings, AtomicInteger tokensLeft, Map<String, String> baseForms) {
    }

    /**
     * A dated sentence's first reading: its actors, and the whole reading when it is kept for the second
     * ({@link #KEPT_READINGS}), or the reading in arrays ({@link #KEPT_TOKENS}).
     */
    record FirstReading(List<ActorMention> actors, Optional<AnalysedSentence> kept, Optional<CompactReading> compact) {

        /**
         * The first reading of the document's {@code k}th dated sentence: kept whole for the first readings the budget
         * keeps, past them in arrays while its tokens last, then its actors alone, the heap holding no more tokens than that.
         */
        static FirstReading of(AnalysedSentence s, int k, Budget budget) {
            if (k < budget.keptReadings()) {
                return new FirstReading(s.actors(), Optional.of(s), Optional.empty());
            }
            if (budget.tokensLeft().addAndGet(-s.tokens().size()) >= 0) {
                return new FirstReading(s.actors(), Optional.empty(), Optional.of(CompactReading.of(s, budget.baseForms())));
            }
            return new FirstReading(s.actors(), Optional.empty(), Optional.empty());
        }

        /** The reading for the second pass: the one kept, whole or in arrays, else {@code readAgain}'s. */
        AnalysedSentence reading(String text, TextSpan sentence, Supplier<AnalysedSentence> readAgain) {
            if (kept.isPresent()) {
                return kept.get();
            }
            return compact.isPresent() ? compact.get().in(sentence.of(text), sentence.start()) : readAgain.get();
        }
    }

    /**
     * What one dated sentence gives: its reports, every actor it names and its anaphors, with document spans, and
     * where it says its subjects.
     */
    private record SentenceReports(TextSpan sentence, List<Report> reports, List<ActorMention> actors, List<Anaphor> anaphors,
                                   DoerOfTheSentenceBefore.Subjects subjects) {
    }

    private SentenceReports read(DocumentInput input, RelatedLists lists, List<Integer> wraps, AnalysedSentence s, Sentence sentence,
                                 List<DateMention> found) {
        AnalyzedDocument doc = input.document();
        int offset = sentence.span().start();
        // loops, not streams, at every dated sentence: with the app's inlining (decision 0021) a stream costs far more
        List<ActorMention> actors = new ArrayList<>(s.actors().size());
        for (ActorMention a : s.actors()) {
            actors.add(a.shift(offset));
        }
        SentenceDates sentenceDates = SentenceDates.of(doc.text(), doc.date().date(), s, found);
        List<DateMention> kept = sentenceDates.kept();
        List<DateMention> mentions = sentenceDates.mentions();
        List<TextSpan> dates = new ArrayList<>(mentions.size());
        for (DateMention m : mentions) {
            dates.add(m.span().shift(-offset));
        }
        List<TextSpan> clauses = ClauseSplitter.clauses(s, dates);
        boolean hasVerb = false;
        for (int t = 0; t < s.tokens().size() && !hasVerb; t++) {
            hasVerb = s.tokens().get(t).partOfSpeech().startsWith("動詞");
        }
        Paragraph paragraph = paragraph(doc, sentence.paragraphNumber());
        List<TextSpan> unsaid = sentenceDates.unsaid(offset);
        List<Report> reports = new ArrayList<>(dates.size());
        for (int k = 0; k < dates.size(); k++) {
            DateMention mention = mentions.get(k);
            Report report = report(input, lists, wraps, s, sentence, paragraph, mention, clauses.get(k), hasVerb, unsaid, mentions,
                    dates);
            if (kept.contains(mention) || ConsecutiveDays.lastsBoth(report.headWords(), report.category())) {
                reports.add(report);
                continue;
            }
            // a launch or an arrest on each of two days is two happenings: each day its own report
            // (read among the days as written: the joined range would read as a period to the background rules)
            List<TextSpan> keptDates = new ArrayList<>(kept.size());
            for (DateMention m : kept) {
                keptDates.add(m.span().shift(-offset));
            }
            for (DateMention day : ConsecutiveDays.daysOf(mention, kept)) {
                reports.add(report(input, lists, wraps, s, sentence, paragraph, day, clauses.get(k), hasVerb, unsaid, kept,
                        keptDates));
            }
        }
        List<Anaphor> anaphors = new ArrayList<>(s.anaphors().size());
        for (Anaphor a : s.anaphors()) {
            anaphors.add(a.shift(offset));
        }
        return new SentenceReports(sentence.span(), reports, actors, anaphors,
                DoerOfTheSentenceBefore.Subjects.of(s, gazetteer));
    }

    /** A sentence tokenised, with its actors and anaphors. */
    private AnalysedSentence analysed(AnalyzedDocument doc, List<Token> documentTokens, List<Integer> wraps, Sentence sentence) {
        int offset = sentence.span().start();
        String sentenceText = sentence.span().of(doc.text());
        // ス⏎ナク氏: a word a page's width cut is read whole, in both ways of reading (tokens made here or at import)
        List<Integer> cut = breaksIn(wraps, sentence.span());
        return !cut.isEmpty() ? AnalysedSentence.ofWrapped(sentenceText, offset, actorFinder, cut)
                : documentTokens == null ? AnalysedSentence.of(sentenceText, offset, actorFinder)
                : AnalysedSentence.of(sentenceText, offset, actorFinder, tokensIn(documentTokens, sentence.span()));
    }

    /**
     * The report of a sentence without a date of its own that tells a deed done on the day the
     * sentence before told ({@link DayOfTheSentenceBefore}): its spans its own (the whole sentence its
     * clause), its label, category and actors read from it as an added clause's are; its date and
     * expression the antecedent's: a span in the sentence before, or in the article's lead for quoted words
     * ({@link DayOfTheLead}). Empty when its last predicate tells no deed done, or the same deed as the
     * antecedent's, unless {@link CarriedDeedKinds#makesAReport} keeps it (words quoted and said that day), and empty
     * when that refuses it.
     */
    private Optional<SentenceReports> carried(DocumentInput input, List<Token> documentTokens, List<Integer> wraps,
                                              NamesSaidAgain names, DayOfTheSentenceBefore.Carried c) {
        AnalysedSentence s = analysed(input.document(), documentTokens, wraps, c.sentence()).withNamesSaidAgain(names, actorFinder);
        // words told as they stand (認めている, 話している): the words, not a deed done, make it one
        if (!c.asItStands() && !DayOfTheSentenceBefore.toldAsDone(s)) {
            return Optional.empty();
        }
        int offset = s.offset();
        // an answer told as hearsay (認めているという) is labelled by what was answered, という left out
        TextSpan clause = new TextSpan(0, c.asItStands() ? AnswersToThePolice.answeredUpTo(s.text()) : s.text().length());
        Label label = undatedLabel(s, clause, List.of());
        if (label.predicate().isEmpty() || c.antecedent().headWords().contains(label.predicate())) {
            return Optional.empty();
        }
        TextSpan anchor = undatedAnchor(s, clause);
        String object = objectOf(s, clause, anchor, label);
        List<String> heads = happeningWords(label, object, s.text());
        // the happening said in other words too (意見を交わした is an 意見交換): its kind decides whether it is the antecedent's
        // words told as they stand, a suspect's answer to the police (「…」と容疑を認めている) among them, are a statement, as
        // the writers of sets five, seven, twelve and fifteen file all five answers (decision 0029's addendum of session
        // 40), not the case's step 容疑 names
        EventCategory category = c.asItStands() ? EventCategory.STATEMENT : CategoryRules.categorise(label.predicate(), label.text(), heads,
                CategoryRules.governedWords(s.tokens(), clause, anchor, label.predicate()));
        // a detail of the day's happening or that happening told further is none of its own; words said are (CarriedDeedKinds)
        CarriedDeedKinds.Told told = new CarriedDeedKinds.Told(s.text(), category, label.predicate(),
                speaker(label.subject(), s.actors(), s.text().indexOf('「'), s.text()));
        Report antecedent = c.antecedent();
        String sentenceBefore = antecedent.source().sentence().of(input.document().text());
        String speakerBefore = speaker(antecedent.subject(), antecedent.actors(), -1, sentenceBefore);
        if (!c.asItStands() && !CarriedDeedKinds.makesAReport(told, new CarriedDeedKinds.Antecedent(antecedent.category(), speakerBefore,
                c.theLead(), c.datesAhead(), sentenceBefore))) {
            return Optional.empty();
        }
        EventSource before = c.antecedent().source();
        EventSource source = new EventSource(input.documentKey(), input.storedId(),
                EventIds.sourceId(input.documentKey(), c.sentence().span(), before.expression()),
                c.sentence().paragraphNumber(), c.sentence().span(), clause.shift(offset), before.expression(),
                before.expressionText(), "");
        List<ActorMention> actors = s.actors().stream().map(a -> a.shift(offset)).toList();
        Report report = new Report(source, TimeValue.day(c.antecedent().time().start()),
                label.named(textBefore(input, c.sentence()), actorFinder), category, actors,
                shift(label.subject(), offset), shift(label.place(), offset),
                heads, contentWords(s, clause, anchor), object);
        return Optional.of(new SentenceReports(c.sentence().span(), List.of(report), actors,
                s.anaphors().stream().map(a -> a.shift(offset)).toList(), DoerOfTheSentenceBefore.Subjects.of(s, gazetteer)));
    }

    /**
     * Who a sentence says spoke: its subject, else the first actor it names before {@code quote} (the first quote's
     * index, sentence-relative as the actors are; -1 for anywhere), by its surface; else the topic it opens with, a
     * title the actors do not name ({@code 首相は}, {@link CarriedDeedKinds#topic}); empty when it names none.
     */
    private static String speaker(Optional<ActorMention> subject, List<ActorMention> actors, int quote, String sentence) {
        return subject.or(() -> actors.stream().filter(a -> quote < 0 || a.span().start() < quote).findFirst())
                .map(ActorMention::surface).orElseGet(() -> CarriedDeedKinds.topic(sentence));
    }

    /**
     * 一昨年6月に特急が脱線した事故で、運輸安全委員会は24日、報告書を公表した: an actor written as the topic right
     * before a later date of its sentence (は or が, perhaps a comma, then the date) is that date's doer, not
     * the earlier date's, though both dates share one clause (no verb and comma between them to split it).
     * The report of 24日 keeps it; a topic before the report's own date (運輸安全委員会は13日) always does.
     *
     * @param text the sentence's text; {@code actor} is sentence-relative, {@code dates} document-relative
     */
    private static boolean topicOfALaterDate(String text, ActorMention actor, DateMention mention, List<DateMention> dates,
                                             int offset) {
        int after = actor.span().end();
        if (after >= text.length() || "はが".indexOf(text.charAt(after)) < 0) {
            return false;
        }
        int next = after + 1;
        if (next < text.length() && text.charAt(next) == '、') {
            next++;
        }
        for (DateMention d : dates) {
            if (d.span().start() - offset == next && d.span().start() > mention.span().start()) {
                return true;
            }
        }
        return false;
    }

    /** The page's line breaks inside a sentence, as indices in it (binary search: a wrapped file has a break a line). */
    private static List<Integer> breaksIn(List<Integer> wraps, TextSpan sentence) {
        int at = Collections.binarySearch(wraps, sentence.start() + 1);
        List<Integer> inside = new ArrayList<>();
        for (int i = at >= 0 ? at : -at - 1; i < wraps.size() && wraps.get(i) < sentence.end(); i++) {
            inside.add(wraps.get(i) - sentence.start());
        }
        return inside;
    }

    /** The tokens inside a span, shifted to start from it (binary search: documents can be long). */
    private static List<Token> tokensIn(List<Token> documentTokens, TextSpan span) {
        int lo = InTextOrder.firstStartingFrom(documentTokens, Token::span, span.start());
        List<Token> out = new ArrayList<>();
        for (int i = lo; i < documentTokens.size() && documentTokens.get(i).span().end() <= span.end(); i++) {
            Token t = documentTokens.get(i);
            out.add(t.shift(-span.start()));
        }
        return out;
    }

    private Report report(DocumentInput input, RelatedLists lists, List<Integer> wraps, AnalysedSentence s, Sentence sentence,
                          Paragraph paragraph,
                          DateMention mention, TextSpan clause, boolean hasVerb, List<TextSpan> unsaid,
                          List<DateMention> sentenceDates, List<TextSpan> datesInSentence) {
        int offset = s.offset();
        Label label = labels.build(s, clause, mention.span().shift(-offset), unsaid);
        TextSpan docClause = clause.shift(offset);
        List<String> words = contentWords(s, clause, mention.span().shift(-offset));
        String object = objectOf(s, clause, mention.span().shift(-offset), label);
        List<String> heads = happeningWords(label, object, clause.of(s.text()));
        String day = dayNamedBefore(s, mention.span().shift(-offset));
        if (!day.isEmpty() && !heads.contains(day)) {
            heads = new ArrayList<>(heads);
            heads.add(day);
        }
        // 6日に召集される臨時国会で所信表明演説を行う: the convening's category, not the speech's
        EventCategory category = label.datedDeed().isEmpty()
                ? DatedClauseCategory.categorise(label, s, clause, mention.span().shift(-offset), datesInSentence)
                : CategoryRules.categorise(label.datedDeed(), label.text(), label.headWords(),
                        datedPhraseWords(s, clause, mention.span().shift(-offset)));
        String background = BackgroundRules.reason(input.document(), lists, wraps, paragraph, s, docClause,
                mention, sentenceDates, hasVerb);
        EventSource source = new EventSource(input.documentKey(), input.storedId(),
                EventIds.sourceId(input.documentKey(), sentence.span(), mention.span()),
                sentence.paragraphNumber(), sentence.span(), docClause, mention.span(), mention.text(), background);
        // 山本社長は3日に会見を開き、6日付で辞任した: the later clause's doer is the topic before it, as its label says
        List<ActorMention> actors = new ArrayList<>();
        for (ActorMention a : s.actors()) {
            if (clause.contains(a.span()) && !topicOfALaterDate(s.text(), a, mention, sentenceDates, offset)
                    || label.subject().filter(a::equals).isPresent()) {
                actors.add(a.shift(offset));
            }
        }
        return new Report(source, mention.value().orElseThrow(), label.named(textBefore(input, sentence), actorFinder), category, actors,
                shift(label.subject(), offset), shift(label.place(), offset), heads, words, object);
    }

    /**
     * The document's reports with the clauses the analyst added as reports (decision 0020), each
     * read as a dated clause is (its actors, place, category and words; the machine's label unless
     * the analyst wrote one) and dated by the analyst, in reading order among the others; the
     * actors of a sentence no date made a report of join the document's. A clause outside every
     * sentence of the text (never stored so) is left out.
     *
     * <p>{@code 政府は声明を発表した。} added on 2022-01-10 → a report 2022-01-10, 政府が声明を発表,
     * STATEMENT, actors [政府], with an empty expression at the clause's start.
     */
    public DocumentReports withAdded(DocumentInput input, DocumentReports read, List<AddedReport> added) {
        if (added.isEmpty()) {
            return read;
        }
        List<Report> reports = new ArrayList<>(read.reports());
        List<ActorMention> actors = new ArrayList<>(read.actors());
        Set<TextSpan> sentencesRead = new LinkedHashSet<>();
        read.reports().forEach(r -> sentencesRead.add(r.source().sentence()));
        NamesSaidAgain names = NamesSaidAgain.of(read.actors(), gazetteer);
        for (AddedReport a : added) {
            Optional<Sentence> sentence = sentenceOf(input.document(), a.clause());
            if (sentence.isEmpty()) {
                continue;
            }
            AnalysedSentence s = AnalysedSentence.of(sentence.get().span().of(input.document().text()),
                    sentence.get().span().start(), actorFinder).withNamesSaidAgain(names, actorFinder);
            boolean unread = sentencesRead.add(sentence.get().span());
            List<ActorMention> links = anaphorLinks(input.document().text(), s, read.actors(), unread);
            Report report = added(input, s, sentence.get(), a);
            report = links.isEmpty() ? report : AnaphorLinks.withLinks(report, links, gazetteer);
            int place = readingPlace(reports, report);
            reports.add(place, report);
            report = linkedAsRead(input.document(), reports, place, actors);
            reports.set(place, report);
            report = DoerOfTheSentenceBefore.withDoer(input.document().sentences(), reports, place,
                    subjectsAsRead(input, read, names, sentence.get(), s), read.actors());
            report = FigureOwners.withOwner(report, read.actors(), input.document().sentences());
            // the analyst's own words stay as written: only the machine's label names what the reading found
            reports.set(place, a.label().isEmpty() ? report : report.withLabel(a.label()));
            if (unread) {
                s.actors().forEach(m -> actors.add(m.shift(s.offset())));
                actors.addAll(links);
            }
        }
        actors.sort((x, y) -> x.span().compareTo(y.span()));
        return new DocumentReports(read.documentKey(), reports, actors);
    }

    /**
     * The report at {@code place} with the actors the reading links to reports it reads
     * ({@link NextOccasions}, {@link FigureOwners}, {@link OfficersCompanies}, {@link Repeats}) and the doers the sentences
     * before named ({@link DoersNamedBefore}), found among the document's
     * reports as {@link #extract} finds them; the other reports are as they were.
     */
    private static Report linkedAsRead(AnalyzedDocument doc, List<Report> reports, int place, List<ActorMention> actors) {
        String text = doc.text();
        List<ActorMention> scratch = new ArrayList<>(actors);
        List<Report> linked = NextOccasions.withHolders(text, doc.sentences(), reports, scratch);
        linked = FigureOwners.withOwners(text, linked, scratch);
        linked = OfficersCompanies.withCompanies(text, linked, scratch);
        linked = Repeats.withDoers(text, linked, scratch);
        return DoersNamedBefore.withDoers(text, doc.sentences(), linked).get(place);
    }

    /**
     * Where each sentence the reading read says its subjects, as {@link #extract} finds them for {@link
     * DoerOfTheSentenceBefore}: the added clause's sentence from its analysis, another only when a report of the
     * reading is read from it (a sentence the reading passed over says nothing), analysed when asked.
     */
    private Function<Sentence, Optional<DoerOfTheSentenceBefore.Subjects>> subjectsAsRead(DocumentInput input, DocumentReports read,
                                                                                         NamesSaidAgain names, Sentence added,
                                                                                         AnalysedSentence s) {
        Set<TextSpan> sentencesRead = new HashSet<>();
        read.reports().forEach(r -> sentencesRead.add(r.source().sentence()));
        String text = input.document().text();
        return sentence -> sentence.equals(added) ? Optional.of(DoerOfTheSentenceBefore.Subjects.of(s, gazetteer))
                : sentencesRead.contains(sentence.span())
                ? Optional.of(DoerOfTheSentenceBefore.Subjects.of(AnalysedSentence.of(sentence.span().of(text), sentence.span().start(), actorFinder)
                        .withNamesSaidAgain(names, actorFinder), gazetteer))
                : Optional.empty();
    }

    /**
     * What the anaphors of an added clause's sentence stand for, as the machine's reading of the
     * document links them (同社 → 東芝), so that the clause reads as the same clause read by the
     * machine: the links the reading found at them, or, in a sentence it did not read (no date),
     * those found now among the actors the document names.
     *
     * @param documentActors the document's actors and links as read, document spans, in text order
     */
    private static List<ActorMention> anaphorLinks(String text, AnalysedSentence s, List<ActorMention> documentActors,
                                                   boolean unread) {
        List<Anaphor> anaphors = s.anaphors().stream().map(a -> a.shift(s.offset())).toList();
        if (anaphors.isEmpty()) {
            return List.of();
        }
        if (unread) {
            return Coreference.resolve(text, documentActors, anaphors);
        }
        Set<TextSpan> at = new LinkedHashSet<>();
        anaphors.forEach(a -> at.add(a.span()));
        return documentActors.stream().filter(m -> at.contains(m.span())).toList();
    }

    /**
     * How the clause of an added report reads among the document's others ({@link #withAdded}),
     * the same as the machine reads that clause; empty when it lies in no sentence of the text.
     */
    public Optional<Report> readAdded(DocumentInput input, AddedReport added) {
        if (sentenceOf(input.document(), added.clause()).isEmpty()) {
            return Optional.empty();
        }
        return withAdded(input, extract(input), List.of(added)).reports().stream()
                .filter(r -> r.source().sourceId().equals(added.sourceId())).findFirst();
    }

    /**
     * The date the machine would read a clause by (its first date, kept by the rules a dated
     * sentence's dates are: resolved, no durations, a day before a vaguer one, none written onto a
     * noun while another is left), else its sentence's first; empty when the sentence has none or
     * the clause lies in no sentence. What a clause added as a report is proposed to be dated.
     *
     * <p>「トカエフ大統領は5日に非常事態を宣言し、10日に解除を発表した。」, the clause 「10日に解除を発表した」 → 10日.
     */
    public Optional<TimeValue> proposedDate(DocumentInput input, TextSpan clause) {
        Optional<Sentence> sentence = sentenceOf(input.document(), clause);
        if (sentence.isEmpty()) {
            return Optional.empty();
        }
        AnalysedSentence s = AnalysedSentence.of(sentence.get().span().of(input.document().text()),
                sentence.get().span().start(), actorFinder);
        List<DateMention> dates = sentenceDates(input, s, sentence.get()).mentions();
        return dates.stream().filter(m -> clause.contains(m.span())).findFirst().or(() -> dates.stream().findFirst())
                .flatMap(DateMention::value);
    }

    /** The dates of one sentence as {@link #extract} reads them. */
    private static SentenceDates sentenceDates(DocumentInput input, AnalysedSentence s, Sentence sentence) {
        List<DateMention> mentions = input.mentions().stream().filter(m -> sentence.span().contains(m.span())).toList();
        return SentenceDates.of(input.document().text(), input.document().date().date(), s,
                datesBySentence(input.document(), mentions).getOrDefault(sentence, List.of()));
    }

    /**
     * The dates of one sentence: those that make reports, in text order ({@code mentions}: two days in a
     * row of one lasting happening joined, {@link ConsecutiveDays}), the same before that joining
     * ({@code kept}), and those that tell one of them again, in another time zone (10日（日本時間11日）)
     * or as a gloss (上半期（4～9月）).
     */
    private record SentenceDates(List<DateMention> mentions, List<DateMention> kept, List<DateMention> unsaidToo) {

        /** @param written the article's day; null when it has none */
        static SentenceDates of(String documentText, LocalDate written, AnalysedSentence s, List<DateMention> found) {
            List<DateMention> otherZones = inOtherTimeZones(documentText, found);
            List<DateMention> dated = withoutDatesOnNouns(s, withoutThese(found, otherZones), written);
            List<DateMention> kept = GlossedDates.read(documentText, dated);
            List<DateMention> unsaidToo = new ArrayList<>(otherZones);
            dated.stream().filter(m -> kept.stream().noneMatch(k -> k.span().equals(m.span()))).forEach(unsaidToo::add);
            return new SentenceDates(ConsecutiveDays.joined(documentText, kept), kept, unsaidToo);
        }

        /**
         * The dates no label says, sentence-relative: every one of them, those told again in another zone
         * (10日（日本時間11日）) or as a gloss (上半期（4～9月）) included.
         */
        List<TextSpan> unsaid(int sentenceOffset) {
            List<TextSpan> unsaid = new ArrayList<>(mentions.size() + unsaidToo.size());
            mentions.forEach(m -> unsaid.add(PeriodsSince.unsaidPart(m).shift(-sentenceOffset)));
            unsaidToo.forEach(m -> unsaid.add(m.span().shift(-sentenceOffset)));
            return unsaid;
        }
    }

    private Report added(DocumentInput input, AnalysedSentence s, Sentence sentence, AddedReport a) {
        int offset = s.offset();
        TextSpan clause = a.clause().shift(-offset);
        TextSpan noDate = new TextSpan(clause.start(), clause.start());
        SentenceDates dates = sentenceDates(input, s, sentence);
        // a date the clause writes (one the analyst dated otherwise, or one that made no report) is read as one,
        // the one of the analyst's date first (説明会を4日に開くと金曜日に発表した dated the 4th is the meeting)
        List<DateMention> inClause = dates.mentions().stream().filter(m -> a.clause().contains(m.span())).toList();
        Optional<TextSpan> written = inClause.stream().filter(m -> m.value().filter(a.time()::equals).isPresent()).findFirst()
                .or(() -> inClause.stream().findFirst()).map(m -> m.span().shift(-offset));
        // the sentence's other dates as the machine's reading has them, so that the same clause reads the same
        List<TextSpan> unsaid = dates.unsaid(offset);
        Label label = written.isPresent() ? labels.build(s, clause, written.get(), unsaid) : undatedLabel(s, clause, unsaid);
        TextSpan anchor = written.orElse(noDate);
        List<String> words = contentWords(s, clause, anchor);
        String object = objectOf(s, clause, anchor, label);
        List<String> heads = happeningWords(label, object, clause.of(s.text()));
        // words said with a quotation (「…」と県に要望した) as the dated clause reads them (QuotedWords)
        EventCategory category = QuotedWords.orWordsSaid(CategoryRules.categorise(label.predicate(), label.text(),
                        label.headWords(), CategoryRules.governedWords(s.tokens(), clause, anchor, label.predicate())),
                s.tokens(), s.text(), clause, anchor, label.predicate());
        EventSource source = new EventSource(input.documentKey(), input.storedId(), a.sourceId(), sentence.paragraphNumber(),
                sentence.span(), a.clause(), noDate.shift(offset), "", "");
        List<ActorMention> actors = s.actors().stream()
                .filter(m -> clause.contains(m.span()))
                .map(m -> m.shift(offset)).toList();
        // a clause the rules read nothing of (a piece of a word) is labelled with its own text
        String machine = label.text().isBlank() ? headline(a.clause().of(input.document().text()))
                : label.named(textBefore(input, sentence), actorFinder);
        return new Report(source, a.time(), a.label().isEmpty() ? machine : a.label(), category, actors,
                shift(label.subject(), offset), shift(label.place(), offset), heads, words, object);
    }

    /** The document's text before a sentence, as far back as {@link NamedBefore} reads. */
    private static String textBefore(DocumentInput input, Sentence sentence) {
        return input.document().text().substring(NamedBefore.windowStart(input.document().sentences(), sentence.span()),
                sentence.span().start());
    }

    /** A clause's text as a label: without its full stop, at most a label's length in characters (code points). */
    private static String headline(String clause) {
        String text = clause.strip().replaceAll("[。．.]+$", "");
        return text.codePointCount(0, text.length()) <= Label.MAX_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, Label.MAX_LENGTH - 1)) + "…";
    }

    /**
     * A clause with no date read as if it had one where news puts it ({@link #undatedAnchor}); when
     * that finds no predicate and reading from the clause's start does, the latter
     * (国防次官は「…」と強調しました → カザフスタンの国防次官が強調, not the quote).
     */
    private Label undatedLabel(AnalysedSentence s, TextSpan clause, List<TextSpan> sentenceDates) {
        Label anchored = labels.build(s, clause, undatedAnchor(s, clause), sentenceDates);
        if (!anchored.predicate().isEmpty()) {
            return anchored;
        }
        Label fromStart = labels.build(s, clause, new TextSpan(clause.start(), clause.start()), sentenceDates);
        return fromStart.predicate().isEmpty() ? anchored : fromStart;
    }

    /**
     * Where a clause with no date would say one, for reading its label as a dated clause's: after
     * its topic (the first は outside quotes: 国防次官は｜「…」と強調), else after its last subject
     * (ロシアが主導する…部隊が、｜各地の重要施設を管理下に置いた), else at its start. A comma after
     * the particle stays before the place, as after a date.
     */
    static TextSpan undatedAnchor(AnalysedSentence s, TextSpan clause) {
        int topic = -1;
        int subject = -1;
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!clause.contains(t.span()) || s.isQuoted(t) || !t.partOfSpeech().startsWith("助詞")) {
                continue;
            }
            if (t.surface().equals("は") && topic < 0) {
                topic = i;
            } else if (t.surface().equals("が") && t.partOfSpeech().startsWith("助詞-格助詞")) {
                subject = i;
            }
        }
        int particle = topic >= 0 ? topic : subject;
        if (particle < 0) {
            return new TextSpan(clause.start(), clause.start());
        }
        int at = tokens.get(particle).span().end();
        if (at < s.text().length() && s.text().charAt(at) == '、') {
            at++;
        }
        return new TextSpan(at, at);
    }

    /**
     * Two lists of reports in reading order made one, in one pass: a file of many posts has thousands of
     * each, which inserting one by one would make quadratic.
     */
    private static List<Report> inReadingOrder(List<Report> reports, List<Report> more) {
        more.sort((x, y) -> after(x.source(), y.source()) ? 1 : after(y.source(), x.source()) ? -1 : 0);
        List<Report> all = new ArrayList<>(reports.size() + more.size());
        int i = 0;
        for (Report r : more) {
            while (i < reports.size() && !after(reports.get(i).source(), r.source())) {
                all.add(reports.get(i++));
            }
            all.add(r);
        }
        all.addAll(reports.subList(i, reports.size()));
        return all;
    }

    /** Where a report goes among reports in reading order: after those of its sentence and expression or before. */
    private static int readingPlace(List<Report> reports, Report report) {
        int at = reports.size();
        while (at > 0 && after(reports.get(at - 1).source(), report.source())) {
            at--;
        }
        return at;
    }

    private static boolean after(EventSource a, EventSource b) {
        return a.sentence().start() != b.sentence().start() ? a.sentence().start() > b.sentence().start()
                : a.expression().start() > b.expression().start();
    }

    private static Optional<ActorMention> shift(Optional<ActorMention> m, int offset) {
        return m.map(a -> a.shift(offset));
    }

    /** A line break and the spaces around it. */
    private static final Pattern WRAPPED_BREAK = Pattern.compile("\\s*[\\r\\n]+\\s*");

    /**
     * What the labelled deed is done to: the noun right before the clause's last を outside quotes
     * (男を起訴した → 男, 元社長を…の罪で起訴した → 社長, 容疑者を起訴した → 容疑者, 侵攻を開始し → 侵攻), or before the
     * reading in brackets it is followed by ({@link ParenthesisedReading}: 株式公開買い付け（TOB）を開始 → 買い付け), by base form, when the
     * label says it with its を; "" otherwise. In 17日の通常国会召集に向け、法案の準備を進めた the date
     * dates the convening, and 準備 is not what was convened.
     */
    static String objectOf(AnalysedSentence s, TextSpan clause, TextSpan date, Label label) {
        List<Token> tokens = s.tokens();
        for (int i = tokens.size() - 1; i > 0; i--) {
            Token t = tokens.get(i);
            if (!clause.contains(t.span()) || s.isQuoted(t) || !t.surface().equals("を")
                    || !t.partOfSpeech().startsWith("助詞-格助詞")) {
                continue;
            }
            int n = ParenthesisedReading.before(s, clause, i);
            if (n < 1) {
                return "";
            }
            Token noun = tokens.get(n - 1);
            boolean usable = clause.contains(noun.span()) && !noun.span().overlaps(date) && Morphemes.isNounLike(noun)
                    && !noun.partOfSpeech().startsWith("名詞-数");
            if (!usable) {
                return "";
            }
            // a suffix is said with its noun: 容疑者 (容疑 + 者), not 者, which every person noun would end in
            String word = noun.partOfSpeech().startsWith("名詞-接尾") && n >= 2 && clause.contains(tokens.get(n - 2).span())
                    && tokens.get(n - 2).span().end() == noun.span().start() && Morphemes.isNounLike(tokens.get(n - 2))
                    ? tokens.get(n - 2).surface() + noun.surface() : noun.baseForm();
            // a line break a page wrapped inside the phrase (男⏎を, 条約⏎(CTBT)を) is no part of what the label says
            String reading = WRAPPED_BREAK.matcher(s.text().substring(noun.span().end(), t.span().start())).replaceAll("");
            return label.text().contains(word + reading + "を") ? word : "";
        }
        return "";
    }

    /**
     * The words naming the happening: the label's head words, the object of a deed too generic to
     * name it on its own (侵攻を開始した, 記者会見を開いた: what was begun or held is what happened), or what
     * such a deed is said of when it has no object nor doer ({@link #heldThing}: 開会式が行われ), what was
     * attended ({@link #attendedThing}: 就任式に臨み), and the nouns of what the clause tells in other words ({@link Paraphrases}: 火を付けた → 放火).
     * Each as one word where the clipping wraps inside it (開 and 館 on two lines: 開館), as the label is.
     */
    private static List<String> happeningWords(Label label, String object, String clauseText) {
        List<String> heads = new ArrayList<>(label.headWords().size() + 1);
        for (String word : label.headWords()) {
            // a clipping wrapped inside the word (開\n館) names the happening its label names (開館)
            String h = Label.unbroken(word);
            if (!heads.contains(h)) {
                heads.add(h);
            }
        }
        if (!object.isEmpty() && Morphemes.GENERIC_NOUNS.contains(label.predicate()) && !heads.contains(object)
                && !Morphemes.GENERIC_NOUNS.contains(object)) {
            heads.add(object);
        }
        String held = heldThing(label, object);
        if (!held.isEmpty() && !heads.contains(held)) {
            heads.add(held);
        }
        String attended = attendedThing(label.text());
        if (!attended.isEmpty() && !heads.contains(attended)) {
            heads.add(attended);
        }
        String intended = object.isEmpty() || !Morphemes.GENERIC_NOUNS.contains(object) ? "" : deedOfGenericObject(label.text(), object);
        if (!intended.isEmpty() && !heads.contains(intended)) {
            heads.add(intended);
        }
        for (String happening : Paraphrases.happeningsIn(clauseText)) {
            if (!heads.contains(happening)) {
                heads.add(happening);
            }
        }
        return heads;
    }

    /** The noun right before the label's first が: what its deed is said of (開会式 of 東京大会の開会式が…で実施). */
    private static final Pattern SAID_OF = Pattern.compile("([\\p{IsHan}\\p{IsKatakana}ー]{2,})が");

    /**
     * What a deed too generic to name the happening (実施, 開催, 開始, 終了: {@link Morphemes#GENERIC_NOUNS}) is said
     * of, when it is done to nothing and by no actor: the thing held, begun or ended is what happened, as the
     * thing a generic deed is done to is (記者会見を開いた). 東京大会は23日夜、国立競技場で開会式が行われ (label 東京大会の
     * 開会式が国立競技場で実施) → 開会式, the word 開会式は午後8時に始まり names; 決選投票が行われ → 決選投票;
     * else "". Not a doer (政府が…実施: the label's subject, an actor), nor a person noun, a participant
     * (首相が) or a generic noun (政府). Known weakness: the label's first が only; a label whose が phrase is a
     * relative clause's (…が主催する式典が開かれ) names the relative clause's noun before it.
     */
    static String heldThing(Label label, String object) {
        if (!object.isEmpty() || label.subject().isPresent() || !Morphemes.GENERIC_NOUNS.contains(label.predicate())) {
            return "";
        }
        return happeningNoun(SAID_OF.matcher(label.text()));
    }

    /** The deeds of taking part a label may end in. */
    private static final List<String> TAKING_PART = List.of("臨む", "臨まれる", "出席", "参列", "参加");

    /** A noun and に right before a deed of taking part that ends a label (就任式に臨む, 式典に出席). */
    private static final Pattern ATTENDED = Pattern.compile("([\\p{IsHan}\\p{IsKatakana}ー]{2,})に(?:"
            + String.join("|", TAKING_PART) + ")へ?$");

    /**
     * What a label's deed of taking part (臨む, 出席, 参列, 参加) takes part in: the happening the doer was at,
     * which a report of the happening itself names (頼氏は20日、総統府で就任式に臨み → 就任式, as 就任式は20日に行われる
     * names it), else "". Not a person noun, a participant or a generic noun. Known weakness: a noun phrase with の (即位後朝見の儀に臨まれる) gives only its last word, and one word
     * of a single kanji (儀) names none.
     */
    static String attendedThing(String label) {
        // most labels end in no deed of taking part: the pattern is tried on those that do
        String deed = label.endsWith("へ") ? label.substring(0, label.length() - 1) : label;
        if (TAKING_PART.stream().noneMatch(deed::endsWith)) {
            return "";
        }
        return happeningNoun(ATTENDED.matcher(label));
    }

    /**
     * The noun a matcher's first group finds, when it may name a happening: not a person noun (男性), a
     * participant (首相) or a generic noun (政府, 開催); else "".
     */
    private static String happeningNoun(Matcher m) {
        if (!m.find()) {
            return "";
        }
        String noun = m.group(1);
        return Morphemes.PERSON_NOUNS.contains(noun) || Morphemes.GENERIC_NOUNS.contains(noun)
                || Morphemes.isParticipant(noun, Gazetteer.shared()) ? "" : noun;
    }

    /** The ends of nouns that name a day: 上告期限, 投開票日, 最終日, 締め切り. */
    private static final List<String> DAY_NOUNS = List.of("期限", "期日", "締め切り", "締切", "日");

    /**
     * The name of the day a date is said to be, written before it with の (上告期限の28日までに, 投開票日の10日): the
     * day is that happening whatever the clause then tells of it (国は上告期限の28日までに上告しなかった is the
     * deadline 上告期限は28日で told again), so the name is a word naming the happening; "" when none.
     */
    static String dayNamedBefore(AnalysedSentence s, TextSpan date) {
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).span().end() <= date.start()) {
            i++;
        }
        int of = i - 1;
        if (of < 1 || !tokens.get(of).surface().equals("の") || !tokens.get(of).partOfSpeech().startsWith("助詞-連体化")
                || tokens.get(of).span().end() != date.start()) {
            return "";
        }
        int start = of;
        // a word of time (前日, 金曜日: 名詞-副詞可能) is a date of its own, no name of the day
        while (start > 0 && Morphemes.isNounLike(tokens.get(start - 1)) && !tokens.get(start - 1).partOfSpeech().startsWith("名詞-数")
                && !tokens.get(start - 1).partOfSpeech().startsWith("名詞-副詞可能") && !s.isQuoted(tokens.get(start - 1))) {
            start--;
        }
        if (start == of) {
            return "";
        }
        String name = s.text().substring(tokens.get(start).span().start(), tokens.get(of - 1).span().end());
        return name.length() > 1 && DAY_NOUNS.stream().anyMatch(name::endsWith) ? name : "";
    }

    /** A sahen noun and する said before a generic object and its を in a label: 上告 in 上告しない方針を表明. */
    private static final Pattern SAHEN_BEFORE = Pattern.compile(
            "([\\p{IsHan}\\p{IsKatakana}ー]{2,})(?:する|しない|した|しなかった)$");

    /**
     * The deed a generic object (方針, 考え, 意向: {@link Morphemes#GENERIC_NOUNS}) is of, when the label names it by a
     * sahen noun right before it (上告しない方針を表明, 辞任する意向を公表 → 上告, 辞任), else "": a statement of
     * not appealing is about the appeal, however it is said (上告しないと表明 names 上告 too).
     */
    static String deedOfGenericObject(String label, String object) {
        int at = label.indexOf(object + "を");
        if (at <= 0) {
            return "";
        }
        Matcher m = SAHEN_BEFORE.matcher(label.substring(0, at));
        return m.find() ? m.group(1) : "";
    }

    /**
     * The content words of what a date heading a relative clause dates, from the date to the end of
     * the noun the clause modifies: 2011年1月2日に行われた日本の大統領選挙では → 行う, 日本, 大統領, 選挙;
     * 6日に召集される臨時国会で → 召集, 臨時, 国会 (not the speech the sentence then tells of).
     */
    private static List<String> datedPhraseWords(AnalysedSentence s, TextSpan clause, TextSpan date) {
        List<Token> tokens = s.tokens();
        int from = 0;
        while (from < tokens.size() && tokens.get(from).span().start() < date.end()) {
            from++;
        }
        if (from < tokens.size() && Morphemes.isParticle(tokens.get(from), "に", "で")) {
            from++;
        }
        int to = from;
        while (to < tokens.size() && clause.contains(tokens.get(to).span())
                && !(tokens.get(to).partOfSpeech().startsWith("助詞") && !Morphemes.isParticle(tokens.get(to), "の"))
                && !tokens.get(to).partOfSpeech().startsWith("記号")) {
            to++;
        }
        if (to == from) {
            return List.of();
        }
        return contentWords(s, new TextSpan(tokens.get(from).span().start(), tokens.get(to - 1).span().end()), date);
    }

    /** Nouns and verbs of the clause by base form, without the date, numbers and empty words. */
    private static List<String> contentWords(AnalysedSentence s, TextSpan clause, TextSpan date) {
        Set<String> words = new LinkedHashSet<>();
        for (Token t : s.tokens()) {
            if (!clause.contains(t.span()) || t.span().overlaps(date)) {
                continue;
            }
            String pos = t.partOfSpeech();
            boolean noun = Morphemes.isNounLike(t) && !pos.startsWith("名詞-数") && !pos.startsWith("接頭詞")
                    && !pos.startsWith("名詞-接尾");
            boolean verb = Morphemes.isVerb(t) && !Morphemes.WEAK_VERBS.contains(t.baseForm());
            if (noun || verb) {
                words.add(t.baseForm());
            }
        }
        return List.copyOf(words);
    }

    private static Map<Sentence, List<DateMention>> datesBySentence(AnalyzedDocument doc, List<DateMention> mentions) {
        List<DateMention> usable = mentions.stream()
                .filter(m -> m.kind() != DateMention.Kind.DURATION && m.isResolved())
                .sorted((a, b) -> a.span().compareTo(b.span()))
                .toList();
        Map<Sentence, List<DateMention>> out = new LinkedHashMap<>();
        for (DateMention m : usable) {
            sentenceOf(doc, m.span()).ifPresent(s -> out.computeIfAbsent(s, k -> new ArrayList<>()).add(m));
        }
        out.replaceAll((s, list) -> PeriodsSince.read(doc.text(), s.span(), doc.date().value(),
                withoutRestatedPeriods(doc.text(), list.stream().anyMatch(m -> m.kind() == DateMention.Kind.DATE)
                        ? list.stream().filter(m -> m.kind() == DateMention.Kind.DATE).toList() : list)));
        return out;
    }

    /** What may stand between a period and the day that says it again: 昨年末には｜2021年12月30日, 先月、｜15日. */
    private static final int RESTATING_GAP = 3;

    /**
     * 昨年末には2021年12月30日に…: a period written just before a day inside it is said again by that
     * day, and makes no report of its own (it made a second event of all of December). So is a day
     * named and then dated with の (大みそかの31日, 先週金曜日の7日): one happening, one report; and
     * so is 即日 after the day it is.
     */
    private static List<DateMention> withoutRestatedPeriods(String text, List<DateMention> dates) {
        if (dates.size() < 2) {
            return dates;
        }
        List<DateMention> kept = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            DateMention m = dates.get(i);
            DateMention next = i + 1 < dates.size() ? dates.get(i + 1) : null;
            boolean restated = next != null && m.value().isPresent() && next.value().isPresent()
                    && next.span().start() - m.span().end() <= RESTATING_GAP
                    && text.substring(m.span().end(), next.span().start()).chars().noneMatch(c -> c == '。' || c == 'と' || c == 'や')
                    && within(next.value().get(), m.value().get())
                    && (!next.value().get().equals(m.value().get()) || text.substring(m.span().end(), next.span().start()).equals("の"));
            if (!restated && next != null && m.value().isPresent() && next.value().isPresent()) {
                restated = startsItAgain(text.substring(m.span().end(), next.span().start()), m.value().get(), next.value().get());
            }
            if (!restated && !sameDayAsADateBefore(m, kept)) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * 即日 (決議案は29日に提出され、即日採決された; 投票は10日で、即日開票される): the day of the deed
     * just told, whose report is the sentence's on that day, not a second one.
     */
    private static boolean sameDayAsADateBefore(DateMention m, List<DateMention> before) {
        return m.text().equals("即日") && m.value().isPresent()
                && before.stream().anyMatch(b -> b.value().equals(m.value()));
    }

    /**
     * A named day told again as the start of what follows: 大みそかの31日夜から1日未明にかけて. The
     * night from the 31st dates the happening; 大みそか names its first day again.
     */
    private static boolean startsItAgain(String gap, TimeValue day, TimeValue next) {
        return gap.equals("の") && day.start().equals(day.end()) && next.start().equals(day.start());
    }

    /**
     * 27日（日本時間28日未明）, 12月1日（同2日）: the date of one happening in another time zone, in
     * brackets right after it, makes no report of its own (it made a second event of one match, a
     * day later); the date written first dates it. Only a date inside such a bracket: in
     * 10日（現地時間）、15日に訪問する the 15th is a date of its own.
     */
    private static List<DateMention> inOtherTimeZones(String text, List<DateMention> dates) {
        List<DateMention> out = new ArrayList<>(0);
        for (int i = 1; i < dates.size(); i++) {
            DateMention m = dates.get(i);
            String gap = text.substring(dates.get(i - 1).span().end(), m.span().start());
            if (ZONE_BRACKET.matcher(gap).matches() && OTHER_TIME_ZONE.matcher(gap + m.text()).lookingAt()
                    && closesSoonAfter(text, m.span().end())) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether a bracket closes soon after, before any comma or full stop: the date was inside it. */
    private static boolean closesSoonAfter(String text, int from) {
        for (int k = from; k < text.length() && k < from + BRACKET_TAIL; k++) {
            char c = text.charAt(k);
            if (c == '）' || c == ')') {
                return true;
            }
            if (c == '、' || c == '。' || c == '（' || c == '(') {
                return false;
            }
        }
        return false;
    }

    private static List<DateMention> withoutThese(List<DateMention> dates, List<DateMention> these) {
        return these.isEmpty() ? dates : dates.stream().filter(m -> !these.contains(m)).toList();
    }

    /** What stands between a date and the same moment told in another zone: （日本時間, （現地時間, （同. */
    private static final Pattern OTHER_TIME_ZONE = Pattern.compile("[（(](日本時間|現地時間|同)");
    /** All that may stand between the two: the bracket opened, and the zone's name. */
    private static final Pattern ZONE_BRACKET = Pattern.compile("[（(](日本時間|現地時間|同)?");
    /** How far after the date the bracket closes at most: 未明, 午前3時ごろ. */
    private static final int BRACKET_TAIL = 12;

    private static boolean within(TimeValue inner, TimeValue outer) {
        return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
    }

    /**
     * 来年度予算案, 2022年版: a date written straight onto a noun names a thing, not when something
     * happened. Such a date makes no report when its sentence has another date (政府は12日の閣議で、
     * 来年度予算案を決定した is one report, 12日); alone, it is still the best date the sentence has.
     * 6日襲った (a verb follows), 11日発表した / 3日召集され / 6日召集の (a sahen noun used as a verb), 8月15日告示、同22日
     * 投開票 (a schedule's deeds listed, the verb left out before the comma, the next date right after it: each day its
     * own report, decision 0042's addendum of 2026-12-12; 1995年創業、従業員30人の町工場 is a profile of the noun, no list)
     * and 15日午前 (a part of the day) are not on a noun, nor is a span ending in にかけて; a forecast's period
     * ({@link #forecastPeriod}) is no report beside another date either.
     * What a dated verb's relative clause names is no happening either: in 財務省が11日発表した2021年11月の国際収支速報
     * the month is the data's period, and the sentence's event is the announcement on the 11th.
     *
     * <p>Known weakness: a list of bare months (首相は14日、5月訪米、6月訪欧の日程を固めた) makes its reports on the months
     * the date finder reads, in the past when it reads them so.
     */
    private static List<DateMention> withoutDatesOnNouns(AnalysedSentence s, List<DateMention> dates, LocalDate written) {
        if (dates.size() < 2) {
            return dates;
        }
        List<DateMention> kept = dates.stream()
                .filter(m -> !forecastPeriod(s, m, written) && (m.text().endsWith(SPAN_PARTICLE)
                        || !modifiesNoun(s, m.span().end() - s.offset(), nextStart(dates, m) - s.offset()))).toList();
        if (kept.isEmpty()) {
            return dates;
        }
        List<DateMention> named = new ArrayList<>();
        for (DateMention m : kept) {
            int head = namedByDatedVerb(s, m.span().end() - s.offset());
            kept.stream().filter(o -> o.span().start() - s.offset() == head).forEach(named::add);
        }
        List<DateMention> events = kept.stream().filter(m -> !named.contains(m)).toList();
        return events.isEmpty() ? kept : events;
    }

    /**
     * The particle that ends a span the finder reads whole (14日から15日にかけて, 6月中旬から下旬にかけて): a case particle,
     * so the word after it is the clause's next argument, never a noun the span is written onto.
     */
    private static final String SPAN_PARTICLE = "にかけて";

    /**
     * What tells a span ending in にかけて foreseen, close after it: the danger's 恐れ, おそれ, a 予想, 見込み, 見通し, 予報 or
     * 予測, or a call to 警戒 or 注意 (大雨の恐れがある, 渋滞が予想される, 大雨に警戒するよう).
     */
    private static final Pattern FORECAST_CUE = Pattern.compile("恐れ|おそれ|予想|見込|見通し|予報|予測|警戒|注意");
    /** How far after the span its cue may stand at most: 、九州北部から東北の広い範囲で大雨の恐れ. */
    private static final int FORECAST_REACH = 24;

    /**
     * Whether a date is a forecast's period: a span ending in にかけて ({@link #SPAN_PARTICLE}) that ends after the
     * article's day, a forecast's cue ({@link #FORECAST_CUE}) close after it in its sentence. It is when the weather or
     * the traffic is foreseen, no happening: no report when the sentence has another date (decision 0042's addendum of
     * 2026-12-15, review rv1 item 5, read again the same day). Written on the 19th, 気象庁は19日、20日から21日にかけて
     * 大雨の恐れがあると発表した → yes, as with にかけて、, にかけては, にかけての大雨に警戒, 19日夜から21日にかけて; 同社は19日、
     * 4月1日から3日にかけて展示会を開くと発表した → no (a plan, no cue: its span stays a report, as a planned day does),
     * nor 18日から19日にかけて暴風に見舞われ (over by the article's day), nor any span with no article's day.
     *
     * <p>Known weakness: a cue of another clause within reach (…にかけて展示会を開き、来場者10万人を見込む) takes a plan's
     * span for a forecast's.
     *
     * @param written the article's day; null when it has none
     */
    private static boolean forecastPeriod(AnalysedSentence s, DateMention m, LocalDate written) {
        if (written == null || !m.text().endsWith(SPAN_PARTICLE) || m.value().filter(v -> v.end().isAfter(written)).isEmpty()) {
            return false;
        }
        int after = m.span().end() - s.offset();
        return after <= s.text().length()
                && FORECAST_CUE.matcher(s.text().substring(after, Math.min(s.text().length(), after + FORECAST_REACH))).find();
    }

    /** Where the first date after this one starts in the document, or -1 when none follows. */
    private static int nextStart(List<DateMention> dates, DateMention m) {
        return dates.stream().mapToInt(o -> o.span().start()).filter(start -> start >= m.span().end()).min().orElse(-1);
    }

    /**
     * @param end       where the date ends, in the sentence
     * @param nextDate  where the next date starts, in the sentence (negative when none follows)
     */
    private static boolean modifiesNoun(AnalysedSentence s, int end, int nextDate) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.span().start() == end) {
                String pos = t.partOfSpeech();
                // 3日召集され and 6日召集の臨時国会 date the convening, a deed; so does 9日告示、14日投開票, a schedule's
                // deeds listed each on its day, the verb left out after the comma: only when the next date opens the
                // next item (1995年創業、従業員30人の町工場 is a profile of the noun, no schedule)
                boolean verbal = Morphemes.isSahen(t) && (i + 1 < tokens.size()
                        && (Morphemes.isSuru(tokens.get(i + 1)) || tokens.get(i + 1).partOfSpeech().startsWith("助詞-連体化"))
                        && tokens.get(i + 1).span().start() == t.span().end() || listGoesOnWithADate(s, i, nextDate));
                return !verbal && pos.startsWith("名詞") && !pos.startsWith("名詞-接尾") && !pos.startsWith("名詞-副詞可能")
                        && !pos.startsWith("名詞-数") && !pos.startsWith("名詞-非自立");
            }
        }
        return false;
    }

    /**
     * 告示、20日投開票 / 告示、同22日投開票 / 着工、来年3月完成: whether a comma follows the token and the next date starts
     * right after it (a 同 between allowed); 創業、従業員30人の → false.
     */
    private static boolean listGoesOnWithADate(AnalysedSentence s, int tokenIndex, int nextDate) {
        if (nextDate < 0 || s.charAfter(tokenIndex) != '、') {
            return false;
        }
        String text = s.text();
        int after = Quotes.pastLineBreaks(text, Quotes.pastLineBreaks(text, s.tokens().get(tokenIndex).span().end()) + 1);
        return nextDate == after || nextDate == after + 1 && text.charAt(after) == '同';
    }

    /**
     * 11日発表した｜2021年11月の…: where the noun a dated verb modifies starts (a date written right
     * after the verb and its endings, with no comma), or -1 when the date is on no verb.
     */
    private static int namedByDatedVerb(AnalysedSentence s, int end) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() != end) {
                continue;
            }
            int k = i;
            if (Morphemes.isSahen(tokens.get(k)) && k + 1 < tokens.size() && Morphemes.isSuru(tokens.get(k + 1))) {
                k += 2;
            } else if (Morphemes.isVerb(tokens.get(k))) {
                k++;
            } else {
                return -1;
            }
            while (k < tokens.size() && Morphemes.isVerbEnding(tokens.get(k)) && !tokens.get(k).surface().equals("て")) {
                k++;
            }
            return k < tokens.size() && k > 0 && tokens.get(k).span().start() == tokens.get(k - 1).span().end()
                    ? tokens.get(k).span().start() : -1;
        }
        return -1;
    }

    /**
     * The sentence holding the span. The analyser gives sentences in text order without overlap, so
     * a binary search finds it (a scan per date made long documents quadratic); should the search
     * miss, as it may in lists made otherwise, every sentence is looked at.
     */
    private static Optional<Sentence> sentenceOf(AnalyzedDocument doc, TextSpan span) {
        List<Sentence> sentences = doc.sentences();
        // the last sentence starting at or before the span
        int found = InTextOrder.firstStartingFrom(sentences, Sentence::span, span.start() + 1) - 1;
        if (found >= 0 && sentences.get(found).span().contains(span)) {
            return Optional.of(sentences.get(found));
        }
        return sentences.stream().filter(s -> s.span().contains(span)).findFirst();
    }

    private static Paragraph paragraph(AnalyzedDocument doc, int number) {
        return doc.paragraph(number)
                .orElseThrow(() -> new IllegalArgumentException("no paragraph " + number + " in " + doc.origin()));
    }
}
