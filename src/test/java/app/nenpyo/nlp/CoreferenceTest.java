package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreferenceTest {

    /** The links of a text read as one document (each sentence found apart, as import does). */
    private static List<ActorMention> links(String text) {
        List<ActorMention> named = new java.util.ArrayList<>();
        List<Anaphor> anaphors = new java.util.ArrayList<>();
        int start = 0;
        for (String sentence : text.split("(?<=。)")) {
            List<Token> tokens = JapaneseTokens.of(sentence);
            List<ActorMention> found = new ActorFinder().find(sentence, tokens);
            int offset = start;
            found.forEach(m -> named.add(m.shift(offset)));
            new AnaphorFinder().find(sentence, tokens, found).forEach(a -> anaphors.add(a.shift(offset)));
            start += sentence.length();
        }
        return Coreference.resolve(text, named, anaphors);
    }

    static List<String> names(String text) {
        return links(text).stream().map(m -> m.surface() + "=" + m.canonical()).toList();
    }

    /** A municipality's assembly said alone is the assembly of the one municipality of its kind named before it. */
    @Test
    void anAssemblyAloneIsTheAssemblyOfTheMunicipalityNamedBefore() {
        assertEquals(List.of("市議会=若松台市議会"), names("若松台市の元職員が訴えた。市議会は同年10月に調査委員会を設けた。"));
        assertEquals(List.of("町議会=桜谷町議会"), names("桜谷町議会は5日、条例案を可決した。町議会は8日にも開かれる。"));
        // two municipalities of that kind named before: whose assembly is not said, left as its kind
        assertEquals(List.of("市議会=市議会"), names("若松台市と北見野市が協定を結んだ。市議会は同日、議案を可決した。"));
    }

    /** Review A31: 東芝は28日に…。同社は5月13日に… */
    @Test
    void theCompanyNamedLastBefore() {
        String text = "東芝は28日に定時株主総会を開く。同社は5月13日に2022年3月期決算を発表した。";
        List<ActorMention> found = links(text);
        assertEquals(1, found.size(), found.toString());
        ActorMention toshiba = found.get(0);
        assertEquals(new TextSpan(17, 19), toshiba.span());
        assertEquals("同社", toshiba.surface());
        assertEquals(ActorKind.ORGANISATION, toshiba.kind());
        assertEquals("東芝", toshiba.canonical());
        assertEquals("日本", toshiba.country());
        assertEquals("同社 = 東芝 (the company named last before it)", toshiba.reason());
        assertEquals(List.of("同社=ファーストリテイリング"), names(
                "ファーストリテイリングは13日に2021年9～11月期決算を発表する。同社の23年8月期の売上高は、3兆円を見込む。"));
        assertEquals(List.of("同社=ヤマト運輸", "同社=ヤマト運輸"), names(
                "国土交通省は10日、ヤマト運輸に立ち入り検査をした。同社は11日に会見を開いた。同社は再発防止策を示した。"),
                "a ministry is no company; what one 同社 stood for stands for the next");
    }

    /** Session 42: a paper cited by its issue in the anaphor's own sentence tells of the company (set nine's 毎朝新聞は9日付で、同社が…). */
    @Test
    void aPaperCitedInItsSentenceIsNotTheCompany() {
        assertEquals(List.of("同社=東芝"), names("東芝は3日、工場を止めた。毎朝新聞は9日付で、同社が全ての工程を見直したと報じた。"));
        // the near miss: a paper cited in a sentence before may be the company (an article on the paper itself)
        assertEquals(List.of("同社=北海日報"), names("北海日報は31日付の紙面を最後に休刊した。同社は1月15日、休刊を発表していた。"));
    }

    @Test
    void twoCandidatesInTheSentenceOrNoneWithinReachLeaveItAlone() {
        assertEquals(List.of(), names("トヨタ自動車は10日、デンソーとの提携を発表した。同社は来月、詳細を公表する。"));
        String far = "東芝は28日に定時株主総会を開く。" + "株価は大きく動いた。".repeat(45) + "同社は5月13日に決算を発表した。";
        assertEquals(List.of(), names(far), "named too far back");
        assertEquals(List.of(), names("同社は5月13日に決算を発表した。"), "named nowhere");
        assertEquals(List.of(), names("同社は新型スマートフォン「Galaxy S22」を発売した。同社の社員の3割が週1日以上テレワークをしている。"),
                "a product's name in brackets is no company (review A26)");
    }

    @Test
    void partiesMinistriesBanksAndCountries() {
        assertEquals(List.of("同党=立憲民主党"), names("立憲民主党は10日、代表選を行った。同党は新たな執行部を決めた。"));
        assertEquals(List.of("同省=外務省"), names("外務省は10日、渡航情報を出した。同省によると、邦人に被害はない。"));
        assertEquals(List.of("同行=日本銀行"), names("日銀は17日、金融緩和の維持を決めた。同行は物価の見通しを上げた。"));
        assertEquals(List.of("同国=トルコ"), names("トルコ南部で6日、大地震が起きた。同国政府は非常事態を宣言した。"));
    }

    /** 同氏 is the one person named last before it, whatever the title; 両氏 the two of one sentence. */
    @Test
    void theSamePersonAndTheTwoOfThem() {
        assertEquals(List.of("同氏=山田太郎"), names("山田太郎氏は10日、会長の辞任を表明した。同氏は会見で謝罪した。"));
        assertEquals(List.of(), names("山田太郎氏と佐藤花子氏は10日、会談した。同氏は会見で謝罪した。"), "two named: whose is not said");
        assertEquals(List.of(), names("東芝は10日、会長の辞任を発表した。同氏は会見で謝罪した。"), "a company is no person");
        assertEquals(List.of("両氏=山田太郎", "両氏=佐藤花子"), names("山田太郎氏と佐藤花子氏は10日、会談した。両氏は協力で一致した。"));
    }

    /** Review A02: 日米両政府は同日…。両国は昨年12月28日から… */
    @Test
    void theTwoCountriesOfOneSentence() {
        String text = "日米両政府は同日、外務・防衛担当閣僚協議を開催した。両国は昨年12月28日から今年1月3日まで、協議を続けていた。";
        List<ActorMention> found = links(text);
        assertEquals(List.of("日本", "米国"), found.stream().map(ActorMention::canonical).toList());
        assertEquals(new TextSpan(26, 28), found.get(0).span());
        assertEquals(new TextSpan(26, 28), found.get(1).span());
        assertEquals("両国 = 日本, 米国 (the two countries named last before it)", found.get(0).reason());
        assertEquals(List.of(), names("日本と米国、英国は10日、声明を出した。両国は協議を続ける。"), "three countries: which two?");
    }

    /** Review A01, A02, A53: a title alone is the person of that title named before. */
    @Test
    void aTitleAloneIsThePersonOfThatTitle() {
        List<ActorMention> pm = links("岸田首相は11日午前、首相官邸で記者団の取材に応じた。首相は先週金曜日の7日、会合を開いた。");
        assertEquals(1, pm.size(), pm.toString());
        assertEquals(ActorKind.PERSON, pm.get(0).kind());
        assertEquals("岸田", pm.get(0).name());
        assertEquals("首相", pm.get(0).title());
        assertEquals("日本", pm.get(0).country());
        assertEquals("首相 = 岸田首相 (the person of that title named last before it)", pm.get(0).reason());
        assertEquals(List.of("外相=林芳正"), names("林芳正外相は7日夜、ブリンケン国務長官と会談した。外相は今月下旬にも訪米する。"),
                "the other person's title is another");
        assertEquals(List.of("長官=中村格"), names("警察庁の中村格長官は会見した。長官は26日、辞職を表明した。"));
        assertEquals(List.of(), names("岸田首相と英国のジョンソン首相が会談した。首相は10日、声明を出した。"), "two prime ministers");
        assertEquals(List.of(), names("東和食品の田村前社長は3月末で退任した。社長は4日、中期計画を発表した。"),
                "the former president is not the president said alone: that is the one after him");
        assertEquals(List.of(), names("ハリス副大統領は遊説を続けた。大統領は12日、演説した。"), "a deputy is not the office");
        assertEquals(List.of(), names("オバマ元大統領は講演した。大統領は12日、声明を出した。"), "one who held it once");
        assertEquals(List.of(), names("ポンペオ前国務長官は講演した。長官は12日、声明を出した。"), "前 before the whole title");
        assertEquals(List.of(), names("トランプ次期大統領は会見した。大統領は12日、声明を出した。"), "one who will hold it");
        assertEquals(List.of("外相=ドーン"), names("タイのドーン副首相兼外相は来日した。外相は12日、会談に臨んだ。"),
                "a deputy prime minister who is also foreign minister holds 外相");
        assertEquals(List.of("社長=大森"), names("三和精機の大森新社長は就任会見に臨んだ。社長は4日、中期計画を発表した。"),
                "a new president is the president");
        List<ActorMention> both = links("天皇、皇后両陛下は18日に英国に向けて出発される。日本時間20日未明、両陛下は帰国の途に就かれる。");
        assertEquals(List.of("天皇", "皇后", "天皇", "皇后"), both.stream().map(ActorMention::canonical).toList(),
                "両陛下 right after their names says them again; the second, a sentence later, is them too");
        assertEquals(new TextSpan(35, 38), both.get(3).span());
    }

    /** 市は, 同町の: the municipality of that kind named last before, said with its kind where a label names it. */
    @Test
    void aMunicipalityByItsKindAloneIsTheOneOfThatKindNamedBefore() {
        String text = "岡山県西川市の水道管が破裂し、約3000戸で断水した。市は12日、復旧作業を始めた。市は13日に給水を再開する。";
        List<ActorMention> found = links(text);
        assertEquals(List.of("市=西川", "市=西川"), found.stream().map(m -> m.surface() + "=" + m.canonical()).toList(),
                "what one 市 stood for stands for the next");
        assertEquals(ActorKind.PLACE, found.get(0).kind());
        assertEquals("西川市", found.get(0).name());
        assertEquals("市 = 西川 (the municipality of that kind named last before it)", found.get(0).reason());
        assertEquals(List.of("同町=東山"), names("宮崎県東山町で大雨が降った。同町は14日、避難所を開いた。"));
        assertEquals(List.of(), names("岡山県で大雨が降った。市は12日、避難所を開いた。"), "a prefecture is no city");
        assertEquals(List.of("県=岡山"), names("岡山県で大雨が降った。県は12日、対策本部を設けた。"));
        assertEquals(List.of(), names("市場は12日、大きく動いた。"), "市 inside a word is none");
    }

    /** 東北電力…女川原子力発電所…。同社は (set five): a power plant is its company's, no company of its own. */
    @Test
    void aPowerPlantIsNoCompany() {
        assertEquals(List.of("同社=東北電力"), names("東北電力は29日、東浜原子力発電所の原子炉を起動した。同社は来月、営業運転に移る。"));
    }

    /** 病院は for 南浜市立総合病院, 寺は for 光善寺, 同大 for 北山大学: the one body named before whose name ends as its kind does. */
    @Test
    void aKindAloneIsTheOneBodyOfThatKindNamedBefore() {
        String text = "南浜市立総合病院は2日、システムの障害を発表した。患者の受け付けは止まった。病院は4日に外来を再開する。";
        List<ActorMention> found = links(text);
        assertEquals(List.of("病院=南浜市立総合病院"), found.stream().map(m -> m.surface() + "=" + m.canonical()).toList());
        ActorMention hospital = found.get(0);
        assertEquals(new TextSpan(text.indexOf("病院は4日"), text.indexOf("病院は4日") + 2), hospital.span(), "the span is the anaphor's");
        assertEquals(ActorKind.ORGANISATION, hospital.kind());
        assertEquals("病院 = 南浜市立総合病院 (the only name ending in 病院 within reach before it)", hospital.reason());
        assertEquals(List.of("寺=光善寺"), names("西川市の光善寺で仏像が盗まれた。寺は来月、本尊を公開する。"),
                "a temple IPADIC knows as a place is named so too");
        assertEquals(List.of("同大=北山大学", "大学=北山大学"), names("北山大学は16日、採点の誤りを発表した。同大では5年前にも誤りがあった。大学は再発防止策を示した。"));
        assertEquals(List.of("原発=東浜原子力発電所"), names("北東電力は29日、東浜原子力発電所の原子炉を起動した。市民団体は、原発の正門前で集会を開いた。"));
        assertEquals(List.of("組合=南海運輸労働組合"), names("南海運輸労働組合は5日、ストライキに入った。組合の委員長は交渉を続けると述べた。"));
        assertEquals(List.of("保健所=高橋保健所", "同社=青葉デリカ"),
                names("高橋保健所は6日、総菜製造業「青葉デリカ」の弁当で食中毒と発表した。保健所は同社に営業停止を命じた。"),
                "a health centre is no company");
    }

    /**
     * A credit union, a school or a park named whole, later said by its kind, cut short (信金, 学校, 園) or after 同 (同信金,
     * 同校): the one named before; a company before a credit union, two schools, or none named, no one.
     */
    @Test
    void aCreditUnionASchoolOrAParkSaidShortIsTheOneNamed() {
        assertEquals(List.of("信金=港南信用金庫", "同信金=港南信用金庫"), names(
                "港南信用金庫は10日、元職員を告訴した。信金は調査を続ける。同信金は来月、処分を決める。"));
        assertEquals(List.of("同校=白鳳学園高校", "学校=白鳳学園高校"), names(
                "白鳳学園高校は6日、監督の交代を発表した。同校は来月に説明会を開く。学校は保護者に謝罪した。"));
        assertEquals(List.of("園=藤ヶ森動物公園"), names("藤ヶ森動物公園で2日、サルが逃げた。園は3日に臨時休園とした。"));
        assertEquals(List.of(), names("東和食品は2日、融資を受けた。信金は担保を求めた。"), "a company is no credit union");
        assertEquals(List.of(), names("緑ケ丘中学校と白鳳学園高校は2日、交流を始めた。学校は合同で式を開く。"), "two schools");
        assertEquals(List.of(), names("学校は5日に始業式を開いた。"), "named nowhere");
    }

    /**
     * A kind alone before によると or によれば reports the word of the one named before (病院によると); before に and a verb
     * of going it is where to, often another one (病院に運ばれた).
     */
    @Test
    void aKindAloneByWhoseWordIsTheOneNamed() {
        assertEquals(List.of("病院=南浜市立総合病院"),
                names("南浜市立総合病院で2日、システムが止まった。病院によると、復旧は4日の見込みだ。"));
        assertEquals(List.of("協会=日本相撲協会"), names("日本相撲協会は2日、処分を決めた。協会によれば、期間は半年だ。"));
        assertEquals(List.of(), names("南浜市立総合病院で2日、事故があった。けが人は別の病院に運ばれた。"), "where to");
        // によって and により say by what one differs or is done (each hospital its own way), not by whose word (review of 2026-12-18)
        assertEquals(List.of(), names("南浜市立総合病院で2日、システムが止まった。治療の方針は病院によって異なる。"), "によって");
        assertEquals(List.of(), names("南浜市立総合病院で2日、システムが止まった。対応は病院により違う。"), "により");
        assertEquals(List.of(), names("日本相撲協会は2日、処分を決めた。基準は協会によって異なる。"), "によって");
    }

    /** Two hospitals named, none named, or a company only: a kind alone is left alone. */
    @Test
    void aKindAloneWithTwoOrNoneOfItsKindNamedIsNoOne() {
        assertEquals(List.of(), names("南浜市立総合病院と北山大学病院は2日、提携を発表した。病院は4日に協議を始める。"), "two hospitals");
        assertEquals(List.of(), names("東和食品は2日、工場の事故を発表した。病院は4日に会見を開く。"), "a company is no hospital");
        assertEquals(List.of(), names("病院は4日に外来を再開する。"), "named nowhere");
        assertEquals(List.of(), names("東和食品は2日、工場の事故を発表した。保健所は立ち入り検査をした。"), "a company is no health centre");
        assertEquals(List.of(), names("東和食品は2日、工場の事故を発表した。けがをした社員は、病院に運ばれた。"), "where to, after a company");
    }

    /** 学長は (set five): a held title alone is the one named with it before; never named, no one. */
    @Test
    void aHeadsTitleAloneIsTheHeadNamedBefore() {
        assertEquals(List.of("学長=山本和子"), names("北山大学の山本和子学長は20日、会見した。学長は来月、処分を発表する。"));
        assertEquals(List.of(), names("北山大学は20日、会見した。学長は来月、処分を発表する。"), "a head never named");
    }

    /** 警察 and 消防 alone, after the town is named: the town's police and fire service, as written; with no town, no one. */
    @Test
    void thePoliceAndTheFireServiceAloneAreTheTownsOnes() {
        assertEquals(List.of("警察=警察", "消防=消防"), names("山辺町の倉庫で14日夜、火事があった。警察と消防は16日、実況見分をした。"));
        assertEquals(List.of("消防=消防"), names("北川市の工場で3日、爆発があった。消防によると、けが人はいない。"));
        assertEquals(List.of(), names("警察と消防は16日、実況見分をした。"), "no place named: whose is not said");
        assertEquals(List.of(), names("山辺町の倉庫で14日夜、火事があった。消防署の職員や警察官が駆けつけた。"), "words of their own");
    }

    /**
     * A town's election board, board of education or fire service said by its kind alone (several of IPADIC's words) is
     * the town's, named as written whole; with two towns of that kind named, or none, it is left as written or no one.
     */
    @Test
    void aTownsBoardsAloneAreTheTownsOnes() {
        assertEquals(List.of("町選管=朝凪町選管"), names("朝凪町で町長の解職を求める署名が集まった。町選管は19日、住民投票の日を決めた。"));
        assertEquals(List.of("市教委=緑川市教委"), names("緑川市では教員の不足が続いている。市教委によると、4月の欠員は31人だった。"));
        assertEquals(List.of("県警=県警", "市消防本部=大川原市消防本部"), names("大川原市の交差点で道路が陥没した。県警と市消防本部が救助を続けている。"));
        assertEquals(List.of("市選挙管理委員会=青葉台市選挙管理委員会"),
                names("青葉台市議選は23日に投開票された。市選挙管理委員会によると、投票率は41％だった。"));
        assertEquals(List.of("市選管=市選管"), names("若松台市と北見野市が合併を協議した。市選管は同日、日程を決めた。"),
                "two cities named: whose board is not said");
        assertEquals(List.of(), names("町選管は19日、住民投票の日を決めた。"), "no town named: whose is not said");
        assertEquals(List.of(), names("朝凪町で祭りがあった。町選管委員長は19日、辞任した。"), "a title, not the board");
    }

    /**
     * A board named whole and then said short, or the other way (潮見町選挙管理委員会は…。町選管によると), is the one board: the
     * long and short forms of its kind are one (選挙管理委員会 and 選管, 教育委員会 and 教委, 消防本部 and 消防局); another
     * board of the town is not it.
     */
    @Test
    void aBoardNamedWholeAndThenShortIsThatBoard() {
        assertEquals(List.of("町選管=潮見町選挙管理委員会"),
                names("潮見町選挙管理委員会は5日、町長選の日程を告示した。町選管によると、受け付けは12日からだ。"));
        assertEquals(List.of("市教委=北浦市教育委員会"), names("北浦市教育委員会は8日、休校を決めた。市教委によると、再開は未定だ。"));
        assertEquals(List.of("町選挙管理委員会=潮見町選管"),
                names("潮見町選管は5日、日程を告示した。町選挙管理委員会によると、受け付けは12日からだ。"));
        assertEquals(List.of("市消防局=北浦市消防本部"), names("北浦市消防本部は3日、発表した。市消防局によると、2人がけがをした。"));
        assertEquals(List.of(), names("潮見町選管は5日、日程を告示した。町教委によると、校舎は投票所になる。"),
                "another board of the town: not the election board");
    }

    /** A village's board of education or fire service written whole is the board its short form alone stands for. */
    @Test
    void aVillagesBoardIsOneActorWholeOrShort() {
        assertEquals(List.of("村教委=山吹村教委"), names("山吹村教委は5日、統合を公表した。村教委によると、児童は12人だ。"));
        assertEquals(List.of("村消防本部=山吹村消防本部"), names("山吹村消防本部は5日、発表した。村消防本部によると、けが人はいない。"));
        assertEquals(List.of("村教委=山吹村教委"), names("山吹村で5日、小学校の統合が決まった。村教委によると、児童は12人だ。"));
    }

    /**
     * A town whose name ends in its kind (四日市 written 四日市市, 大町 written 大町町) keeps it before its board said alone,
     * as written whole (四日市市教委); 北海道 and 道警 are 北海道警, the kind written once. A foreign city's board is its
     * country's.
     */
    @Test
    void aBoardIsNamedAsItsTownIsWritten() {
        assertEquals(List.of("市教委=四日市市教委"), names("四日市市の小学校で5日、火事があった。市教委によると、児童は無事だった。"));
        assertEquals(List.of("町教委=大町町教委"), names("大町町の小学校で5日、火事があった。町教委によると、児童は無事だった。"));
        assertEquals(List.of("道警=北海道警"), names("北海道で5日、地震があった。道警によると、けが人はいない。"));
        assertEquals(List.of("市教委=米国"), links("米ニューヨーク市の公立学校で5日、銃撃があった。市教委によると、2人がけがをした。")
                .stream().map(m -> m.surface() + "=" + m.country()).toList());
    }

    /** The police of a foreign town said alone is its country's, not Japan's. */
    @Test
    void aForeignTownsPoliceIsItsCountrys() {
        assertEquals(List.of("警察=米国"), links("米ニューヨーク市で3日、銃撃事件があった。現地の警察によると、3人がけがをした。").stream()
                .map(m -> m.surface() + "=" + m.country()).toList());
        assertEquals(List.of("警察=日本"), links("山辺町の倉庫で14日夜、火事があった。警察は16日、実況見分をした。").stream()
                .map(m -> m.surface() + "=" + m.country()).toList());
    }
}
