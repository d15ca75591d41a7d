package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.FullWidth;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names Nenpyo knows without the tokenizer: countries and their short forms, cities with
 * their country, organisations with their abbreviations, people IPADIC mistags (習近平), and titles. Read once from
 * {@code /assets/gazetteer/} on the classpath (see the README there); immutable, so one instance
 * serves every thread.
 *
 * <p>{@code longestAt("カザフのトレウベルディ外相", 0)} → カザフ, canonical カザフスタン, reason
 * "gazetteer short form of カザフスタン"; {@code titleLengthAt("王毅国務委員兼外相", 2)} → 7
 * (国務委員兼外相); {@code shortFormCountry('露')} → ロシア.
 *
 * <p>Known weakness: a name that is also a common word (タイ, ジョージア, 代表) is taken whenever it
 * is written; the lists favour news about states and diplomacy.
 */
public final class Gazetteer {

    /** A known name: what was written, what it stands for, and why. */
    public record Entry(String surface, String canonical, ActorKind kind, String country, String reason) {
    }

    private static final String BASE = "/assets/gazetteer/";

    private final Map<String, Entry> names = new HashMap<>();
    private final Map<Character, String> shortForms = new HashMap<>();
    private final Map<String, Character> shortFormOfCountry = new HashMap<>();
    private final Set<String> titles = new HashSet<>();
    /** Words the tokenizer takes for names that name no actor (EV, 日経平均株価). */
    private final Set<String> notActors = new HashSet<>();
    /**
     * Names other states' bodies share, listed with their country and の (ノルウェーのノーベル賞委員会: Sweden's prize committees
     * are ノーベル委員会 too): the body's only where its country and の are written right before ({@link #afterItsCountryAt}).
     */
    private final List<Entry> afterItsCountry = new ArrayList<>();
    /** Places whose names are as often surnames (山口): places only where the text says so. */
    private final Map<String, Entry> surnamePlaces = new HashMap<>();
    /** The same names, titles and words naming no actor, for the longest written at a position: asked at every character of every dated sentence. */
    private WordTrie nameWords;
    private WordTrie titleWords;
    private WordTrie notActorWords;
    private String[] shortFormAt;

    private static final class Holder {
        static final Gazetteer SHARED = load();
    }

    private Gazetteer() {
    }

    /** The shipped gazetteer, loaded on first use. */
    public static Gazetteer shared() {
        return Holder.SHARED;
    }

