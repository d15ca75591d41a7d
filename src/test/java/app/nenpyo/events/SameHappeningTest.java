package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports of one happening merged, and happenings of one day kept apart, by the rules a second
 * review of the 112 review articles (src/test/resources/temporal/review) asked for: each on the
 * review's articles and on sentences the review never saw, with the reason the merge gives.
 */
class SameHappeningTest {

    private static final LocalDate DAY = LocalDate.of(2022, 1, 11);

    /** The review's articles by name: date and text. */
    private static List<Event> review(String... names) throws IOException {
        return Articles.review(names);
    }

    private static List<Event> texts(String... texts) {
        return Articles.events(DAY, texts);
    }

    private static Event labelled(List<Event> events, String part) {
        return Articles.labelled(events, part);
    }

    private static String reasons(Event e) {
        return Articles.reasons(e);
    }

    // --- the country a dated relative clause's happening is of (3日に行われたフランスの大統領選挙)

    @Test
    void twoCountriesElectionsOfOneDayStayApartAndOneCountrysReportedTwiceIsOne() {
        List<Event> events = texts("9日に行われたフランスの大統領選挙では、現職が再選を確実にした。\n",
                "9日に行われたドイツの大統領選挙では、元外相が当選を確実にした。\n",
                "9日に行われたフランスの大統領選挙で、現職の得票率は58%だった。\n");
        Event france = labelled(events, "フランスの大統領選挙");
        Event germany = labelled(events, "ドイツの大統領選挙");
        assertNotEquals(france.id(), germany.id(), "one election: " + reasons(france));
        assertEquals(2, france.sources().size(), reasons(france));
        assertTrue(reasons(france).contains("same place フランス"), reasons(france));
    }

    // --- a participant without a name (首相, 男性) names who, not what happened

    @Test
    void theReviewsPrimeMinistersStatementAndPressConferenceOfOneMonthStayApart() throws IOException {
        List<Event> events = review("A46", "B49");
        Event pressConference = labelled(events, "記者会見");
        Event statement = labelled(events, "前倒しを表明");
        assertNotEquals(pressConference.id(), statement.id(), "joined on 首相 alone: " + reasons(pressConference));
    }

    @Test
    void aMinistersTwoDeedsOfOneDayInTwoArticlesStayApart() {
        List<Event> events = texts("首相は14日、官邸で記者会見を開いた。\n", "首相は14日、ガソリン価格の抑制策を表明した。\n");
        assertEquals(2, events.size(), events.stream().map(Event::label).toList().toString());
    }

    @Test
    void aTitleOfANamedPersonIsNoParticipantWithoutAName() {
        // カサノ大統領 is read as 大統領 in the label: the president is named, and is not パア大統領
        List<Event> events = texts("キルギスのパア大統領は11日、日本のカザフスタンと電話で会談し、治安協力を強化する意向を伝えた。\n",
                "キルギスのカサノ大統領は11日、ウズベキスタンの韓国と電話で会談し、治安協力を強化する意向を伝えた。\n");
        assertTrue(events.stream().noneMatch(e -> reasons(e).contains("same person 大統領")),
                events.stream().map(SameHappeningTest::reasons).toList().toString());
    }

    @Test
    void theReviewsArrivalToldTwiceIsOneEventWithTheManAsItsReason() throws IOException {
        List<Event> events = review("A22");
        Event arrival = labelled(events, "成田空港に到着");
        assertEquals(List.of("28日", "翌日"), arrival.sources().stream().map(EventSource::expressionText).toList());
        assertTrue(reasons(arrival).contains("same happening 到着; same person 男性"), reasons(arrival));
    }

    @Test
    void anUnseenDeedToldAgainOfTheSamePersonMergesAndHerOtherDeedDoesNot() {
        List<Event> events = texts("警視庁によると、事件を起こした女性は5日午後、渋谷署に出頭した。女性は同日夜、弁護士とともに出頭した。\n");
        assertEquals(1, events.size(), events.stream().map(Event::label).toList().toString());
        assertTrue(reasons(events.get(0)).contains("same person 女性"), reasons(events.get(0)));
        List<Event> two = texts("事件を起こした女性は5日午後、渋谷署に出頭した。\n", "女性は5日夜、代理人の弁護士を通じてコメントを出した。\n");
        assertEquals(2, two.size(), "one woman, two deeds: " + two.stream().map(Event::label).toList());
    }

    // --- a dated relative clause whose place is said between the date and its verb

