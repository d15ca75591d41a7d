package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 同日, 翌日 and their kin count from the day of the happening told last: not from a year, a
 * business year or a period written since, not from the day a period since starts from, and not
 * from a day planned in what a sentence tells was decided on another day.
 */
class DayAntecedentTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document | text | the back reference | its value
        "2022-03-15|警視庁は14日、会社員の男を逮捕した。男は2021年に同様の事件で罰金刑を受けていた。男は同日夜、容疑を認めた。|同日夜|2022-03-14",
        "2022-03-15|県は9日、新たな観光振興策を発表した。今年度の事業費は約20億円となる。知事は同日の会見で協力を呼びかけた。|同日|2022-03-09",
        "2022-03-15|県は9日、新たな観光振興策を発表した。昨年4月から今年2月にかけて観光客が減った。知事は翌日、国に支援を求めた。|翌日|2022-03-10",
        "2022-07-13|気象庁は12日、大雨特別警報を解除した。県内では8日に降り始めて以降、総雨量が800ミリを超えた。長官は同日、記者会見を開いた。|同日|2022-07-12",
        "2022-07-13|気象庁は12日、大雨特別警報を解除した。県内では8日以降、総雨量が800ミリを超えた。長官は同日、記者会見を開いた。|同日|2022-07-12",
        "2022-05-19|日銀は18日、金融政策決定会合を開き、来月3日に新たな措置を導入すると正式に決めた。総裁は同日の会見で理由を説明した。|同日|2022-05-18",
        "2022-05-19|市は18日、28日に新庁舎を開くと発表した。市長は同日、記者団に抱負を語った。|同日|2022-05-18",
        // a day after the article's is planned, whatever the verb after it, and does not replace the day told done
        "2023-08-08|同社は7日、9月1日出荷分からの値上げを発表した。社長は同日、記者会見を開いた。|同日|2023-08-07",
        "2023-08-08|新工場は9月1日に稼働する。社長は同日、記念式典に出席する。|同日|2023-09-01",
        // the last of several happenings told done, and a plan told alone, are still what it counts from
        "2022-07-13|首相は10日に訪米し、11日に大統領と会談した。翌日、帰国の途についた。|翌日|2022-07-12",
        "2022-05-19|新庁舎は28日に開かれる予定だ。市長は同日、記念式典に出席する。|同日|2022-05-28",
        // with no day told, the last date as before
        "2022-05-19|法律は2020年4月に施行された。同日、最初の申請が受理された。|同日|2020-04-01",
        "2022-05-19|法律は2020年4月に施行された。同月、最初の申請が受理された。|同月|2020-04",
        // not an earlier day dating what a sentence is about; a day a happening's setting had is the story's
        "2023-05-28|両外相は27日、都内で会談した。北朝鮮が今月3日と8日に発射したミサイルを巡っては、懸念を共有した。外相は同日夜、夕食会に臨んだ。|同日夜|2023-05-27",
        "2023-05-28|両外相は27日、都内で会談した。北朝鮮が今月3日に発射したミサイルについて、懸念を共有した。外相は同日夜、夕食会に臨んだ。|同日夜|2023-05-27",
        "2023-05-28|首相は27日、都内で講演した。25日に行われた会談で、両首脳は協力を確認した。首相は同日夜、夕食会に臨んだ。|同日夜|2023-05-25",
        "2023-05-28|両外相は27日、都内で会談した。北朝鮮は今月3日にミサイルを発射した。外相は同日夜、夕食会に臨んだ。|同日夜|2023-05-03",
        // what is coming counts from the story's day, not from a flashback's; what was done from the flashback's
        "2023-10-21|両社は20日、都内で提携の契約を結んだ。A社は今月2日に計画を公表し、9日に交渉を始めていた。社長は翌日、工場を視察する。|翌日|2023-10-21",
        "2023-10-21|両社は20日、都内で提携の契約を結んだ。交渉に先立ち、A社は今月2日、新たな中期計画を公表していた。社長は翌日、工場を視察する。|翌日|2023-10-21",
        "2023-10-21|両社は20日、都内で提携の契約を結んだ。交渉に先立ち、A社は今月2日、新たな中期計画を公表していた。同日にはB社も計画を発表した。|同日|2023-10-02",
        // a new paragraph has left the flashback: what is told there counts from the story's day (session 36)
        "2023-07-13|地検は12日、男を起訴した。男は先月21日、帰国した際に逮捕されていた。起訴状によると、男は2022年10月、現金をだまし取った。⏎県警は同日、別の詐欺の疑いで男を再逮捕した。|同日|2023-07-12",
        // near misses: a new paragraph that still tells what had been done, and a line a page's width wrapped
        "2026-03-13|地検は12日、男を起訴した。男は先月21日、窃盗の疑いで逮捕されていた。⏎捜査関係者によると、男は同日、容疑を認めていたという。|同日|2026-02-21",
        "2026-03-13|地検は12日、会社員の男を⏎起訴した。男は先月21日、⏎別の事件で逮捕されていた。⏎同日には共犯の女も逮捕され⏎た。|同日|2026-02-21",
        // near miss: a day told in a plain past in the new paragraph moves the story, as before
        "2023-07-13|地検は12日、男を起訴した。男は先月21日、帰国した際に逮捕されていた。⏎男は先月25日、容疑を認めた。同日、県警は家宅捜索をした。|同日|2023-06-25",
        "2023-10-21|両社は20日、都内で提携の契約を結んだ。A社は今月2日、新たな中期計画を公表した。社長は翌日、工場を視察する。|翌日|2023-10-03",
        // an earlier occasion recalled by a day written onto a noun: what is told done counts from the story's day,
        // what had been done from the recalled day
        "2024-05-21|新首相は20日、就任式に臨んだ。同氏は先月3日の総選挙で勝利した。隣国は同日夜、声明を出した。|同日夜|2024-05-20",
        "2021-04-26|宣言は25日に発令された。首相は23日夜の記者会見で決意を述べた。政府は同日、対策本部で発令を決めていた。|同日|2021-04-23",
        "2024-05-21|新首相は20日、就任式に臨んだ。同氏は先月3日に総選挙で勝利した。隣国は同日夜、声明を出した。|同日夜|2024-04-03",
        // in the sentence of the day before it, that day, planned or not
        "2022-05-19|市は18日、28日に新庁舎を開き、その2日後に式典を開くと発表した。|その2日後|2022-05-30",
    })
    void countsFromTheDayOfTheHappeningToldLast(String document, String text, String reference, String value) {
        DateMention m = finder.find(text.replace('⏎', '\n'), LocalDate.parse(document)).stream().filter(d -> d.text().equals(reference))
                .findFirst().orElseThrow();
        assertEquals(value, m.formattedValue());
    }
}
