package app.nenpyo.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether an infection a clause tells is a machine's, malware on computers, not an outbreak among people or animals
 * (decision 0029's addendum of session 42): the words read tell malware (ランサムウェア, マルウェア, コンピューターウイルス)
 * or a machine (パソコン, サーバー, 端末, コンピューター) as what is infected (パソコンがウイルスに感染, ランサムウェアに感染:
 * review rvD), so 感染 there is no disaster. The writers of sets five and
 * seven file such infections as other (職員のパソコンがウイルスに感染, ランサムウェアに感染していたことが分かった, and
 * 荷役会社もウイルスに感染し、システムを止めている), as session 28 filed サイバー攻撃 (a crime on computers, no armed attack).
 *
 * <pre>
 *   同病院では3年前、職員のパソコンがウイルスに感染した。      → OTHER (a machine infected)
 *   同社のサーバーは5日、ランサムウェアに感染した。             → OTHER
 *   東京都内では24日、新たに876人の感染が確認された。           → DISASTER (people)
 *   養鶏場で5日、鳥インフルエンザの感染が確認された。           → DISASTER (birds)
 * </pre>
 *
 * <p>Read by {@link CategoryRules#categorise} on the category its words give: only a disaster is read again, its words
 * without 感染, so what else they say still decides (落雷で停電し、パソコンが…感染: the power cut). Known weaknesses: an
 * infection named only after the deed (ウイルスに感染し、システムを止めている: システム is not read, for 医療システム is
 * named in outbreaks too) stays a disaster; a machine named beside a real outbreak, not infected (共用のパソコンの消毒を
 * 徹底, 感染者の端末の記録), no longer makes it other (review rvD, finding 3), but one told with が, は or も before a
 * later に感染 in the same clause still might.
 */
final class MachinesInfected {

    /** The word whose disaster a machine's infection is not. */
    private static final String INFECTION = "感染";

    /** Malware: ランサムウェア (its Japanese name 身代金要求型ウイルス), マルウェア, コンピューターウイルス. */
    private static final String MALWARE = "(?:ランサムウェア|身代金要求型|マルウェア|コンピューター?ウイルス)";

    /**
     * Machines: パソコン, サーバー, 端末, コンピューター. Not システム nor ネットワーク: 医療システムが逼迫 is told of
     * outbreaks.
     */
    private static final String MACHINE = "(?:コンピューター?|パソコン|サーバー?|端末)";

    /**
     * The machine or malware as what is infected (review rvD, finding 3), in a text or in words read in a row: malware
     * then (に)感染 (ランサムウェアに感染, the words ランサムウェア 感染); a machine, then が, は or も and within the clause
     * に感染 (パソコンがウイルスに感染), or ウイルス right after it (the words パソコン ウイルス 感染). A machine named
     * elsewhere (共用のパソコンの消毒を徹底, パソコンなどの共用を控える) tells no machine infected.
     */
    private static final Pattern INFECTED = Pattern.compile(MALWARE + "に?" + INFECTION + "|" + MACHINE
            + "(?:[がはも][^、。]{0,15}?に|ウイルスに?)" + INFECTION);

    private MachinesInfected() {
    }

    /**
     * Whether the label, a head word, or the words read in a row tell malware or a machine infected:
     * {@code ("職員のパソコンがウイルスに感染")} → true; {@code ("東京都で876人の感染が確認")} → false;
     * {@code ("看護師ら10人の感染が確認", words 感染 確認 共用 パソコン 消毒)} → false (the machine is not what is infected).
     */
    static boolean aMachineInfected(String label, Collection<String> headWords, Collection<String> clauseWords) {
        // loops, not streams: every report a disaster's words give comes through here (decision 0021)
        for (String text : texts(label, headWords, clauseWords)) {
            if (INFECTED.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The text without 感染: パソコンがウイルスに感染 → パソコンがウイルスに, 感染 → "". */
    static String withoutTheInfection(String text) {
        return text.replace(INFECTION, "");
    }

    /** The words without 感染 in any of them. */
    static List<String> withoutTheInfection(Collection<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(withoutTheInfection(w));
        }
        return out;
    }

    /** The label, each head word, and the head words and the clause words each read in a row (joined). */
    private static List<String> texts(String label, Collection<String> headWords, Collection<String> clauseWords) {
        List<String> all = new ArrayList<>(headWords.size() + 3);
        all.add(label);
        all.addAll(headWords);
        all.add(String.join("", headWords));
        all.add(String.join("", clauseWords));
        return all;
    }
}