    @Test
    void aQuakeToldAsTheSettingOfAnotherDaysCountIsTheQuakeWhereItHappened() {
        List<Report> reports = Articles.reports("3日に北海道東部で起きた最大震度6弱の地震で、道は5日、死者が3人になったと発表した。\n",
                LocalDate.of(2023, 6, 5));
        Report quake = reports.stream().filter(r -> r.time().start().equals(LocalDate.of(2023, 6, 3))).findFirst().orElseThrow();
        assertEquals("北海道東部で最大震度6弱の地震が発生", quake.label());
        List<Report> withoutPlace = Articles.reports("3日に起きた地震で、道は5日、死者が3人になったと発表した。\n", LocalDate.of(2023, 6, 5));
        assertEquals("地震が発生", withoutPlace.get(0).label(), "the count of the 5th is no deed of the 3rd");
    }

    @Test
    void aQuakeAndTheQuakeTheNextArticleCountsTheDeadOfAreOne() {
        List<DocumentInput> docs = List.of(Articles.article("北海道東部で3日午前5時ごろ、最大震度6弱の地震があった。\n", LocalDate.of(2023, 6, 3)),
                Articles.article("3日に北海道東部で起きた最大震度6弱の地震で、道は5日、死者が3人になったと発表した。\n", LocalDate.of(2023, 6, 5)));
        List<Event> events = new EventPipeline().extract(docs);
        Event quake = labelled(events, "地震");
        assertEquals(2, quake.sources().size(), events.stream().map(Event::label).toList().toString());
        assertTrue(reasons(quake).contains("same happening 最大震度6弱の地震"), reasons(quake));
    }

    @Test
    void aFireAndAQuakeThatHappenedOnOneDayAreTwoEvents() {
        List<Event> events = texts("札幌市中央区で5日夜、住宅火災が発生し、2人がけがをした。\n", "北海道東部で5日午前、地震が発生した。\n");
        assertEquals(2, events.size(), "発生 names no happening: " + events.stream().map(SameHappeningTest::reasons).toList());
    }

    @Test
    void twoSpeakersSayingTheSameWordsOnOneDayAreTwoEvents() {
        // a deed naming nothing (述べた) is no key two reports meet by: only a word named before one seeks it (回収発表)
        List<Event> events = texts("ベラルーシのタパ報道官は4日、「中国の主権と領土の一体性を尊重する。外部勢力の干渉に反対する」と述べた。\n",
                "日本政府は4日、「中国の主権と領土の一体性を尊重する。外部勢力の干渉に反対する」と述べた。\n");
        assertEquals(2, events.size(), () -> events.stream().map(SameHappeningTest::reasons).toList().toString());
    }

    // --- a generic object (方針, 考え) said with the deed it is of

    @Test
    void aPolicyOfNotAppealingNamesTheAppealAsNotAppealingDoes() {
        assertEquals("田中知事が秋の知事選に出馬しない考えを表明",
                Articles.only("田中知事は5日、秋の知事選に出馬しない考えを表明した。\n", LocalDate.of(2023, 6, 6)).label());
        List<Event> events = texts("首相は5日、同性婚をめぐる訴訟の判決について、控訴しないと表明した。\n",
                "首相が5日に控訴しない方針を表明した。\n");
        assertEquals(1, events.size(), events.stream().map(Event::label).toList().toString());
        assertTrue(reasons(events.get(0)).contains("same happening 控訴"), reasons(events.get(0)));
    }

    // --- a deed told as the start of what follows (て以降、)

    @Test
    void aDeedToldAsTheStartOfWhatFollowsIsTheDatesHappening() {
        assertEquals("市が工事を開始", Articles.only("3月1日に市が工事を始めて以降、住民からの苦情は100件を超えた。\n",
                LocalDate.of(2023, 6, 6)).label());
        List<Event> events = texts("2月24日にロシアが侵攻を始めて以来、大統領が首都を離れたのは初めてだ。\n",
                "侵攻は2月24日に始まり、民間人の死者は8000人を超えた。\n");
        Event start = labelled(events, "侵攻");
        assertEquals(2, start.sources().size(), events.stream().map(Event::label).toList().toString());
    }

    // --- a day named before its date with の (控訴期限の15日)

