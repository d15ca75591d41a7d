package app.nenpyo.events;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges reports of the same happening, across paragraphs and documents, into one event with
 * all its sources and the reasons for each merge; different happenings on the same day stay
 * apart ({@link Similarity}).
 *
 * <p>Greedy, and so dependent on the reading order in some cases (below): reports are taken in
 * reading order; each joins the existing event of the same period whose best-matching report
 * scores at least {@link Similarity#THRESHOLD} and none of whose compared reports conflicts with
 * it (different subject actors), else it starts a new event. Then a report still alone joins the
 * best event of its period begun after it that it would have joined so ({@link #joinLoneReportsToLaterGroups}:
 * a lead told in words of its own, read before the reports that name the happening; only groups begun after it, so a
 * group begun before it that gained the report it would have joined later keeps it out). A large event is compared through
 * its first and last four reports only, which keeps merging near-linear. Conflicting details stay visible: the
 * 5800 and 8000 detained are said on different days, so they are never compared; two reports
 * merged despite different numbers keep both sentences as sources.
 *
 * <p>The event takes its label and first source from its first report in reading order, the
 * category most of its reports have (ties: the first report's), the union of actors, and the
 * first place said. Periods are merged in parallel; the result does not depend on it. Then an event
 * of a day that opens or closes a happening told by its days joins it ({@link FirstAndLastDays}), and an event
 * of a wider period joins the one event inside it that tells the same happening
 * ({@link WiderPeriods}, decision 0032): the event keeps the date, label and category of its own
 * period's reports, and its first reason says the report told it as the wider period.
 *
 * <p>The analyst's choices ({@link MergeChoices}) come over the rules: a report kept apart
 * neither joins nor is joined by judgement, and the events of a period holding reports the
 * analyst joined are one event, explained as {@code ¶22 with ¶11: joined by the analyst}. A clause
 * the analyst added joins an event as any report does, but no later report is compared with it
 * while the event has reports of the machine's: it never links two happenings; nor does it join
 * a report the machine read in its own sentence, which is the happening the analyst did not add.
 */
final class EventMerger {

    private static final int SAMPLE_EACH_END = 4;
    /**
     * A story reported a thousand times explains its first merges, then counts the rest: the
     * first few show the analyst why, and each reason is text built and stored at every rebuild.
     */
    private static final int MAX_REASONS = 8;

    private final MergeChoices choices;

    /** @param choices the reports the analyst kept apart and joined, applied over the rules */
    EventMerger(MergeChoices choices) {
        this.choices = choices;
    }

    List<Event> merge(List<ResolvedReport> reports) {
        // Reports of different periods are compared only when one period holds the other
        // (WiderPeriods, after), so each period is merged on its own, in parallel; the groups are
        // then put back in the order a single pass in reading order would have created them (by
        // their first report), which keeps the result identical and deterministic.
        Map<Period, List<ResolvedReport>> byPeriod = new LinkedHashMap<>();
        for (ResolvedReport r : reports.stream().sorted(Comparator.comparingInt(ResolvedReport::order)).toList()) {
            Period period = new Period(r.report().time().start(), r.report().time().end());
            byPeriod.computeIfAbsent(period, k -> new ArrayList<>()).add(r);
        }
        List<Group> groups = new ArrayList<>(new ArrayList<>(byPeriod.values()).parallelStream()
                .flatMap(period -> mergePeriod(period, choices).stream())
                .sorted(Comparator.comparingInt(Group::firstOrder))
                .toList());
        FirstAndLastDays.fold(groups, choices.keptApart());
        WiderPeriods.fold(groups, choices.keptApart());
        List<Event> events = new ArrayList<>(groups.size());
        Map<String, Integer> firstOrder = new HashMap<>();
        for (Group g : groups) {
            Event e = g.event();
            events.add(e);
            firstOrder.put(e.id(), g.firstOrder());
        }
        events.sort(Comparator.comparing((Event e) -> e.time().start()).thenComparing(e -> e.time().end())
                .thenComparingInt(e -> firstOrder.get(e.id())));
        return events;
    }

    /** The first and last day of a report's time: the reports of one period are merged together first. */
    private record Period(LocalDate start, LocalDate end) {
    }

    /**
     * The reports of one event before it is made: those of its period, merged by the rules or the
     * analyst, and those of wider periods that told the same happening ({@link WiderPeriods}), with
     * the reason for each merge.
     */
    static final class Group {
        private final List<ResolvedReport> reports;
        private final List<String> reasons;
        private final boolean byTheAnalyst;
        private final List<ResolvedReport> toldWider = new ArrayList<>();
        private final List<String> widerReasons = new ArrayList<>();

        Group(List<ResolvedReport> reports, List<String> reasons, boolean byTheAnalyst) {
            this.reports = reports;
            this.reasons = reasons;
            this.byTheAnalyst = byTheAnalyst;
        }

        /** The reports of its own period, in reading order. */
        List<ResolvedReport> reports() {
            return reports;
        }

        /** Whether it holds a report the analyst added or joined: it reads as the analyst made it. */
        boolean byTheAnalyst() {
            return byTheAnalyst;
        }

        /** Its period: that of its first report (a period's reports differ at most in being open). */
        TimeValue time() {
            return reports.get(0).report().time();
        }

        int firstOrder() {
            return reports.get(0).order();
        }

        /**
         * Takes the reports of an event of a wider period that told this one's happening, with the
         * pair of reports that showed it; their period's own merges are explained after.
         */
        void take(Group wider, ResolvedReport wide, ResolvedReport fine) {
            take(wider, new Pair(wide, fine, false).reason());
        }

        /**
         * Takes the reports of an event of a day that told the opening or closing of this event's
         * days ({@link FirstAndLastDays}), with the pair of reports that showed it.
         */
        void takeFirstOrLastDay(Group day, ResolvedReport period, ResolvedReport dayReport) {
            take(day, new Pair(period, dayReport, true).reason());
        }

        private void take(Group wider, String reason) {
            toldWider.addAll(wider.reports);
            toldWider.addAll(wider.toldWider);
            widerReasons.add(reason);
            widerReasons.addAll(wider.widerReasons);
            widerReasons.addAll(wider.reasons);
        }

        /** The event: date, label and category of its own period's reports; sources, actors and place of all. */
        Event event() {
            List<String> explained = reasons;
            List<ResolvedReport> all = reports;
            if (!toldWider.isEmpty()) {
                explained = new ArrayList<>(widerReasons);
                explained.addAll(reasons);
                explained = new ArrayList<>(explained.subList(0, Math.min(MAX_REASONS, explained.size())));
                all = new ArrayList<>(reports);
                all.addAll(toldWider);
                all.sort(Comparator.comparingInt(ResolvedReport::order));
            }
            return EventMerger.event(reports, all, explained, byTheAnalyst ? reports.get(0) : headline(reports));
        }

        /**
         * A wider report and the finer one it was found to tell, or a report of days and that of its
         * first or last day; its reason is said as the join is made.
         */
        private record Pair(ResolvedReport wide, ResolvedReport fine, boolean firstOrLastDay) {
            String reason() {
                Similarity.Texts texts = new Similarity.Texts();
                Similarity.Score score = firstOrLastDay ? Similarity.dayOfPeriodOf(wide, fine, texts)
                        : Similarity.containedOf(wide, fine, texts);
                // the report that joins is said first: the wider one, or the day that joins its days
                ResolvedReport joining = firstOrLastDay ? fine : wide;
                ResolvedReport joined = firstOrLastDay ? wide : fine;
                return ref(joining, joined) + " with " + ref(joined, joining) + ": " + String.join("; ", score.reasons());
            }
        }
    }

    /**
     * Merges the reports of one period, in reading order; a report kept apart neither joins nor is
     * joined, and then the events holding reports the analyst joined become one.
     */
    private static List<Group> mergePeriod(List<ResolvedReport> reports, MergeChoices choices) {
        Set<String> keptApart = choices.keptApart();
        List<List<ResolvedReport>> groups = new ArrayList<>();
        List<List<String>> reasons = new ArrayList<>();
        Map<String, GroupList> blocks = new HashMap<>();
        Similarity.Texts texts = new Similarity.Texts();
        for (ResolvedReport r : reports) {
            boolean apart = !keptApart.isEmpty() && keptApart.contains(r.report().source().sourceId());
            // a report kept apart is found by no key, so no later report joins it either
            List<String> keys = apart ? List.of() : blockingKeys(r);
            Match match = bestGroup(r, candidates(blocks, apart ? keys : soughtKeys(r, keys)), groups);
            int best = match.group();
            ResolvedReport bestMatch = match.report();
            int joined = best < 0 ? groups.size() : best;
            for (String k : keys) {
                blocks.computeIfAbsent(k, x -> new GroupList()).add(joined);
            }
            if (best < 0) {
                groups.add(new ArrayList<>(List.of(r)));
                reasons.add(new ArrayList<>());
            } else {
                groups.get(best).add(r);
                if (reasons.get(best).size() < MAX_REASONS) {
                    reasons.get(best).add(reason(r, bestMatch, texts));
                }
            }
        }
        joinLoneReportsToLaterGroups(groups, reasons, blocks, keptApart, texts);
        if (!choices.joins().isEmpty()) {
            join(groups, reasons, choices.joins());
        }
        return asGroups(groups, reasons, choices);
    }

    /**
     * A report left alone joins the best group made after it that it would have joined, had that group been there
     * when it was read. In reading order a report is compared only with the groups before it, so an article's lead
     * told in words of its own (警備員が倉庫から煙が出ているのに気づき、119番通報した: head 火災 in other words) stays
     * alone when the reports it shares most with come later and join each other first (the follow-up's 倉庫火災で…
     * and a blogger's 10日の火災から…, which alone would have taken it). Only a group of one report moves, whole and
     * once, and only where {@link #bestGroup} takes it (no conflict with any report compared, the threshold met):
     * so two groups of one happening already made are never joined, and a report kept apart by the analyst stays.
     * Known weakness, the order's: only groups begun after the lone report are looked at. Read the follow-up (F), then
     * the alarm (A), then the blog (B): A scores below the threshold with F alone and stays alone, B joins F's group,
     * begun before A, and A is left apart (A F B, A B F, F B A, B A F, B F A make one fire). Looking at every other
     * group instead (and putting the report at its place in reading order) joins that order, but it also made one more
     * wrong merge on the fourth set (7 → 8, merged unchanged at 10), so it was not taken.
     */
    private static void joinLoneReportsToLaterGroups(List<List<ResolvedReport>> groups, List<List<String>> reasons,
                                                     Map<String, GroupList> blocks, Set<String> keptApart,
                                                     Similarity.Texts texts) {
        boolean moved = false;
        for (int g = 0; g < groups.size(); g++) {
            List<ResolvedReport> lone = groups.get(g);
            if (lone.size() != 1 || keptApart.contains(lone.get(0).report().source().sourceId())) {
                continue;
            }
            ResolvedReport r = lone.get(0);
            int first = g;
            int[] later = Arrays.stream(candidates(blocks, soughtKeys(r, blockingKeys(r))))
                    .filter(c -> c > first && !groups.get(c).isEmpty()).toArray();
            Match match = bestGroup(r, later, groups);
            if (match.group() >= 0) {
                groups.get(match.group()).add(0, r);
                lone.clear();
                if (reasons.get(match.group()).size() < MAX_REASONS) {
                    reasons.get(match.group()).add(reason(r, match.report(), texts));
                }
                moved = true;
            }
        }
        if (moved) {
            // the groups emptied by a move dropped in one pass, not one shift of both lists per group
            int kept = 0;
            for (int g = 0; g < groups.size(); g++) {
                if (!groups.get(g).isEmpty()) {
                    groups.set(kept, groups.get(g));
                    reasons.set(kept, reasons.get(g));
                    kept++;
                }
            }
            groups.subList(kept, groups.size()).clear();
            reasons.subList(kept, reasons.size()).clear();
        }
    }

    /** Why a report joined the group of the report it matched best: {@code ¶3 with ¶1: …}. */
    private static String reason(ResolvedReport r, ResolvedReport bestMatch, Similarity.Texts texts) {
        return ref(r, bestMatch) + " with " + ref(bestMatch, r) + ": "
                + String.join("; ", Similarity.of(bestMatch, r, texts).reasons());
    }

    /** The groups as the merge hands them on, each marked when a report of it was added or joined by the analyst. */
    private static List<Group> asGroups(List<List<ResolvedReport>> groups, List<List<String>> reasons, MergeChoices choices) {
        List<Group> out = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            List<ResolvedReport> group = groups.get(g);
            // what the analyst added or joined reads as the analyst made it: the first report's label
            boolean analysts = group.stream().anyMatch(r -> addedByTheAnalyst(r)
                    || choices.joins().containsKey(r.report().source().sourceId()));
            out.add(new Group(group, reasons.get(g), analysts));
        }
        return out;
    }

    /** The group a report joins ({@code -1}: none) and its report that matched best. */
    private record Match(int group, ResolvedReport report) {
    }

    /**
     * The candidate group whose best-matching report scores highest for {@code r} without a
     * conflict. Its own method, not a loop inside {@link #mergePeriod}: the JIT compiles it as a
     * whole, where a long period's loop was compiled again and again on the stack (OSR).
     */
    private static Match bestGroup(ResolvedReport r, int[] candidates, List<List<ResolvedReport>> groups) {
        int best = -1;
        double bestPoints = 0;
        ResolvedReport bestMatch = null;
        for (int g : candidates) {
            List<ResolvedReport> group = groups.get(g);
            boolean conflict = false;
            Similarity.Score top = null;
            ResolvedReport topMatch = null;
            // an added report joins an event, but links none: a sentence of two happenings the
            // analyst added matched both, and made them one event
            List<ResolvedReport> compared = sample(group);
            // a loop, not a stream: a file of many posts dated by one date asks this of 1.5 million candidates
            boolean byTheMachine = false;
            for (int i = 0; i < compared.size() && !byTheMachine; i++) {
                byTheMachine = !addedByTheAnalyst(compared.get(i));
            }
            boolean toldInFull = false;
            for (int i = 0; i < compared.size() && !toldInFull; i++) {
                toldInFull = !DoerAndDeedAlone.toldByDoerAndDeedAlone(compared.get(i));
            }
            for (ResolvedReport m : compared) {
                if (addedBesideTheMachinesReading(m, r)) {
                    // the analyst added from a sentence the machine read: another happening of it
                    conflict = true;
                    continue;
                }
                if (byTheMachine && addedByTheAnalyst(m)) {
                    continue;
                }
                // a retelling by its doer and a deed alone (気象庁の8日の発表) fits any deed of its doer that day: once its
                // group holds a report naming the deed, that report is the one matched, or the retelling would bring in the
                // doer's other announcement of the day (the agency's 3か月予報 beside its 臨時情報)
                if (toldInFull && DoerAndDeedAlone.toldByDoerAndDeedAlone(m)) {
                    continue;
                }
                Similarity.Score s = Similarity.points(m, r);
                conflict |= s.conflict();
                if (top == null || s.points() > top.points()) {
                    top = s;
                    topMatch = m;
                }
            }
            if (top != null && !conflict && top.merges() && top.points() > bestPoints) {
                best = g;
                bestPoints = top.points();
                bestMatch = topMatch;
            }
        }
        return new Match(best, bestMatch);
    }

    /**
     * One report the analyst added and one the machine read, of the same sentence: what the analyst
     * adds there is what the machine missed, so never the happening it read (an exploratory test
     * added a whole sentence for its second clause, and it swallowed the first's event).
     */
    private static boolean addedBesideTheMachinesReading(ResolvedReport a, ResolvedReport b) {
        EventSource sa = a.report().source();
        EventSource sb = b.report().source();
        return addedByTheAnalyst(a) != addedByTheAnalyst(b) && sa.documentKey().equals(sb.documentKey())
                && sa.sentence().equals(sb.sentence());
    }

    /** A clause the analyst added (decision 0020): its source has no expression. */
    private static boolean addedByTheAnalyst(ResolvedReport r) {
        return r.report().source().expressionText().isEmpty();
    }

    /**
     * Makes the groups holding reports of one join (the analyst's, decision 0019) one group, in
     * place: the earliest keeps its place, and its reports are put in reading order again. Each
     * group joined in is explained first ({@code ¶22 with ¶11: joined by the analyst}), then the
     * rules' reasons, at most {@link #MAX_REASONS} in all.
     */
    private static void join(List<List<ResolvedReport>> groups, List<List<String>> reasons, Map<String, String> joins) {
        int[] root = new int[groups.size()];
        Map<String, Integer> groupOfJoin = new HashMap<>();
        boolean any = false;
        for (int g = 0; g < groups.size(); g++) {
            root[g] = g;
            for (ResolvedReport r : groups.get(g)) {
                String join = joins.get(r.report().source().sourceId());
                if (join == null) {
                    continue;
                }
                Integer earlier = groupOfJoin.putIfAbsent(join, g);
                if (earlier != null) {
                    int a = find(root, earlier);
                    int b = find(root, g);
                    if (a != b) {
                        root[Math.max(a, b)] = Math.min(a, b);
                        any = true;
                    }
                }
            }
        }
        if (!any) {
            return;
        }
        List<List<ResolvedReport>> joinedGroups = new ArrayList<>();
        List<List<String>> joinedReasons = new ArrayList<>();
        Map<Integer, Integer> placeOfRoot = new HashMap<>();
        List<List<String>> analystReasons = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            int r = find(root, g);
            Integer place = placeOfRoot.get(r);
            if (place == null) {
                placeOfRoot.put(r, joinedGroups.size());
                joinedGroups.add(new ArrayList<>(groups.get(g)));
                joinedReasons.add(new ArrayList<>(reasons.get(g)));
                analystReasons.add(new ArrayList<>());
                continue;
            }
            ResolvedReport first = joinedGroups.get(place).get(0);
            ResolvedReport joining = groups.get(g).get(0);
            analystReasons.get(place).add(ref(joining, first) + " with " + ref(first, joining) + ": joined by the analyst");
            joinedGroups.get(place).addAll(groups.get(g));
            joinedReasons.get(place).addAll(reasons.get(g));
        }
        for (int g = 0; g < joinedGroups.size(); g++) {
            joinedGroups.get(g).sort(Comparator.comparingInt(ResolvedReport::order));
            List<String> explained = analystReasons.get(g);
            explained.addAll(joinedReasons.get(g));
            joinedReasons.set(g, new ArrayList<>(explained.subList(0, Math.min(MAX_REASONS, explained.size()))));
        }
        groups.clear();
        groups.addAll(joinedGroups);
        reasons.clear();
        reasons.addAll(joinedReasons);
    }

    private static int find(int[] root, int g) {
        while (root[g] != g) {
            root[g] = root[root[g]];
            g = root[g];
        }
        return g;
    }

    /**
     * Keys two reports of one happening almost always share: the subject, a person, a word naming
     * the happening or the thing its deed is done to, the place, and two min-hashes of the content words (near-duplicate sentences
     * share them). A report is compared only with the events of its period that share a key, so
     * merging stays near-linear when a busy day has hundreds of distinct events. Two reports that
     * share none of these score at most category + overlap and would rarely reach the threshold.
     */
    private static List<String> blockingKeys(ResolvedReport r) {
        // plain loops: this runs once per report, and streams over these tiny sets cost more than the keys
        List<String> keys = new ArrayList<>(8);
        if (r.subject().isPresent()) {
            keys.add("s:" + r.subject().get().key());
        }
        for (String k : r.personKeys()) {
            keys.add("p:" + k);
        }
        // a body two writers name in reports of a day without a subject (Similarity#oneDoerOfOneKindOfDeedInTwoDocuments):
        // only such reports hold these keys, so a report with a subject is compared with no more events than before
        if (r.subject().isEmpty()) {
            for (Actor actor : r.actors()) {
                if (actor.kind() == ActorKind.ORGANISATION || actor.kind() == ActorKind.PERSON) {
                    keys.add("o:" + actor.key());
                }
            }
        }
        // a word of one character (市, 式) is no key: it names no happening two reports share (Similarity#aSharedHeadNamesTheHappening)
        for (String h : r.report().headWords()) {
            if (Similarity.aSharedHeadNamesTheHappening(h)) {
                keys.add("h:" + h);
                // a shorter word naming the happening finds the compound ending with it (統合 / 経営統合)
                for (String end : CompoundHeads.ends(h)) {
                    keys.add("t:" + end);
                }
            }
        }
        // so does the word before a deed naming nothing (勧告を出す, 出場辞退の発表: Similarity#namedBeforeAGenericDeed),
        // found as a head word is, and by the ends of its compound
        for (String w : r.wordsBeforeAGenericDeed()) {
            keys.add("h:" + w);
            for (String end : CompoundHeads.ends(w)) {
                keys.add("t:" + end);
            }
        }
        // a generic deed (発表) is found by a retelling naming what was announced before it (回収発表: Similarity#sameDeedOfTheWordIn)
        addDeedKeys(keys, r);
        // the thing the deed is done to names the happening too (判決を言い渡した / 判決が言い渡される)
        String object = r.report().object();
        if (Similarity.namesAThing(object) && !r.report().headWords().contains(object)) {
            keys.add("h:" + object);
        }
        if (r.place().isPresent()) {
            keys.add("l:" + r.place().get().key());
        }
        String byHash = null;
        String first = null;
        for (String w : r.report().contentWords()) {
            if (byHash == null || w.hashCode() < byHash.hashCode() || w.hashCode() == byHash.hashCode() && w.compareTo(byHash) < 0) {
                byHash = w;
            }
            if (first == null || w.compareTo(first) < 0) {
                first = w;
            }
        }
        if (byHash != null) {
            keys.add("w:" + byHash);
            keys.add("v:" + first);
        }
        // a report that says only that something occurred is found by the words of its clause, one of which may
        // name what occurred (Similarity#happeningToldOnlyAsOccurred); so is a report without a subject, whose clause
        // may name another report's deed and thing (Similarity#deedAndThingNamedInAClause)
        if (Similarity.saysOnlyThatSomethingOccurred(r) || r.subject().isEmpty()) {
            for (String w : r.report().contentWords()) {
                keys.add("g:" + w);
            }
        }
        return keys;
    }

    /**
     * The keys a report looks for: its own, but the words of a report that says only that something occurred;
     * the reports that say so whose clause holds one of its head words; and, when it says so itself, the
     * events whose head word is one of its clause's words ({@link Similarity#happeningToldOnlyAsOccurred}).
     * Those clause words are looked for by head words only: two reports that each say something occurred are
     * not compared for any word their clauses share. A head word looks for the compounds ending with it, and the
     * ends of a compound for the head words they are ({@link CompoundHeads}: 統合 / 経営統合); two compounds of
     * one end (経営統合 / 事業統合) are not compared for it. A report that is only a doer and a deed naming nothing
     * ({@link DoerAndDeedAlone}: 気象庁の8日の発表) looks for the reports its doers are the subject of; one naming a
     * word before a generic deed (回収発表) looks for the reports saying that deed (d:発表), whose label may name the word
     * ({@code Similarity#sameDeedOfTheWordIn}).
     */
    private static List<String> soughtKeys(ResolvedReport r, List<String> own) {
        List<String> sought = new ArrayList<>(own.size() + 4);
        for (String k : own) {
            // a deed naming nothing (d:発表) is sought only by a word named before one (回収発表), below: every two
            // reports of a day that say 発表 or 述べた would otherwise meet, and the same words said by two speakers merge
            if (!k.startsWith("g:") && !k.startsWith("t:") && !k.startsWith("d:")) {
                sought.add(k);
            }
        }
        for (String h : r.report().headWords()) {
            if (Similarity.aSharedHeadNamesTheHappening(h)) {
                sought.add("g:" + h);
                sought.add("t:" + h);
                for (String end : CompoundHeads.ends(h)) {
                    sought.add("h:" + end);
                }
            }
        }
        for (String w : r.wordsBeforeAGenericDeed()) {
            sought.add("t:" + w);
            for (String end : CompoundHeads.ends(w)) {
                sought.add("h:" + end);
            }
        }
        // a word named before a generic deed looks for the reports of that deed (回収発表: 発表), whose label may name it
        if (!r.wordsBeforeAGenericDeed().isEmpty()) {
            addDeedKeys(sought, r);
        }
        if (Similarity.saysOnlyThatSomethingOccurred(r) || r.subject().isEmpty()) {
            for (String w : r.report().contentWords()) {
                sought.add("h:" + w);
            }
        }
        // a retelling by a doer and a deed naming nothing (気象庁の8日の発表) looks for the reports the doer is the subject of
        if (DoerAndDeedAlone.toldByDoerAndDeedAlone(r)) {
            for (Actor doer : DoerAndDeedAlone.doers(r)) {
                sought.add("s:" + doer.key());
            }
        }
        return sought;
    }

    /** The keys of the deeds naming nothing among a report's head words (d:発表), which a word named before one seeks. */
    private static void addDeedKeys(List<String> keys, ResolvedReport r) {
        for (String h : r.report().headWords()) {
            if (WordsBeforeAGenericDeed.isGenericDeed(h)) {
                keys.add("d:" + h);
            }
        }
    }

    /** The groups that share a key with the newcomer, ascending, each once. */
    private static int[] candidates(Map<String, GroupList> blocks, List<String> keys) {
        int size = 0;
        List<GroupList> lists = new ArrayList<>(keys.size());
        for (String k : keys) {
            GroupList list = blocks.get(k);
            if (list != null) {
                lists.add(list);
                size += list.size;
            }
        }
        int[] all = new int[size];
        int n = 0;
        for (GroupList list : lists) {
            System.arraycopy(list.groups, 0, all, n, list.size);
            n += list.size;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    /**
     * The groups one blocking key has been seen in, each once, in the order first seen: a period of
     * thousands of reports sharing a word (a year's 不満) among many groups would otherwise list
     * a group once per report, and every newcomer would sort them all.
     */
    private static final class GroupList {
        int[] groups = new int[4];
        int size;
        private final BitSet seen = new BitSet();

        void add(int group) {
            if (seen.get(group)) {
                return;
            }
            seen.set(group);
            if (size == groups.length) {
                groups = Arrays.copyOf(groups, size * 2);
            }
            groups[size++] = group;
        }
    }

    /**
     * The reports a newcomer is compared with: the first and the last {@link #SAMPLE_EACH_END}.
     * Comparing with every member made merging quadratic (40 s for 2000 documents); a happening
     * reported hundreds of times is recognised from a few of its reports.
     */
    static List<ResolvedReport> sample(List<ResolvedReport> group) {
        if (group.size() <= 2 * SAMPLE_EACH_END) {
            return group;
        }
        List<ResolvedReport> s = new ArrayList<>(group.subList(0, SAMPLE_EACH_END));
        s.addAll(group.subList(group.size() - SAMPLE_EACH_END, group.size()));
        return s;
    }

    /** ¶22, or the document key's first 8 digits and ¶22 when the two are in different documents. */
    private static String ref(ResolvedReport r, ResolvedReport other) {
        EventSource s = r.report().source();
        boolean sameDocument = s.documentKey().equals(other.report().source().documentKey());
        return (sameDocument ? "" : s.documentKey().substring(0, Math.min(8, s.documentKey().length())) + ":")
                + "¶" + s.paragraph();
    }

    /**
     * @param own   the reports of the event's period: its date and category
     * @param group every report of the event, in reading order (with those of wider periods that told it)
     */
    private static Event event(List<ResolvedReport> own, List<ResolvedReport> group, List<String> explained,
                               ResolvedReport headline) {
        List<String> reasons = new ArrayList<>(explained);
        int unexplained = group.size() - 1 - explained.size();
        if (unexplained > 0) {
            reasons.add("and " + unexplained + " more reports merged by the same rules");
        }
        List<EventSource> sources = group.stream().map(r -> r.report().source()).toList();
        String id = EventIds.eventId(sources.stream().map(EventSource::sourceId).toList());
        Map<String, Actor> actors = new LinkedHashMap<>();
        group.forEach(r -> r.actors().forEach(a -> actors.putIfAbsent(a.key(), a)));
        String place = group.stream().map(ResolvedReport::place).flatMap(Optional::stream).map(Actor::name)
                .findFirst().orElse("");
        TimeValue time = own.stream().map(r -> r.report().time()).filter(t -> !t.isOpen()).findFirst()
                .orElse(own.get(0).report().time());
        boolean background = sources.stream().allMatch(EventSource::isBackground);
        return new Event(id, time, headline.report().label(), List.copyOf(actors.values()), place,
                category(own), sources, reasons, background);
    }

    /**
     * The report whose label the event shows: a report on the timeline before a background one, then
     * one whose subject is a named actor (ロシア軍が侵攻を開始 before 侵攻が開始), but not one that says only that
     * something occurred (JR東日本が発生, of 11日朝に起きたJR東日本の…衝突, names the doer and not the deed: the
     * report 快速電車が…衝突 labels the event, {@link Similarity#saysOnlyThatSomethingOccurred}), then one whose label
     * says a word naming the happening that another of its reports names too (成人式が各地で開催
     * before 各地で式典が開催, merged as 成人式 in other words; not a word naming what was announced with the deed, 回収発表
     * of two retellings, which would take the label from the company's …自主回収開始と発表), then one that says who did it
     * rather than making the happening its own subject (ロシア軍が侵攻を開始 before 侵攻が開始, when
     * ロシア軍 is no actor found); among equals, one whose label says a deed naming nothing (発表) that two of its reports
     * say (気象庁が…臨時情報を発表 before 気象庁の客が相次ぐ, both of 気象庁, once 気象庁の8日の発表から… joined them:
     * {@link DoerAndDeedAlone}); then the first of equals, so the same reports always give the same label.
     */
    private static ResolvedReport headline(List<ResolvedReport> group) {
        ResolvedReport best = group.get(0);
        if (group.size() == 1) {
            return best;
        }
        Map<String, Integer> naming = new HashMap<>();
        Map<String, Integer> deeds = new HashMap<>();
        for (ResolvedReport r : group) {
            boolean namesWhatWasAnnounced = !r.wordsBeforeAGenericDeed().isEmpty();
            for (String word : new HashSet<>(r.report().headWords())) {
                if (namesWhatWasAnnounced && WordsBeforeAGenericDeed.endsWithAGenericDeed(word)) {
                    // two retellings of an announcement share 回収発表, a name for it, not the report that tells it
                    continue;
                }
                if (!Morphemes.GENERIC_NOUNS.contains(word)) {
                    naming.merge(word, 1, Integer::sum);
                } else if (WordsBeforeAGenericDeed.isGenericDeed(word)) {
                    deeds.merge(word, 1, Integer::sum);
                }
            }
        }
        int bestScore = -1;
        for (ResolvedReport r : group) {
            // the deed two reports say only breaks a tie: a word naming the happening, a doer, ranks first as before
            int score = 2 * (headlineScore(r, naming) + (namesTheDeedTheOthersTell(r, group) ? DEED_THE_OTHERS_TELL : 0))
                    + (saysTheDeedOfTwo(r, deeds) ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = r;
            }
        }
        return best;
    }

    /** Over a subject and the other ranks of {@link #headlineScore}, under being on the timeline. */
    private static final int DEED_THE_OTHERS_TELL = 5;

    /**
     * Whether a report's label names its happening by a word (not generic) that every other report of the group
     * says among its words: the happening they all tell. A retelling joined by its words ({@link RetoldInFewerWords})
     * is labelled by what its writer added (各紙の論調が違う, バス乗り場に列ができる) and often has the subject the report
     * it retells lacks: 桜台市は14日、…約175万円を請求すると発表した labels the event, whose 請求 the blog's
     * 14日に市が請求を発表してから各紙の論調が… says, not the blog's 違う, which the report does not. Asked of groups of
     * at most {@link #SAMPLE_EACH_END} twice reports: of a larger one it would cost the square of its reports, and it
     * is labelled as before.
     */
    private static boolean namesTheDeedTheOthersTell(ResolvedReport r, List<ResolvedReport> group) {
        if (group.size() > 2 * SAMPLE_EACH_END) {
            return false;
        }
        String label = r.report().label();
        for (String word : r.report().headWords()) {
            if (word.length() > 1 && !Morphemes.GENERIC_NOUNS.contains(word) && label.contains(word)
                    && group.stream().allMatch(o -> o == r || o.report().contentWords().contains(word) || o.report().headWords().contains(word))) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysTheDeedOfTwo(ResolvedReport r, Map<String, Integer> deeds) {
        String label = r.report().label();
        return !deeds.isEmpty()
                && r.report().headWords().stream().anyMatch(word -> deeds.getOrDefault(word, 0) >= 2 && label.contains(word));
    }

    private static int headlineScore(ResolvedReport r, Map<String, Integer> naming) {
        int score = r.report().source().isBackground() ? 0 : 8;
        // a report that says only that something occurred (銀行が発生) names its happening by none of its words
        if (r.report().subject().isPresent() && !Similarity.saysOnlyThatSomethingOccurred(r)) {
            score += 4;
        }
        String label = r.report().label();
        if (r.report().headWords().stream().anyMatch(word -> naming.getOrDefault(word, 0) >= 2 && label.contains(word))) {
            score += 2;
        }
        int ga = label.indexOf('が');
        if (ga > 0) {
            String subject = label.substring(0, ga);
            // someone or something did it: not the happening made its own subject (侵攻が開始, 首都近郊で空爆が開始)
            boolean itself = naming.entrySet().stream().anyMatch(e -> e.getValue() >= 2 && subject.endsWith(e.getKey()));
            score += itself ? 0 : 1;
        }
        return score;
    }

    private static EventCategory category(List<ResolvedReport> group) {
        Map<EventCategory, Integer> counts = new EnumMap<>(EventCategory.class);
        group.forEach(r -> counts.merge(r.report().category(), 1, Integer::sum));
        EventCategory firstCategory = group.get(0).report().category();
        int top = counts.get(firstCategory);
        for (Map.Entry<EventCategory, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                return e.getKey();
            }
        }
        return firstCategory;
    }
}
