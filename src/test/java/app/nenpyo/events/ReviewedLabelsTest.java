package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The label defects a native reader found in the review articles (src/test/resources/temporal/review),
 * each fixed as a general rule and checked on a sentence of the articles and on news-style
 * sentences written for this test, which the review never saw.
 */
class ReviewedLabelsTest {

    private static final LocalDate DATE = LocalDate.of(2022, 10, 3);

    private static List<Report> reports(String text) {
        return Articles.reports(text, DATE);
    }

    private static Report one(String text) {
        return Articles.only(text, DATE);
    }

    private static void dated(Report r, int month, int day) {
        assertEquals(LocalDate.of(2022, month, day), r.time().start(), r.label());
        assertEquals(r.time().start(), r.time().end(), r.label());
    }

    @Test
    void aDateWrittenOntoASahenVerbDatesTheDeed() {
        Report announced = one("日銀が3日発表した9月の全国企業短期経済観測調査は、大企業製造業の業況判断指数がプラス8だった。");
        dated(announced, 10, 3);
        assertEquals("日銀が9月の全国企業短期経済観測調査を発表", announced.label(), "the data's month is what was announced");
        Report statistics = one("総務省が2日公表した8月の全国消費者物価指数は、前年同月比で2.8%上昇した。");
        dated(statistics, 10, 2);
        assertEquals("総務省が8月の全国消費者物価指数を公表", statistics.label());
        Report planned = one("内閣府が15日発表する7～9月期のGDP速報値は、プラス成長となる見通しだ。");
        dated(planned, 10, 15);
        assertEquals("内閣府が7～9月期のGDP速報値を発表", planned.label());
    }

    @Test
    void aPassiveSahenVerbWithADateIsKeptBesideTheSentencesOtherDate() {
        List<Report> r = reports("臨時国会が3日召集され、首相は同日午後、所信表明演説を行った。");
        assertEquals(2, r.size(), r.stream().map(Report::label).toList().toString());
        dated(r.get(0), 10, 3);
        assertEquals("臨時国会が召集", r.get(0).label());
        List<Report> own = reports("有識者委員会が1日設置され、委員長は翌2日、初会合を開いた。");
        assertEquals(2, own.size(), own.stream().map(Report::label).toList().toString());
        dated(own.get(0), 10, 1);
        assertEquals("有識者委員会が設置", own.get(0).label());
    }

    @Test
    void aDateOnANounStillMakesNoReportBesideAnotherDate() {
        Report r = one("政府は12日の閣議で、来年度予算案を決定した。");
        dated(r, 9, 12);
        assertEquals(1, reports("国会は19日召集の臨時国会で、補正予算を審議した。").size(),
                "召集の: a sahen noun before の is a noun");
    }

    @Test
    void aNounOfExpectationOrPlanIsReadThroughToTheVerbBeforeIt() {
        assertEquals("帰省ラッシュが続く見通し", one("帰省ラッシュは大みそかまで続く見通しだ。").label());
        assertEquals("次回の協議が開催へ", one("次回の協議は来週にも開かれる見通しだ。").label());
        assertEquals("こども家庭庁の予算が倍増へ", one("来年度から、こども家庭庁の予算が倍増される見通しだ。").label());
        assertEquals("外相が訪米へ調整", one("外相は今月下旬にも訪米する方向で調整している。").label());
        assertEquals("ゼレンスキー大統領が来日との観測", one("ゼレンスキー大統領は金曜日に来日するとの観測も出ている。").label());
        assertEquals("オミクロン株の市中感染が拡大の恐れ", one("年明けには、オミクロン株の市中感染が広がる恐れがある。").label());
        assertEquals("台風15号が沖縄に接近へ", one("台風15号は20日にも沖縄に接近する見通しだ。").label());
        assertEquals("首相が訪米へ", one("首相は来月5日に訪米する予定だ。").label());
        assertEquals("河川の氾濫が拡大の恐れ", one("河川の氾濫は4日にも広がる恐れがある。").label());
        assertEquals("同社が新工場を建設へ検討", one("同社は来年4月にも新工場を建設する方向で検討している。").label());
        assertEquals("プーチン大統領が訪中との観測", one("プーチン大統領は来週にも訪中するとの観測が出ている。").label());
        assertEquals("物価の上昇が続く見通し", one("物価の上昇は年末まで続く見通しだ。").label());
        assertEquals("電気料金の値上がりが続く見通し", one("電気料金は12月まで値上がりが続く見通しだ。").label(),
                "a second subject right before the verb belongs to the topic");
    }

    @Test
    void whatIsAnnouncedAsARiskKeepsTheRisk() {
        assertEquals("同社が運休の可能性と発表", one("同社は12日も一部区間で運休する可能性があると発表した。").label());
        assertEquals("電力会社が停電の可能性と発表", one("電力会社は2日、広い範囲で停電する可能性があると発表した。").label());
    }

    @Test
    void aVerbThatFramesTheClauseLikeAParticleIsNotItsPredicate() {
        assertEquals("政府が追加の物価対策を検討", one("政府は新年度予算の成立を受けて、追加の物価対策を検討する。").label());
        assertEquals("政府が補助金の増額を検討", one("政府は2日、電気料金の値上げを受けて、補助金の増額を検討した。").label());
        assertEquals("円相場が急落", one("円相場は9月に入り、急落した。").label());
        assertEquals("中国で感染が急拡大", one("中国では12月に入り、感染が急拡大した。").label(), "入る is not the deed");
    }