    @Test
    void aDeadlineToldAsTheDayOfAnotherDeedIsTheDeadline() {
        List<Event> events = new EventPipeline().extract(List.of(
                Articles.article("控訴期限は15日で、市は14日にも控訴しない方針を正式に決める。\n", LocalDate.of(2023, 6, 10)),
                Articles.article("市は控訴期限の15日までに控訴しなかった。\n", LocalDate.of(2023, 6, 16))));
        Event deadline = labelled(events, "控訴期限");
        assertEquals(2, deadline.sources().size(), events.stream().map(Event::label).toList().toString());
        assertTrue(reasons(deadline).contains("same happening 控訴期限;"), reasons(deadline));
        List<Event> markets = texts("日経平均株価は前日の6日、300円値上がりした。\n", "円相場は前日の6日、1ドル＝140円台に下落した。\n");
        assertEquals(2, markets.size(), "前日 is a date, no name of the day: " + markets.stream().map(SameHappeningTest::reasons).toList());
    }

    // --- one doer's two deeds of one day: a deed done at once (記者会見, 演説) and another happening

    @Test
    void aMinistersPressConferenceAndHisTalksOfOneDayAreTwoEventsInTwoArticles() {
        List<Event> events = texts("林芳正外相は8日、ベルリンで記者会見し、ウクライナ支援を続ける考えを示した。\n",
                "林芳正外相は8日、ドイツのベーアボック外相と会談し、経済安全保障での連携を確認した。\n");
        assertNotEquals(labelled(events, "記者会見").id(), labelled(events, "会談").id(),
                "merged on the subject alone: " + reasons(labelled(events, "会談")));
    }

    @Test
    void aMinistersTalksAndWhatHeSaidInThemStayOne() {
        List<Event> events = texts("林芳正外相は8日、インドのジャイシャンカル外相と電話で会談した。\n",
                "林芳正外相は8日、インドとの協力強化に意欲を示した。\n");
        assertEquals(1, events.size(), events.stream().map(Event::label).toList().toString());
        assertTrue(reasons(events.get(0)).contains("same subject 林芳正"), reasons(events.get(0)));
    }

    @Test
    void anAnnouncementMadeAsWellIsAnotherThanTheOneOfItsDoerThatDay() {
        List<Event> events = texts("東邦電機は15日、2024年3月期の連結決算を発表した。純利益は過去最高だった。"
                + "同社は同日、米国の部品会社を買収することも発表した。\n");
        assertNotEquals(labelled(events, "決算").id(), labelled(events, "買収").id(),
                "merged on the subject and category alone: " + reasons(labelled(events, "買収")));
        List<Event> again = texts("東邦電機は10日、2024年3月期の連結決算を発表した。\n",
                "東邦電機は10日、2024年3月期の決算を発表し、増配も発表した。\n");
        assertEquals(1, again.stream().filter(e -> e.label().contains("決算") && e.time().start().equals(LocalDate.of(2022, 1, 10))).count(),
                "the same results told again, with more done as well, stay one: " + again.stream().map(Event::label).toList());
    }

    @Test
    void aLabelSaysItsDeedWasDoneAsWellOnlyWithもRightBeforeTheDeed() {
        assertTrue(Similarity.doneAsWell("丸岡製作所が合弁会社設立も発表"));
        assertTrue(Similarity.doneAsWell("金融庁が立ち入り検査も検討"));
        assertTrue(!Similarity.doneAsWell("首相も出席する") && !Similarity.doneAsWell("もも") && !Similarity.doneAsWell("政府が発表"),
                "a verb in kana after も, も last, no も");
        assertTrue(!Similarity.doneAsWell("王毅外相が協力強化にも意欲を示す"), "も before an object, not the deed");
        assertTrue(!Similarity.doneAsWell("市が子ども食堂開設") && !Similarity.doneAsWell("子ども医療費助成"),
                "も inside a word (子ども) after kana");
    }

    // --- a count of time or a comparison base is no happening

    @Test
    void twoArticlesCountdownsStayApart() throws IOException {
        List<Event> events = review("A18", "B30");
        List<Event> countdowns = events.stream().filter(e -> e.sources().stream().anyMatch(s -> s.expressionText().equals("今年"))).toList();
        assertEquals(2, countdowns.size(), countdowns.stream().map(Event::label).toList().toString());
        List<Event> unseen = texts("師走に入り、今年も残りわずか30日となった。\n", "今年も残すところ、あと2週間となった。\n");
        assertEquals(2, unseen.size(), unseen.stream().map(Event::label).toList().toString());
        assertTrue(unseen.stream().allMatch(Event::background));
    }

    // --- what the deed is done to

