package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;

/**
 * A body news names in brackets right after the kind of body it is: 弁当製造業「味彩フーズ」, 芸能事務所「星影プロダクション」,
 * a company by its work or a town's company (花火製造会社「朝顔煙火」, 子会社「…」, 第三セクター「白樺リゾート開発」),
 * 住民団体「朝凪の明日を考える会」, 準軍事組織「即応支援部隊」, an association said by who
 * forms it, 農家でつくる「水を守る会」, and a business said by its trade's kind of house: スーパー「マルヤス」, 旅館「松風楼」,
 * 劇団「…」, 球団「…」. The kind says the name is a body's, whatever its words are (an invented company's
 * name reads as common words to IPADIC); the name is the whole of what the brackets hold.
 *
 * <p>Examples: 「弁当製造業「味彩フーズ」が」 at 味 → 味彩フーズ; 「反捕鯨団体「海の守り手」は」 → 海の守り手. None in 小型ロケット「カイロス」
 * and 貨物船「伊鵬3」 (a thing's kind before it, not a body's), 「会社を守る」と述べた (no kind before the bracket), nor where the
 * brackets hold a sentence (「業界の声を聞いた」: a mark, or more than {@link BracketedNames#LONGEST} characters) or a quote (運営会社「再発防止に努める」
 * ending a headline, 保険会社「補償の対象外」と回答した; after 会社, 「…防止に努める」 with a case particle after a kanji). None after a sector's
 * word either: 観光業「再生プラン」 (no trade of {@link #TRADES}), 、製造業「ものづくり補助金」 (a trade with nothing made before it)
 * name a plan and a subsidy, as 事業「…」 a programme; nor a company being set up (合弁会社「…」を設立する, 持ち株会社「…」).
 *
 * <p>The mention says it was named after its kind ({@link ActorMention#NAMED_AFTER_ITS_KIND}), so that a label keeps the
 * kind with it (弁当製造業「味彩フーズ」が…), as a body said by its kind keeps whose it is.
 *
 * <p>Known weaknesses: a product a firm makes, written after 企業 (企業「新型車」), would be taken for a body; a holding
 * company's writers list once it is set up (持ち株会社「…」が発足した) is left out with the ones planned; a
 * kind not in {@link #KINDS} (造り酒屋「…」, 商店街「…」) is not read, nor a trade {@link #TRADES} lacks (造園業「…」) or one written
 * bare (運送業「…」, where a firm is meant); a programme after a qualified trade (弁当製造業「支援金」) is taken for a body;
 * an inn, a single shop or a troupe said again by its kind (旅館「松風楼」…。同館は) is lost there, as no 同館, 同店 or
 * 同劇団 is resolved to one named so (KindNouns' 館 needs a name ending in 館).
 */
final class BodiesNamedAfterTheirKind {

    /**
     * How a word saying what kind of body follows ends, besides a trade ({@link #TRADES}) and a company's work
     * ({@link #COMPANY}): 事務所, 市民団体, 武装組織, or でつくる (forming it); 第三セクター, a company a town and firms own. The
     * first {@link #COMPANY_KINDS} of them are a company's.
     */
    private static final List<String> KINDS = List.of("企業", "第三セクター", "事務所", "スーパー", "百貨店", "団体", "法人",
            "組織", "でつくる",
            "旅館", "ホテル", "料亭", "飲食店", "居酒屋", "レストラン", "書店", "劇団", "球団");

    /**
     * How many of {@link #KINDS}, from the first, say a company (what 同社 points at): a shop chain (スーパー, 百貨店) is one;
     * groups and armed groups are none, nor an inn, a single shop or a troupe, which news says again by its kind (同館, 同店,
     * 同劇団) and which nothing here resolves.
     */
    private static final int COMPANY_KINDS = 5;

    /**
     * A firm's trade, written after what it makes, sells or carries (弁当製造業, 中古車販売業): not any word ending in 業,
     * which is as often a sector (観光業, 農業), a programme (事業) or a state (休業). A trade written bare (、製造業「…」)
     * names a sector before a plan's or a subsidy's name as often as a firm.
     */
    private static final List<String> TRADES = List.of("製造業", "販売業", "運送業", "運輸業", "建設業", "小売業", "卸売業",
            "飲食業", "警備業", "旅行業", "解体業", "加工業", "輸入業", "派遣業", "仲介業", "清掃業", "印刷業");

    private BodiesNamedAfterTheirKind() {
    }

