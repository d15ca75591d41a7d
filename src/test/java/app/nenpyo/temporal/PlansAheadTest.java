package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day alone dated by what is intended (行う考え, 開く方針) is ahead, whatever the tense of the
 * saying; a day a plan made before was set for (予定していた) is the nearer reading, ahead or behind.
 * A lead's date set off by its comma still dates the saying. A date said in a quote has the
 * quote's tense, a wish is to come, what a happening follows (に続き) came before it, and a part of a
 * month or year told as coming is none already over.
 */
class PlansAheadTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document | text | the day | its value
        "2023-06-10|首相は会見で、16日に党首会談を行う考えを示した。|16日|2023-06-16",
        "2023-06-10|社長は、25日に新工場の式典を開く方針を明らかにした。|25日|2023-06-25",
        "2023-06-10|首相は13日から予定していた欧州訪問を取りやめた。|13日|2023-06-13",
        "2023-06-10|同社は当初8日に予定していた発売を延期した。|8日|2023-06-08",
        // a verb whose stem ends in kana before its ending (減らす, 延ばす, 向かう) is quoted or intended as 行う is
        "2024-02-16|白浜交通は15日、4月1日から平日の運行本数を約3割減らすと発表した。|4月1日|2024-04-01",
        "2024-02-16|市は3月10日に受付期間を延ばす方針を示した。|3月10日|2024-03-10",
        "2024-02-16|代表団は3月5日に現地へ向かうと明らかにした。|3月5日|2024-03-05",
        // a plan told as scheduled now (予定されている) is ahead
        "2024-06-06|毎朝新聞は6日、判決の言い渡しが10月25日に予定されていると報じた。|10月25日|2024-10-25",
        // what will not be done is intended as what will (立候補しない考え, 行わないと発表)
        "2024-08-15|首相は14日に会見し、9月の総裁選に立候補しない考えを表明した。|9月|2024-09",
        "2024-08-15|知事は、9月の知事選に出馬しないと表明した。|9月|2024-09",
        // near misses: told done; a lack (問題がない) and an adjective (少ない) are no verbs; a lead's date set off
        "2024-02-16|同社は4月1日から運行本数を約3割減らした。|4月1日|2023-04-01",
        "2024-08-15|9月の大会は参加者が少ないと報じられた。|9月|2023-09",
        "2024-08-15|首相は9日、総裁選に立候補しない考えを表明した。|9日|2024-08-09",
        // near misses: a state since a date (取れない, 取らない), the occasion it was said at, a thing of the past it is about,
        // an adjective of け and ない, a kana-stem verb of how one lives
        "2024-08-15|男性とは3月から連絡が取れない。|3月|2024-03",
        "2024-08-15|首相が5日に控訴しない方針を表明した。|5日|2024-08-05",
        "2024-08-15|市は9日に式典を行わないと発表した。|9日|2024-08-09",
        "2024-08-15|男性とは3月から連絡を取らないと話した。|3月|2024-03",
        "2024-08-15|社長は5月の会見で、辞任しない考えを示した。|5月|2024-05",
        "2024-08-15|首相は3月の発言を撤回しない考えを示した。|3月|2024-03",
        "2024-08-15|3月の事件は許せないと話した。|3月|2024-03",
        "2024-08-15|3月の試合は情けないと話した。|3月|2024-03",
        "2024-08-15|男性は3月から避難所で暮らすという。|3月|2024-03",
        // near misses: a lead's date set off by its comma dates the saying; a day told done stays behind
        "2023-06-10|首相は25日、党首会談を行う考えを示した。|25日|2023-05-25",
        "2023-06-10|首相は13日に欧州訪問を取りやめた。|13日|2023-05-13",
        // a schedule of what is intended: the clause after the chain tells its own day
        "2023-06-10|知事は、16日に議会を招集し、23日の本会議で条例案を通す考えを示した。|16日|2023-06-16",
        "2023-06-10|会長は、12日告示、18日投票の日程で選挙を行う方針を示した。|12日|2023-06-12",
        // near misses: the day of the occasion or of a clause of its own the intention was said at
        "2023-06-25|両党は12日の党首会談で、選挙協力を急ぐ方針を確認した。|12日|2023-06-12",
        "2023-06-25|労使は12日に本社で交渉し、賃上げを急ぐ考えを確認した。|12日|2023-06-12",
        "2023-06-25|首相は12日に記者会見し、2030年までに脱炭素を急ぐ考えを示した。|12日|2023-06-12",
        "2023-06-25|社長は12日に本社で交渉し、3年以内に工場を移す意向を示した。|12日|2023-06-12",
        "2023-06-25|会長は12日の記者会見で、新会社に事業を移す意向を示した。|12日|2023-06-12",
        // a plain verb naming the noun after it (開く会合) dates a coming occasion, as 開かれる会合 does
        "2023-09-20|総裁は、10月30日に開く次回の会合での利上げには慎重な考えを示した。|10月30日|2023-10-30",
        "2023-06-20|外相は、3日に結ぶ協定の中身を国会で説明した。|3日|2023-07-03",
        // near misses: an adjective's く, a verb of how things stand, a deed told done, a lead's date set off
        "2023-06-20|市には3日に多く寄せられた苦情を受け、説明会を開いた。|3日|2023-06-03",
        "2023-06-20|市は3日に全く新しい窓口を開設した。|3日|2023-06-03",
        "2023-06-20|両社は3日に遠く離れた工場を統合した。|3日|2023-06-03",
        "2023-06-20|川の水位は3日に続く雨で上がり、避難指示が出た。|3日|2023-06-03",
        "2023-09-20|総裁は、8月30日に開いた会合での議論を説明した。|8月30日|2023-08-30",
        "2023-09-20|総裁は8月30日、次回に開く会合での利上げに慎重な考えを示した。|8月30日|2023-08-30",
    })
    void readsTheDayOfThePlan(String document, String text, String day, String value) {
        assertEquals(value, FoundMentions.valueOf(text, document, day));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document | text | the date | its value
        // a date said in a quote has the quote's tense; a wish (したい) is to come
        "2023-06-20|社長は「15日に工場を再開したい」と語った。|15日|2023-07-15",
        "2023-06-20|知事は「年度末までに条例を改正し、来年度から新制度に移りたい」と述べた。|年度末|2024-03",
        // near misses: what the quote tells done; たい of an adjective
        "2023-06-20|社長は「15日に工場を再開した」と語った。|15日|2023-06-15",
        "2023-06-20|15日は冷たい雨が降った。|15日|2023-06-15",
        // near misses: a lead's date set off by its comma dates the saying of a wish too
        "2023-06-10|首相は25日、党首会談を開きたい考えを示した。|25日|2023-05-25",
        "2023-06-20|首相は3月、憲法改正を実現したい考えを示した。|3月|2023-03",
        // what a happening follows (に続き) came before it, whatever its tense
        "2023-09-01|同社の値下げは3月と7月に続き今年3回目となる。|3月|2023-03",
        "2023-09-01|同社の値下げは3月と7月に続き今年3回目となる。|7月|2023-07",
        // near misses: the months of what is to come; what it follows may itself be to come
        "2023-09-01|同社は3月と7月に値下げする。|3月|2024-03",
        "2023-06-03|花火大会は10日に続き11日も開かれる。|10日|2023-06-10",
        // a part of a month or year told as coming is not the one just over
        "2022-04-02|市は年度末に計画をまとめる方針だ。|年度末|2023-03",
        "2023-06-02|同社は月末に新製品を発表する予定だ。|月末|2023-06-30",
        "2023-05-08|市は大型連休に祭りを開く予定だ。|大型連休|2024-04-27/2024-05-06",
        // near misses: told done, the one just over; what merely leans ahead may be of the one just over
        "2022-04-02|年度末の決算発表を前に、市場は様子見となった。|年度末|2022-03",
        "2022-04-02|市は年度末に計画をまとめた。|年度末|2022-03",
        "2023-06-02|同社は月末に新製品を発表した。|月末|2023-05-31",
    })
    void aDateToComeIsNoneAlreadyOver(String document, String text, String date, String value) {
        assertEquals(value, FoundMentions.valueOf(text, document, date));
    }
}
