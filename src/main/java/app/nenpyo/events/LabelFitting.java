package app.nenpyo.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Fits a label's parts to {@link Label#MAX_LENGTH}: a part told with the clause describing it is said without it first
 * (国に賠償を命じる判決を → 判決を), then what it was about is dropped (…について), then where the deed was done
 * (首相官邸で), then the first part, and a label
 * still too long is cut with …; a bracket or quote cut from its pair is dropped (「ABC」社 read from ABC on: ABC」社 →
 * ABC社).
 *
 * <p>Known weakness: the parts are dropped by their endings (で, から), not by what they say.
 */
final class LabelFitting {

    private LabelFitting() {
    }

    /**
     * The label of {@code lead} and {@code parts}, at most {@link Label#MAX_LENGTH} characters: 県教育委員会が +
     * [来月, 県内の…を対象とした説明会を, 開催] → 県教育委員会が来月説明会を開催 when {@code shorter} says the long part
     * without its clause (説明会を).
     *
     * @param shorter a part told with the clause that describes it, and the part without it
     */
    static String fit(String lead, List<String> parts, Map<String, String> shorter) {
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
     * Which part a label too long drops first: what the deed was about (「SLIM」について), which the deed's own
     * arguments say more closely; then where the deed was done or came from (…センターから, 首相官邸で), as a headline
     * keeps who did what to what (JAXAが新型ロケット2号機を打ち上げ); else the first part. The last part, the deed, is
     * never dropped.
     */
    private static int leastNeeded(List<String> parts) {
        for (int i = 0; i < parts.size() - 1; i++) {
            if (parts.get(i).endsWith("について")) {
                return i;
            }
        }
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
}
