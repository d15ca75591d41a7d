package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.EventCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Categories of the happenings Japanese news reports most, on sentences written for this test.
 * A review of 112 news-style articles (2026-11-27) found these read as "other": the words of
 * courts after an arrest, weather warnings, market figures, election notices and launches.
 */
class CategoryTest {

    private static final LocalDate DATE = LocalDate.of(2023, 3, 15);

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
        "県警は14日、男を殺人の疑いで送検した。|LEGAL",
        "東京地裁で13日、元理事の初公判が開かれた。|LEGAL",
        "最高裁は10日、被告の上告を棄却した。|LEGAL",
        "地検は9日、容疑者の鑑定留置を始めた。|LEGAL",
        "北朝鮮は12日、弾道ミサイル2発を日本海に向けて発射した。|MILITARY",
        "気象庁は11日、北海道に大雪警報を出した。|DISASTER",
        "12日は東北地方を中心に大雨となった。|DISASTER",
        "統一地方選が9日に告示され、知事選の選挙戦が始まった。|ELECTION",
        "参院選は10日に公示された。|ELECTION",
        "日銀は10日、利上げを決めた。|ECONOMY",
        "13日の円相場は1ドル=135円台で推移した。|ECONOMY",
        "内閣府は8日、10～12月期のGDPを発表した。|ANNOUNCEMENT",
        "同社は10日、通期の業績予想を下方修正した。|ECONOMY",
        "トヨタ自動車の2月の売上高は前年を上回った。|ECONOMY",
        "党は10日、中央委員会総会を開いた。|MEETING",
    })
    void theHappeningsNewsReportsMost(String sentence, EventCategory expected) {
        List<Report> reports = Articles.reports(sentence, DATE);
        assertEquals(expected, reports.get(0).category(), sentence + " → " + reports);
    }

    /**
     * A body that sits (理事会, 取締役会, 審議会…) is a meeting where it is held or something is done at
     * it; as the subject it is the body itself, which 公正取引委員会 and 国連安全保障理事会 are.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
        "同社は25日に臨時取締役会を開く。|MEETING",
        "日本サッカー協会は20日、理事会を開いた。|MEETING",
        "厚生労働省は15日に審議会を開き、改定案を示す。|MEETING",
        "同社は16日の取締役会で、社長交代を決めた。|MEETING",
        "同社は18日、役員会で新社長の選任を決議した。|MEETING",
        "IOCの理事会は5日に開かれた。|MEETING",
        "公正取引委員会は10日、大手3社に立ち入り検査した。|OTHER",
        "公正取引委員会は10日、大手3社を処分した。|LEGAL",
        "市教育委員会は9日、教科書の採択を決めた。|OTHER",
        "国連安全保障理事会は12日、「主権を尊重する」と述べた。|STATEMENT",
        "政府の有識者委員会は17日、報告書をまとめた。|OTHER",
    })
    void aBodyThatSitsIsAMeetingWhereItIsHeld(String sentence, EventCategory expected) {
        List<Report> reports = Articles.reports(sentence, DATE);
        assertEquals(expected, reports.get(0).category(), sentence + " → " + reports);
    }

    /**
     * What the date governs decides, read from the predicate back to the subject (CategoryRules):
     * sentences of the third review (2026-11-27), marked "review", then sentences written for this
     * test. Each names the date expression whose report is checked.
     */
    @ParameterizedTest(name = "{2} ← {1} in {0}")
    @CsvSource(delimiter = '|', value = {
        // the head of a phrase before its modifiers: 在日米軍の感染者 is a count of infections
        "在日米軍の感染者は、6日までの1週間で1000人を超えた。|6日|DISASTER",
        "米軍基地の従業員の感染者は9日、200人を超えた。|9日|DISASTER",
        // the object before the subject, the subject when nothing else speaks
        "日銀は17日まで開いた金融政策決定会合で、大規模な金融緩和策の維持を決めた。|17日|ECONOMY",
        "日銀は21日、金融緩和策の修正を決めた。|21日|ECONOMY",
        "最高裁は21日、夫婦別姓を認めない規定を合憲とする決定を出した。|21日|LEGAL",
        "東京地検は翌月、男の刑事責任能力を調べるため鑑定留置を始めた。|翌月|LEGAL",
        "東京高裁は9日、一審の判断を支持した。|9日|LEGAL",
        "株主の投票結果は、総会の翌日に公表される。|翌日|ANNOUNCEMENT",
        // where two keywords end together, the longer: 党大会 is a meeting, not a sports 大会
        "同党は１月２０日に党大会を開く。|１月２０日|MEETING",
        "立憲民主党は3月5日、党大会を開いた。|3月5日|MEETING",
        "陸上の全国大会は3月5日に開幕した。|3月5日|OTHER",
        // a keyword before 中に names when, not what
        "安倍元首相は7月8日、奈良市で街頭演説中に銃撃され、死亡した。|7月8日|OTHER",
        // …and one before 下 the state things were under: no announcement (the review's A27)
        "1年前の今頃は、緊急事態宣言下にあった。|1年前|OTHER",
        "東京都は昨年8月、緊急事態宣言下で花火大会を見送った。|昨年8月|OTHER",
        "政府は7日、東京都などに緊急事態宣言を発令した。|7日|ANNOUNCEMENT",
        // a session of parliament is named, not a law: its convening is other (decision 0029)
        "首相は今月17日に召集される通常国会で施政方針演説を行う。|今月17日|OTHER",
        "2021年度補正予算案は6日召集の臨時国会に提出される。|6日|OTHER",
        "1月に召集される通常国会では、経済安保法案が焦点となる。|1月|OTHER",
        "特別国会は来月10日に召集され、首相指名選挙が行われる。|来月10日|OTHER",
        // …but a bill sent to parliament is the bill's
        "政府は25日、2023年度予算案を国会に提出した。|25日|ECONOMY",
        "政府は来週、入管法改正案を国会に提出する。|来週|LEGAL",
        // the clause's other words count only between the date and the predicate
        "新千歳空港では8日から9日にかけて、大雪で計120便が欠航した。|8日から9日にかけて|DISASTER",
        "羽田空港では12日、大雪のため約300便が欠航した。|12日|DISASTER",
        "投票日当日の10日は、全国的に晴れる見込みだ。|10日|OTHER",
        "選挙戦最終日の9日は、全国的に晴れる見込みだ。|9日|OTHER",
        // …and the noun the predicate's relative clause modifies: what was held is the election
        "22日朝に行われたインドの大統領選挙では、首相が当選を確実にした。|22日朝|ELECTION",
        "12日に行われた市長選挙では、現職が再選された。|12日|ELECTION",
        "首相は大型連休中、東南アジアと欧州の5カ国を訪問し、5日に帰国した。|5日|OTHER",
        "外相は中東3カ国を訪問し、12日に帰国した。|12日|OTHER",
        "政府は31日、新型コロナの全数把握を9月26日から全国一律で見直すと発表した。|9月26日|OTHER",
        "政府は31日、新型コロナの全数把握を9月26日から全国一律で見直すと発表した。|31日|ANNOUNCEMENT",
        "同社は5日、主力製品の価格を4月1日から引き下げると発表した。|5日|ANNOUNCEMENT",
        // session 33: a date a comma sets off dates the announcing verb the clause ends with, though the label tells what
        // was announced; what is announced decides first where it has a category, and without the verb nothing is announced
        "3日に起きた地震で、県は5日、死者が20人になったと発表した。|5日|ANNOUNCEMENT",
        "研究機構は25日、探査機が目標地点の近くに降りたと明らかにした。|25日|ANNOUNCEMENT",
        "県は16日、養鶏場で鶏が大量に死に、検査で鳥インフルエンザの陽性が確認されたと発表した。|16日|DISASTER",
        "市は10日、図書館の新館が開館した。|10日|OTHER",
        // a date naming a thing: what the sentence says of it is not the date's
        "政府は4日の仕事始めを前に、年末年始の感染状況を分析している。|4日|OTHER",
        "ソニーグループは月曜日に開幕した見本市で、EVの事業化を表明した。|月曜日|OTHER",
        "トヨタは火曜日に開幕した展示会で、新型車の投入を表明した。|火曜日|OTHER",
        // session 35: a date inside what a verb of making known reports is the deed's, read without the report: the day
        // a change takes effect (付で), a second date after the report's own (DatedClauseCategory)
        "同社の山田社長は16日に記者会見し、6月30日付で辞任すると表明した。|6月30日|OTHER",
        "機械メーカーの北山工業は2日、佐藤一郎専務が4月1日付で社長に昇格する人事を発表した。|4月1日|OTHER",
        "県教育委員会は9日、鈴木花子氏が4月1日付で教育長に就任する人事を公表した。|4月1日|OTHER",
        "町長は20日、議会の全員協議会で、3月31日付で辞職すると表明した。|3月31日|OTHER",
        "市は10日、来月1日付で水道料金を値上げすると発表した。|来月1日|ECONOMY",
        // …and the near misses, where the date is the report's: set off by a comma, alone before the verb, or with nothing
        // reported between it and the verb
        "同社の山田社長は16日に記者会見し、6月30日付で辞任すると表明した。|16日|STATEMENT",
        "機械メーカーの北山工業は2日、佐藤一郎専務が4月1日付で社長に昇格する人事を発表した。|2日|ANNOUNCEMENT",
        "同社の山田社長は16日、辞任を表明した。|16日|STATEMENT",
        "同社の山田社長は16日に辞任を表明した。|16日|STATEMENT",
        "市は14日に新しい補助金を設けると発表した。|14日|ANNOUNCEMENT",
        // session 35: a date inside the incident that frames the sentence (…した事故で、) is the incident's (IncidentFrame);
        // a date set off by a comma, or outside the frame, is the main clause's
        "国土交通省は16日、昨年7月に沖合で観光船が沈んだ事故で、運航会社に事業許可を取り消す処分を出した。|昨年7月|DISASTER",
        "国土交通省は16日、昨年7月に沖合で観光船が沈んだ事故で、運航会社に事業許可を取り消す処分を出した。|16日|LEGAL",
        "2022年5月3日の高速道路での「多重衝突」事故で、地裁は9日、トラックの運転手に判決を言い渡した。|2022年5月3日|DISASTER",
        "2022年5月3日の高速道路での「多重衝突」事故で、地裁は9日、トラックの運転手に判決を言い渡した。|9日|LEGAL",
        "先月3日に駅前で男性が刺された事件で、県警は10日、近くに住む男を逮捕した。|先月3日|LEGAL",
        // a date a comma sets off opens the frame only when the main clause has a date of its own after it
        "化学工場で3日、大規模な爆発が起きた事故で、県警は10日、同社を家宅捜索した。|3日|DISASTER",
        "県警は8日、市内の住宅で起きた火災で、住人の男を放火の疑いで逮捕した。|8日|LEGAL",
        // session 35, read again: a topic right before a date set off makes it the main clause's, though a later date follows
        // (another clause's, a span); a date in brackets after the incident's place is the incident's
        "県警は8日、市内の住宅で起きた火災で、住人の男を放火の疑いで逮捕し、10日に送検した。|8日|LEGAL",
        "気象庁は5日、石川県で起きた地震で、今後1週間程度は同程度の揺れに注意するよう呼びかけた。|5日|STATEMENT",
        "県警は8日、市内の住宅で起きた火災で、住人の男を逮捕し、9日に送検すると明らかにした。|8日|LEGAL",
        "米カリフォルニア州の森林で15日（日本時間16日）に起きた大規模な山火事で、州当局は17日、死者が12人に上ったと発表した。|15日|DISASTER",
        "南部の港で3日（日本時間4日）に起きた爆発事故で、政府は6日、港湾の管理者を処分したと明らかにした。|3日|DISASTER",
        // an unset date with another date, or a comma, between it and the incident reads the main clause
        "先月3日に開業した工場で今月5日に起きた爆発事故で、県警は10日、社長を逮捕した。|先月3日|OTHER",
        "県警は10日に昨年12月に工場で起きた爆発事故で、社長を逮捕した。|10日|LEGAL",
        "先月3日に工場で、爆発が起きた事故で、県警は10日、社長を逮捕した。|先月3日|LEGAL",
        // a dated document (付の) or a release's date set off (付で、) is the report's, and so is a date after a phrase that
        // frames (…に向けて、)
        "政府は10日付の官報で、新たな規制を導入すると公表した。|10日|ANNOUNCEMENT",
        "同社は15日付のプレスリリースで、新工場を建設すると発表した。|15日|ANNOUNCEMENT",
        "同社は16日付で、社長が辞任すると発表した。|16日|ANNOUNCEMENT",
        "2025年の大阪・関西万博に向けて、政府は14日に新たな補助金を設けると発表した。|14日|ANNOUNCEMENT",
        // …while a date after the doer's own earlier one (set off after the topic, or ending a clause of its own) is the deed's
        "市は2日、来年度から給食費を無償化すると表明した。|2日|STATEMENT",
        "組合は3日に臨時大会を開き、10日に全国で一斉にストライキを行うと表明した。|10日|PROTEST",
        // session 37: a label's clause cut before the verb announcing it, the date set off after the doer, is the
        // announcement's, unless what is announced has a category (停電: a disaster) or the label has one (説明会)
        "市立図書館は7日、館内の空調設備に不具合が見つかり、9日まで休館すると発表した。|7日|ANNOUNCEMENT",
        "観光協会は12日、今年1月の宿泊客が約3万人となり、前年の2倍に増えたと明らかにした。|12日|ANNOUNCEMENT",
        "大学は20日、研究室の機器から有害な物質が漏れ出し、学生2人が体調を崩したと公表した。|20日|ANNOUNCEMENT",
        "水道局は8日、浄水場の配管が破れて水が漏れ出し、周辺の約300戸が停電したと発表した。|8日|DISASTER",
        "県は5日、説明会を開き、新制度を始めると発表した。|5日|MEETING",
        // …not where another doer announces (市は…), nor where the date is not set off (7日に), nor without an announcement
        "市立図書館は7日、館内の空調設備に不具合が見つかり、市は9日まで休館すると発表した。|7日|OTHER",
        "市立図書館は7日に館内の空調設備に不具合が見つかり、9日まで休館すると発表した。|7日|OTHER",
        "市立図書館は7日、館内の空調設備に不具合が見つかり、9日まで休館した。|7日|OTHER",
        // session 37 (rv3): nor where another doer announces after が or も (…と県が発表, 市も…), nor where an intention is
        // made known (考えを明らかにした: words); the later clauses are not read where they have their own day or call a
        // deed off (10日の説明会を中止: no meeting of the 4th), and a compound announced is read whole (株主総会)
        "市立図書館は7日、空調設備に不具合が見つかり、9日まで休館すると県が発表した。|7日|OTHER",
        "市立図書館は7日、空調設備に不具合が見つかり、市も9日まで休館すると発表した。|7日|OTHER",
        "首相は4日、工場を視察し、来年度に補助を拡充する考えを明らかにした。|4日|OTHER",
        "同社は4日、システムに不具合が見つかり、10日に予定していた説明会を中止すると発表した。|4日|ANNOUNCEMENT",
        "同社は4日、システムに不具合が見つかり、10日に予定していたデモを中止すると発表した。|4日|ANNOUNCEMENT",
        "同社は4日、システムに不具合が見つかり、6月の株主総会を延期すると発表した。|4日|ANNOUNCEMENT",
        "同社は4日、新社長に副社長が就き、株主総会で正式に決めると発表した。|4日|ECONOMY",
    })
    void whatTheDateGovernsDecides(String sentence, String expression, EventCategory expected) {
        List<Report> reports = Articles.reports(sentence, DATE).stream()
                .filter(r -> r.source().expressionText().equals(expression)).toList();
        assertEquals(1, reports.size(), sentence + " → " + Articles.reports(sentence, DATE).stream()
                .map(r -> r.source().expressionText()).collect(Collectors.toList()));
        assertEquals(expected, reports.get(0).category(), sentence + " → " + reports.get(0).label());
    }

    /**
     * Words of the domain that were missing, on the review's sentences and on new ones; then those held-out
     * set four's reader (2026-11-30) and the writers of sets one to three found read as "other" (a police
     * search, a theft, a case, a levee breached, a blackout, a price raised, a state visit, a response office
     * set up, a recall: decision 0029's addendum of 2026-12-01), on sentences written for this test, each word
     * class beside near misses that hold a word of the same family and must not take its category; then votes,
     * which take the category of what is voted, in 本会議 (a session of parliament, not the 会議 it holds).
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
        "岸田首相は11日午前、首相官邸で記者団の取材に応じた。|STATEMENT",
        "外相は8日、米紙のインタビューに応じた。|STATEMENT",
        "首相は4日に年頭の記者会見を開く。|STATEMENT",
        "日銀の黒田総裁は月曜日に名古屋市で講演した。|STATEMENT",
        "首相は14日（金）に、全国知事会とオンラインで意見交換する。|MEETING",
        "経済産業相は9日、経団連の幹部と意見交換した。|MEETING",
        "札幌市では9日の24時間降雪量が観測史上最大の60センチに達した。|DISASTER",
        "青森市の積雪は10日、1メートルを超えた。|DISASTER",
        "新型コロナの感染症法上の位置づけは、8日に5類へ移行した。|LEGAL",
        "来週11日には経済安全保障推進法が成立する見通しだ。|LEGAL",
        "改正道路交通法は4月1日に施行された。|LEGAL",
        "同法は2000年代に入って改正が重ねられた。|LEGAL",
        "日経平均株価の年末終値は、前年末比で1431円高い2万8791円となった。|ECONOMY",
        // the words the held-out sets found missing
        "県警は12日、元社長の自宅を家宅捜索した。|LEGAL",
        "男は3日夜、駅の駐輪場で自転車を盗んだ疑いがある。|LEGAL",
        "市内の神社で5日、さい銭箱の盗難が見つかった。|LEGAL",
        "同署は10日、現場の車から凶器を押収した。|LEGAL",
        "山田被告は昨年12月、知人の女性にけがをさせた。|LEGAL",
        "市は8日、元職員を刑事告発した。|LEGAL",
        "高裁は6日、元被告の再審開始を認めた。|LEGAL",
        "地裁は7日、強盗殺人事件の審理を始めた。|LEGAL",
        "川の堤防が4日未明に決壊した。|DISASTER",
        "大雨で市内の川が5日朝、氾濫した。|DISASTER",
        "県内では7日夜、約2万戸が停電した。|DISASTER",
        "国道では9日未明、車約50台が立ち往生した。|DISASTER",
        "12日から今季最強の寒波が流れ込んだ。|DISASTER",
        "木造住宅1棟が8日未明、全焼した。|DISASTER",
        "電力会社は11日、家庭向けの料金を値上げした。|ECONOMY",
        "同社は2日、通期の利益予想を下方修正した。|ECONOMY",
        "商社大手は13日、米国の物流会社を買収した。|ECONOMY",
        "消費税率は2019年10月に10%へ引き上げられた。|ECONOMY",
        // a visit alone is other (decision 0029's addendum of session 39: the writers of sets four to fifteen keyed
        // every one so; was MEETING); with the talks named it is a meeting
        "フランスの大統領が14日に来日した。|OTHER",
        "首相は3日に訪米し、大統領と会う。|MEETING",
        "市は21日、住民向けの説明会を開いた。|MEETING",
        "政府は6日、首相官邸に対策本部を設置した。|ANNOUNCEMENT",
        "同社は16日、約5万台のリコールを国土交通省に届け出た。|ANNOUNCEMENT",
        "厚生労働省は20日、新しい治療薬の製造販売を承認した。|ANNOUNCEMENT",
        "外務省は9日、報道官談話を出した。|STATEMENT",
        "新市長は2日、職員に訓示した。|STATEMENT",
        "首相は8日、新大統領に祝意を伝えた。|STATEMENT",
        "候補は7日夜、支持者の前で勝利を宣言した。|STATEMENT",
        // near misses: a stolen base, a search for the missing, a protest against a price rise, vote buying,
        // tourists, a meeting of a response office, a campaign to recall a mayor, a state of emergency, a
        // ministry named after the economy, a briefing on results
        "大谷選手は5日の試合で、今季30個目の盗塁を決めた。|OTHER",
        "海上保安庁は10日、行方不明者の捜索を続けた。|OTHER",
        "市民団体は12日、電気料金の値上げに抗議するデモを行った。|PROTEST",
        "県警は9日、票の買収容疑で県議を逮捕した。|LEGAL",
        "6月の訪日客は200万人を超えた。|OTHER",
        "6月の訪日観光客数は過去最多を更新した。|OTHER",
        "同選手は5日、1964年以来日本勢初の金メダルを獲得した。|OTHER",
        "政府は7日、非常災害対策本部の会議を開いた。|MEETING",
        "市民団体は4日、市長のリコール運動を始めた。|OTHER",
        "政府は7日、東京都に緊急事態宣言を出した。|ANNOUNCEMENT",
        "経済産業省の職員が12日、工場を視察した。|OTHER",
        "同社は15日、決算説明会を開いた。|ECONOMY",
        // a vote is of what is voted: a bill or bylaw legal, a budget the economy's, a resolution other
        "参院は28日の本会議で、新年度予算案を可決した。|ECONOMY",
        "衆院は16日の本会議で、改正入管法案を可決した。|LEGAL",
        "市議会は22日、客引きを禁じる条例案を可決した。|LEGAL",
        "町議会は29日の本会議で、町長の不信任決議案を可決した。|OTHER",
        "法案は5日、衆院本会議で審議入りした。|LEGAL",
        "市議会の本会議は3日に開かれた。|OTHER",
        // a company's results announced are the economy's news; a statistic, a plan or an arrest announced stays an announcement
        "ソニーグループは14日、2023年4～12月期の連結決算を発表した。|ECONOMY",
        "同社は10日、今期の業績予想の上方修正を公表した。|ECONOMY",
        "同社は14日、新工場の建設を発表した。|ANNOUNCEMENT",
        "総務省は8日、2月の消費者物価指数を発表した。|ANNOUNCEMENT",
        "県警は9日、男を逮捕したと発表した。|ANNOUNCEMENT",
        // a request, designation or notice of nothing else is an announcement; what is asked decides first; a decision is none
        "JR西日本は13日、山陽新幹線の運休を決めた。|OTHER",
        "知事は11日、県内の全高校に休校を要請した。|ANNOUNCEMENT",
        "同社は15日、部品メーカーに値下げを要請した。|ECONOMY",
        "県は10日、山頂の周辺を立ち入り禁止区域に指定した。|ANNOUNCEMENT",
        "市は4日、新しい区域を告示した。|ANNOUNCEMENT",
        "町選管は8日、町長選を告示した。|ELECTION",
        // the words six held-out sets found missing (session 28), with near misses: an apology, a denial, a comment
        // and a concession are said; a complaint to the police, bail, the special investigators and a suit filed are
        // the law's (窮状を訴えた is said); a ceasefire and the Self-Defense Forces are military, an official sent is
        // not, nor a cyber attack; a kind (身代金要求型) is no deed; heat, a red tide, a fire breaking out and a network
        // outage are disasters; an assembly election, a re-run and an office filled by a vote are elections (a prize
        // is none); a tender offer, a business sold, the spring wage talks and a spending are the economy's, and so is
        // a market's rebound (反発), where a party's or traders' 反発 stays a statement
        "社長は20日、被害者の家族に謝罪した。|STATEMENT",
        "知事は8日、献金の受け取りを否定した。|STATEMENT",
        "球団は3日、監督の退任についてコメントを出した。|STATEMENT",
        "候補は11日夜、敗北を認めた。|STATEMENT",
        "店は12日、県警に被害届を出した。|LEGAL",
        "元社長は14日に保釈された。|LEGAL",
        "特捜部は18日、元秘書から事情を聴いた。|LEGAL",
        "遺族は6日、国に損害賠償を求める訴えを起こした。|LEGAL",
        "住民は7日、窮状を訴えた。|STATEMENT",
        "両国は22日、停戦に合意した。|MILITARY",
        "政府は3日、自衛隊の輸送機を中東に送った。|MILITARY",
        "市は9日、姉妹都市に職員を派遣した。|OTHER",
        "市役所は2日、サイバー攻撃を受けた。|OTHER",
        "ロシア軍は5日、東部の都市を攻撃した。|MILITARY",
        "市民病院では3日未明、身代金要求型ウイルスで電子カルテが使えなくなった。|OTHER",
        "甲府市では7日、気温が39度まで上がった。|DISASTER",
        "湾内で12日、赤潮が発生した。|DISASTER",
        "倉庫から14日未明に出火した。|DISASTER",
        "携帯電話会社で3日、大規模な通信障害が起きた。|DISASTER",
        "同社は5日、障害者の雇用を増やすと発表した。|ANNOUNCEMENT",
        "市選管は2日、市議選を告示した。|ELECTION",
        "出直し選は21日に行われた。|ELECTION",
        "衆院は12日、山田氏を議長に選出した。|ELECTION",
        "小説は10日、今年の文学賞に選出された。|OTHER",
        "鈴木選手は10日、W杯の日本代表に選出された。|OTHER",
        "同社は6日、中堅メーカーへのTOBを始めた。|ECONOMY",
        "同社は6日、秋の新ブランドOCTOBERを始めた。|OTHER",
        "同社は6日、中堅メーカーへのＴＯＢを始めた。|ECONOMY",
        "同社は1日、物流事業を同業大手に譲渡した。|ECONOMY",
        "今年の春闘は13日に山場を迎えた。|ECONOMY",
        "政府は9日、予備費から20億円を支出した。|ECONOMY",
        "町は2日、漁業者向けの相談会を開いた。|MEETING",
        "日経平均株価は15日、大幅に反発した。|ECONOMY",
        "円相場は8日、反発した。|ECONOMY",
        "野党は15日、増税案に反発した。|STATEMENT",
        "卸売業者は15日、築地市場の移転に反発した。|STATEMENT",
        "中国外務省は15日、為替操作国の認定に反発した。|STATEMENT",
        "企業側は15日、株価操作の疑いに反発した。|STATEMENT",
        // session 30: crimes, law enforcement, laws promulgated; accidents, animal diseases; markets and business
        "男は10日夜、駅前で通行人を刃物で刺した。|LEGAL",
        "漁船は8日未明、北方領土の沖で拿捕された。|LEGAL",
        "男は3日朝から銀行に人質をとって立てこもった。|LEGAL",
        "国土交通省は12日、運送会社への立ち入り検査に入った。|LEGAL",
        "改正法は9日に公布された。|LEGAL",
        "大統領は14日、非常事態を定める大統領令に署名した。|LEGAL",
        "特急列車が11日夜、カーブで脱線した。|DISASTER",
        "貨物船は7日未明、岩礁で座礁した。|DISASTER",
        "高病原性の鳥インフルエンザが4日、県内の農場で確認された。|DISASTER",
        "東京市場は6日、大幅に値を下げた。|ECONOMY",
        "5日の株式相場は暴落した。|ECONOMY",
        "両社は1日に経営統合した。|ECONOMY",
        "新型の電気自動車が12日に発売された。|ECONOMY",
        "組合は8日、会社にストの日程を通告した。|ANNOUNCEMENT",
        // near misses: a stimulus is no stabbing, a budget decided by the cabinet is the economy's
        "政府は9日、景気刺激策を決めた。|ECONOMY",
        "政府は9日、来年度予算案を閣議決定した。|ECONOMY",
        "横浜市など政令市の市長は9日、国に要望書を出した。|OTHER",
        "男性は9日、手術後の合併症で死亡した。|OTHER",
        "野党は9日、政権転覆を狙う動きだと批判した。|STATEMENT",
    })
    void wordsOfTheDomain(String sentence, EventCategory expected) {
        List<Report> reports = Articles.reports(sentence, DATE);
        assertEquals(expected, reports.get(0).category(), sentence + " → " + reports);
    }
}
