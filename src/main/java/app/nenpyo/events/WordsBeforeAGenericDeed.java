package app.nenpyo.events;

import app.nenpyo.nlp.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words naming a report's happening that its head words miss, because the deed that ends its label names
 * nothing: the happening is then named by the word before that deed, as decision 0043 already reads the
 * object of 実施 or 開始 (侵攻を開始 → 侵攻). Two ways news puts such a word:
 * <ul>
 *   <li>the thing a body issues (出す, 下す, 発出, 発令) or ends (終える): the label's noun before を is the happening,
 *       and the deed only says it was given out or ended. 委員会が…に基づく勧告を出す → 勧告; 北浜市が「避難指示」を出す
 *       → 避難指示, which 避難指示が出る names as its subject; 北浜小学校で卒業式を終える → 卒業式, which 卒業式が開かれ
 *       (heads 式, 卒業式, 開催) names as what was held;</li>
 *   <li>a compound head ending in a generic deed (発表, 表明, 実施, 決定: {@link Morphemes#GENERIC_NOUNS}), joined
 *       by の or not: 出場辞退の発表 → 出場辞退, 脱退表明 → 脱退; the first part says what was announced.</li>
 * </ul>
 * Only a word of two characters or more (the run of noun characters before the deed, or a name in brackets
 * there), not generic, not a kind of matter (事件, 問題: {@link CompoundHeads}), not a participant (首相), not one of
 * the report's actors, who did the deed (気象庁の発表, 岸田首相の発表: the doer joined by の is no happening): a
 * court's 決定を出す gives nothing (決定 is generic); 合格発表 gives 合格.
 *
 * <p>{@code of("個人情報保護委員会が個人情報保護法に基づく勧告を出す", [出す])} → [勧告];
 * {@code of("出場辞退の発表", [発表, 出場辞退の発表])} → [出場辞退];
 * {@code of("長崎地裁が運転を認めない決定を出す", [出す])} → [];
 * {@code of("選手が大会に出る", [出る])} → [] (出る is said of the thing, which is already the head).
 *
 * <p>Known weaknesses: only the last run of noun characters before the deed is read (事業の許可を取り消す処分を
 * 出す → 処分, not what the order is about), and a name written partly in kana loses its brackets in the label
 * (経済産業省が電力需給ひっ迫注意報を出す → 迫注意報, which still ends the other's 電力需給ひっ迫注意報); a thing
 * bodies issue to many on a day (two towns' 避難指示) is one word for all, and only their subjects or places keep
 * them apart.
 */
final class WordsBeforeAGenericDeed {

    /** The deed of ending a thing, whose thing is often of a kind many end on one day (卒業式, 運行). */
    static final String ENDING = "終える";

    /**
     * Deeds that say a thing was given out or brought to its end, not what: the thing names the happening, the deed
     * nothing. 終える is the transitive of 終わる, which the head words already read as the generic 終了; a clause of
     * 終える (卒業式を終えた, 最後の運行を終えた) keeps it as its head, and only its object says which happening ended.
     */
    private static final Set<String> DEEDS_NAMING_NOTHING = Set.of("出す", "下す", "発出", "発令", ENDING);

    /**
     * The generic words of {@link Morphemes#GENERIC_NOUNS} that are deeds, which a compound may end with: not 政府 or
     * 当局 (日本政府 names a doer, not a happening called 日本), nor 方針 or 見通し (a plan's subject is no happening).
     */
    private static final Set<String> GENERIC_DEEDS = Set.of("開始", "終了", "実施", "発言", "表明", "発表", "発生", "開催", "決定");

    /** The head words of a beginning ({@link #begins}). */
    private static final Set<String> BEGINNINGS = Set.of("開始", "再開", "開幕", "開会");

    /** Brackets a paper sets a named warning or plan in (「電力需給ひっ迫注意報」を出す), closing and opening. */
    private static final String CLOSING = "」』";
    private static final String OPENING = "「『";

    /** The longest name in brackets read as one word: a quotation is longer. */
    private static final int LONGEST_NAME = 20;

    private WordsBeforeAGenericDeed() {
    }

    /** Whether a head word is a deed that names no happening of its own (発表, 表明, 開催): what was done is elsewhere. */
    static boolean isGenericDeed(String head) {
        return GENERIC_DEEDS.contains(head);
    }

    /**
     * Whether a head word is a word naming a happening joined to a deed naming nothing, the compound a later writer
     * names an announcement by (回収発表, 出場辞退の発表 → true; 発表, 回収 → false).
     */
    static boolean endsWithAGenericDeed(String head) {
        for (String generic : GENERIC_DEEDS) {
            if (head.length() > generic.length() && head.endsWith(generic)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a head word is a deed of giving out or ending (出す, 下す, 発出, 発令, 終える), which names no happening:
     * two towns' 避難指示を出す share it, not their orders, two schools' 卒業式を終える not their ceremonies. Merging
     * reads the thing given out or ended instead, and neither keys, shared heads nor compound ends
     * ({@link CompoundHeads}) count it. Known weakness: 出る and the passive forms (出される,
     * 発令される) are other words and still count as a shared head of two towns' orders.
     */
    static boolean namesNothing(String head) {
        return DEEDS_NAMING_NOTHING.contains(head);
    }

    /**
     * The words naming the happening before a deed that names nothing, in the order found (none for most reports),
     * but not a word that is, or ends with, one of the report's actors as written: a doer joined by の to the deed is
     * no happening ({@code of("気象庁の発表", [発表, 気象庁の発表], [気象庁])} → []).
     */
    static List<String> of(String label, List<String> headWords, List<String> actors) {
        return found(label, headWords, actors).stream().map(Found::word).toList();
    }

    /** The deed a word of {@link #of} was named before (出す of 勧告を出す, 開始 of 販売開始); "" when it is none of them. */
    static String deedAfter(String label, List<String> headWords, String word) {
        return found(label, headWords, List.of()).stream().filter(f -> f.word().equals(word)).map(Found::deed)
                .findFirst().orElse("");
    }

    /**
     * The words of {@link #of} named before 終える, the things whose end the report tells, read once for a report
     * ({@link ResolvedReport#wordsEnded}): {@code endedIn("北浜小学校で卒業式を終える", [])} → [卒業式];
     * {@code endedIn("公正取引委員会が勧告を出す", [])} → []. Only the label's last deed can be 終える, so the head
     * words are not read.
     */
    static List<String> endedIn(String label, List<String> actors) {
        List<Found> out = new ArrayList<>(0);
        addNamedBefore(out, label, ENDING, actors);
        return out.stream().map(Found::word).toList();
    }

    /**
     * Whether a head word tells a beginning (開始 of 始まる, 再開, 開幕, 開会): the start of a thing is never its end, so a
     * thing ended is not the thing another report begins on that day (国内合宿を終えた / 別の合宿が始まった).
     */
    static boolean begins(String head) {
        return BEGINNINGS.contains(head);
    }

    /** A word naming the happening and the deed naming nothing it was said before. */
    private record Found(String word, String deed) {
    }

    private static List<Found> found(String label, List<String> headWords, List<String> actors) {
        List<Found> out = new ArrayList<>(0);
        for (String deed : DEEDS_NAMING_NOTHING) {
            addNamedBefore(out, label, deed, actors);
        }
        for (String head : headWords) {
            for (String generic : GENERIC_DEEDS) {
                if (head.length() > generic.length() && head.endsWith(generic)) {
                    int end = head.length() - generic.length();
                    add(out, lastNounRun(head, head.charAt(end - 1) == 'の' ? end - 1 : end), generic, actors);
                }
            }
        }
        return out;
    }

    /** The word before a label's last deed, when the label ends with it (勧告を出す → 勧告). */
    private static void addNamedBefore(List<Found> out, String label, String deed, List<String> actors) {
        if (label.endsWith("を" + deed)) {
            add(out, lastNounRun(label, label.length() - deed.length() - 1), deed, actors);
        }
    }

    /**
     * The word ending at {@code end}: a name in brackets there (「電力需給ひっ迫注意報」, written partly in kana),
     * else the run of noun characters; "" when none.
     */
    private static String lastNounRun(String text, int end) {
        int bracket = end > 0 ? CLOSING.indexOf(text.charAt(end - 1)) : -1;
        if (bracket >= 0) {
            int open = text.lastIndexOf(OPENING.charAt(bracket), end - 1);
            return open >= 0 && end - 1 - open <= LONGEST_NAME ? text.substring(open + 1, end - 1) : "";
        }
        return text.substring(Similarity.nounRunStart(text, end), end);
    }

    private static void add(List<Found> out, String word, String deed, List<String> actors) {
        if (Similarity.namesAHappening(word) && out.stream().noneMatch(f -> f.word().equals(word))
                && !CompoundHeads.namesAKindOfMatter(word) && actors.stream().noneMatch(a -> namesTheActor(word, a))) {
            out.add(new Found(word, deed));
        }
    }

    /** Whether a word is an actor as written, ends with it (日本気象庁), or is it with its title (岸田 → 岸田首相). */
    private static boolean namesTheActor(String word, String actor) {
        return actor.length() > 1 && (word.endsWith(actor)
                || word.startsWith(actor) && Morphemes.isParticipant(word.substring(actor.length()), Gazetteer.shared()));
    }
}