    @Test
    void aClauseEndingInACopulaOrExistenceVerbStatesWhatItsNounWas() {
        assertEquals("全国の新規感染者数が前月の約2倍", reports("昨年12月の全国の新規感染者数は、前月の約2倍だった。").get(0).label());
        assertEquals("実質GDPが年率換算で3.5%増", one("4～6月期の実質GDPは、年率換算で3.5%増だった。").label());
        assertEquals("東京でデモ行進", one("土曜日には、東京で大規模なデモ行進があった。").label());
        assertEquals("輸出額が8兆円", one("9月の輸出額は8兆円だった。").label());
        assertEquals("大阪市内で停電", one("2日夜、大阪市内で停電があった。").label());
        assertEquals("感染者が成田空港に到着", one("国内で初めての感染者は、ナミビアから28日に成田空港に到着した男性だった。").label(),
                "the date is the relative clause's, and so is the deed");
    }

    @Test
    void theNounADateNamesIsTheSubjectOfWhatTheClauseTells() {
        assertEquals("札幌市で24時間降雪量が観測史上最大の60センチに到達", one("札幌市では9日の24時間降雪量が観測史上最大の60センチに達した。").label());
        assertEquals("入場者数が5万人を超える", one("1日の入場者数は5万人を超えた。").label());
    }

    @Test
    void aDatePhrasesOwnWordsAreNoArgument() {
        assertEquals("山田氏が就任", one("山田氏は来月1日付で就任する。").label());
        assertEquals("政府が措置の延長を判断", one("政府は2週間後をめどに、措置の延長を判断する。").label());
    }

    @Test
    void aLabelSaysNoOtherDateOfItsSentence() {
        List<Report> bank = reports("日銀は17日と18日に金融政策決定会合を開く。");
        assertEquals(List.of("日銀が金融政策決定会合を開催"), bank.stream().map(Report::label).toList(),
                "one meeting over both days, said without either");
        List<Report> cup = reports("準決勝は8日に、決勝は10日に行われる。");
        assertEquals(List.of("準決勝が実施", "決勝が実施"), cup.stream().map(Report::label).toList());
        assertEquals("首相が年頭の記者会見開催と発表", reports("首相は金曜日に、年頭の記者会見を4日に開くと発表した。").get(0).label(),
                "the object before another date is still read");
        assertEquals("総務省が12月の全国消費者物価指数を発表", reports("総務省は21日、12月の全国消費者物価指数を発表した。").get(0).label(),
                "a date naming the figure stays with it");
    }

    @Test
    void aDayNamedAndThenDatedWithNoIsOneReport() {
        Report eve = one("大みそかの31日、各地で年越しの準備が進んだ。");
        assertEquals(LocalDate.of(2021, 12, 31), eve.time().start());
        assertEquals("各地で年越しの準備が進む", eve.label());
        Report friday = one("首相は先週金曜日の30日、新型コロナウイルス対策本部の会合を開いた。");
        assertEquals("首相が新型コロナウイルス対策本部の会合を開催", friday.label());
        assertEquals(LocalDate.of(2022, 9, 30), friday.time().start());
    }

    @Test
    void aLaterDatesClauseSharesTheSentencesTopic() {
        List<Report> games = reports("東京五輪は7月23日に開幕し、8月8日に閉幕した。");
        assertEquals(List.of("東京五輪が開幕", "東京五輪が閉幕"), games.stream().map(Report::label).toList());
        List<Report> suspect = reports("容疑者は5日に逮捕され、その翌日に送検された。");
        assertEquals("容疑者が送検される", suspect.get(1).label());
        List<Report> trial = reports("国際会議は1日に開幕し、2日に共同声明を採択した。");
        assertEquals("国際会議が共同声明を採択", trial.get(1).label());
        List<Report> own = reports("ロシア軍は9月20日、東部から撤退を始め、27日に撤退を完了した。");
        assertEquals("ロシア軍が撤退を完了", own.get(1).label());
    }

    @Test
    void aPassiveStaysPassive() {
        assertEquals("初の電力需給逼迫注意報が出される", one("6月27日から30日まで、初の電力需給逼迫注意報が出された。").label());
        assertEquals("安倍元首相が奈良市で街頭演説中に銃撃される", one("安倍元首相は7月8日、奈良市で街頭演説中に銃撃され、死亡した。").label());
        assertEquals("同社が承認される", reports("同社は昨年11月30日に上場を申請し、18日に承認された。").get(1).label());
        assertEquals("新型ロケットが打ち上げられる見込み", one("新型ロケットは来月にも打ち上げられる見込みだ。").label());
        assertEquals("臨時国会が召集", one("臨時国会が3日召集された。").label(), "a thing convened needs no される");
    }

    @Test
    void numbersAndNamesStayWhole() {
        assertEquals("北朝鮮が弾道ミサイルを4回発射", one("北朝鮮は先週、弾道ミサイルを4回発射した。").label());
        assertEquals("株価が約1割上昇", one("株価は今月に入り、約1割上昇した。").label());
        assertEquals("内閣支持率が最低の36%に下落", one("内閣支持率は2日、最低の36%に下落した。").label());
        assertEquals("政府・日銀が為替介入に踏み切る", one("政府・日銀は22日、為替介入に踏み切った。").label());
    }
}
