package app.nenpyo.temporal;

/**
 * The names of a newspaper's editions and pages a clipping's dateline may end with (2021年6月15日 朝刊 社会面,
 * 2023年3月22日 水曜日 スポーツ面), shared by what finds a document's date and what keeps a dateline
 * off the timeline. A closed list: 紙面, 全面 and 東京方面 are no page.
 */
public final class NewspaperPages {

    /** A regular expression for one named page: 社会面, 地域面, オピニオン面. */
    public static final String PAGE = "(?:社会|経済|政治|国際|総合|スポーツ|地域|文化|生活|くらし|特集|オピニオン|読書|科学|家庭|教育|芸能)面";

    /** A regular expression for one edition a clipping names: 朝刊, 夕刊, 号外, 電子版. */
    public static final String EDITION = "(?:朝刊|夕刊|号外|電子版)";

    private NewspaperPages() {
    }
}
