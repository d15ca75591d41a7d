package app.nenpyo.events;

import app.nenpyo.nlp.Gazetteer;
import app.nenpyo.nlp.PartOfSpeech;
import app.nenpyo.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Part-of-speech tests and the verb → headline-noun table the label rules share. */
final class Morphemes {

    /** Verbs too empty to be a headline's predicate on their own (…としています, …ている). */
    static final Set<String> WEAK_VERBS = Set.of("する", "いる", "ある", "なる", "できる", "おる", "いく", "くる",
            "しまう", "みる", "られる", "れる", "せる", "させる", "ない", "よる", "いう", "向ける");

    /** Nouns of an incident that happens (地震があり, 住宅火災があり): what a clause of ある with them tells. */
    static final Set<String> INCIDENT_NOUNS = Set.of("地震", "津波", "噴火", "火災", "火事", "不審火", "事故", "爆発", "銃撃",
            "発砲", "事件", "停電", "衝突", "土砂崩れ", "揺れ", "落雷", "竜巻", "雪崩", "襲撃", "テロ", "爆破");

    /** Verbs that report speech: a label prefers what was done (対応を批判) over 述べ. */
    static final Set<String> REPORTING_VERBS = Set.of("述べる", "語る", "話す", "言う", "伝える", "明かす");

    /** Headline nouns for common verbs: 始まりました → 開始, 述べ → 発言. */
    static final Map<String, String> NOMINAL = Map.ofEntries(
            Map.entry("始まる", "開始"), Map.entry("始める", "開始"), Map.entry("終わる", "終了"),
            Map.entry("広がる", "拡大"), Map.entry("述べる", "発言"), Map.entry("語る", "発言"),
            Map.entry("話す", "発言"), Map.entry("言う", "発言"), Map.entry("開く", "開催"),
            Map.entry("開かれる", "開催"), Map.entry("行う", "実施"), Map.entry("行われる", "実施"),
            Map.entry("決める", "決定"), Map.entry("命じる", "命令"), Map.entry("命ずる", "命令"),
            Map.entry("呼びかける", "呼びかけ"), Map.entry("求める", "要求"), Map.entry("伝える", "伝達"),
            Map.entry("訴える", "訴え"), Map.entry("亡くなる", "死亡"), Map.entry("起きる", "発生"),
            Map.entry("起こる", "発生"), Map.entry("会う", "会談"), Map.entry("話し合う", "協議"),
            Map.entry("辞める", "辞任"),
            Map.entry("選ぶ", "選出"), Map.entry("決まる", "決定"), Map.entry("達す", "到達"), Map.entry("明らかにする", "公表"),
            Map.entry("見直す", "見直し"), Map.entry("増える", "増加"), Map.entry("減る", "減少"));

    /**
     * Nouns of verbs that a label's own deed says as written, but a deed compacted into what was decided says as a noun:
     * 罪を認めた is an admission (被告が罪を認める), where 容認 would say tolerating; 着工を認めると決めた is a permission,
     * compacted as 着工容認と決定. Under a verb of saying it stays an admission (容疑を認めていると発表 → 容疑を認めると発表):
     * the caller tells which verb governs it.
     */
    private static final Map<String, String> COMPACTED = Map.of("認める", "容認");

    /** The noun a deed compacted into what was decided takes ({@link #NOMINAL}, {@link #COMPACTED}), or null. */
    static String compactedNoun(String baseForm) {
        String nominal = NOMINAL.get(baseForm);
        return nominal != null ? nominal : COMPACTED.get(baseForm);
    }

    /** Words too general to say two reports are about the same happening. */
    static final Set<String> GENERIC_NOUNS = Set.of("開始", "終了", "実施", "発言", "拡大", "表明", "発表", "姿勢", "発生",
            "意向", "考え", "こと", "もの", "方針", "見通し", "政府", "当局", "活動", "開催", "決定");

    /**
     * Nouns that name a person or body without naming which (男, 男性, 被告, 同社): the subject of a
     * clause, not what happened; with a title alone (首相, 外相) they are {@link #isParticipant participants}.
     */
    static final Set<String> PERSON_NOUNS = Set.of("男", "女", "男性", "女性", "少年", "少女", "男児", "女児", "容疑者",
            "被告", "被告人", "被害者", "運転手", "乗客", "同氏", "両氏", "両者", "首脳", "両首脳", "同社", "両社", "同省",
            "同庁", "同党", "同国", "両国");