    @Test
    void theReviewsTwoProsecutionsOfOneDayStayApart() throws IOException {
        List<Event> events = review("A35", "A48");
        assertNotEquals(labelled(events, "元社長を").id(), labelled(events, "男を起訴").id());
    }

    @Test
    void unseenProsecutionsOfTwoPeopleStayApartAndOneToldTwiceMerges() {
        List<Event> two = texts("大阪地検特捜部は12日、元市長を収賄の罪で起訴した。\n", "大阪地検特捜部は12日、会社役員の女を贈賄の罪で起訴した。\n");
        assertEquals(2, two.size(), two.stream().map(Event::label).toList().toString());
        List<Event> one = texts("大阪地検特捜部は12日、元市長を収賄の罪で起訴した。\n", "大阪地検特捜部は12日、収賄の罪で元市長の男を起訴した。\n");
        assertEquals(1, one.size(), one.stream().map(Event::label).toList().toString());
    }

    @Test
    void theReviewsInvasionBegunIsOneEventByWhatWasBegun() throws IOException {
        List<Event> events = review("A12", "B35");
        Event invasion = events.stream().filter(e -> e.time().format().equals("2022-02-24")).findFirst().orElseThrow();
        assertEquals(2, invasion.sources().size(), invasion.label());
        assertTrue(reasons(invasion).contains("same happening 侵攻"), reasons(invasion));
    }

    @Test
    void anUnseenMeetingHeldIsOneEventWithTheMeetingAndAnotherMeetingIsNot() {
        List<Event> one = texts("外務省は20日、東京都内で中東和平をめぐる国際会議を開いた。\n", "中東和平をめぐる国際会議は20日、東京都内で開かれた。\n");
        assertEquals(1, one.size(), one.stream().map(Event::label).toList().toString());
        assertTrue(reasons(one.get(0)).contains("same happening 会議"), reasons(one.get(0)));
        List<Event> two = texts("政府は20日、臨時閣議を開いた。\n", "与党は20日、党大会を開いた。\n");
        assertEquals(2, two.size(), two.stream().map(Event::label).toList().toString());
    }

    // --- a date heading a relative clause dates its deed, which also gives the category

    @Test
    void theReviewsExtraordinaryDietConvenedIsOneEventOfTheConvening() throws IOException {
        List<Event> events = review("A22", "A50");
        Event diet = events.stream().filter(e -> e.time().format().equals("2021-12-06")).findFirst().orElseThrow();
        assertEquals(2, diet.sources().size(), diet.label());
        assertEquals(app.nenpyo.domain.EventCategory.OTHER, diet.category(), "convening, neither the budget nor the speech");
        assertTrue(reasons(diet).contains("same happening 召集/国会/臨時国会; same category other"), reasons(diet));
    }

    @Test
    void theCategoryOfADatedRelativeClauseIsReadInTheWholeNounItModifies() {
        // the label's noun stops at its first の (日本), the category reads on to 大統領選挙
        Report election = Articles.only("2021年10月31日に行われた日本の衆議院選挙では、与党が過半数を確保した。", DAY);
        assertEquals(app.nenpyo.domain.EventCategory.ELECTION, election.category(), election.label());
    }

    @Test
    void anUnseenDietConvenedIsOneEventWhateverTheSentencesThenSay() {
        List<Event> one = texts("首相は15日に召集される臨時国会で、物価高対策の必要性を訴える。\n",
                "野党は15日に召集される臨時国会で、内閣不信任決議案を提出する方針だ。\n");
        assertEquals(1, one.size(), one.stream().map(e -> e.label() + "/" + e.category()).toList().toString());
        assertTrue(reasons(one.get(0)).contains("same happening"), reasons(one.get(0)));
    }

    // --- one happening in other words (Paraphrases)

    @Test
    void theReviewsHappeningsInOtherWordsAreOneEventEach() throws IOException {
        List<Event> events = review("A05", "A06", "A09", "A32", "A42", "A45", "A46");
        Event firstTrading = events.stream().filter(e -> e.time().format().equals("2022-01-04") && !e.background()).findFirst().orElseThrow();
        assertEquals(3, firstTrading.sources().size(), firstTrading.label() + ": " + reasons(firstTrading));
        assertTrue(reasons(firstTrading).contains("same happening 大発会 (in other words)"), reasons(firstTrading));
        Event ceremony = labelled(events, "成人式が各地で開催");
        assertEquals(2, ceremony.sources().size(), reasons(ceremony));
        assertTrue(reasons(ceremony).contains("same happening 成人式 (in other words)"), reasons(ceremony));
        Event arson = events.stream().filter(e -> e.time().format().equals("2019-07-18")).findFirst().orElseThrow();
        assertEquals(2, arson.sources().size(), arson.label());
        assertTrue(reasons(arson).contains("same happening 放火 (in other words); same person 男"), reasons(arson));
        Event typhoon = labelled(events, "台風14号が九州に接近");
        assertEquals(2, typhoon.sources().size(), "最接近へ is the same approach: " + reasons(typhoon));
    }