    static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String[] row : rows("countries.tsv")) {
            String canonical = row[0];
            g.add(new Entry(canonical, canonical, ActorKind.COUNTRY, canonical, "canonical name"));
            for (String other : list(row, 1)) {
                g.add(new Entry(other, canonical, ActorKind.COUNTRY, canonical,
                        other.length() < canonical.length() ? "gazetteer short form of " + canonical
                                : "gazetteer name of " + canonical));
            }
            for (String shortForm : list(row, 2)) {
                g.shortForms.put(shortForm.charAt(0), canonical);
                g.shortFormOfCountry.put(canonical, shortForm.charAt(0));
            }
        }
        for (String[] row : rows("places.tsv")) {
            String country = row.length > 1 ? row[1] : "";
            g.add(new Entry(row[0], row[0], ActorKind.PLACE, country, "canonical name"));
            for (String other : list(row, 2)) {
                g.add(new Entry(other, row[0], ActorKind.PLACE, country, "gazetteer name of " + row[0]));
            }
        }
        for (String[] row : rows("organisations.tsv")) {
            String country = row.length > 2 ? row[2] : "";
            g.add(new Entry(row[0], row[0], ActorKind.ORGANISATION, country, "canonical name"));
            for (String other : list(row, 1)) {
                if (!country.isEmpty() && other.startsWith(country + "の")) {
                    g.afterItsCountry.add(new Entry(other.substring(country.length() + 1), row[0], ActorKind.ORGANISATION, country,
                            "gazetteer name of " + row[0] + " after its country"));
                    continue;
                }
                g.add(new Entry(other, row[0], ActorKind.ORGANISATION, country, "gazetteer abbreviation of " + row[0]));
            }
        }
        for (String[] row : rows("people.tsv")) {
            String country = row.length > 1 ? row[1] : "";
            g.add(new Entry(row[0], row[0], ActorKind.PERSON, country, "canonical name"));
            for (String other : list(row, 2)) {
                g.add(new Entry(other, row[0], ActorKind.PERSON, country, "gazetteer name of " + row[0]));
            }
        }
        for (String[] row : rows("titles.txt")) {
            g.titles.add(row[0]);
        }
        for (String[] row : rows("places-also-surnames.tsv")) {
            g.surnamePlaces.put(row[0], new Entry(row[0], row[0], ActorKind.PLACE, row.length > 1 ? row[1] : "", "canonical name"));
        }
        for (String[] row : rows("not-actors.txt")) {
            g.notActors.add(FullWidth.narrow(row[0]));
        }
        g.notActorWords = new WordTrie(g.notActors);
        g.nameWords = new WordTrie(g.names.keySet());
        g.titleWords = new WordTrie(g.titles);
        g.shortFormAt = new String[Character.MAX_VALUE + 1];
        g.shortForms.forEach((c, country) -> g.shortFormAt[c] = country);
        return g;
    }

    /** Keyed by the name narrowed ({@link FullWidth}): ＮＡＴＯ and Ｇ７ as papers print them are NATO and G7. */
    private void add(Entry e) {
        names.putIfAbsent(FullWidth.narrow(e.surface()), e);
    }

    private static List<String> list(String[] row, int column) {
        List<String> out = new ArrayList<>();
        if (row.length > column) {
            for (String s : row[column].split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    private static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer file missing from the classpath: " + BASE + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + file, e);
        }
        return rows;
    }

    /** The longest known name starting at {@code pos}, not reaching past {@code limit}. */
    public Optional<Entry> longestAt(String text, int pos, int limit) {
        if (pos >= limit) {
            // a name ends the text: nothing after it (会談したのはロシア)
            return Optional.empty();
        }
        // the key as the trie holds it: no substring cut, narrowed and hashed again at every name found
        String key = nameWords.longestWordAt(text, pos, limit);
        return key == null ? Optional.empty() : Optional.of(names.get(key));
    }

    /**
     * The name other states' bodies share starting at {@code pos}, where its own country and の stand right before it:
     * ノーベル賞委員会 in ノルウェーのノーベル賞委員会 → ノルウェー・ノーベル委員会; none in スウェーデン王立科学アカデミーのノーベル委員会.
     */
    public Optional<Entry> afterItsCountryAt(String text, int pos) {
        if (pos < 2 || text.charAt(pos - 1) != 'の') {
            return Optional.empty(); // asked at every character: most follow no の
        }
        for (Entry e : afterItsCountry) {
            int country = pos - 1 - e.country().length();
            if (country >= 0 && text.startsWith(e.surface(), pos) && text.startsWith(e.country(), country)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The length of the longest word starting at {@code pos} that names no actor though the
     * tokenizer tags it a proper noun (EV, TOPIX, 日経平均株価), 0 if none. A known name longer
     * than it still wins where it is written.
     */
    public int notActorLengthAt(String text, int pos) {
        for (int len = notActorWords.longestAt(text, pos, text.length()); len > 0;
                len = notActorWords.longestAt(text, pos, pos + len - 1)) {
            // EV in EVERY is no word of its own: a shorter one written there may be
            boolean latin = FullWidth.isAsciiLetter(text.charAt(pos + len - 1));
            if (!latin || pos + len == text.length() || !FullWidth.isAsciiLetter(text.charAt(pos + len))) {
                return len;
            }
        }
        return 0;
    }

    /** Whether a word is listed as naming no actor (サッカー before 選手 is no name). */
    public boolean isNotActor(String word) {
        return notActors.contains(FullWidth.narrow(word));
    }


    /** A place whose name is as often a surname (山口, 福島): to be taken only where the text says it is a place. */
    public Optional<Entry> placeAlsoSurname(String word) {
        return Optional.ofNullable(surnamePlaces.get(word));
    }

    public Optional<Entry> exactly(String name) {
        return Optional.ofNullable(names.get(FullWidth.narrow(name)));
    }

    /**
     * The length of the title starting at {@code pos}, 0 if none: the longest known title,
     * followed by any number of 兼 + title (国務委員兼外相), and after 新 or 次期 when they come
     * first (植田新総裁, 次期大統領).
     */
    public int titleLengthAt(String text, int pos, int limit) {
        for (String before : TITLE_PREFIXES) {
            if (text.startsWith(before, pos) && !titles.contains(before)) {
                int after = titlesAt(text, pos + before.length(), limit, afterAForeignName(text, pos));
                if (after > 0) {
                    return before.length() + after;
                }
            }
        }
        return titlesAt(text, pos, limit, afterAForeignName(text, pos));
    }

    /**
     * A katakana name ends before {@code pos}: where the script changes, the title's first character is
     * known; after a kanji name it is not (赤沢亮正経済財政相 would read 正経済財政相 as the title).
     */
    private static boolean afterAForeignName(String text, int pos) {
        if (pos == 0) {
            return false;
        }
        char c = text.charAt(pos - 1);
        return c >= 'ァ' && c <= 'ヺ' || c == 'ー';
    }

    /** 新総裁, 次期大統領, 前代表, 元首相: what may stand before a title and keep it one (of another time). */
    private static final List<String> TITLE_PREFIXES = List.of("次期", "新", "前", "元");

    private int titlesAt(String text, int pos, int limit, boolean afterAForeignName) {
        int end = pos;
        while (true) {
            int len = longestTitle(text, end, limit);
            if (len == 0 && afterAForeignName) {
                len = ministerAt(text, end, limit);
            }
            if (len == 0) {
                return end == pos ? 0 : end - pos - (text.charAt(end - 1) == '兼' ? 1 : 0);
            }
            end += len;
            if (end < limit && text.charAt(end) == '兼') {
                end++;
            } else {
                return end - pos;
            }
        }
    }

    private int longestTitle(String text, int pos, int limit) {
        return titleWords.longestAt(text, pos, limit);
    }

    /** The longest portfolio a minister's title may name before 相 or 大臣: 国家安全保障 (国家安全保障相). */
    private static final int LONGEST_PORTFOLIO = 6;

    /**
     * The length of a minister's title no list holds, 0 if none: a portfolio of two kanji or katakana
     * or more, then 相 or 大臣, then no more kanji (経済相が → 経済相; 石油相, 保健大臣, エネルギー相). The
     * portfolios of the world's cabinets are too many to list; read only where a title may stand
     * (after a name, or alone as a title is), so a word such as 真相 or 様相 (one character before 相)
     * is none, nor 経済相会合 (a meeting of them), nor a listed title after more of a name (菅義偉首相: 偉 is
     * the name's). Known weakness: a katakana portfolio right after a katakana name is read as part of the
     * name (ミハウ・クリメツキ・エネルギー相).
     */
    private int ministerAt(String text, int pos, int limit) {
        int end = pos;
        while (end < limit && end - pos <= LONGEST_PORTFOLIO && isPortfolioChar(text.charAt(end))) {
            if (end > pos && longestTitle(text, end, limit) > 0 && !text.startsWith("大臣", end)) {
                return 0;
            }
            end++;
        }
        for (int stop = end; stop >= pos + 2; stop--) {
            int after = text.startsWith("大臣", stop) ? stop + 2 : text.startsWith("相", stop) ? stop + 1 : -1;
            if (after > 0 && after <= limit && (after == limit || !isHan(text.charAt(after)))) {
                return after - pos;
            }
        }
        return 0;
    }

    private static boolean isPortfolioChar(char c) {
        return isHan(c) && c != '相' || c >= 'ァ' && c <= 'ヺ' || c == 'ー';
    }

    private static boolean isHan(char c) {
        return Scripts.isHan(c);
    }

    public boolean isTitle(String s) {
        return titles.contains(s);
    }

    /** The country a one-character short form stands for: 米 → 米国. */
    public Optional<String> shortFormCountry(char c) {
        return Optional.ofNullable(shortFormAt[c]);
    }

    /** The one-character short form of a country (米国 → 米), for labels such as 米露協議. */
    public Optional<Character> shortFormOf(String country) {
        return Optional.ofNullable(shortFormOfCountry.get(country));
    }
}
