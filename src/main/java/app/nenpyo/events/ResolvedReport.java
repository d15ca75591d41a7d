package app.nenpyo.events;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.nlp.Gazetteer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A report with its actors merged across documents ({@code nlp.ActorRegistry}).
 *
 * <p>For {@link Similarity#points}, which merging calls for many pairs, the sets it compares are
 * also kept as sorted arrays of ids from one {@link Ids} per merge (actor keys and words apart):
 * intersecting two short int arrays costs far less than copying and intersecting hash sets.
 *
 * @param order          position in reading order (documents as given, clauses in text order): the
 *                       first report of a merged event gives its label
 * @param placeCountryId the id of the country the place is in ({@link #countryOf}), -1 when unknown
 * @param headIds        the words naming the happening ({@link Similarity#aSharedHeadNamesTheHappening}): without
 *                       words of one character (市, 式), generic ones (開始), deeds of giving out or ending (出す,
 *                       終える: {@link WordsBeforeAGenericDeed#namesNothing}) and participants
 * @param participantIds the head words that name who took part without a name
 *                       ({@link Morphemes#unnamedParticipants}: 首相, 男性), by the ids of words
 * @param objectId       the id of the word of what the deed is done to ({@link Report#object}), -1 when none
 * @param mergesWithNothing whether the date is one a count, a comparison or a figure is measured from or
 *                       over, or names what a day dates ({@link Similarity#mergesWithNothing}): read once
 *                       here, not for every pair compared
 * @param doneAsWell     whether the label says its deed was done as well ({@link Similarity#doneAsWell}:
 *                       合弁会社設立も発表), read once here
 * @param toldByItsWordAlone whether the report is only a word naming its happening ({@link Similarity#toldByItsWordAlone}:
 *                       成立, 初公判), read once here
 * @param wordsBeforeAGenericDeed the words naming the happening before a deed that names nothing
 *                       ({@link WordsBeforeAGenericDeed}: 勧告 of 勧告を出す, 出場辞退 of 出場辞退の発表), read once here
 * @param wordsEnded     those of them named before 終える ({@link WordsBeforeAGenericDeed#endedIn}: 卒業式 of
 *                       卒業式を終える), read once here: whether a report ended a thing is of the report alone
 * @param shortNames     the short names its head words give in brackets ({@link ShortNames#givenInBrackets}: 給特法 of
 *                       改正教員給与特別措置法（給特法）), read once here, not for every pair compared
 * @param spots          the places its clause names, where its happening may be (北浜 of 北浜市で10日夜に起きた火災で、
 *                       not 南浜 of the clause after it, …南浜町に住む男性と確認した): a subset of {@code actors}
 * @param oneSpotKinds   the happenings of one spot its head words tell ({@link Similarity#oneSpotKinds}: 火災 of
 *                       出火 and 火災), one bit each, read once here: asked of every pair of a day whose places differ
 */
record ResolvedReport(Report report, List<Actor> actors, Optional<Actor> subject, Optional<Actor> place, int order,
                      Set<String> personKeys, int subjectId, int placeId, int placeCountryId, int[] personIds,
                      int[] headIds, int[] participantIds, int[] wordIds, int objectId, boolean mergesWithNothing,
                      boolean doneAsWell, boolean toldByItsWordAlone, List<String> wordsBeforeAGenericDeed,
                      List<String> wordsEnded, List<String> shortNames, List<Actor> spots, int oneSpotKinds) {

    /** Ids of strings, dense from 0, for one merge; not thread-safe (combine fills it on one thread). */
    static final class Ids {
        private final Map<String, Integer> actors = new HashMap<>();
        private final Map<String, Integer> words = new HashMap<>();

        int actor(String key) {
            return actors.computeIfAbsent(key, k -> actors.size());
        }

        int word(String word) {
            return words.computeIfAbsent(word, k -> words.size());
        }
    }

    /** @param ids the one table of ids of this merge: reports compared with each other must share it */
    static ResolvedReport of(Report report, List<Actor> actors, Optional<Actor> subject, Optional<Actor> place,
                             List<Actor> spots, int order, Ids ids) {
        Set<String> persons = actors.stream().filter(a -> a.kind() == ActorKind.PERSON).map(Actor::key)
                .collect(Collectors.toUnmodifiableSet());
        int[] personIds = new int[persons.size()];
        int i = 0;
        for (String p : persons) {
            personIds[i++] = ids.actor(p);
        }
        Gazetteer gazetteer = Gazetteer.shared();
        int[] headIds = report.headWords().stream().filter(Similarity::aSharedHeadNamesTheHappening)
                .mapToInt(ids::word).toArray();
        int[] participantIds = unnamedParticipants(report, gazetteer).stream().mapToInt(ids::word).toArray();
        List<String> asWritten = actorsAsWritten(report, actors);
        return new ResolvedReport(report, actors, subject, place, order, persons,
                subject.map(a -> ids.actor(a.key())).orElse(-1), place.map(a -> ids.actor(a.key())).orElse(-1),
                place.flatMap(ResolvedReport::countryOf).map(c -> ids.actor("in:" + c)).orElse(-1),
                sortedDistinct(personIds), sortedDistinct(headIds), sortedDistinct(participantIds),
                sortedDistinct(wordIds(report.contentWords(), ids)), report.object().isEmpty() ? -1 : ids.word(report.object()),
                Similarity.mergesWithNothing(report), Similarity.doneAsWell(report.label()),
                Similarity.toldByItsWordAlone(report, subject, place),
                WordsBeforeAGenericDeed.of(report.label(), report.headWords(), asWritten),
                WordsBeforeAGenericDeed.endedIn(report.label(), asWritten),
                ShortNames.givenInBrackets(report.headWords()), spots, Similarity.oneSpotKinds(report.headWords()));
    }

    /** The report's actors as its clause writes them and by their names: 気象庁 of 気象庁の発表. */
    private static List<String> actorsAsWritten(Report report, List<Actor> actors) {
        return Stream.concat(report.actors().stream().map(m -> m.surface()), actors.stream().map(Actor::name)).toList();
    }

    /**
     * The participants a report names without a name ({@link Morphemes#unnamedParticipants}), but for
     * a title its clause gives a name elsewhere (カサノ大統領 read as 大統領が会談 is still named).
     */
    static List<String> unnamedParticipants(Report report, Gazetteer gazetteer) {
        List<String> found = Morphemes.unnamedParticipants(report.headWords(), gazetteer);
        if (found.isEmpty()) {
            return found;
        }
        return found.stream().filter(h -> report.actors().stream()
                .noneMatch(m -> m.kind() == ActorKind.PERSON && h.equals(m.title()))).toList();
    }

    /**
     * The country a place is in: a state is its own (ロシア), a city or region the gazetteer's
     * (ジュネーブ → スイス); empty for a region of no one country (中央アジア).
     */
    static Optional<String> countryOf(Actor place) {
        if (place.kind() == ActorKind.COUNTRY) {
            return Optional.of(place.name());
        }
        return place.kind() == ActorKind.PLACE && !place.country().isEmpty() ? Optional.of(place.country()) : Optional.empty();
    }

    private static int[] wordIds(Collection<String> words, Ids ids) {
        int[] out = new int[words.size()];
        int i = 0;
        for (String w : words) {
            out[i++] = ids.word(w);
        }
        return out;
    }

    private static int[] sortedDistinct(int[] values) {
        if (values.length < 2) {
            return values;
        }
        Arrays.sort(values);
        int n = 1;
        for (int i = 1; i < values.length; i++) {
            if (values[i] != values[n - 1]) {
                values[n++] = values[i];
            }
        }
        return n == values.length ? values : Arrays.copyOf(values, n);
    }
}
