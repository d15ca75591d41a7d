package app.nenpyo.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Happenings the news names in other words, with the noun that names them: a clause that says
 * 火を付けた tells of a 放火, one that says the exchange 今年の取引を始める tells of the 大発会. Merging
 * compares these nouns as words naming the happening ({@link Similarity}), so two reports of one
 * happening in different words can be one event; each is a paraphrase a reader of Japanese news
 * takes for the same thing, not a topic (火 alone, or 取引 alone, names nothing).
 *
 * <p>{@code 男は同日午前10時半ごろ、ガソリンをまいて火を付けた。} → [放火];
 * {@code 五輪は20日までの17日間、熱戦が繰り広げられる。} and {@code 閉会式は20日夜に行われる。} → [閉幕];
 * {@code 成人の日の10日、各地で式典が開かれた。} → [成人式];
 * {@code 円相場が一時1ドル＝150円台まで下落した。} → [円安];
 * {@code 両外相は穀物輸出を巡って意見を交わした。} → [意見交換];
 * {@code 改修を終えた美術館が約3年ぶりに開館した。} → [再開];
 * {@code 州の金融当局は同日、南部信用銀行を閉鎖した。} → [破綻];
 * {@code 木造2階建ての住宅から出火し、約100平方メートルが焼けた。} → [火災];
 * {@code 小型旅客船が浸水して沈んだ。} → [沈没];
 * {@code 雄のゾウが飼育舎から逃げ出した。} → [脱走];
 * {@code 警備員が倉庫から煙が出ているのに気づき、119番通報した。} → [火災];
 * {@code 住民が住宅から炎が上がっているのを見つけ、119番通報した。} → [火災];
 * {@code 工場で今月15日に起きた爆発事故を受け…} → [爆発].
 */
final class Paraphrases {

    /** @param cue a character every way of saying it holds: most clauses are passed over without a regex */
    private record Paraphrase(String happening, char cue, Pattern said) {
    }

    /** Adverbs a paper sets off by a comma after 円相場は: 一時、 (for a while), 再び、, 一段と、. */
    private static final String YEN_ADVERBS = "(?:一時は?|再び|さらに|一段と|その後)";

    /**
     * Smoke or flames seen coming from a spot (倉庫から煙が出ているのに気づき, 住宅から炎が上がっているのを見つけ). Not from a
     * chimney or a volcano, named anywhere in the spot's phrase before から (煙突の先から, 新燃岳の山頂から, 火山の噴気孔から,
     * 噴火口から), nor smoke denied in the words after (煙が出ているとの情報はなかった, 煙が出ているのは確認されていない).
     * Known weakness: a flare stack's or a torch's flames, said so, are read as a fire.
     */
    private static final Pattern SMOKE_OR_FLAMES_SEEN = Pattern.compile(
            "(?<!(?:煙突|火口|火山|山頂|噴気孔)[^、。]{0,10})(?:から|で)(?:黒い|白い|激しい)?(?:煙|炎)が(?:出て|上がって)いる」?(?:の|と)"
                    + "(?![^、。]{0,12}(?:なかった|ていない|はない|もない))");

