package app.nenpyo.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Whether an infection a clause tells is a machine's, malware on computers, not an outbreak among people or animals
 * (decision 0029's addendum of session 42): the words read name malware (ランサムウェア, マルウェア, コンピューターウイルス)
 * or a machine (パソコン, サーバー, 端末, コンピューター), so 感染 there is no disaster. The writers of sets five and
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
 * named in outbreaks too) stays a disaster; a machine named beside a real outbreak (感染者の端末の記録) makes it other.
 */
final class MachinesInfected {

    /** The word whose disaster a machine's infection is not. */
    private static final String INFECTION = "感染";

    /**
     * Malware and machines, whose infection is on computers: ランサムウェア (its Japanese name 身代金要求型ウイルス), マルウェア,
     * コンピューターウイルス; パソコン, サーバー, 端末, コンピューター. Not システム nor ネットワーク: 医療システムが逼迫 is
     * told of outbreaks.
     */
    private static final List<String> MACHINES = List.of("ランサムウェア", "身代金要求型", "マルウェア", "コンピューター",
            "コンピュータ", "パソコン", "サーバー", "サーバ", "端末");

    private MachinesInfected() {
    }

    /**
     * Whether the texts say 感染 and name malware or a machine: {@code ("職員のパソコンがウイルスに感染")} → true;
     * {@code ("東京都で876人の感染が確認")} → false.
     */
    static boolean aMachineInfected(String label, Collection<String> headWords, Collection<String> clauseWords) {
        boolean infection = false;
        boolean machine = false;
        // loops, not streams: every report a disaster's words give comes through here (decision 0021)
        for (String text : texts(label, headWords, clauseWords)) {
            infection |= text.contains(INFECTION);
            for (String m : MACHINES) {
                machine |= text.contains(m);
            }
        }
        return infection && machine;
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

    private static List<String> texts(String label, Collection<String> headWords, Collection<String> clauseWords) {
        List<String> all = new ArrayList<>(headWords.size() + clauseWords.size() + 1);
        all.add(label);
        all.addAll(headWords);
        all.addAll(clauseWords);
        return all;
    }
}
