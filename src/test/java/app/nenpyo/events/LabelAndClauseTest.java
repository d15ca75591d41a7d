package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.EventCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels, clauses and categories on sentences written for these tests (not from the sample). */
class LabelAndClauseTest {

    private static final LocalDate DATE = LocalDate.of(2023, 3, 15);

    private static List<Report> reports(String text) {
        return Articles.reports(text, DATE);
    }

    private static Report one(String text) {
        return Articles.only(text, DATE);
    }

    /** An exploratory test saw two events, all of December and the 30th, for one sentence. */
    @Test
    void aPeriodSaidAgainByADayInsideItMakesNoReportOfItsOwn() {
        Report r = one("北朝鮮では昨年末には2022年12月30日に労働党の総会が開かれた。");
        assertEquals(LocalDate.of(2022, 12, 30), r.time().start());
        assertEquals(r.time().start(), r.time().end());
        assertEquals(2, reports("政府は昨年末と2022年12月30日に会合を開いた。").size(), "two dates listed stay two");
    }

    private static Report at(String text, String expression) {
        return reports(text).stream().filter(r -> r.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + reports(text).stream().map(Report::label).toList()));
    }

    /** The first of dates listed with と or や before の and a noun was labelled with the deed of a later date's clause. */
    @Test
    void aDateListedBeforeTheDatesOfANounTellsOfTheNounNotOfTheSentencesOtherDate() {
        String launches = "北朝鮮は10日と11日の発射について、13日に分析結果を公表した。";
        for (String day : List.of("10日", "11日")) {
            Report r = at(launches, day);
            assertEquals("発射", r.label(), day);
            assertEquals(EventCategory.MILITARY, r.category(), day);
        }
        assertEquals("北朝鮮が分析結果を公表", at(launches, "13日").label());
        Report apart = at("韓国軍は3日や6日の砲撃について、8日に調査結果を発表した。", "3日");
        assertFalse(apart.label().contains("発表"), "days apart, joined by や: " + apart.label());
        assertTrue(apart.label().contains("砲撃"), apart.label());
    }

    @Test
    void aDateSetOffByACommaIsNoListAndKeepsItsOwnDeed() {
        assertEquals(EventCategory.STATEMENT, at("首相は7日、8日に訪米すると述べた。", "7日").category(),
                "7日 is when it was said, 8日 the visit");
    }

    /** 今月2度目: the second time this month, never the 2nd; the event is of the month the article says. */
    @Test
    void anOrdinalCountAfterTheMonthDatesTheEventByTheMonthNotADay() {
        Report r = one("カザフスタンで今月2度目の抗議デモが起きた。");
        assertEquals(LocalDate.of(2023, 3, 1), r.time().start());
        assertEquals(LocalDate.of(2023, 3, 31), r.time().end());
        Report rate = one("中央銀行は今年3度目の利上げを決めた。");
        assertEquals(LocalDate.of(2023, 1, 1), rate.time().start());
        assertEquals(LocalDate.of(2023, 12, 31), rate.time().end());
    }

    @Test
    void subjectAndPredicateNotTheStartOfTheSentence() {
        Report r = one("首相官邸によりますと、岸田首相は14日、バイデン米大統領と電話で会談し、連携を確認しました。");
        assertEquals("岸田首相がバイデン米大統領と電話で会談", r.label());
        assertEquals(EventCategory.MEETING, r.category());
        assertEquals("岸田首相", r.subject().orElseThrow().surface());
    }

    @Test
    void aTopicMarkedWithMoIsTheSubjectAsWithWa() {
        Report r = one("ロシアのラブロフ外相も14日、アンカラを訪れ、トルコの担当者と意見を交わした。");
        assertEquals("ラブロフ外相", r.subject().orElseThrow().surface());
        assertEquals("ラブロフ外相がアンカラを訪れトルコの担当者と意見を交わす", r.label());
        assertEquals("ブリンケン国務長官", one("ブリンケン国務長官も12日、ロシアの対応を批判した。").subject().orElseThrow().surface());
        assertEquals("北朝鮮", one("北朝鮮は、短距離弾道ミサイルも14日に発射した。").subject().orElseThrow().surface(),
                "も on the object after a は subject: the は decides");
    }

    @Test
    void aNameInBracketsIsTheSubjectAndSpeechInBracketsIsStillSaid() {
        assertEquals("ABC社の株価が急落", one("「ABC」社の株価は10日、急落した。").label(), "a name in brackets, the stray bracket gone");
        assertEquals("日本経済新聞が報じる", one("『日本経済新聞』は10日、報じた。").label());
        assertEquals("イスラム国が犯行声明を出す", one("「イスラム国」は10日、犯行声明を出した。").label());
        assertEquals("ABC社の社長が辞任", one("\"ABC\"社の社長は10日、辞任した。").label(), "no stray quotation mark");
        assertEquals("外相が「協議を続けたい」と発言", one("外相は10日、「協議を続けたい」と述べた。").label(), "speech stays said");
        assertEquals("同社が新製品Alphaを発表", one("同社は10日、新製品<Alpha>を発表した。").label(), "the tokenizer drops <>: no half of them stays");
        assertEquals("新型エンジンが発表", one("<新型>エンジンは8日に発表された。").label());
        assertEquals("同社が新型(試作)エンジンを発表", one("同社は10日、新型(試作)エンジンを発表した。").label(), "pairs stay");
    }

    @Test
    void verbsBecomeHeadlineNouns() {
        assertEquals("協議がウィーンで開始", one("協議は13日にウィーンで始まりました。").label());
        assertEquals("グテーレス事務総長が会合で「停戦が必要だ」と発言", one("国連のグテーレス事務総長は13日の会合で「停戦が必要だ」と述べた。").label());
        assertEquals("ゼレンスキー大統領がキーウで記者会見",
                one("ゼレンスキー大統領は13日、キーウで記者会見し、攻撃を非難した。").label());
    }

    @Test
    void aDeedIsPreferredToAVerbOfSaying() {
        Report r = one("ブリンケン国務長官は12日、「受け入れられない」と述べ、ロシアの対応を批判した。");
        assertEquals("ブリンケン国務長官がロシアの対応を批判", r.label());
        assertEquals(EventCategory.STATEMENT, r.category());
    }

    @Test
    void whatWasAnnouncedOrReported() {
        assertEquals("警視庁が男3人逮捕と発表", one("警視庁は10日、詐欺の疑いで男3人を逮捕したと発表した。").label());
        assertEquals("北朝鮮が弾道ミサイル1発発射と韓国軍が発表",
                one("北朝鮮は15日午前、日本海に向けて弾道ミサイル1発を発射したと韓国軍が発表した。").label());
        assertEquals(EventCategory.ANNOUNCEMENT, one("警視庁は10日、詐欺の疑いで男3人を逮捕したと発表した。").category());
    }

    @Test
    void aNounTheDateModifiesIsTheHappening() {
        assertEquals("首脳会議が開始", one("フランスは、12日からの首脳会議について、成果に期待を示した。").label());
        assertEquals("政府が閣議で来年度予算案を決定", one("政府は12日の閣議で、来年度予算案を決定した。").label());
        assertEquals("首相がサミットに出席", one("首相が来月4日に開かれるサミットに出席することを歓迎した。").label());
    }

    @Test
    void aDateBeforeAClauseThatStartsTheTopicDatesTheStartNotTheMainVerb() {
        assertEquals("カザフスタンで抗議活動が開始", one("カザフスタンで今月2日、燃料価格の引き上げに端を発した抗議活動は、"
                + "最大都市のアルマトイなど各地に広がった。").label());
        assertEquals("デモが開始", one("13日、首都で始まったデモは、全国に拡大した。").label());
        assertEquals("地震が発生", one("12日、トルコ南部で起きた地震は、死者が増え続けている。").label());
        assertEquals("ロシアが欧米が示した要求を拒否", one("ロシアは13日、欧米が示した要求を拒否した。").label(),
                "a relative clause that starts nothing leaves the main verb");
        assertEquals("カザフで抗議デモが暴徒化", one("カザフでは先週、燃料高騰に端を発した抗議デモが暴徒化し、公共施設を一時占拠した。").label(),
                "with が the date stays with the main verb");
    }

    @Test
    void aShortQuoteIsWhatAVerbOfSayingReportsALongOneIsLeftOut() {
        assertEquals("トカエフ大統領が会議で「治安回復に向けた活動を継続していく」と発言",
                one("カザフスタンのトカエフ大統領は10日の会議で「治安回復に向けた活動を継続していく」と述べた。").label());
        assertEquals("首相が「全力を尽くす」と発言", one("首相は12日、「全力を尽くす。」と語った。").label(),
                "the full stop inside the quote is dropped");
        assertEquals("首相が発言", one("首相は12日、記者団に「全力を尽くす。国民の命を守る」と語った。").label(),
                "two sentences said: left out");
        assertEquals("首相が発言", one("首相は12日、記者団に「これまでにない規模の経済対策をまとめて国会に速やかに提出したい」と語った。").label(),
                "longer than a headline can carry: left out");
        assertEquals("ブリンケン国務長官がロシアの対応を批判",
                one("ブリンケン国務長官は12日、「受け入れられない」と述べ、ロシアの対応を批判した。").label(),
                "a deed still comes before a verb of saying");
    }

    @Test
    void aDateInsideQuotedSpeechDatesWhatIsSaidNotTheSaying() {
        Report plan = one("外相は「来月5日に再び協議を開きたい」と語った。");
        assertEquals("外相「再び協議を開きたい」", plan.label(), "not 外相が発言, on a day nobody spoke");
        assertEquals(LocalDate.of(2023, 4, 5), plan.time().start());
        assertEquals("報道官「合意に達した」", one("報道官は「9日に合意に達した」と発表した。").label());
        List<Report> both = reports("トカエフ大統領は10日の会議で「年内に新しい改革案をまとめる」と述べた。");
        assertEquals(List.of("トカエフ大統領が会議で「年内に新しい改革案をまとめる」と発言", "トカエフ大統領「新しい改革案をまとめる」"),
                both.stream().map(Report::label).toList(), "the saying on its day, what was said on the year it names");
        List<Report> named = reports("政府は「10日の合意」を高く評価した。");
        assertFalse(named.isEmpty());
        for (Report r : named) {
            assertFalse(r.label().startsWith("政府「"), "a quoted name is no speech: " + r.label());
        }
    }

    @Test
    void whatAnAnnouncementSaidIsKeptWhenItIsShort() {
        assertEquals("大統領府が「相当数の外国人を含む」と発表",
                one("大統領府は9日の発表で「相当数の外国人を含む」としていますが、内訳は明らかにされていません。").label());
        assertEquals("政府が会議", one("政府は9日の会議で「対策を急ぐ」としている。").label(),
                "a meeting is no saying: its quote is left out");
    }

    @Test
    void aPlaceWrittenWithDeIsThePlace() {
        Report r = one("トルコのイスタンブールで12日、大規模な地震が発生し、多くの建物が倒壊した。");
        assertEquals("イスタンブール", r.place().orElseThrow().canonical());
        assertEquals("地震が発生", r.label());
        assertEquals(EventCategory.DISASTER, r.category());
    }

    @Test
    void twoDatesInOneSentenceGiveTwoClausesAndTwoReports() {
        List<Report> r = reports("フランスは13日、制裁を続けると表明し、14日からの首脳会議について、合意は難しいとけん制した。");
        assertEquals(2, r.size());
        assertEquals("2023-03-13", r.get(0).time().format());
        assertEquals("フランスが制裁を続けると表明", r.get(0).label());
        assertEquals("2023-03-14", r.get(1).time().format());
        assertEquals("首脳会議が開始", r.get(1).label());
        assertTrue(r.get(0).source().clause().end() <= r.get(1).source().clause().start());
        assertEquals(r.get(0).source().sentence(), r.get(1).source().sentence());
    }

    @Test
    void aWeekAndTheFirstTenDaysAreIntervals() {
        assertEquals("2023-W10", one("抗議デモは先週、各地に広がった。").time().format());
        Report early = one("習近平国家主席は3月上旬、モスクワを訪問した。");
        assertEquals(LocalDate.of(2023, 3, 1), early.time().start());
        assertEquals(LocalDate.of(2023, 3, 10), early.time().end());
        assertEquals("習近平国家主席がモスクワを訪問", early.label());
    }

    @Test
    void durationsCountsAndDatesOnNounsMakeNoReport() {
        assertTrue(reports("交渉は3日間続き、5800人が参加した。").isEmpty());
        assertEquals(1, reports("政府は12日の閣議で、来年度予算案を決定した。").size());
    }

    @Test
    void labelsStayShort() {
        Report r = one("アメリカのシャーマン国務副長官とロシアのリャプコフ外務次官とフランスのボンヌ外交顧問とドイツのプレトナー外交顧問による協議が10日、"
                + "スイスのジュネーブにある国連欧州本部の大会議室で始まりました。");
        assertTrue(r.label().length() <= Label.MAX_LENGTH, r.label());
    }

    @Test
    void categoriesFollowThePredicateFirst() {
        assertEquals(EventCategory.ANNOUNCEMENT, CategoryRules.categorise("発表", "", List.of(), List.of("拘束")));
        assertEquals(EventCategory.LEGAL, CategoryRules.categorise("逮捕", "", List.of(), List.of()));
        assertEquals(EventCategory.PROTEST, CategoryRules.categorise("拡大", "", List.of("抗議活動"), List.of()));
        assertEquals(EventCategory.MEETING, CategoryRules.categorise("開始", "", List.of("協議"), List.of()));
        assertEquals(EventCategory.OTHER, CategoryRules.categorise("出席", "", List.of("開会式"), List.of("会談")));
        assertEquals(EventCategory.ELECTION, CategoryRules.categorise("", "", List.of(), List.of("大統領選挙", "投票")));
        assertEquals(EventCategory.ECONOMY, CategoryRules.categorise("値下がり", "", List.of("株価"), List.of()));
    }

    @Test
    void headlinesRelativeClausesAndThingsNotDone() {
        assertEquals("トルコ大地震が発生", one("トルコ大地震 6日に発生、死者5000人超").label());
        List<Report> quake = reports("トルコ南部とシリア北部を6日襲った地震で、死者は7日までに5000人を超えた。");
        assertEquals(2, quake.size());
        assertEquals("トルコ南部とシリア北部を襲った地震", quake.get(0).label());
        assertEquals("死者が5000人を超える", quake.get(1).label());
        assertEquals("大統領府が「外国人を含む」と発表", one("大統領府は9日の発表で「外国人を含む」としていますが、内訳は明らかにされていません。").label());
        assertEquals("松野博一官房長官が救助チーム派遣と公表", one("松野博一官房長官は8日、救助チームを派遣したと明らかにした。").label());
        assertEquals("エルドアン", one("エルドアン・トルコ大統領は7日、非常事態を宣言した。").subject().orElseThrow().name());
    }
}