    @Test
    void unseenHappeningsInOtherWordsMergeAndLookalikesDoNot() {
        List<Event> arson = texts("男は3日未明、住宅の玄関に灯油をまいて火を付けた。\n",
                "警察によると、男は3日未明、近くの住宅に放火し、そのまま逃走した。\n");
        assertEquals(1, arson.size(), arson.stream().map(Event::label).toList().toString());
        List<Event> ceremony = texts("横浜市で9日、二十歳の集いが開かれ、約3万人が出席した。\n", "横浜市では9日、成人式が開かれた。\n");
        assertEquals(1, ceremony.size(), ceremony.stream().map(Event::label).toList().toString());
        assertTrue(reasons(ceremony.get(0)).contains("same happening 成人式 (in other words)"), reasons(ceremony.get(0)));
        List<Event> lastTrading = texts("東京証券取引所は30日、今年最後の取引を終えた。\n", "東証で30日、大納会が開かれた。\n");
        assertEquals(1, lastTrading.size(), lastTrading.stream().map(Event::label).toList().toString());
        List<Event> business = texts("両社は4日、新たな取引を始めた。\n", "東証で4日、大発会が開かれた。\n");
        assertEquals(2, business.size(), "two companies trading is no first session: " + business.stream().map(Event::label).toList());
        List<Event> fireworks = texts("子どもたちは3日夜、たき火を付けて暖をとった。\n", "男は3日夜、倉庫に放火した。\n");
        assertEquals(2, fireworks.size(), fireworks.stream().map(Event::label).toList().toString());
    }

    @Test
    void theYensRateFallingIsTheYensWeakeningAndARiseIsNot() {
        List<Event> weaker = texts("18日の東京外国為替市場で円相場が下落し、一時1ドル＝155円台をつけた。\n",
                "18日は円安が一段と進み、輸入企業の負担が増した。\n");
        assertEquals(1, weaker.size(), weaker.stream().map(Event::label).toList().toString());
        assertTrue(reasons(weaker.get(0)).contains("same happening 円安 (in other words)"), reasons(weaker.get(0)));
        // the near miss: the yen rising on the same day is the other way
        List<Event> twoWays = texts("18日の東京外国為替市場で円相場が上昇し、一時1ドル＝140円台をつけた。\n",
                "18日は円安が一段と進み、輸入企業の負担が増した。\n");
        assertEquals(2, twoWays.size(), twoWays.stream().map(Event::label).toList().toString());
        assertEquals(List.of("円高"), Paraphrases.happeningsIn("円相場が上昇し、株価は下落した"));
    }

    @Test
    void aHallOpeningAfterYearsIsItsReopening() {
        assertEquals(List.of("再開"), Paraphrases.happeningsIn("改修を終えた県立図書館が12日、約2年ぶりに開館した"));
        assertEquals(List.of("再開"), Paraphrases.happeningsIn("動物園は休園を終えて再び開園した"));
        List<Event> reopened = texts("西浜市美術館は4月に再開した。\n", "改修を終えた西浜市美術館が4月12日、約2年ぶりに開館した。\n");
        assertEquals(1, reopened.size(), reopened.stream().map(Event::label).toList().toString());
        // the near misses: a first opening, and a festival held again, are no hall's reopening
        assertEquals(List.of(), Paraphrases.happeningsIn("新しい県立図書館が12日、開館した"));
        assertEquals(List.of(), Paraphrases.happeningsIn("花火大会が3年ぶりに開催された"));
        // after review: a new station or shop, the first of its kind in years, opens; it does not reopen
        assertEquals(List.of(), Paraphrases.happeningsIn("JR東日本の新駅が15日、県内で約20年ぶりに開業した"));
        assertEquals(List.of("再開"), Paraphrases.happeningsIn("改装を終えた百貨店が再び開店した"));
    }

