package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Labels of decision 0037's addendum of 2026-12-15: a name in brackets glossed in round brackets (「みさき丸」（19トン）は)
 * is the doer, not its gloss; an adjectival noun and な are said with their noun (大規模な抗議活動); the days of a schedule
 * (9日告示、14日投開票の日程で) are the days of what is scheduled, and their deeds not the deed of the clause's own date;
 * 認める is said as written, not as 容認 (tolerating). Sentences written for these tests in the style of news reports, of
 * several domains.
 */
class NamesGlossedAndDaysScheduledLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    private static List<String> labels(String text) {
        return Articles.datedLabels(text + "\n", DAY);
    }

    @Test
    void aNameInBracketsGlossedIsTheDoerNotItsGloss() {
        assertEquals(List.of("2024-06-24 小型旅客船「みさき丸」（19トン）が沈む"),
                labels("小型旅客船「みさき丸」（19トン）は24日、浸水して沈んだ。"));
        assertEquals(List.of("2024-06-12 漁船「さくら丸」（9トン）が港を出る"), labels("漁船「さくら丸」（9トン）が12日、港を出た。"));
        assertEquals(List.of("2024-06-03 洋菓子店「ひだまり」（本社・横浜市）が新店舗を開業"),
                labels("洋菓子店「ひだまり」（本社・横浜市）は3日、新店舗を開業した。"));
    }

    @Test
    void speechAttributedInRoundBracketsIsStillSpeech() {
        // 「もうやめたい」（関係者）と: said by someone, no name; the quote is not the doer
        assertEquals(List.of("2024-06-12 社長が漏らす"), labels("社長は12日、「もうやめたい」（関係者）と漏らした。"));
    }

    @Test
    void aNameWithoutKanaGlossedIsToldByWhatFollowsItsBrackets() {
        // （仮称）で: no kana of speech in 「未来館」, so the で after the gloss does not make it a quote
        assertEquals(List.of("2024-06-10 市が新施設「未来館」（仮称）で式典を開催"), labels("市は10日、新施設「未来館」（仮称）で式典を開いた。"));
        assertEquals(List.of("2024-06-02 県が橋「青葉大橋」（全長300メートル）で開通式を実施"),
                labels("県は2日、新しい橋「青葉大橋」（全長300メートル）で開通式を行った。"));
    }

    @Test
    void speechGlossedByItsSpeakerIsStillSpeech() {
        // 「…だ」（中堅議員）の声: the quote ends as speech does, the gloss names who said it
        assertEquals(List.of("2024-06-10 中堅議員の声が上がる"), labels("党内からは10日、「首相は辞任すべきだ」（中堅議員）の声が上がった。"));
        assertEquals(List.of("2024-06-10 若手議員の声が上がる"), labels("党内からは10日、「続投を支持します」（若手議員）の声が上がった。"));
        // a forecast inside a quote is no deed of its month
        assertEquals(List.of("2024-06 与党幹部"), labels("「月内にも辞任する」（与党幹部）。"));
    }

    @Test
    void anAdjectivalNounAndNaAreSaidWithTheirNoun() {
        assertEquals("2023-06 大規模な抗議活動が開始", labels("昨年6月に始まった大規模な抗議活動は、その後下火になった。").get(0));
        assertEquals(List.of("2024-06-12 大規模な工事が開始"), labels("12日に始まった大規模な工事で、道路が通行止めになった。"));
        assertEquals(List.of("2024-06-12 深刻な事故"), labels("12日の深刻な事故を受け、市は対策を始めた。"));
    }

    @Test
    void aNaBeforeAFormalNounIsNoPhrase() {
        // 必要なこと: こと is no noun described, the label does not take it in
        assertEquals(List.of("2024-06-12 市が新たな制度を開始"), labels("市は12日、新たな制度を始めた。"));
    }

    @Test
    void theDaysOfAScheduleAreTheDaysOfWhatIsScheduled() {
        assertEquals(List.of("2024-07-14 岸田首相が衆院を解散", "2024-07-19 岸田首相が公示", "2024-07-31 総選挙が投開票"),
                labels("岸田首相は就任後初の記者会見で、14日に衆院を解散し、19日公示、31日投開票の日程で総選挙を行う考えを表明した。"));
        assertEquals(List.of("2024-07-13 市長選が告示", "2024-07-20 市長選が投開票"),
                labels("市長選は来月13日告示、20日投開票の日程で行われる。"));
        assertEquals(List.of("2024-06-08 陸上連盟が実施と決定", "2024-08-01 陸上連盟が全国大会を開幕", "2024-08-10 全国大会が閉幕"),
                labels("陸上連盟は8日、全国大会を8月1日開幕、10日閉幕の日程で行うと決めた。"));
    }

    @Test
    void whatIsScheduledIsLookedForInTheSchedulesOwnClause() {
        // a を after the schedule's verb and its 、 is another clause's (立候補, 候補者の擁立): the topic is scheduled
        assertEquals(List.of("2024-07-13 知事選が告示", "2024-07-20 知事選が投開票"),
                labels("知事選は来月13日告示、20日投開票の日程で行われ、現職と新人2人が立候補を表明している。"));
        assertEquals(List.of("2024-07-13 市長選が告示", "2024-07-20 市長選が投開票"),
                labels("市長選は13日告示、20日投開票の日程で行われる見通しで、各党は候補者の擁立を急ぐ。"));
        assertEquals(List.of("2024-07-09 村議選が告示", "2024-07-14 村議選が投開票"),
                labels("村議選は来月9日告示、14日投開票の日程で実施され、村選管は投票所の数を減らす。"));
        // a を before the topic, or in a clause ended by a verb and 、, is no object of the schedule's verb
        assertEquals(List.of("2024-07-19 総選挙が公示", "2024-07-31 総選挙が投開票"),
                labels("首相は衆院を解散し、総選挙は19日公示、31日投開票の日程で行われる。"));
        assertEquals(List.of("2024-07-13 知事選が告示", "2024-07-20 知事選が投開票"),
                labels("知事が辞職を表明したことを受け、知事選は来月13日告示、20日投開票の日程で行われる。"));
        // the を of the schedule's own verb, before or after it, is still what is scheduled
        assertEquals(List.of("2024-04-09 町が町議選を告示", "2024-04-14 町議選が投開票"), labels("町は町議選を4月9日告示、14日投開票の日程で行う。"));
        assertEquals(List.of("2024-06-08 学会が開催と発表", "2024-09-02 学会が年次大会を開幕", "2024-09-05 年次大会が閉幕"),
                labels("学会は8日、年次大会を9月2日開幕、5日閉幕の日程で開くと発表した。"));
    }

    @Test
    void aStretchOfDaysIsNoScheduleOfAnotherThing() {
        // 4日間の日程で訪米: the schedule is the visit's own, said with it
        assertEquals(List.of("2024-07-06/2024-07-09 首相が4日間の日程で訪米", "2024-07-09 首相が帰国"),
                labels("首相は6日から4日間の日程で訪米しており、9日に帰国する。"));
    }

    @Test
    void anAdmissionIsSaidAsWritten() {
        // 容認 says tolerating: 罪を認めた is an admission
        assertEquals(List.of("2024-06-04 被告が罪を認める"), labels("被告は4日、罪を認めた。"));
        assertEquals(List.of("2024-06-20 保釈が認められる"), labels("保釈は20日に認められた。"));
        assertEquals(List.of("2024-06-05 候補者が敗北を認める"), labels("候補者は5日夜、支持者を前に敗北を認めた。"));
        // a permission compacted into what was decided keeps its noun: 着工を認めると決めた → 着工容認と決定
        assertEquals(List.of("2024-06-21 県が新工場の着工容認と決定"), labels("県は21日、新工場の着工を認めると決めた。"));
        assertEquals(List.of("2024-06-03 審議会が事業の継続容認と決定"), labels("審議会は3日、事業の継続を認めると決定した。"));
    }

    @Test
    void anAdmissionReportedIsSaidAsWrittenNotAsAPermission() {
        // under a verb of saying 認める admits (read again the same day): 容認 would say the police tolerated the charge
        assertEquals(List.of("2024-06-10 県警が容疑を認めると発表"), labels("県警は10日、男が容疑を認めていると発表した。"));
        assertEquals(List.of("2024-06-10 同社が施工不良を認めると発表"), labels("同社は10日、施工不良を認めたと発表した。"));
        assertEquals(List.of("2024-06-10 被告が罪を認めると発言"), labels("被告は10日、罪を認めると述べた。"));
    }
}
