package app.nenpyo.nlp;

import app.nenpyo.domain.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the words of one sentence that point back at an actor named before (同社, 同党, 同省, 同庁,
 * 同行, 同国, 同署 (a police station), 同氏 (a person), 両国, 両首脳, 両陛下, 両氏, a title written with no name: 首相は, 外相が, an office by its kind
 * alone: 地検は, 県警が, a municipality so: 市は, 同町の, and a body by its kind: 病院は, 同大 ({@link KindNouns})), from the
 * tokenizer's words so that 同行した (went along), 合同会社 and 両国国技館 are none. Stateless apart
 * from its gazetteer, which reads the titles (an {@link ActorFinder}'s, given it): one instance
 * serves every thread.
 *
 * <p>A title counts only as a phrase of its own: at the start of the sentence or after a comma, a
 * bracket or a particle, and followed by a particle (首相は, 首相の). 岸田首相 is a name, 英首相 and
 * 歴代首相 are someone else or no one, 首相官邸 is a building. Titles that are common nouns as often
 * as titles (代表, 選手, 議員, 氏) are left alone.
 */
public final class AnaphorFinder {

    /** 同 + what: the word after 同 says what the anaphor points at. */
    private static final Map<String, Anaphor.Points> SAME = Map.of("社", Anaphor.Points.COMPANY, "党", Anaphor.Points.PARTY,
            "省", Anaphor.Points.MINISTRY, "庁", Anaphor.Points.AGENCY, "行", Anaphor.Points.BANK, "国", Anaphor.Points.COUNTRY,
            "署", Anaphor.Points.OFFICE, "氏", Anaphor.Points.PERSON);

    /** 両 + what. */
    private static final Map<String, Anaphor.Points> BOTH = Map.of("国", Anaphor.Points.TWO_COUNTRIES,
            "首脳", Anaphor.Points.TWO_PEOPLE, "陛下", Anaphor.Points.TWO_PEOPLE, "氏", Anaphor.Points.TWO_PEOPLE);

    /** What may follow a country anaphor and keep it the country: 同国政府, 両国間. */
    private static final Set<String> COUNTRY_SIDE = Set.of("政府", "軍", "当局", "首脳", "間");

    /** Titles that are as often common nouns: 代表は may be anyone's, 選手は any players. */
    private static final Set<String> GENERIC_TITLES = Set.of("氏", "代表", "首脳", "選手", "議員", "弁護士", "大臣", "主席");

    /**
     * Offices of justice and police, a municipality's assembly, and the local police and fire service said by their kind
     * alone, that news names by their kind once their place is said: 地検, 県警, 市議会; 警察と消防は16日に実況見分を行い,
     * 消防によると (the town's fire service; never 消防署 or 警察官, whole words of their own).
     */
    private static final Set<String> OFFICES = Set.of("地検", "高検", "地裁", "高裁", "家裁", "県警", "府警", "道警",
            "市議会", "町議会", "村議会", "警察", "消防");

    /**
     * A municipality's election board, board of education and fire service said by their kind alone, which IPADIC
     * cuts into words (市 / 選管, 町 / 教委, 市 / 消防 / 本部): 町選管は19日、…を決めた; 市教委によると; 県警と市消防本部が.
     * A prefecture's are left: 県教委 and 県選管 are written whole with the prefecture as often as alone.
     */
    static final Set<String> MUNICIPAL_OFFICES = Set.of("市選管", "町選管", "村選管", "市選挙管理委員会", "町選挙管理委員会",
            "村選挙管理委員会", "市教委", "町教委", "村教委", "市教育委員会", "町教育委員会", "村教育委員会", "市消防本部",
            "町消防本部", "村消防本部", "市消防局");

    /**
     * The long forms of a board's name and the short one news says after it (朝凪町選挙管理委員会は…。町選管によると): one board
     * either way. A city's fire service is its 消防局 or its 消防本部 by its size, and news writes either for it.
     */
    private static final Map<String, String> BOARDS_SHORT_FORMS = Map.of("選挙管理委員会", "選管", "教育委員会", "教委",
            "消防局", "消防本部");

    /**
     * An office's name with its board written short: 朝凪町選挙管理委員会 → 朝凪町選管, 市教育委員会 → 市教委, 緑川市消防局 →
     * 緑川市消防本部; any other name as it is (兵庫県警).
     */
    static String withItsBoardShort(String office) {
        for (Map.Entry<String, String> board : BOARDS_SHORT_FORMS.entrySet()) {
            if (office.endsWith(board.getKey())) {
                return office.substring(0, office.length() - board.getKey().length()) + board.getValue();
            }
        }
        return office;
    }

    /** How many of IPADIC's words a municipal office said alone is cut into, at most (市 / 選挙 / 管理 / 委員 / 会). */
    private static final int MUNICIPAL_OFFICE_WORDS = 5;

    /** The kinds of municipality and prefecture news names by the kind alone once the name is said. */
    private static final Set<String> MUNICIPALITIES = Set.of("市", "町", "村", "県");

    /** What may stand right before a title or a kind written alone. */
    static final String PHRASE_START = "、。「『（(【 　";

    private final Gazetteer gazetteer;

    public AnaphorFinder() {
        this(Gazetteer.shared());
    }

    public AnaphorFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param text   one sentence
     * @param tokens its tokens
     * @param actors the actors {@link ActorFinder} found in it: a title inside one (岸田首相) is no anaphor
     * @return the anaphors in text order, spans into {@code text}
     */
    public List<Anaphor> find(String text, List<Token> tokens, List<ActorMention> actors) {
        List<Anaphor> out = new ArrayList<>(0);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (insideActor(t.span(), actors)) {
                continue;
            }
            Anaphor found = sameOrBoth(text, tokens, k);
            // a title, an office or a municipality said alone is a phrase of its own: its start is asked once, before
            // the gazetteer's walk and the lists (most tokens start none)
            if (found == null && startsAPhrase(text, tokens, k)) {
                found = titleAlone(text, tokens, k);
                if (found == null) {
                    found = officeAlone(text, tokens, k);
                }
                if (found == null) {
                    found = municipalityAlone(tokens, k);
                }
            }
            if (found == null) {
                found = KindNouns.alone(text, tokens, k);
            }
            if (found != null) {
                out.add(found);
            }
        }
        return out;
    }

    /** 同社 (one word), 同 / 党 (a prefix and a word), 両国, 両 / 首脳. */
    private static Anaphor sameOrBoth(String text, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String s = t.surface();
        int last = k;
        String what;
        char head;
        if (s.length() >= 2 && (s.charAt(0) == '同' || s.charAt(0) == '両') && t.is(PartOfSpeech.COMMON_NOUN)) {
            head = s.charAt(0);
            what = s.substring(1);
        } else if ((s.equals("同") || s.equals("両")) && t.is(PartOfSpeech.PREFIX) && k + 1 < tokens.size()
                && tokens.get(k + 1).span().start() == t.span().end()) {
            head = s.charAt(0);
            last = k + 1;
            what = tokens.get(last).surface();
        } else {
            return null;
        }
        Anaphor.Points points = (head == '同' ? SAME : BOTH).get(what);
        if (points == null && head == '同' && MUNICIPALITIES.contains(what)) {
            points = Anaphor.Points.MUNICIPALITY;
        }
        if (points == null && head == '同' && KindNouns.endings(what) != null) {
            points = Anaphor.Points.BODY_OF_KIND;
        }
        if (points == null || !endsPhrase(text, tokens, last, points)) {
            return null;
        }
        TextSpan span = new TextSpan(t.span().start(), tokens.get(last).span().end());
        // 同市 and 同署 point at a 市 or a 署 named before: the kind is what a candidate's name ends with
        boolean kindNamed = points == Anaphor.Points.MUNICIPALITY || points == Anaphor.Points.OFFICE
                || points == Anaphor.Points.BODY_OF_KIND;
        return new Anaphor(span.of(text), span, points, kindNamed ? what : "");
    }

    /** Whether a particle, a comma or the end follows: 同社は, 同国の; 同国政府 too for a country. */
    private static boolean endsPhrase(String text, List<Token> tokens, int last, Anaphor.Points points) {
        int end = tokens.get(last).span().end();
        if (end >= text.length() || "、。」）)".indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        if (last + 1 >= tokens.size() || tokens.get(last + 1).span().start() != end) {
            return false;
        }
        Token next = tokens.get(last + 1);
        boolean country = points == Anaphor.Points.COUNTRY || points == Anaphor.Points.TWO_COUNTRIES;
        return next.is(PartOfSpeech.PARTICLE) || country && COUNTRY_SIDE.contains(next.surface());
    }

    /** 首相は, 、外相が: a title as a phrase of its own (token {@code k} starts a phrase). */
    private Anaphor titleAlone(String text, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        int start = t.span().start();
        int length = gazetteer.titleLengthAt(text, start, text.length());
        if (length == 0) {
            return null;
        }
        int end = start + length;
        int last = k;
        while (last < tokens.size() && tokens.get(last).span().end() < end) {
            last++;
        }
        if (last == tokens.size() || tokens.get(last).span().end() != end) {
            return null;
        }
        String title = text.substring(start, end);
        if (!particleAfter(tokens, last) || GENERIC_TITLES.contains(title)) {
            return null;
        }
        return new Anaphor(title, new TextSpan(start, end), Anaphor.Points.TITLED_PERSON, title);
    }

    /**
     * 地検は, 、県警が: an office of justice or police said by its kind alone, as a phrase of its own (token {@code k}
     * starts a phrase), is the one of that kind the article named (東京地検は…。…地検は同日、男を起訴した).
     */
    private static Anaphor officeAlone(String text, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (OFFICES.contains(t.surface())) {
            return particleAfter(tokens, k) ? new Anaphor(t.surface(), t.span(), Anaphor.Points.OFFICE, t.surface()) : null;
        }
        return municipalOfficeAlone(text, tokens, k);
    }

    /**
     * 町選管は, 、市消防本部が: one of {@link #MUNICIPAL_OFFICES} written in several of IPADIC's words, as a phrase of its
     * own (token {@code k} starts one).
     */
    private static Anaphor municipalOfficeAlone(String text, List<Token> tokens, int k) {
        Token first = tokens.get(k);
        if ("市町村".indexOf(first.surface().charAt(0)) < 0) {
            return null;
        }
        int start = first.span().start();
        for (int last = k + 1; last < tokens.size() && last < k + MUNICIPAL_OFFICE_WORDS
                && tokens.get(last).span().start() == tokens.get(last - 1).span().end(); last++) {
            String said = text.substring(start, tokens.get(last).span().end());
            if (MUNICIPAL_OFFICES.contains(said)) {
                return particleAfter(tokens, last)
                        ? new Anaphor(said, new TextSpan(start, tokens.get(last).span().end()), Anaphor.Points.OFFICE, said) : null;
            }
        }
        return null;
    }

    /**
     * 市は, 、県が: a municipality or prefecture said by its kind alone, as a phrase of its own (token {@code k} starts
     * a phrase), is the one of that kind the article named (福井県北浜市の…。市は…), as an office is.
     */
    private static Anaphor municipalityAlone(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return MUNICIPALITIES.contains(t.surface()) && t.is(PartOfSpeech.COMMON_NOUN) && particleAfter(tokens, k)
                ? new Anaphor(t.surface(), t.span(), Anaphor.Points.MUNICIPALITY, t.surface()) : null;
    }

    /** Whether token {@code k} starts a phrase: the text's start, a phrase mark or a particle before it. */
    private static boolean startsAPhrase(String text, List<Token> tokens, int k) {
        int start = tokens.get(k).span().start();
        return start == 0 || PHRASE_START.indexOf(text.charAt(start - 1)) >= 0
                || k > 0 && tokens.get(k - 1).span().end() == start && tokens.get(k - 1).is(PartOfSpeech.PARTICLE);
    }

    /** Whether a particle follows token {@code last} right after it. */
    private static boolean particleAfter(List<Token> tokens, int last) {
        return last + 1 < tokens.size() && tokens.get(last + 1).span().start() == tokens.get(last).span().end()
                && tokens.get(last + 1).is(PartOfSpeech.PARTICLE);
    }

    private static boolean insideActor(TextSpan span, List<ActorMention> actors) {
        for (ActorMention m : actors) {
            if (m.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