    @Test
    void aBankTheAuthoritiesShutIsABankThatFailed() {
        assertEquals(List.of("破綻"), Paraphrases.happeningsIn("州の金融当局は同日、南部信用銀行を閉鎖した"));
        assertEquals(List.of("破綻"), Paraphrases.happeningsIn("規制当局が東海岸銀行（ECB）を閉鎖し"));
        assertEquals(List.of(), Paraphrases.happeningsIn("政府は全銀行を閉鎖し、預金の引き出しを止めた"), "a bank holiday");
        assertEquals(List.of(), Paraphrases.happeningsIn("当局は地方銀行を一時閉鎖した"), "shut for a while");
        // the near misses: a bank shutting its branch, or a shop shut, tells of no failure
        assertEquals(List.of(), Paraphrases.happeningsIn("南部信用銀行は駅前支店を閉鎖した"));
        assertEquals(List.of(), Paraphrases.happeningsIn("市は老朽化した図書館を閉鎖した"));
    }

    @Test
    void anAdverbSetOffByItsCommaKeepsTheYensClause() {
        assertEquals(List.of("円安"), Paraphrases.happeningsIn("円相場は一時、1ドル＝148円台まで下落した"));
        assertEquals(List.of("円高"), Paraphrases.happeningsIn("円相場は再び、1ドル＝139円台に上昇した"));
        // the near miss: the comma after the adverb is skipped, the clause's own comma still ends it
        assertEquals(List.of(), Paraphrases.happeningsIn("円相場は一時、小動きとなったが、株価は下落した"));
    }

    // --- a period said again beside the day that dates the happening

    private static List<Report> reviewReports(String name) throws IOException {
        String[] row = Articles.reviewArticles().get(name);
        return Articles.reports(row[2], LocalDate.parse(row[1]));
    }

    private static List<String> expressions(List<Report> reports) {
        return reports.stream().map(r -> r.source().expressionText() + (r.source().isBackground() ? " (background)" : "")).toList();
    }

    @Test
    void theReviewsNamedDayToldAgainAsTheStartOfARangeMakesNoReport() throws IOException {
        List<String> read = expressions(reviewReports("A19"));
        assertTrue(read.stream().noneMatch(e -> e.startsWith("大みそか")), read.toString());
        assertTrue(read.stream().anyMatch(e -> e.startsWith("31日夜から1日未明にかけて")), read.toString());
        List<Report> unseen = Articles.reports("元日の1日午前から2日にかけて、各地の神社に多くの初詣客が訪れた。", DAY);
        assertEquals(1, unseen.size(), expressions(unseen).toString());
        assertEquals("2022-01-01/2022-01-02", unseen.get(0).time().format());
    }

    @Test
    void aPeriodNamingThePressConferenceTheSentenceDatesIsBackground() throws IOException {
        assertTrue(expressions(reviewReports("A28")).contains("年末 (background)"), expressions(reviewReports("A28")).toString());
        List<Report> unseen = Articles.reports("林外相は12日、年頭の記者会見で「対話の扉は開いている」と述べた。", DAY);
        assertEquals(List.of("12日", "年頭 (background)"), expressions(unseen));
        List<Report> ownHappening = Articles.reports("政府は10日、2月の会合で決めた方針を発表した。", DAY);
        assertTrue(expressions(ownHappening).contains("2月"), "the February meeting is a happening of its own: " + expressions(ownHappening));
    }

    @Test
    void aMergedEventShowsTheLabelThatSaysWhoOrNamesTheHappening() throws IOException {
        // the review's two articles on the invasion: the report with the invader names it, wherever it is read
        Event invasion = labelled(review("A12", "B35"), "侵攻");
        assertEquals(2, invasion.sources().size(), reasons(invasion));
        assertEquals("ロシア軍が侵攻を開始", invasion.label());
        // the coming-of-age ceremonies: the report that says 成人式 names the happening both reports name
        Event ceremonies = labelled(review("A06", "A42"), "式");
        assertEquals(2, ceremonies.sources().size(), reasons(ceremonies));
        assertTrue(ceremonies.label().contains("成人式"), ceremonies.label());
        // sentences the review never saw: the first report makes the happening its subject, the second names who
        Event strike = labelled(texts("11日、首都近郊で空爆が始まった。", "ロシア軍は11日、首都近郊を空爆した。"), "空爆");
        assertEquals(2, strike.sources().size(), reasons(strike));
        assertTrue(strike.label().startsWith("ロシア軍が"), strike.label());
    }
}
