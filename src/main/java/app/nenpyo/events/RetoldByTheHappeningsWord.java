package app.nenpyo.events;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.nlp.JapaneseTokens;
import app.nenpyo.nlp.Token;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * A later article's clause that names a happening by its word alone, a word the report of that day says among its
 * clause's words, not as the deed it is labelled by: the report tells the whole day (a vote held and its result, a
 * launch and its failure, a games' opening ceremony and its start) and is labelled by its first deed, while the
 * retelling names the one it looks back on, as a noun with no doer.
 *
 * <pre>
 *   北浜県で12日、…の賛否を問う住民投票が行われ、反対多数で否決された (label 住民投票が実施; words …投票, 否決)
 *   and 12日に条例案が否決されてから… (label 条例案が否決, no subject, head 否決): one happening (+2)
 *   (of twelve words and of four: 移転, 案, 否決, たつ)
 * </pre>
 *
 * <p>The retelling has no subject (a subject says whose deed it is, and a shared one already counts), is a clause of
 * at most half the report's words (a report of its own, トラックとバスが衝突し, is no retelling of a drill's 昨年の衝突事故を
 * 教訓に…), is in another document (one article's sentences share their topic's words, whatever each tells),
 * and names no actor the report does not (another doer's deed, another town's: 与野党が激しく衝突 beside 北浜市の国道で
 * …衝突事故). The word is not what the report's deed is done to (国内合宿を終えた beside 合宿が始まった, 判決を言い渡した
 * beside 判決は確定した: another deed of that thing). Its word names a happening in nouns alone
 * (否決, 爆発, 開幕, not 見る nor a generic 開始), is no person's word and no actor's name (スコットランド of
 * スコットランド戦のあった13日 names a side, not a match), and is no head word of the report (a shared head word already
 * counts). Two reports that name a place each the other does not, or two places, are two happenings. No meeting
 * either, of the retelling or the report: a day holds many talks, and a talk's clause names what was talked over
 * (…の首脳と会談し、…について協議した beside another capital's 協議が…で始まった: the generated posts, session 41). The two are of
 * one kind, or the one of them says none ({@link EventCategory#OTHER}, a retelling is often read so: 案が否決, 初号機の
 * 爆発): then the kind counts as shared.
 *
 * <p>Near misses: another town's happening of that day in the report's word (南浜町で…否決 beside 北浜県の否決: two
 * places); a thing the report's clause names (条例 of 条例が施行され beside 条例を知らせるチラシを配った); a speaker's words
 * (「…延期もやむを得ない」と述べた beside 延期が決まった夜); talks and their matter (会談し、…について協議した beside …の協議も
 * 始まった). Known weaknesses: a word the report says of a thing to come or not done outside a statement (延期はしない)
 * joins the retelling of that word as well; a report with a subject keeps its clause's other words to itself
 * (…を打ち上げたが、約5秒後に爆発した is not joined by 初号機の爆発は12日で).
 */
final class RetoldByTheHappeningsWord {

    /** The points of the word, beside the kind's: enough with it, as a shared word naming the happening gets. */
    static final double POINTS = 2;

    /** What a retelling may name only if the report does: a retelling names nothing new, neither doer nor place. */
    private static final Set<ActorKind> NAMED = EnumSet.allOf(ActorKind.class);

    private RetoldByTheHappeningsWord() {
    }

    /** The word by which one of two reports retells the other's happening, "" when neither does. */
    static String word(ResolvedReport a, ResolvedReport b) {
        String word = wordOf(a, b);
        return word.isEmpty() ? wordOf(b, a) : word;
    }

    /** Whether the two are of one kind, or one says none: the kind counted as shared then. */
    static boolean kindsAgree(ResolvedReport a, ResolvedReport b) {
        EventCategory ca = a.report().category();
        EventCategory cb = b.report().category();
        return ca == cb || ca == EventCategory.OTHER || cb == EventCategory.OTHER;
    }

    /** The head words a report without a subject may retell a happening by, which it looks for among others' words. */
    static boolean mayRetell(ResolvedReport r, String head) {
        return r.subject().isEmpty() && namesTheHappeningInNouns(head);
    }

    private static String wordOf(ResolvedReport retelling, ResolvedReport report) {
        if (!retelling.report().time().start().equals(retelling.report().time().end()) || retelling.subject().isPresent() || report.subject().isPresent() || report.report().category() == EventCategory.STATEMENT
                || retelling.report().category() == EventCategory.MEETING || report.report().category() == EventCategory.MEETING
                || 2 * retelling.wordIds().length > report.wordIds().length
                || !kindsAgree(retelling, report)
                || retelling.report().source().documentKey().equals(report.report().source().documentKey())
                || placesApart(retelling, report) || namesADoerTheOtherDoesNot(retelling, report)) {
            return "";
        }
        for (String head : retelling.report().headWords()) {
            if (namesTheHappeningInNouns(head) && report.report().contentWords().contains(head) && !report.report().headWords().contains(head)
                    && !head.equals(report.report().object())
                    && !anActorsName(head, report) && !anActorsName(head, retelling)) {
                return head;
            }
        }
        return "";
    }

    private static boolean namesTheHappeningInNouns(String head) {
        return Similarity.aSharedHeadNamesTheHappening(head) && CompoundHeads.allNouns(head)
                && !Morphemes.PERSON_NOUNS.contains(head) && !WordsBeforeAGenericDeed.isGenericDeed(head) && namesADeed(head);
    }

    /**
     * Whether a word is a noun of a deed, one する follows (否決, 開幕, 爆発, 延期: the tagger's サ変接続 at its end), not of a
     * thing (条例, ゲート, パイロット), which many happenings' clauses name. Read once a word while the kept words last.
     */
    static boolean namesADeed(String word) {
        Boolean known = DEEDS.get(word);
        if (known != null) {
            return known;
        }
        List<Token> tokens = JapaneseTokens.of(word);
        boolean deed = !tokens.isEmpty() && Morphemes.isSahen(tokens.get(tokens.size() - 1));
        if (DEEDS.size() >= WORDS_KEPT) {
            // a project of years of news holds words without end: the memory kept stays bounded, a word read again
            DEEDS.clear();
        }
        DEEDS.put(word, deed);
        return deed;
    }

    /** How many words' readings are kept between merges. */
    private static final int WORDS_KEPT = 20_000;
    private static final Map<String, Boolean> DEEDS = new ConcurrentHashMap<>();

    private static boolean placesApart(ResolvedReport a, ResolvedReport b) {
        return a.place().isPresent() && b.place().isPresent() && !a.place().get().key().equals(b.place().get().key())
                || Similarity.twoPlacesApart(a, b);
    }

    private static boolean namesADoerTheOtherDoesNot(ResolvedReport retelling, ResolvedReport report) {
        return Similarity.namesOneTheOtherDoesNot(retelling, report, NAMED);
    }

    private static boolean anActorsName(String word, ResolvedReport r) {
        for (Actor a : r.actors()) {
            if (a.name().contains(word) || word.contains(a.name())) {
                return true;
            }
        }
        return false;
    }
}