    private static final List<Paraphrase> TABLE = List.of(
            // 家に火を, まいて火を: not たき火を, 花火を
            new Paraphrase("放火", '火', Pattern.compile("(?<![^てにへ、])火を(付け|つけ|放)")),
            new Paraphrase("大発会", '取', Pattern.compile("(今年|新年|年明け|年初)(最初)?の(株式)?取引[をがは]?(始|開始)|(新年|年明け)?の?取引初日|初取引")),
            new Paraphrase("大納会", '取', Pattern.compile("(今年|年内|年末)(最後)?の(株式)?取引[をがは]?(終え|終わ|終了)|(今年|年内)最後の(株式)?取引|取引最終日")),
            new Paraphrase("成人式", '式', Pattern.compile("成人の日.{0,20}式典|(二十歳|20歳|はたち)を祝う式典")),
            new Paraphrase("成人式", '集', Pattern.compile("(二十歳|20歳|はたち)(を祝う|の)集い")),
            new Paraphrase("死亡", '去', Pattern.compile("死去|逝去")),
            new Paraphrase("死亡", '亡', Pattern.compile("亡くな")),
            new Paraphrase("死亡", '他', Pattern.compile("他界")),
            new Paraphrase("接近", '最', Pattern.compile("最接近")),
            // a fire told by where it broke out (住宅から出火し / 10日の火災で, 調理場から火の手が上がった): the fire; not a
            // fire set (放火, above), one that did not break out (揺れを観測したが、出火はなかった), a fire's risk
            // (火が出る恐れ, 出火する恐れがあるとして回収) nor a protest's figure (批判の火の手: a fire's comes from or in a spot).
            // Not 全焼 either: a case named by the house burnt down (住宅が全焼し夫婦が死亡した事件) is the crime its later
            // reports tell, not the fire alone
            new Paraphrase("火災", '火', Pattern.compile("出火(?!(?:は|も)?(?:なかった|ない|しなかった|せず)|(?:の|する|した)(?:恐れ|おそれ|可能性|危険))"
                    + "|(?:から|で)(?:激しい|大きな)?火の手が上が|火が出た")),
            // a boat that went down is its sinking (旅客船が浸水して沈んだ), as is the accident a later report names by it
            // (遊覧船沈没事故を受け: a compound whose end is 事故); not prices or a sun that sink, even beside a boat
            // (フェリーから見た夕日が沈んだ), nor a business's ups and downs (造船業界は浮き沈みが激しい). 号 after a figure is
            // a count (10号2ランを浴び、…沈んだ: a team that lost), 丸 of 日の丸 a flag, not a boat's name
            new Paraphrase("沈没", '沈', Pattern.compile("(?:船|(?<![0-9０-９])号|(?<!日の)丸|艇|ボート|フェリー)[^。]{0,30}"
                    + "(?<!浮き|(?:夕日|夕陽|太陽|朝日|月)[がはも]?)沈(?:ん|み|む)|沈没事故")),
            // a fire's first report is often its alarm: smoke or flames seen coming from a spot (正殿から煙が出ているのに
            // 気づき、119番通報した) before a later article names the fire; not a chimney's smoke, nor a volcano's from its
            // crater (火口から白い煙が上がっている: an eruption's sign, told by its own words), nor smoke said in the past or
            // denied (煙は出ていない). A row for each word, so that flames seen without smoke pass the cue too
            new Paraphrase("火災", '煙', SMOKE_OR_FLAMES_SEEN),
            new Paraphrase("火災", '炎', SMOKE_OR_FLAMES_SEEN),
            // an animal or inmate that got out is an escape (1匹が飼育舎から逃げ出した / 10日の脱走): one counted as
            // animals are (1匹, 2頭), an inmate, or a keeping place it got out of; not a suspect's flight (逃走, 現金を奪い、
            // 逃げ出した), people who fled a fire or a quake (住人は自力で逃げ出した), nor a measure against it (逃げ出さないよう)
            new Paraphrase("脱走", '逃', Pattern.compile("(?:(?:[0-9０-９一二三四五六七八九十数]+(?:匹|頭|羽)|受刑者|収容者|囚人)[^。]{0,20}"
                    + "|(?:動物園|飼育舎|飼育施設|おり|檻|柵|ケージ|水槽|刑務所|拘置所|収容所|少年院|作業場)から[^。]{0,10})逃げ出(?:し|す)")),
            // views exchanged are an exchange of views, a meeting's (意見を交わした, 意見を交換した)
            new Paraphrase("意見交換", '意', Pattern.compile("意見を(交わ|交換)")),
            // the yen's rate falling is the yen's weakening, within the clause that says it (not 円相場が上昇し、株価は下落);
            // an adverb set off by its comma right after the topic is in that clause (円相場は一時、…下落)
            new Paraphrase("円安", '円', Pattern.compile("円相場[がは](?:" + YEN_ADVERBS + "、)?(?:(?!上昇|急騰|値上がり)[^、。]){0,16}(下落|急落|値下がり)|円が(売られ|下落|急落)")),
            new Paraphrase("円高", '円', Pattern.compile("円相場[がは](?:" + YEN_ADVERBS + "、)?(?:(?!下落|急落|値下がり)[^、。]){0,16}(上昇|急騰|値上がり)|円が(買われ|上昇|急騰)")),
            // a hall or a zoo opening after years shut, or a shop opening again, is its reopening; not 20年ぶりに開業
            // (a new station or shop, the first of its kind in years)
            new Paraphrase("再開", '開', Pattern.compile("(ぶり|振り)に(再び)?(開館|開園)|(再び|再度)(開館|開園|開業|開店)")),
            // a bank the authorities shut is a bank that failed (当局が…銀行を閉鎖 / 銀行の破綻); not a branch shut (支店を閉鎖),
            // nor banks shut for a while or all of them at once (銀行を一時閉鎖, 全銀行を閉鎖: a bank holiday)
            new Paraphrase("破綻", '閉', Pattern.compile("(?<!全|全ての|すべての|各)銀行(（[^）]{1,12}）)?を(?!一時)閉鎖")),
            // a bill that passes a chamber is passed by its vote (衆院を通過 / 衆院本会議で可決); not a typhoon's or a
            // parade's passing (台風が通過, 関門を通過)
            new Paraphrase("可決", '通', Pattern.compile("(衆院|参院|衆議院|参議院|下院|上院|本会議|委員会)を通過")),
            // passed and so enacted in one breath (可決、成立した): the last chamber's vote is the law's enactment
            new Paraphrase("成立", '成', Pattern.compile("可決(され|し)?[、・て]?成立")),
            new Paraphrase("開会式", '開', Pattern.compile("開幕式|開会セレモニー")),
            new Paraphrase("閉会式", '閉', Pattern.compile("閉幕式|閉会セレモニー")),
            // a games' or a session's closing is its closing ceremony, and the last of the days it is held over
            new Paraphrase("閉幕", '閉', Pattern.compile("閉会式|閉幕式|閉会セレモニー")),
            new Paraphrase("閉幕", '間', Pattern.compile("までの[0-9０-９一二三四五六七八九十]+日間(?!で|に)")));