    /** The body named in brackets whose name starts at {@code i} (right after 「), or null. */
    static ActorMention at(String text, int i) {
        if (i < 1 || text.charAt(i - 1) != '「' || !afterAKind(text, i - 1)) {
            return null;
        }
        int close = BracketedNames.closeOf(text, i);
        if (close < 0 || quoted(text, close) || afterACompanysWork(text, i - 1) && holdsACase(text, i, close)) {
            return null;
        }
        String name = text.substring(i, close);
        return new ActorMention(name, new TextSpan(i, close), ActorKind.ORGANISATION, name, name, "", "",
                ActorMention.NAMED_AFTER_ITS_KIND);
    }

    /**
     * Whether the bracket closing at {@code close} quotes what was said: it ends a headline (運営会社「再発防止に努める」, the
     * text's or the line's end) or a word of saying follows it (保険会社「補償の対象外」と回答した, 「…」って). A name is
     * followed by what it does or whom it joins (「味彩フーズ」が, 「味彩フーズ」と提携した).
     */
    private static boolean quoted(String text, int close) {
        int after = close + 1;
        if (after >= text.length() || text.charAt(after) == '\n' || text.startsWith("って", after)) {
            return true;
        }
        for (String saying : SAYING) {
            if (text.startsWith(saying, after)) {
                return true;
            }
        }
        return false;
    }

    /** と and a word of saying or thinking after a quote: 「…」と述べた, 「…」と回答した, 「…」とした, 「…」と、. */
    private static final List<String> SAYING = List.of("と、", "と述べ", "と話", "と語", "と回答", "と説明", "と強調",
            "とコメント", "と答え", "と訴え", "と指摘", "と明か", "と謝罪", "と反論", "と主張", "と発表", "とした", "とする",
            "としている", "という", "といい", "と思", "と考え");

    /**
     * Whether the brackets hold a kanji word with a case particle after it (再発防止に努める, 体調確認を徹底, 運転手が):
     * what a company said, not its name, after a company's work. A group's name may hold one (水を守る会), so only the
     * company's route asks.
     */
    private static boolean holdsACase(String text, int from, int close) {
        for (int k = from + 1; k < close; k++) {
            if ("をにが".indexOf(text.charAt(k)) >= 0 && Scripts.isHan(text.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the bracket at {@code bracket} (a 「) follows a company's kind: 弁当製造業「味彩フーズ」, 芸能事務所「…」, IT企業「…」;
     * not 武装組織「…」 nor 市民団体「…」, which 同社 never points at.
     */
    static boolean afterACompanysKind(String text, int bracket) {
        return afterATrade(text, bracket) || afterACompanysWork(text, bracket)
                || endsWithOneOf(text, bracket, KINDS.subList(0, COMPANY_KINDS));
    }

    private static boolean afterAKind(String text, int bracket) {
        return afterATrade(text, bracket) || afterACompanysWork(text, bracket) || endsWithOneOf(text, bracket, KINDS);
    }

    /**
     * A company said by what it does or is to another, right before the brackets: アニメ制作会社「…」, 花火製造会社「…」,
     * アウトドア用品会社「…」, 子会社「…」. Not 会社 after a particle (友人の会社「…」 may be a shop's sign as much as a name), nor a
     * company being set up ({@link #FOUNDED}).
     */
    private static boolean afterACompanysWork(String text, int bracket) {
        int start = bracket - COMPANY.length();
        return text.startsWith(COMPANY, start) && start > 0 && whatATradeDeals(text.charAt(start - 1))
                && !endsWithOneOf(text, start, FOUNDED);
    }

    /** The kind of body a company's work ends with. */
    private static final String COMPANY = "会社";

    /**
     * What says a company is being set up by others named before it (持ち株会社「…」を設立する, 新会社「…」, 合弁会社「…」):
     * a plan's name, whose founders do the deed and which the label keeps with its kind.
     */
    private static final List<String> FOUNDED = List.of("持ち株", "持株", "新", "合弁", "統合", "新設");

    private static boolean afterATrade(String text, int bracket) {
        for (String trade : TRADES) {
            int start = bracket - trade.length();
            if (text.startsWith(trade, start)) {
                // what is made or sold stands right before the trade, in kanji, katakana or letters, not a particle or a comma
                return start > 0 && whatATradeDeals(text.charAt(start - 1)) && !endsWithOneOf(text, start, SECTORS);
            }
        }
        return false;
    }

    /** Words of a sector's size or reach before a trade, no thing dealt in: 中小製造業「ものづくり補助金」 names a scheme. */
    private static final List<String> SECTORS = List.of("中小", "県内", "国内", "市内", "町内", "地元", "全国", "地域", "零細");

    private static boolean whatATradeDeals(char c) {
        return Character.isLetterOrDigit(c) && !Scripts.inHiraganaBlock(c);
    }

    private static boolean endsWithOneOf(String text, int end, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, end - word.length())) {
                return true;
            }
        }
        return false;
    }
}
