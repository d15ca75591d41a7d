package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;

/**
 * A body news names in brackets right after the kind of body it is: 弁当製造業「味彩フーズ」, 芸能事務所「星影プロダクション」,
 * 住民団体「朝凪の明日を考える会」, 準軍事組織「即応支援部隊」, and an association said by who
 * forms it, 農家でつくる「水を守る会」. The kind says the name is a body's, whatever its words are (an invented company's
 * name reads as common words to IPADIC); the name is the whole of what the brackets hold.
 *
 * <p>Examples: 「弁当製造業「味彩フーズ」が」 at 味 → 味彩フーズ; 「反捕鯨団体「海の守り手」は」 → 海の守り手. None in 小型ロケット「カイロス」
 * and 貨物船「伊鵬3」 (a thing's kind before it, not a body's), 「会社を守る」と述べた (no kind before the bracket), nor where the
 * brackets hold a sentence (「業界の声を聞いた」: a mark, or more than {@link #LONGEST} characters).
 *
 * <p>The mention says it was named after its kind ({@link ActorMention#NAMED_AFTER_ITS_KIND}), so that a label keeps the
 * kind with it (弁当製造業「味彩フーズ」が…), as a body said by its kind keeps whose it is.
 *
 * <p>Known weaknesses: a product a firm makes, written after 企業 (企業「新型車」), would be taken for a body; a
 * kind not in {@link #KINDS} (劇団「…」, 球団「…」) is not read;
 * a trade's word ending in 業 that {@link #NOT_KINDS} lacks (工業「…」) is taken for a body's kind.
 */
final class BodiesNamedAfterTheirKind {

    /**
     * How a word saying what kind of body follows ends: 製造業, 事務所, 市民団体, 武装組織, or でつくる (forming it). Not 会社:
     * a company named after 持ち株会社 or 子会社 is left to {@link CompanyNames}, which keeps it no actor (its label keeps the kind).
     */
    private static final List<String> KINDS = List.of("業", "事務所", "団体", "企業", "法人", "組織", "でつくる");

    /** Words ending as a kind does that name a work, not a body: 事業「…」 is a programme, 作業「…」 a task. */
    private static final List<String> NOT_KINDS = List.of("事業", "作業", "授業", "営業", "卒業", "職業", "産業");

    /** The longest name taken from brackets: a longer run is what someone said. */
    private static final int LONGEST = 20;

    /** What a name in brackets never holds: the marks of a sentence. */
    private static final String SENTENCE_MARKS = "、。！？「『";

    private BodiesNamedAfterTheirKind() {
    }

    /** The body named in brackets whose name starts at {@code i} (right after 「), or null. */
    static ActorMention at(String text, int i) {
        if (i < 1 || text.charAt(i - 1) != '「' || !afterAKind(text, i - 1)) {
            return null;
        }
        int close = text.indexOf('」', i);
        if (close <= i || close - i > LONGEST) {
            return null;
        }
        for (int k = i; k < close; k++) {
            if (SENTENCE_MARKS.indexOf(text.charAt(k)) >= 0) {
                return null;
            }
        }
        String name = text.substring(i, close);
        return new ActorMention(name, new TextSpan(i, close), ActorKind.ORGANISATION, name, name, "", "",
                ActorMention.NAMED_AFTER_ITS_KIND);
    }

    private static boolean afterAKind(String text, int bracket) {
        for (String work : NOT_KINDS) {
            if (text.startsWith(work, bracket - work.length())) {
                return false;
            }
        }
        for (String kind : KINDS) {
            if (text.startsWith(kind, bracket - kind.length())) {
                return true;
            }
        }
        return false;
    }
}