    /**
     * An accident a later report names by its deed and 事故 (爆発事故, 衝突事故, 道路陥没事故): the deed is what the first
     * report's clause names (工場で爆発があり, トラックとバスが衝突し). Only deeds that are accidents of a body or a
     * thing; not 交通事故, 人身事故 or 原発事故 (a kind or a place of accident, no deed), nor 死亡事故 (a death names
     * any fatal happening of the day). Not an accident of another time either ({@link #OF_ANOTHER_TIME}), nor one named
     * undated as the cause of the clause's deed ({@link #NAMED_AS_A_CAUSE}): 昨年の衝突事故を教訓に、市は15日、合同訓練を
     * 行った is a drill, 爆発事故を受け、県は立ち入り検査をした an inspection; 工場で今月15日に起きた爆発事故を受け… names
     * the day's explosion all the same.
     */
    private static final Pattern ACCIDENT_BY_ITS_DEED = Pattern.compile(
            "(爆発|衝突|追突|脱線|転覆|墜落|転落|横転|陥没|崩落|倒壊|座礁|炎上)事故");

    /** A time before the accident, in its phrase, that is not the clause's day: 昨年の, 2年前に起きた, 過去の. */
    private static final Pattern OF_ANOTHER_TIME = Pattern.compile(
            "(?:昨年|去年|一昨年|前年|過去|かつて|[0-9０-９一二三四五六七八九十数]+年前)[^、。]{0,20}$");

    /** What follows an accident named as the cause or the start of another deed: を受け, を教訓に, 以来, を踏まえ. */
    private static final Pattern NAMED_AS_A_CAUSE = Pattern.compile("を受け|を教訓|以来|を踏まえ|をきっかけ");

    /** A day in the accident's phrase, before it: 今月15日に起きた, 15日の. */
    private static final Pattern DATED_BY_A_DAY = Pattern.compile("[0-9０-９一二三四五六七八九十]日(?:に|の)[^、。]{0,20}$");

    private Paraphrases() {
    }

    /** The nouns of the happenings a clause tells in other words, in table order; none for most clauses. */
    static List<String> happeningsIn(String clause) {
        List<String> out = new ArrayList<>(0);
        for (Paraphrase p : TABLE) {
            if (clause.indexOf(p.cue()) >= 0 && !out.contains(p.happening()) && p.said().matcher(clause).find()) {
                out.add(p.happening());
            }
        }
        if (clause.indexOf('故') >= 0) {
            Matcher accident = ACCIDENT_BY_ITS_DEED.matcher(clause);
            while (accident.find()) {
                if (!out.contains(accident.group(1)) && toldAsTheClausesAccident(clause, accident.start(), accident.end())) {
                    out.add(accident.group(1));
                }
            }
        }
        return out;
    }

    /** Whether the accident at [start, end) is the clause's own, not one of another time or an undated cause. */
    private static boolean toldAsTheClausesAccident(String clause, int start, int end) {
        if (OF_ANOTHER_TIME.matcher(clause).region(0, start).find()) {
            return false;
        }
        return !NAMED_AS_A_CAUSE.matcher(clause).region(end, clause.length()).lookingAt()
                || DATED_BY_A_DAY.matcher(clause).region(0, start).find();
    }
}
