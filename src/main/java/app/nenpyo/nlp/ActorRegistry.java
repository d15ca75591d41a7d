package app.nenpyo.nlp;

import app.nenpyo.codec.ByteReader;
import app.nenpyo.codec.ByteWriter;
import app.nenpyo.codec.InternTable;
import app.nenpyo.codec.MalformedBytesException;
import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorAlias;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges the actor mentions of many documents into actors, each alias with its reason. Not
 * thread-safe: fill it after the (parallel) extraction, on one thread.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Countries, places, organisations: the gazetteer's canonical name is the identity
 *       (カザフ = カザフスタン, 米 = 米国 = アメリカ, CSTO = 集団安全保障条約機構).</li>
 *   <li>People written with a kanji surname alone (王外相; 羽生選手, of two or three characters) join the one person of the
 *       same document whose name starts with that surname and whose title is compatible (equal,
 *       one contains the other, or 氏): 王外相 = 王毅外相 = 王毅国務委員兼外相. Two candidates: no merge.</li>
 *   <li>Katakana names are keyed by {@link KanaVariants#normalise}: リャプコフ = リャブコフ in any
 *       document; long names one edit apart also merge (the smaller key wins, so the result does
 *       not depend on the order documents were read).</li>
 *   <li>A one-kanji surname that no full name of its own document explains joins the one full
 *       name with a compatible title in any document (林外相 → 林芳正外相; 外務大臣 = 外相); when
 *       its titles find different full names (林外相 → 林芳正, 林首相 → 林一郎), it stays itself.</li>
 *   <li>A katakana family name alone (トランプ氏) joins the one person of all documents written in full with it
 *       after a middle dot (ドナルド・トランプ) and a compatible title.</li>
 *   <li>The same person in another article is the same actor because the key is the name, not
 *       the document.</li>
 * </ol>
 *
 * <p>Nothing depends on the order in which documents are added: resolving reads the distinct
 * ways actors were written and how often each was, never which came first. So a merge after an
 * import can add the new documents to the registry the last merge stored, wherever they fall in
 * the reading order, and resolve exactly as if every document had been added again.
 *
 * <p>Known weaknesses: two different people with the same name are one actor; a kanji full name
 * and a katakana reading of it (習近平 / シー・ジンピン) stay two actors.
 */
public final class ActorRegistry {

    /** A way an actor was written, with the key and reason its document gave it; no span, no document. */
    private record Seen(ActorMention mention, String key, String reason) {
    }

    private static final TextSpan NO_SPAN = new TextSpan(0, 0);

    /**
     * Each distinct {@link Seen} with how many mentions it stands for: what resolving needs (most
     * frequent spellings and countries, the reasons most mentions give) without keeping a million
     * mentions of a large project, which differ mostly by where they are.
     */
    private final Map<Seen, Integer> seen = new LinkedHashMap<>();

    /**
     * The layout of {@link #encode}; a registry of another layout is not read back, and the
     * events merged with it are made again. Also raised when the keys and reasons a document gives
     * its mentions ({@link #addDocument}) or the rules of {@link #resolve} change without the
     * report layout changing: the stored events were resolved by those rules. 2: resolving no
     * longer depends on the order documents were added; 3: a surname whose titles find different
     * full names joins none; 4: a title alone found to be a person named before (首相 = 岸田首相)
     * is that person, with the link as its reason, and a surname of two or three kanji joins the one
     * full name of its document that starts with it (羽生選手 = 羽生結弦選手); 5: a katakana family name alone joins the
     * one person of all documents written in full with it (トランプ = ドナルド・トランプ).
     * 6: a name is no surname of the gazetteer's other spellings of it (天皇 stays 天皇 in a document
     * that also writes 天皇陛下, where it was keyed 天皇陛下).
     */
    private static final int ENCODING = 6;

    /**
     * What this registry holds as bytes: each distinct way an actor was written, with the key and
     * reason its document gave it and how many mentions it stands for (what resolving depends
     * on). A merge stores the registry it merged with, so the next merge starts from it instead of
     * adding every document again.
     */
    public byte[] encode() {
        InternTable<String> strings = new InternTable<>();
        ByteWriter rows = new ByteWriter(32 * seen.size() + 16).varint(seen.size());
        seen.forEach((s, count) -> {
            ActorMention m = s.mention;
            rows.varint(strings.indexOf(m.surface())).varint(m.kind().ordinal()).varint(strings.indexOf(m.name()))
                    .varint(strings.indexOf(m.canonical())).varint(strings.indexOf(m.title()))
                    .varint(strings.indexOf(m.country())).varint(strings.indexOf(m.reason()))
                    .varint(strings.indexOf(s.key)).varint(strings.indexOf(s.reason)).varint(count);
        });
        ByteWriter all = new ByteWriter(rows.size() + 24 * strings.size()).varint(strings.size());
        strings.inOrder().forEach(all::string);
        byte[] body = rows.toByteArray();
        return all.write(body, 0, body.length).deflated(ENCODING);
    }

    /**
     * A registry from {@link #encode}: the same as the one encoded.
     *
     * @throws MalformedBytesException for bytes of another layout or damaged ones
     */
    public static ActorRegistry decode(byte[] bytes) {
        ByteReader in = ByteReader.inflated(bytes, ENCODING);
        String[] strings = new String[bounded(in.varint(), bytes)];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = in.string();
        }
        ActorKind[] kinds = ActorKind.values();
        ActorRegistry registry = new ActorRegistry();
        for (int n = bounded(in.varint(), bytes); n > 0; n--) {
            String surface = strings[in.index(strings.length)];
            ActorKind kind = kinds[in.index(kinds.length)];
            ActorMention form = new ActorMention(surface, NO_SPAN, kind, strings[in.index(strings.length)],
                    strings[in.index(strings.length)], strings[in.index(strings.length)], strings[in.index(strings.length)],
                    strings[in.index(strings.length)]);
            Seen s = new Seen(form, strings[in.index(strings.length)], strings[in.index(strings.length)]);
            int count = in.varint();
            if (count < 1 || !s.key.contains(":") || registry.seen.putIfAbsent(s, count) != null) {
                throw new MalformedBytesException("a way of writing " + s.key + " counted " + count + " times, or twice");
            }
        }
        in.requireEnd();
        return registry;
    }

    /** A count read from a block: no more entries than a block of that many deflated bytes can hold. */
    private static int bounded(int count, byte[] block) {
        if (count > 1024 * block.length) {
            throw new MalformedBytesException(count + " entries in " + block.length + " bytes");
        }
        return count;
    }

    /**
     * A registry holding what this one holds so far, to which more documents can be added apart:
     * the same as adding this one's documents again to a new registry (a merge after an import
     * adds the new documents to a copy of the registry of the others). Costs a copy of each
     * distinct way an actor was written, not of every mention.
     */
    public ActorRegistry copy() {
        ActorRegistry copy = new ActorRegistry();
        copy.seen.putAll(seen);
        return copy;
    }

    /** Adds what another registry holds: the same as adding its documents here. */
    public void addAll(ActorRegistry other) {
        other.seen.forEach((s, count) -> seen.merge(s, count, Integer::sum));
    }

    /** Adds every actor mention of one document (all its sentences); a mention listed twice counts once. */
    public void addDocument(String documentKey, List<ActorMention> mentions) {
        waysOf(mentions).forEach((s, count) -> seen.merge(s, count, Integer::sum));
    }

    /**
     * Takes out a document added before, with the mentions it was added with: the same as never
     * having added it (a corrected date takes the document out as it was read and adds it as it
     * is read now).
     *
     * @return false, changing nothing, when this registry does not hold those mentions
     */
    public boolean removeDocument(String documentKey, List<ActorMention> mentions) {
        Map<Seen, Integer> ways = waysOf(mentions);
        for (Map.Entry<Seen, Integer> way : ways.entrySet()) {
            if (seen.getOrDefault(way.getKey(), 0) < way.getValue()) {
                return false;
            }
        }
        ways.forEach((s, count) -> seen.computeIfPresent(s, (k, held) -> held - count == 0 ? null : held - count));
        return true;
    }

    /** Each way a document writes an actor, keyed as its document gives it, with how many mentions: each way keyed once. */
    private static Map<Seen, Integer> waysOf(List<ActorMention> mentions) {
        Set<ActorMention> distinct = new HashSet<>();
        Map<ActorMention, Integer> forms = new LinkedHashMap<>();
        for (ActorMention m : mentions) {
            if (distinct.add(m)) {
                forms.merge(formOf(m), 1, Integer::sum);
            }
        }
        Map<Seen, Integer> ways = new LinkedHashMap<>();
        FullNames fullNames = new FullNames(mentions);
        forms.forEach((form, count) -> {
            String[] keyAndReason = keyInDocument(form, fullNames);
            ways.merge(new Seen(form, keyAndReason[0], keyAndReason[1]), count, Integer::sum);
        });
        return ways;
    }

    /** A mention without its place in the text: what its key and actor depend on. */
    private static ActorMention formOf(ActorMention m) {
        return new ActorMention(m.surface(), NO_SPAN, m.kind(), m.name(), m.canonical(), m.title(), m.country(), m.reason());
    }

    private static String[] keyInDocument(ActorMention m, FullNames sameDocument) {
        return switch (m.kind()) {
            case COUNTRY -> new String[]{"country:" + m.canonical(), m.reason()};
            case PLACE -> new String[]{"place:" + m.canonical(), m.reason()};
            case ORGANISATION -> new String[]{"org:" + m.canonical(), m.reason()};
            case PERSON -> personKey(m, sameDocument);
        };
    }

    private static String[] personKey(ActorMention m, FullNames sameDocument) {
        String name = m.canonical();
        if (isAnaphor(m)) {
            // 首相 found to be 岸田首相: keyed as the person, the link its reason
            String[] named = personKey(new ActorMention(m.name() + m.title(), m.span(), m.kind(), m.name(), m.canonical(),
                    m.title(), m.country(), ""), sameDocument);
            return new String[]{named[0], m.reason()};
        }
        if (KanaVariants.isKatakana(name.charAt(0))) {
            return new String[]{"person:" + KanaVariants.normalise(name), ""};
        }
        if (name.length() == 1 || name.length() <= 3 && name.equals(m.name()) && isKanji(name)) {
            List<ActorMention> fuller = sameDocument.startingWith(name.charAt(0)).stream()
                    .filter(o -> o.name().length() > name.length() && o.name().startsWith(name))
                    // 天皇陛下 is the gazetteer's other spelling of 天皇: the same person, no fuller name
                    .filter(o -> !o.canonical().equals(name))
                    .filter(o -> compatibleTitles(o.title(), m.title()))
                    .toList();
            long distinct = fuller.stream().map(ActorMention::name).distinct().count();
            if (distinct == 1) {
                ActorMention full = fuller.get(0);
                return new String[]{"person:" + full.name(), "same surname " + name + " and compatible title "
                        + m.title() + " as " + full.surface() + " in the same document"};
            }
        }
        return new String[]{"person:" + name, ""};
    }

    /**
     * The persons of one document named with more than one character, by their first character:
     * where a one-kanji surname (林外相) looks for its full name (林芳正外相). Each name and title
     * is kept once, as first written, in the document's order, so a document of half a million
     * mentions (a year of posts in one file) is read once, not once per surname. Built only when
     * a surname asks for it.
     */
    private static final class FullNames {
        private final List<ActorMention> mentions;
        private Map<Character, List<ActorMention>> byFirst;

        FullNames(List<ActorMention> mentions) {
            this.mentions = mentions;
        }

        List<ActorMention> startingWith(char first) {
            if (byFirst == null) {
                byFirst = new HashMap<>();
                Set<String> nameAndTitle = new HashSet<>();
                for (ActorMention o : mentions) {
                    if (o.kind() == ActorKind.PERSON && o.name().length() > 1 && nameAndTitle.add(o.name() + '\n' + o.title())) {
                        byFirst.computeIfAbsent(o.name().charAt(0), k -> new ArrayList<>()).add(o);
                    }
                }
            }
            return byFirst.getOrDefault(first, List.of());
        }
    }

    /** Whether a name is all kanji (also read by {@link FullNames} and {@link CompanyNames}). */
    static boolean isKanji(String name) {
        // a loop, not a stream of chars: asked at every word a company's name may end with (decision 0021)
        for (int i = 0; i < name.length(); i++) {
            if (!Scripts.isHan(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A person written as a title alone or 両首脳 and found to be someone named before ({@link Coreference}). */
    private static boolean isAnaphor(ActorMention m) {
        return m.kind() == ActorKind.PERSON && !m.surface().startsWith(m.name()) && !m.reason().isEmpty();
    }

    /** Titles written two ways: 外務大臣 = 外相. */
    private static final Map<String, String> TITLE_SYNONYMS = Map.of("外務大臣", "外相", "国防大臣", "国防相",
            "総理大臣", "首相", "財務大臣", "財務相", "内務大臣", "内相");

    static boolean compatibleTitles(String a, String b) {
        String x = TITLE_SYNONYMS.getOrDefault(a, a);
        String y = TITLE_SYNONYMS.getOrDefault(b, b);
        return x.isEmpty() || y.isEmpty() || x.equals("氏") || y.equals("氏") || x.contains(y) || y.contains(x);
    }

    /** Resolves every mention added so far. */
    public ActorIndex resolve() {
        Map<String, String> mergedKey = mergeKanaVariants();
        mergedKey.putAll(mergeSurnamesAcrossDocuments());
        Map<String, String> families = mergeFamilyNamesAcrossDocuments(mergedKey);
        if (!families.isEmpty()) {
            mergedKey.replaceAll((from, to) -> families.getOrDefault(to, to));
            families.forEach(mergedKey::putIfAbsent);
        }
        Map<String, List<Seen>> groups = new TreeMap<>();
        for (Seen s : seen.keySet()) {
            groups.computeIfAbsent(mergedKey.getOrDefault(s.key, s.key), k -> new ArrayList<>()).add(s);
        }
        // each actor is built from its own mentions only: in parallel, then kept in key order
        List<Map.Entry<String, List<Seen>>> entries = new ArrayList<>(groups.entrySet());
        List<Actor> built = entries.parallelStream().map(g -> build(g.getKey(), g.getValue(), mergedKey)).toList();
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            actors.put(entries.get(i).getKey(), built.get(i));
        }
        return new ActorIndex(List.copyOf(actors.values()), actors, mergedKey);
    }

    /**
     * A one-kanji surname no full name of its own document explains (林外相) joins the one full name
     * with a compatible title among all documents (林芳正外相), unless another of its titles finds
     * another one: the surname is one key, so it can join one full name only.
     */
    private Map<String, String> mergeSurnamesAcrossDocuments() {
        Map<String, List<Seen>> full = new TreeMap<>();
        for (Seen s : seen.keySet()) {
            if (s.mention.kind() != ActorKind.PERSON) {
                continue;
            }
            String name = s.key.substring("person:".length());
            if (name.length() > 1 && !KanaVariants.isKatakana(name.charAt(0))) {
                full.computeIfAbsent(s.key, k -> new ArrayList<>()).add(s);
            }
        }
        // full names by their first character (a one-kanji surname can only start one), each with its distinct titles
        Map<Character, Map<String, Set<String>>> fullBySurname = new HashMap<>();
        full.forEach((key, mentions) -> {
            Map<String, Set<String>> sameInitial = fullBySurname.computeIfAbsent(key.charAt("person:".length()), k -> new TreeMap<>());
            mentions.forEach(f -> sameInitial.computeIfAbsent(key, k -> new HashSet<>()).add(f.mention.title()));
        });
        // each surname with its titles: those that find one full name must all find the same
        Map<String, Set<String>> surnames = new TreeMap<>();
        for (Seen s : seen.keySet()) {
            if (s.mention.kind() == ActorKind.PERSON && s.key.length() == "person:".length() + 1) {
                surnames.computeIfAbsent(s.key, k -> new HashSet<>()).add(s.mention.title());
            }
        }
        Map<String, String> merged = new HashMap<>();
        surnames.forEach((key, titles) -> {
            Set<String> found = new HashSet<>();
            for (String title : titles) {
                List<String> candidates = fullBySurname.getOrDefault(key.charAt("person:".length()), Map.of()).entrySet().stream()
                        .filter(e -> e.getValue().stream().anyMatch(t -> compatibleTitles(t, title)))
                        .map(Map.Entry::getKey).toList();
                if (candidates.size() == 1) {
                    found.add(candidates.get(0));
                }
            }
            if (found.size() == 1) {
                merged.put(key, found.iterator().next());
            }
        });
        return merged;
    }

    /**
     * A katakana family name alone (トランプ前大統領, トランプ氏) joins the one person of all documents written in full
     * with that family name after a middle dot (ドナルド・トランプ前大統領) and a compatible title: western names put the
     * family name last, and a paper names the person in full once, then by the family name. Two full names of one
     * family name (ジョージ・ブッシュ, ジョージ・W・ブッシュ's kin) join none. Keys as merged so far ({@code mergedKey}).
     */
    private Map<String, String> mergeFamilyNamesAcrossDocuments(Map<String, String> mergedKey) {
        Map<String, Map<String, Set<String>>> fullByFamily = new TreeMap<>();
        Map<String, Set<String>> alone = new TreeMap<>();
        for (Seen s : seen.keySet()) {
            String name = s.mention.name();
            if (s.mention.kind() != ActorKind.PERSON || name.isEmpty() || !KanaVariants.isKatakana(name.charAt(0))) {
                continue;
            }
            String key = mergedKey.getOrDefault(s.key, s.key);
            int dot = Math.max(name.lastIndexOf('・'), name.lastIndexOf('＝'));
            if (dot > 0 && dot < name.length() - 1) {
                fullByFamily.computeIfAbsent(KanaVariants.normalise(name.substring(dot + 1)), k -> new TreeMap<>())
                        .computeIfAbsent(key, k -> new HashSet<>()).add(s.mention.title());
            } else if (dot < 0) {
                alone.computeIfAbsent(key, k -> new HashSet<>()).add(s.mention.title());
            }
        }
        Map<String, String> merged = new HashMap<>();
        alone.forEach((key, titles) -> {
            Map<String, Set<String>> full = fullByFamily.get(key.substring("person:".length()));
            if (full == null || full.containsKey(key)) {
                return;
            }
            List<String> candidates = full.entrySet().stream()
                    .filter(e -> titles.stream().allMatch(t -> e.getValue().stream().anyMatch(f -> compatibleTitles(f, t))))
                    .map(Map.Entry::getKey).toList();
            if (candidates.size() == 1 && full.size() == 1) {
                merged.put(key, candidates.get(0));
            }
        });
        return merged;
    }

    /**
     * Katakana spellings of one name (リャブコフ, リャプコフ) join the first in key order, each key
     * compared by the smallest of its spellings in character order. Only names
     * that share a normalised form or a one-deletion neighbour can be {@link KanaVariants#sameName
     * the same name}, so each is compared with those alone: comparing every pair took minutes
     * once a project named tens of thousands of people.
     */
    private Map<String, String> mergeKanaVariants() {
        Map<String, String> nameOfKey = new TreeMap<>();
        for (Seen s : seen.keySet()) {
            if (s.mention.kind() == ActorKind.PERSON && KanaVariants.isKatakana(s.mention.name().charAt(0))) {
                nameOfKey.merge(s.key, s.mention.name(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<String> keys = new ArrayList<>(nameOfKey.keySet());
        Map<String, List<Integer>> neighbours = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (String n : KanaVariants.neighbourhood(nameOfKey.get(keys.get(i)))) {
                neighbours.computeIfAbsent(n, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, String> merged = new HashMap<>();
        for (int a = 0; a < keys.size(); a++) {
            SortedSet<Integer> later = new TreeSet<>();
            for (String n : KanaVariants.neighbourhood(nameOfKey.get(keys.get(a)))) {
                for (int b : neighbours.get(n)) {
                    if (b > a) {
                        later.add(b);
                    }
                }
            }
            for (int b : later) {
                if (!merged.containsKey(keys.get(b))
                        && KanaVariants.sameName(nameOfKey.get(keys.get(a)), nameOfKey.get(keys.get(b)))) {
                    merged.put(keys.get(b), merged.getOrDefault(keys.get(a), keys.get(a)));
                }
            }
        }
        return merged;
    }

    private Actor build(String key, List<Seen> group, Map<String, String> mergedKey) {
        ActorMention first = group.get(0).mention;
        ActorKind kind = first.kind();
        String name = kind == ActorKind.PERSON ? personName(key, group) : first.canonical();
        // loops, not streams: a well-known actor has tens of thousands of mentions in a large project
        String title = "";
        List<Counted> countries = new ArrayList<>();
        for (Seen s : group) {
            String t = s.mention.title();
            if (!t.equals("氏") && (t.length() > title.length() || t.length() == title.length() && t.compareTo(title) < 0)) {
                title = t;
            }
            if (!s.mention.country().isEmpty()) {
                countries.add(new Counted(s.mention.country(), seen.get(s)));
            }
        }
        String country = mostFrequent(countries);
        // each alias with the reason of the way it was written most often: built once per surface
        Map<String, Seen> aliases = new TreeMap<>();
        String display = kind == ActorKind.PERSON ? name + title : name;
        for (Seen s : group) {
            String surface = kind == ActorKind.PERSON && !isAnaphor(s.mention) ? s.mention.name() + s.mention.title()
                    : s.mention.surface();
            if (!surface.equals(display)) {
                aliases.merge(surface, s, (a, b) -> reasonFirst.compare(a, b) <= 0 ? a : b);
            }
        }
        List<ActorAlias> list = new ArrayList<>();
        aliases.forEach((surface, s) -> list.add(new ActorAlias(surface, aliasReason(s, name, mergedKey))));
        return new Actor(key, name, kind, title, country, list);
    }

    private static String aliasReason(Seen s, String canonicalName, Map<String, String> mergedKey) {
        if (!s.reason.isEmpty()) {
            return s.reason;
        }
        ActorMention m = s.mention;
        if (m.kind() != ActorKind.PERSON) {
            return "same " + m.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + m.canonical();
        }
        if (mergedKey.containsKey(s.key) && !KanaVariants.isKatakana(m.name().charAt(0))) {
            return "same surname " + m.name() + " and compatible title " + m.title() + " as " + canonicalName
                    + " in another document";
        }
        if (familyNameOf(m.name(), canonicalName) || familyNameOf(canonicalName, m.name())) {
            return "family name " + (m.name().length() < canonicalName.length() ? m.name() + " of " + canonicalName
                    : canonicalName + " of " + m.name()) + " (the one person written in full with it)";
        }
        if (!m.name().equals(canonicalName) && !KanaVariants.isKatakana(m.name().charAt(0))) {
            // 天皇 and 天皇陛下, 岸田 and 岸田文雄: two spellings the gazetteer gives one person
            return m.reason().isEmpty() ? "the gazetteer writes " + m.name() + " also as " + canonicalName : m.reason();
        }
        if (!m.name().equals(canonicalName)) {
            return mergedKey.containsKey(s.key)
                    ? "katakana spelling variant of " + canonicalName + " (one edit apart after normalising)"
                    : "katakana spelling variant of " + canonicalName + " (both read " + KanaVariants.normalise(m.name()) + ")";
        }
        return "same name " + canonicalName + (m.title().isEmpty() ? "" : " with title " + m.title());
    }

    /** Whether a katakana name alone is the family name a full name ends with after its middle dot (トランプ, ドナルド・トランプ). */
    private static boolean familyNameOf(String alone, String full) {
        return !alone.isEmpty() && full.length() > alone.length() + 1 && full.endsWith(alone)
                && "・＝".indexOf(full.charAt(full.length() - alone.length() - 1)) >= 0;
    }

    /**
     * Which way of writing an alias gives its reason: the one most mentions share, then the
     * smaller in every field, so that the choice does not depend on the order documents were added.
     */
    private final Comparator<Seen> reasonFirst = Comparator.<Seen>comparingInt(s -> -seen.get(s))
            .thenComparing(Seen::reason).thenComparing(Seen::key)
            .thenComparing(s -> s.mention.name()).thenComparing(s -> s.mention.title())
            .thenComparing(s -> s.mention.surface()).thenComparing(s -> s.mention.canonical())
            .thenComparing(s -> s.mention.country()).thenComparing(s -> s.mention.reason())
            .thenComparing(s -> s.mention.kind());

    /** Kanji: the longest full name (王毅 over 王); katakana: the most frequent spelling. */
    private String personName(String key, List<Seen> group) {
        List<String> names = group.stream().map(s -> s.mention.name()).toList();
        if (!KanaVariants.isKatakana(key.charAt("person:".length()))) {
            return names.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).orElseThrow();
        }
        String name = mostFrequent(group.stream().map(s -> new Counted(s.mention.name(), seen.get(s))).toList());
        // トランプ said more often than ドナルド・トランプ: the person is named in full
        List<Counted> full = group.stream().filter(s -> familyNameOf(name, s.mention.name()))
                .map(s -> new Counted(s.mention.name(), seen.get(s))).toList();
        return full.isEmpty() ? name : mostFrequent(full);
    }

    /** A value said {@code times} times. */
    private record Counted(String value, int times) {
    }

    private static String mostFrequent(List<Counted> values) {
        Map<String, Integer> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v.value(), v.times(), Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }

    /**
     * The resolved actors by key, and the keys merged into others. A mention's actor follows from
     * the mention and the other mentions of its document (rule 2), so the index keeps no entry per
     * mention: a project's million mentions need not stay in memory while its reports are merged.
     */
    public record ActorIndex(List<Actor> actors, Map<String, Actor> byKey, Map<String, String> mergedKey) {

        /**
         * The actor of a mention added with {@link #addDocument}.
         *
         * @param documentMentions every mention of its document, as added
         */
        public Actor actorOf(List<ActorMention> documentMentions, ActorMention mention) {
            return actorOf(new FullNames(documentMentions), mention);
        }

        private Actor actorOf(FullNames documentMentions, ActorMention mention) {
            String key = keyInDocument(mention, documentMentions)[0];
            Actor a = byKey.get(mergedKey.getOrDefault(key, key));
            if (a == null) {
                throw new IllegalArgumentException("mention not added: " + mention);
            }
            return a;
        }

        /**
         * The actor a key given in a document stands for (the key a mention gets from its own
         * document, before keys are merged across documents); null for a key never added.
         */
        public Actor actorOfKey(String documentKey) {
            return byKey.get(mergedKey.getOrDefault(documentKey, documentKey));
        }

        /** Every key a mention was given in its document: those of the actors and those merged into them. */
        public Set<String> documentKeys() {
            Set<String> keys = new HashSet<>(byKey.keySet());
            keys.addAll(mergedKey.keySet());
            return keys;
        }

        /** Whether a mention of this document was given one of these keys in it. */
        public static boolean namesAny(List<ActorMention> documentMentions, Set<String> documentKeys) {
            Set<ActorMention> forms = new HashSet<>();
            FullNames fullNames = new FullNames(documentMentions);
            for (ActorMention m : documentMentions) {
                if (forms.add(formOf(m)) && documentKeys.contains(keyInDocument(m, fullNames)[0])) {
                    return true;
                }
            }
            return false;
        }

        /** The actor of every mention of one document, each way an actor is written worked out once. */
        public Map<ActorMention, Actor> actorsOf(List<ActorMention> documentMentions) {
            Map<ActorMention, Actor> byForm = new HashMap<>();
            Map<ActorMention, Actor> out = new HashMap<>();
            FullNames fullNames = new FullNames(documentMentions);
            for (ActorMention m : documentMentions) {
                out.computeIfAbsent(m, x -> byForm.computeIfAbsent(formOf(x), form -> actorOf(fullNames, form)));
            }
            return out;
        }
    }
}