    /** Bodies a common noun names (会社, 政府), which act and suffer as the {@link #PERSON_NOUNS} do. */
    private static final Set<String> BODY_NOUNS = Set.of("会社", "政府");
    /** Endings that negate a verb: 行わない, 認めず; one set, not one made on each ask (decision 0021). */
    private static final Set<String> NEGATING_ENDINGS = Set.of("ない", "ず", "ぬ", "ん");

    /**
     * Whether a phrase ends in a noun or title naming a person or a body (被告の男, 元社員の男性,
     * 同社, 子会社, 日本政府, 元首相): someone who could do a deed or have it done to them.
     */
    static boolean namesPersonOrBody(String phrase, Gazetteer gazetteer) {
        for (int i = 0; i < phrase.length(); i++) {
            String end = phrase.substring(i);
            if (PERSON_NOUNS.contains(end) || BODY_NOUNS.contains(end) || gazetteer.isTitle(end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a head word names who took part rather than what happened: a title alone (首相), a
     * person noun (男性), or a phrase ending in one after の (被告の男). 首相 said in two reports is
     * a shared participant, not the same happening: the prime minister's statement and his press
     * conference of one day are two events.
     */
    static boolean isParticipant(String head, Gazetteer gazetteer) {
        if (PERSON_NOUNS.contains(head) || gazetteer.isTitle(head)) {
            return true;
        }
        int of = head.lastIndexOf('の');
        return of > 0 && of < head.length() - 1 && isParticipant(head.substring(of + 1), gazetteer);
    }

    /**
     * The head words that name a participant without a name: {@link #isParticipant} ones that are not
     * the end of a named one (大統領 of パア大統領 names a president, and two named presidents are two
     * people; 男 of 被告の男 is still a man without a name).
     */
    static List<String> unnamedParticipants(List<String> heads, Gazetteer gazetteer) {
        List<String> out = new ArrayList<>(1);
        for (String h : heads) {
            if (!isParticipant(h, gazetteer)) {
                continue;
            }
            boolean named = false;
            for (String other : heads) {
                named |= other.length() > h.length() && other.endsWith(h) && !isParticipant(other, gazetteer);
            }
            if (!named) {
                out.add(h);
            }
        }
        return out;
    }

    private Morphemes() {
    }

    static boolean isNounLike(Token t) {
        if (t.is(PartOfSpeech.PREFIX)) {
            return true;
        }
        return t.is(PartOfSpeech.NOUN) && !t.is(PartOfSpeech.DEPENDENT_NOUN) && !t.is(PartOfSpeech.PRONOUN)
                && !t.is(PartOfSpeech.ADVERBIAL_NOUN);
    }

    /** Sahen nouns take する: 会談(し), 表明(した); 化 as in 暴徒化(し) too. */
    static boolean isSahen(Token t) {
        return t.is(PartOfSpeech.SAHEN_NOUN) || t.is(PartOfSpeech.SAHEN_SUFFIX);
    }

    static boolean isVerb(Token t) {
        return t.is(PartOfSpeech.INDEPENDENT_VERB);
    }

    static boolean isSuru(Token t) {
        return t.is(PartOfSpeech.VERB) && "する".equals(t.baseForm());
    }

    /** Whether a word ends with a noun of an incident ({@link #INCIDENT_NOUNS}): 爆発事故, 山火事, 地震. */
    static boolean isIncidentNoun(Token t) {
        // a loop, not a stream: asked for every token of a dated clause (decision 0021)
        for (String noun : INCIDENT_NOUNS) {
            if (t.surface().endsWith(noun)) {
                return true;
            }
        }
        return false;
    }

    /** Endings that follow a verb without changing its meaning: た, ます, て(い), れる. */
    static boolean isVerbEnding(Token t) {
        return t.is(PartOfSpeech.AUXILIARY) || t.is(PartOfSpeech.VERB_SUFFIX) || t.is(PartOfSpeech.DEPENDENT_VERB)
                || (t.is(PartOfSpeech.CONJUNCTIVE_PARTICLE) && (t.surface().equals("て") || t.surface().equals("で")));
    }

    static boolean isParticle(Token t, String... surfaces) {
        if (!t.is(PartOfSpeech.PARTICLE)) {
            return false;
        }
        for (String s : surfaces) {
            if (s.equals(t.surface())) {
                return true;
            }
        }
        return false;
    }

    static boolean isNegation(Token t) {
        return (t.is(PartOfSpeech.AUXILIARY) && NEGATING_ENDINGS.contains(t.surface()))
                || (t.is(PartOfSpeech.ADJECTIVE) && "ない".equals(t.baseForm()));
    }
}
