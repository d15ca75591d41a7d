package app.nenpyo.events;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Whether the deed a clause ends with is words said: its verb takes a quotation, 「…」と, with nothing but the one
 * it is said to or the way between (decision 0029's addendum of session 39). The writers of every set file such a
 * deed as a statement whatever its verb, where the label keeps only the verb: 町長は13日、「一日も早い開通を」と県に
 * 要望した, 社長は「言葉が見つからない」と声を詰まらせた, 女将は「…支えられた1年半だった」と涙ぐんだ, 会長が「…」と
 * あいさつした, 町長は「…」と苦笑した.
 *
 * <p>Not a quotation that names (「はやぶさ2」と名付けた, 「令和」と呼ぶ, 社名を「…」と改めた, 11月1日を「…」と定めた:
 * {@link #NAMING}), nor one a noun or another verb takes (「…」と書かれた看板を設置した, 「…」とする方針を決めた,
 * 「…」との談話を出した: the 談話 decides), nor one a comma parts from the verb (「…」と判断し、運休を決めた), nor a call
 * that came (「…」と電話があった: the call is the subject, が, and ある no deed; a call made, 「…」と市役所に電話した, is
 * words said). Not a name in brackets either, where と is "with" or "and": one set beside its kind (米国の「ノバ社」と
 * 手を組んだ, 新製品「エアー」と周辺機器を並べた) or a partner of a deed done with someone ({@link #WITH_A_PARTNER}:
 * 「ソフトバンク」と対戦した). Nor a deed done to a thing while speaking (「お疲れさま」と選手に花束を手渡した,
 * 「金を出せ」と店員に包丁を突きつけた): what the verb takes with を must be an act (支援を要望した) or the voice, face or
 * feeling the words come with ({@link #WAYS_OF_SAYING}: 声を詰まらせた, 笑顔を見せた). Read only when nothing the clause
 * says has a category: 「…」と発表した is an announcement, 「…」と批判した a statement already.
 *
 * <p>Known weaknesses: a deed done then words said (初登庁し、「…」と述べた) is read from the deed the label keeps; the
 * writers split on those. A partner after a comma with a verb not listed (「ノバ社」と手紙をやりとりした) is still taken as
 * words; a contract or a pact made (締結, 契約, and 結ぶ with what is made: 契約を結んだ) is listed since session 40,
 * while 結ぶ alone ends the remarks (「市民とともに歩む」と結んだ: words said).
 */
final class QuotedWords {

    /** Verbs whose quotation is a name given, not words said: 「はやぶさ2」と名付けた, 「令和」と呼ぶ. */
    private static final Set<String> NAMING = Set.of("名付ける", "名づける", "呼ぶ", "命名", "称する", "題する", "銘打つ",
            "改称", "改名", "改める", "定める", "位置づける", "位置付ける");
    /** Deeds done with someone, whose と names the partner: 「ソフトバンク」と対戦した, 「ノバ社」と手を組んだ. */
    private static final Set<String> WITH_A_PARTNER = Set.of("対戦", "共演", "競演", "連携", "提携", "協業", "組む",
            "引き分ける", "統合", "合併", "結婚", "対決", "競う", "争う", "戦う", "合流", "交流", "握手",
            // session 40: a contract or a pact made with a partner (「ノバ社」と協定を締結した; 結ぶ: see TIE)
            "締結", "契約");
    /** A tie made with a partner where it takes what is made (「ノバ社」と契約を結んだ), the remarks' end alone (と結んだ). */
    private static final String TIE = "結ぶ";
    /** What words come with, taken by the verb with を though no act: 声を詰まらせた, 笑顔を見せた, 胸を張った. */
    private static final Set<String> WAYS_OF_SAYING = Set.of("声", "笑顔", "涙", "頭", "胸", "目", "肩", "顔", "口", "首",
            "表情", "言葉", "思い", "喜び", "意欲", "自信", "決意", "気持ち", "本音", "不満", "怒り", "抱負", "エール");
    /** What may stand between the quotation and its verb: the one it is said to and the way (県に, 声を, 記者団へ). */
    private static final String[] CASE_PARTICLES = {"に", "を", "へ", "で"};

    private QuotedWords() {
    }

    /**
     * The category read from the clause's words, or words said where they read nothing (OTHER) and the clause ends with
     * the label's verb taking a quotation ({@link #endTheClause}): what a dated clause and a clause the analyst adds are
     * both given, so that the same clause reads the same (decision 0029's addendum of session 40).
     *
     * @param read the category {@link CategoryRules#categorise} read from the clause
     */
    static EventCategory orWordsSaid(EventCategory read, List<Token> tokens, String text, TextSpan clause, TextSpan date,
                                     String predicate) {
        return read == EventCategory.OTHER && endTheClause(tokens, text, clause, date, predicate) ? EventCategory.STATEMENT : read;
    }

    /**
     * Whether the clause ends with the label's verb and its quotation closes right before と after the date:
     * 13日、「島民の悲願」と県に要望した (要望) → yes; 13日、「…」と書かれた看板を設置した (設置) → no; 22日に初登庁し、
     * 「…」と述べた (初登庁: the label's deed is not the one that says) → no.
     *
     * @param tokens    the sentence's tokens, spans relative to the sentence
     * @param text      the sentence
     * @param clause    the clause the date governs, in the sentence
     * @param date      the date expression, in the sentence
     * @param predicate the label's predicate (要望 for 要望した, 詰まる for 声を詰まらせた)
     */
    static boolean endTheClause(List<Token> tokens, String text, TextSpan clause, TextSpan date, String predicate) {
        // 」 and its と both inside the clause
        int close = text.lastIndexOf("」と", clause.end() - 2);
        if (close < Math.max(date.end(), clause.start()) || !quotedBy(tokens, close + 1)
                || besideItsKind(tokens, text.lastIndexOf('「', close), date)) {
            return false;
        }
        int after = close + 2;
        String rest = text.substring(after, clause.end());
        if (rest.indexOf('、') >= 0 || rest.indexOf('「') >= 0 || rest.indexOf('，') >= 0) {
            return false;
        }
        Token deed = null;
        Token before = null;
        for (Token t : tokens) {
            if (t.span().start() < after || t.span().end() > clause.end()) {
                continue;
            }
            if (deed == null) {
                if (Morphemes.isVerb(t) && !Morphemes.WEAK_VERBS.contains(t.baseForm()) || Morphemes.isSahen(t) && suruAfter(tokens, t)) {
                    deed = t;
                } else if (!(Morphemes.isNounLike(t) || Morphemes.isParticle(t, CASE_PARTICLES))) {
                    // another verb or a noun's の takes the quotation (とする方針, との談話, とあった)
                    return false;
                } else if (Morphemes.isParticle(t, "を") && !aWayOfSaying(before)) {
                    // a thing handed or held out while speaking: 花束を手渡した
                    return false;
                }
                before = t;
            } else if (!(Morphemes.isVerbEnding(t) || Morphemes.isSuru(t) || Morphemes.WEAK_VERBS.contains(t.baseForm()))) {
                // the verb is not the clause's last: 書かれた看板を設置した
                return false;
            }
        }
        return deed != null && !NAMING.contains(deed.baseForm()) && !aPartnersDeed(tokens, deed)
                && (deed.baseForm().equals(predicate) || deed.surface().equals(predicate));
    }

    /**
     * Whether the bracket opening at {@code open} follows a noun or の, a name set beside its kind (新製品「エアー」,
     * 米国の「ノバ社」, 5日の「開通式」), not words said after the doer or the date (市長は「…」, 13日、「…」, 13日「…」).
     */
    private static boolean besideItsKind(List<Token> tokens, int open, TextSpan date) {
        for (Token t : tokens) {
            if (t.span().end() == open) {
                return Morphemes.isParticle(t, "の") || Morphemes.isNounLike(t) && t.span().end() > date.end();
            }
        }
        return false;
    }

    /**
     * Whether the deed is done with the one in brackets: 対戦した, 契約した; 結ぶ only after what is made, 契約を結んだ
     * (「…」と結んだ ends the remarks).
     *
     * @param tokens the sentence's tokens, the deed among them
     */
    private static boolean aPartnersDeed(List<Token> tokens, Token deed) {
        int at = tokens.indexOf(deed);
        return WITH_A_PARTNER.contains(deed.baseForm())
                || deed.baseForm().equals(TIE) && at > 0 && Morphemes.isParticle(tokens.get(at - 1), "を");
    }

    /** Whether what the verb takes with を is an act (支援を要望した) or what words come with (声を詰まらせた). */
    private static boolean aWayOfSaying(Token object) {
        return object != null && (Morphemes.isSahen(object) || WAYS_OF_SAYING.contains(object.baseForm()));
    }

    /** Whether the word at {@code at} is the particle と alone, not として (「世界遺産」として登録: what it is as). */
    private static boolean quotedBy(List<Token> tokens, int at) {
        for (Token t : tokens) {
            if (t.span().start() == at) {
                return Morphemes.isParticle(t, "と");
            }
        }
        return false;
    }

    /** Whether する follows a sahen noun, which is then the verb (要望した), not a thing (支援を要望した's 支援). */
    private static boolean suruAfter(List<Token> tokens, Token noun) {
        int at = tokens.indexOf(noun);
        return at + 1 < tokens.size() && Morphemes.isSuru(tokens.get(at + 1));
    }
}
