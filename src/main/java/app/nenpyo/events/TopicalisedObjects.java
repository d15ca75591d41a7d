package app.nenpyo.events;

import app.nenpyo.nlp.Gazetteer;
import app.nenpyo.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A thing made the topic of a deed only someone else can do: Japanese news names the company once and then
 * tells what it does to its things with the thing as the topic (東邦電機は…発表した。新工場は来春に着工し、…。
 * 株主総会は6月下旬に開く予定。). The plant does not break ground, the meeting does not hold itself: the doer is the one
 * the sentence before named ({@link DoerOfTheSentenceBefore}), which a topic that is a thing hides. A passive leaves
 * its doer out too (公判は計12回開かれ), but the one named before is as often the one it was done for (石破首相は…語った。
 * 大統領の就任式は来年1月20日に行われる) or someone else (県警は…逮捕した。仏像は…特別展に出品された): a passive carries
 * nothing.
 *
 * <p>This tells the two things that reading needs: whether a topic names a thing (no actor, no person or body said
 * by a common word or a title: 新工場は, 株主総会は, 「即位礼正殿の儀」は; not 男は, 視察団は, 社長は, 同社は), and what a
 * clause's predicate asks of its topic:
 * <ul>
 *   <li>{@link Voice#ACTIVE}: a deed someone does to a thing, from a closed list of the transitive verbs news
 *       tells of a thing as its topic (着工する, 開く, 発表する, 提出する, 選ぶ, 目指す…): 新工場は来春に着工し → done to
 *       the plant;</li>
 *   <li>{@link Voice#PASSIVE}: any verb with れる or られる (開かれる, 言い渡される, 提出された, and the writer's caution
 *       着工するとみられる, whose last verb is みる);</li>
 *   <li>{@link Voice#NONE}: anything else: a thing that acts itself (台風は北上した, 株価は下落した, 列車は脱線した),
 *       verbs whose thing topic is as often their subject (続ける: 株価は下落を続けた; 終える: 日経平均は取引を終えた;
 *       示す, 出す: データは増加を示した, 台風は被害を出した), and a verb written onto a noun it describes (販売した疑い:
 *       the noun is the predicate), unless the noun says the deed is planned (開く予定, 始める方針).</li>
 * </ul>
 * Known weaknesses: a person or body said by a word the lists miss is read as a thing (its transitive deed then
 * takes the doer before); a thing said with が (式典が行われた) is a subject here as before; the lists are closed, so
 * a deed news tells less often (新工場は来春に竣工させる) is read as the thing's own.
 */
final class TopicalisedObjects {

    /** What a clause's predicate asks of a thing as its topic. */
    enum Voice {
        /** a deed someone does to the thing (新工場は着工し) */
        ACTIVE,
        /** the passive: done to the thing by someone unsaid (公判は開かれ) */
        PASSIVE,
        /** the thing acts itself, or the verb does not say (台風は北上した) */
        NONE
    }

    /** A clause's predicate, at its document offset: the verb, or the verbal noun before する. */
    record Predicate(int at, Voice voice) {
    }

    /**
     * Sino-Japanese verbal nouns of deeds done to a thing, said with する (新工場は着工し, 計画は来月発表する). Not the
     * ones news also says of a thing that does it itself (稼働, 再開, 停止, 完成, 成立, 発効, 上昇).
     */
    private static final Set<String> DEEDS_ON_THINGS = Set.of("着工", "建設", "開設", "新設", "開催", "発表", "公表",
            "提出", "決定", "策定", "発売", "導入", "実施", "開始", "計上", "承認", "採択", "撤回", "閉鎖", "延期", "中止",
            "売却", "買収", "取得", "設置", "設立", "締結", "公開", "発行", "提示", "可決", "否決", "審議", "施行", "販売",
            "生産", "出荷", "投入", "調達", "支給", "配布", "提供", "予定", "検討");

    /** Native transitive verbs news tells of a thing as their topic (株主総会は開く, 後任は臨時取締役会で選ぶ). */
    private static final Set<String> NATIVE_DEEDS_ON_THINGS = Set.of("開く", "行う", "始める", "選ぶ", "決める", "設ける",
            "進める", "目指す", "見送る", "結ぶ", "打ち上げる", "言い渡す", "引き上げる", "引き下げる", "受け付ける", "建てる",
            "定める", "固める", "まとめる", "取りまとめる", "改める", "打ち出す");

    /** What counts an occasion among others, before its noun: 次回の会合, 前回の協議. */
    private static final List<String> COUNTED = List.of("次回の", "前回の");

    /** Nouns that say a deed is planned or expected and leave it the predicate: 開く予定, 始める方針, 行う方向. */
    private static final Set<String> PLANS = Set.of("予定", "方針", "計画", "見通し", "見込み", "考え", "意向", "構え", "方向");

    /**
     * Endings of a common noun or a name's last word that say a person or a body (視察団, 弁護側, 専門家, 容疑者, 選手,
     * 理事会, 北辰建設の労働組合): who acts, not what is acted on.
     */
    private static final List<String> WHO_ENDINGS = List.of("者", "人", "員", "側", "団", "陣", "家", "手", "官", "氏",
            "社", "省", "庁", "局", "党", "軍", "署", "府", "部", "委", "委員会", "協議会", "議会", "協会", "学会", "審議会",
            "医師会", "弁護士会", "商工会", "自治会", "町内会", "連合会",
            "理事会", "取締役会", "組合", "機構", "連合", "政府", "当局", "企業", "銀行", "大学", "学校", "病院", "法人", "財団",
            "本部", "球団", "代表", "部隊", "警察", "検察", "裁判所", "地裁", "高裁", "最高裁", "市", "県", "町", "村", "国",
            "区", "都", "道", "州");

    private TopicalisedObjects() {
    }

    /**
     * Whether the noun phrase ending at token {@code head} names a thing: not a person or a body said by a common
     * word, a title or a pronoun (株主総会 → yes; 後任の社長, 視察団, 男性, これ → no), nor an occasion counted among
     * others (次回の会合, 前回の協議: its holder is whoever held the one before, {@link NextOccasions}, not whoever the
     * sentence before named). Whether it is an actor the caller knows.
     *
     * @param text the sentence the tokens' spans index
     */
    static boolean namesAThing(String text, List<Token> tokens, int head, Gazetteer gazetteer) {
        Token last = tokens.get(head);
        if (!Morphemes.isNounLike(last)) {
            return false;
        }
        int from = head;
        while (from > 0 && tokens.get(from - 1).span().end() == tokens.get(from).span().start()
                && Morphemes.isNounLike(tokens.get(from - 1))) {
            from--;
        }
        StringBuilder phrase = new StringBuilder();
        for (int k = from; k <= head; k++) {
            phrase.append(tokens.get(k).surface());
        }
        String words = phrase.toString();
        String before = text.substring(0, tokens.get(from).span().start());
        if (COUNTED.stream().anyMatch(before::endsWith)) {
            return false;
        }
        return !Morphemes.namesPersonOrBody(words, gazetteer) && WHO_ENDINGS.stream().noneMatch(words::endsWith);
    }

    /**
     * The predicates of a sentence outside its quotes, in text order, with document offsets: 「新工場は来春に着工し、
     * 稼働を目指す」 → 着工 (active), 目指す (active); 「公判は開かれ」 → 開く (passive); 「台風は北上した」 → 北上 (none).
     */
    static List<Predicate> predicates(AnalysedSentence s) {
        List<Token> tokens = s.tokens();
        List<Predicate> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (s.isQuoted(t) || !Morphemes.isVerb(t)) {
                continue;
            }
            boolean suru = Morphemes.isSuru(t);
            boolean sahen = suru && k > 0 && Morphemes.isSahen(tokens.get(k - 1))
                    && tokens.get(k - 1).span().end() == t.span().start();
            if (suru && !sahen) {
                continue;
            }
            int first = sahen ? k - 1 : k;
            String deed = sahen ? tokens.get(k - 1).surface() : t.baseForm();
            boolean passive = k + 1 < tokens.size() && tokens.get(k + 1).partOfSpeech().startsWith("動詞-接尾")
                    && Set.of("れる", "られる").contains(tokens.get(k + 1).baseForm());
            int after = k + 1;
            while (after < tokens.size() && Morphemes.isVerbEnding(tokens.get(after)) && !Morphemes.isParticle(tokens.get(after), "て", "で")) {
                after++;
            }
            // 販売した疑い, 開かれた特別展: a verb written onto a noun describes it; the noun is the predicate (開く予定 is the plan to)
            boolean describes = after < tokens.size() && tokens.get(after).span().start() == tokens.get(after - 1).span().end()
                    && Morphemes.isNounLike(tokens.get(after)) && !PLANS.contains(tokens.get(after).surface());
            Voice voice = describes ? Voice.NONE
                    : passive ? Voice.PASSIVE
                    : (sahen ? DEEDS_ON_THINGS : NATIVE_DEEDS_ON_THINGS).contains(deed) ? Voice.ACTIVE : Voice.NONE;
            out.add(new Predicate(s.offset() + tokens.get(first).span().start(), voice));
        }
        return List.copyOf(out);
    }
}
