package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TimeValue;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A happening told as a wider period and as a day inside it is one event (decision 0032), on
 * sentences of our own and on the review's: one candidate only, the same happening in much the
 * same words, background and the analyst's choices apart, whatever the windows.
 */
class WiderPeriodsTest {

    private static final String MONTH = "秋田県知事選は4月に実施される。\n";
    private static final String DAY = "秋田県知事選は4月10日に投開票される。\n";
    private static final String OTHER_DAY = "秋田県知事選は4月24日に投開票される。\n";

    static DocumentReports read(String text, int month, int day) {
        return new EventPipeline().analyse(Articles.article(text, LocalDate.of(2022, month, day)));
    }

    static List<Event> merged(DocumentReports... documents) {
        return new EventPipeline().combine(List.of(documents));
    }

    /** The wider report stays an event of its own, and the two days inside it stay two. */
    static void assertJoinsNeither(List<Event> events, String wider, String oneDay, String otherDay) {
        assertEquals(1, holding(events, wider).sources().size(), events.toString());
        assertNotEquals(holding(events, oneDay).id(), holding(events, otherDay).id());
    }

    static Event holding(List<Event> events, String expression) {
        return events.stream().filter(e -> e.sources().stream().anyMatch(s -> s.expressionText().equals(expression)))
                .findFirst().orElseThrow(() -> new AssertionError("no event told by " + expression + " in " + events));
    }

    @Test
    void aMonthReportJoinsTheOneDayInsideItThatTellsTheSameHappeningAndTheEventKeepsTheDay() {
        List<Event> events = merged(read(MONTH, 3, 10), read(DAY, 3, 20));

        Event election = holding(events, "4月10日");
        assertEquals(election, holding(events, "4月"), "one election: " + events);
        assertEquals(TimeValue.day(LocalDate.of(2022, 4, 10)), election.time(), "the finer date");
        assertEquals(2, election.sources().size());
        assertTrue(election.mergeReasons().get(0).contains("told as the wider period 2022-04"), election.mergeReasons().toString());
        assertTrue(election.label().contains("投開票"), "the day's report says what happened on it: " + election.label());
    }

    @Test
    void theSameFilesInAnyOrderGiveTheSameEventWithTheSameId() {
        List<Event> monthFirst = merged(read(MONTH, 3, 10), read(DAY, 3, 20));
        List<Event> dayFirst = merged(read(DAY, 3, 20), read(MONTH, 3, 10));

        Event a = holding(monthFirst, "4月10日");
        Event b = holding(dayFirst, "4月10日");
        assertEquals(a.id(), b.id());
        assertEquals(a.time(), b.time());
        assertEquals(a.sources().stream().map(EventSource::sourceId).sorted().toList(),
                b.sources().stream().map(EventSource::sourceId).sorted().toList());
    }

    @Test
    void aMonthReportWithTwoDaysThatCouldTakeItStaysApart() {
        List<Event> events = merged(read(MONTH, 3, 10), read(DAY, 3, 20), read(OTHER_DAY, 3, 25));

        Event month = holding(events, "4月");
        assertEquals(1, month.sources().size(), "which of the two days the month meant is not known: " + events);
        assertEquals(YearMonth.of(2022, 4).atDay(1), month.time().start());
        assertNotEquals(holding(events, "4月10日").id(), holding(events, "4月24日").id());
    }

    @Test
    void aDifferentHappeningOfTheMonthNamingTheSameThingStaysApart() {
        List<Event> events = merged(
                new EventPipeline().analyse(Articles.article("年明けには、インフルエンザの感染が各地で広がる恐れがある。\n", LocalDate.of(2021, 12, 28))),
                read("東京都では12日、新たに300人のインフルエンザの感染が確認された。\n", 1, 13));

        assertNotEquals(holding(events, "年明け").id(), holding(events, "12日").id(),
                "a month's feared spread is no day's count of patients: " + events);
        assertEquals(LocalDate.of(2022, 1, 12), holding(events, "12日").time().start(), "a day inside the month");
        assertTrue(Modal.toldAsARisk(holding(events, "年明け").label()));
        assertFalse(Modal.toldAsARisk(holding(events, "12日").label()));
    }

    @Test
    void aSeasonsTopicAndADaysWarningAboutItSharingLittleElseStayApart() {
        List<Event> events = merged(read("今冬の電力需給について、経済産業省は企業に節電を要請する方針だ。\n", 11, 30),
                read("東北電力管内では12月14日、電力需給ひっ迫注意報が初めて出された。\n", 12, 15));

        assertNotEquals(holding(events, "今冬").id(), holding(events, "12月14日").id(),
                "電力 and 需給 of seven words and more: the season's supply is no day's warning: " + events);
    }

    @Test
    void aMonthReportSharingOnlyItsSubjectWithADayStaysApart() {
        List<Event> events = merged(read("日銀は3月に、国債の買い入れ額を減らす。\n", 2, 1),
                read("日銀の総裁は3月9日に記者会見を開いた。\n", 3, 10));

        assertNotEquals(holding(events, "3月").id(), holding(events, "3月9日").id(), events.toString());
    }

    @Test
    void aBackgroundMonthJoinsNoDayOnTheTimeline() {
        List<Event> events = merged(read("秋田県で大雪が続いている。\n\n関連記事\n秋田県知事選は4月に実施\n", 3, 10), read(DAY, 3, 20));

        Event background = holding(events, "4月");
        assertTrue(background.background(), "a related article's line: " + background);
        assertEquals(1, background.sources().size(), events.toString());
        assertEquals(1, holding(events, "4月10日").sources().size());
    }

    @Test
    void aMonthReportTheAnalystKeptApartJoinsNoDay() {
        DocumentReports month = read(MONTH, 3, 10);
        List<DocumentReports> documents = List.of(month, read(DAY, 3, 20));
        String monthSource = month.reports().get(0).source().sourceId();
        WindowedMerge merge = new WindowedMerge(Integer.MAX_VALUE);
        MergePlan plan = merge.plan(2, indexes -> Arrays.stream(indexes).mapToObj(i -> DocumentActors.of(documents.get(i))).toList(),
                i -> false, List.of(), null, i -> null, 1);
        List<Event> events = new ArrayList<>();
        merge.merge(plan, (indexes, from, to) -> Arrays.stream(indexes).mapToObj(i -> WindowReports.of(documents.get(i), from, to)).toList(),
                new MergeChoices(Set.of(monthSource), Map.of()), events::addAll);

        assertEquals(2, events.size(), events.toString());
    }

    @Test
    void aSeasonReportJoinsTheMonthThatJoinedItsDay() {
        List<Event> events = merged(read("今春の秋田県知事選に向け、各党が準備を進めている。\n", 2, 1), read(MONTH, 3, 10), read(DAY, 3, 20));

        Event election = holding(events, "4月10日");
        assertEquals(3, election.sources().size(), events.toString());
        assertEquals(LocalDate.of(2022, 4, 10), election.time().start());
    }

    @Test
    void windowsOfAnySizeGiveTheSameEvents() {
        List<DocumentReports> documents = List.of(read(MONTH, 3, 10), read("秋田県では3日、大雪で交通が乱れた。\n", 4, 3),
                read(DAY, 3, 20), read("秋田市では2日と15日に桜の開花が確認された。\n", 4, 16));
        List<Event> once = new WindowedMerge(Integer.MAX_VALUE).merge(documents);

        assertTrue(once.stream().anyMatch(e -> e.sources().size() == 2 && e.time().start().equals(LocalDate.of(2022, 4, 10))), once.toString());
        assertEquals(once, new WindowedMerge(1).merge(documents), "a window never cuts a season");
    }

    @Test
    void aMergeOfTheDaysANewDocumentChangesFindsTheStoredPeriodReportAndTheReverse() {
        DocumentReports month = read(MONTH, 3, 10);
        DocumentReports day = read(DAY, 3, 20);
        DocumentReports elsewhere = read("秋田県では10月3日、大雪で交通が乱れた。\n\n秋田市では11月2日に初雪が観測された。\n", 11, 5);
        for (List<DocumentReports> documents : List.of(List.of(elsewhere, month, day), List.of(elsewhere, day, month))) {
            List<Event> everything = new WindowedMerge(1).merge(documents);
            WindowedMerge merge = new WindowedMerge(1);
            MergePlan plan = merge.plan(3, indexes -> Arrays.stream(indexes).mapToObj(i -> DocumentActors.of(documents.get(i))).toList(),
                    i -> i < 2, List.of(), null, i -> null, 1);
            List<Event> again = new ArrayList<>();
            merge.merge(plan, (indexes, from, to) -> Arrays.stream(indexes).mapToObj(i -> WindowReports.of(documents.get(i), from, to)).toList(),
                    again::addAll);

            assertFalse(plan.scope().all());
            assertTrue(plan.scope().includes(Math.toIntExact(LocalDate.of(2022, 4, 1).toEpochDay())),
                    "the season of the new document's day, and so the month's first day: " + plan.scope());
            assertFalse(plan.scope().includes(Math.toIntExact(LocalDate.of(2022, 10, 3).toEpochDay())));
            Event election = holding(again, "4月10日");
            assertEquals(election, holding(everything, "4月10日"));
            assertEquals(2, election.sources().size());
        }
    }

    @Test
    void aPeriodHoldsFinerOnesWhenLongerThanADayNoYearAndInOneSeason() {
        assertTrue(WiderPeriods.canHoldFiner(TimeValue.month(YearMonth.of(2022, 12))));
        assertTrue(WiderPeriods.canHoldFiner(TimeValue.interval(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 5, 31), Granularity.SEASON)));
        assertTrue(WiderPeriods.canHoldFiner(TimeValue.interval(LocalDate.of(2021, 12, 1), LocalDate.of(2022, 2, 28), Granularity.SEASON)),
                "winter, across the year");
        assertFalse(WiderPeriods.canHoldFiner(TimeValue.day(LocalDate.of(2022, 1, 10))));
        assertFalse(WiderPeriods.canHoldFiner(TimeValue.year(2022)));
        assertFalse(WiderPeriods.canHoldFiner(TimeValue.isoWeekOf(LocalDate.of(2022, 3, 1))), "a week from February into March");
        assertFalse(WiderPeriods.canHoldFiner(TimeValue.month(YearMonth.of(2022, 4)).withOpenness(TimeValue.Openness.OPEN_END)));
        assertEquals(WiderPeriods.seasonOf(Math.toIntExact(LocalDate.of(2021, 12, 1).toEpochDay())),
                WiderPeriods.seasonOf(Math.toIntExact(LocalDate.of(2022, 2, 28).toEpochDay())));
        assertNotEquals(WiderPeriods.seasonOf(Math.toIntExact(LocalDate.of(2022, 2, 28).toEpochDay())),
                WiderPeriods.seasonOf(Math.toIntExact(LocalDate.of(2022, 3, 1).toEpochDay())));
    }

    // --- the review's happenings told as a period in one article and by a day in another

    private static List<Event> review(String... names) throws IOException {
        return Articles.review(names);
    }

    @Test
    void theReviewsHappeningsToldAsAPeriodAndADayAreOneEventEach() throws IOException {
        String[][] told = {{"A37", "A52", "来春", "4月"}, {"A39", "A01", "1月", "今月17日"}, {"A43", "A21", "来年5月", "19日から21日まで"},
                {"A46", "A28", "昨年末", "30日"}};
        for (String[] pair : told) {
            List<Event> events = review(pair[0], pair[1]);
            Event wider = holding(events, pair[2]);
            assertEquals(wider.id(), holding(events, pair[3]).id(), pair[0] + " " + pair[2] + " / " + pair[1] + " " + pair[3] + ": " + events);
            assertTrue(wider.time().end().toEpochDay() - wider.time().start().toEpochDay() < 30, "the finer date: " + wider.time());
        }
    }

    /**
     * A second reader saw 昨年末に閣議決定した (A52) take the date of 12月上旬に改定する (A47), the plan told
     * before: a week or 上旬 is no more exact than the 年末 around it, and a period said as days (大発会以降,
     * a fall since the first trading day) is no coarser telling of the day it starts on.
     */
    @Test
    void aPeriodNoMoreExactThanTheWiderOneOrSaidAsDaysTakesNoWiderReport() throws IOException {
        List<Event> documents = review("A52", "A47");
        assertNotEquals(holding(documents, "昨年末").id(), holding(documents, "12月上旬").id());
        assertTrue(holding(documents, "昨年末").time().start().equals(LocalDate.of(2022, 12, 1)), "still told as December");
        List<Event> policy = review("A52", "B12");
        assertNotEquals(holding(policy, "12月").id(), holding(policy, "2日").id(), "a 方針 decided and another 方針 compiled share no object");
        List<Event> market = review("A45", "A05");
        assertNotEquals(holding(market, "大発会以降").id(), holding(market, "今月4日").id(), "a fall since the day is not the day's trading");
        assertFalse(WiderPeriods.canHoldFiner(TimeValue.interval(LocalDate.of(2022, 1, 4), LocalDate.of(2022, 1, 11), Granularity.RANGE)));
        assertFalse(WiderPeriods.mayTakeTheDateOf(TimeValue.interval(LocalDate.of(2022, 12, 1), LocalDate.of(2022, 12, 10),
                Granularity.PART_OF_MONTH), TimeValue.interval(LocalDate.of(2022, 12, 1), LocalDate.of(2022, 12, 31), Granularity.PART_OF_YEAR)));
        assertTrue(WiderPeriods.mayTakeTheDateOf(TimeValue.month(YearMonth.of(2023, 4)),
                TimeValue.interval(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 5, 31), Granularity.SEASON)), "a month in a season");
    }

    @Test
    void theReviewsForecastsOfASeasonOrMonthJoinNoDayThatNamesTheSameThing() throws IOException {
        List<Event> power = review("A37", "A14");
        assertNotEquals(holding(power, "今夏").id(), holding(power, "6月27日から30日まで").id(), "tight supply feared, a warning issued");
        List<Event> infections = review("B50", "A06");
        assertNotEquals(holding(infections, "年明け").id(), holding(infections, "週末の8日").id(), "a spread feared, a day's cases");
    }

    @Test
    void theReviewsYearEndPressConferenceJoinsItsDayNotTheAnnouncementOfTheNextNorTheMonthsStatement() throws IOException {
        List<Event> events = review("A46", "A28", "B52", "B49");

        Event pressConference = holding(events, "30日");
        assertEquals(pressConference.id(), holding(events, "昨年末").id());
        assertTrue(events.stream().filter(e -> e.label().contains("前倒しを表明")).allMatch(e -> e.sources().size() == 1), events.toString());
    }

    /**
     * A thing said in the passive (判決が言い渡される見通し) is what the active deed is done to (判決を言い渡した):
     * a month's or 下旬's forecast of a verdict joins the day it was given (held-out set two, 2026-11-28, a
     * verdict told as 3月中旬 and as the 14th). Another thing done on a day of that period stays apart.
     */
    @Test
    void aPassivesThingIsWhatTheActiveDeedIsDoneTo() {
        DocumentReports forecast = read("初公判は6日に開かれ、判決は7月下旬に言い渡される見通し。\n", 6, 7);
        DocumentReports verdict = read("大阪地裁は27日、放火の罪に問われた男に懲役10年の判決を言い渡した。\n", 7, 28);
        DocumentReports other = read("大阪地裁は27日、別の事件の初公判を開いた。\n", 7, 28);

        List<Event> events = merged(forecast, verdict);
        Event given = holding(events, "27日");
        assertEquals(given, holding(events, "7月下旬"), "one verdict: " + events);
        assertEquals(TimeValue.day(LocalDate.of(2022, 7, 27)), given.time());
        assertTrue(given.mergeReasons().get(0).contains("same object 判決"), given.mergeReasons().toString());

        List<Event> apart = merged(forecast, other);
        assertNotEquals(holding(apart, "27日"), holding(apart, "7月下旬"), "a first hearing is no verdict: " + apart);
    }

    /** The thing a deed is done to counts as the other's head only where the other is told in the passive. */
    @Test
    void anActiveDeedsHeadIsNoThingDoneTo() {
        DocumentReports becomingFinal = read("控訴審の判決は7月下旬に確定する見通し。\n", 6, 7);
        DocumentReports given = read("高裁は27日、控訴審の判決を言い渡した。\n", 7, 28);

        List<Event> events = merged(becomingFinal, given);
        assertNotEquals(holding(events, "27日"), holding(events, "7月下旬"), "a verdict becoming final is no verdict given: " + events);
    }

    private static DocumentReports read(String text, LocalDate date) {
        return new EventPipeline().analyse(Articles.article(text, date));
    }

    private static final String ARREST_DAY = "北川市の資料館から昨年11月、古文書が盗まれた事件で、県警は12日、窃盗の疑いで、"
            + "無職の田所健一容疑者（52）を逮捕した。\n";

    /** A month's report of an arrest that goes on to the trial joins the day of that arrest, the trial's words left out. */
    @Test
    void aMonthReportOfAPersonsDeedJoinsItsDayWhateverTheClauseAfterTheDeedSays() {
        List<Event> events = merged(read(ARREST_DAY, LocalDate.of(2022, 5, 13)),
                read("田所健一被告は昨年5月に逮捕され、公判では起訴内容を認めていた。\n", LocalDate.of(2023, 1, 15)));

        Event arrest = holding(events, "12日");
        assertEquals(arrest, holding(events, "昨年5月"), "one arrest: " + events);
        assertEquals(TimeValue.day(LocalDate.of(2022, 5, 12)), arrest.time(), "the day's date");
        assertTrue(arrest.mergeReasons().get(0).contains("same words up to the deed 逮捕"), arrest.mergeReasons().toString());

        List<Event> robbery = merged(
                read("南町の住宅で現金が奪われた事件で、県警は8日、強盗の疑いで、会社員の平岡正樹容疑者（34）を逮捕した。\n",
                        LocalDate.of(2022, 9, 9)),
                read("平岡正樹被告は昨年9月に逮捕され、初公判で起訴内容を否認した。\n", LocalDate.of(2023, 2, 20)));
        assertEquals(holding(robbery, "8日"), holding(robbery, "昨年9月"), "one arrest: " + robbery);
    }

    @Test
    void anotherPersonsArrestOfTheMonthStaysApart() {
        List<Event> events = merged(read(ARREST_DAY, LocalDate.of(2022, 5, 13)),
                read("森本浩二被告は昨年5月に逮捕され、公判では起訴内容を認めていた。\n", LocalDate.of(2023, 1, 15)));

        assertNotEquals(holding(events, "12日"), holding(events, "昨年5月"), "two people's arrests: " + events);
    }

    @Test
    void aPersonsMonthWithTwoMeetingsOfItsWordsStaysApart() {
        DocumentReports month = read("林芳正外相は5月に王毅外相と会談し、その後の記者会見で成果を強調した。\n", LocalDate.of(2022, 6, 20));
        DocumentReports first = read("林芳正外相は12日、王毅外相と北京で会談した。\n", LocalDate.of(2022, 5, 13));
        DocumentReports second = read("林芳正外相は26日、王毅外相と東京で会談した。\n", LocalDate.of(2022, 5, 27));

        assertEquals(holding(merged(month, first), "12日"), holding(merged(month, first), "5月"), "one meeting in the month");
        List<Event> events = merged(month, first, second);
        assertEquals(1, holding(events, "5月").sources().size(), "which of the two meetings the month meant is not known: " + events);
    }

    @Test
    void aPersonsMonthMeetingWithAnotherPartnerJoinsNoDaysMeeting() {
        List<Event> events = merged(read("チリのロドリゴ大統領は4月下旬、ドイツの首相と電話で会談し、ジュネーブでの治安協力を強化する意向を伝えたということです。\n",
                        LocalDate.of(2022, 5, 2)),
                read("ペルーのロドリゴ司令官は4月26日、チリの首脳と会談し、経済協力の拡大とキルギスへの投資について協議しました。\n",
                        LocalDate.of(2022, 4, 27)));

        assertNotEquals(holding(events, "4月下旬"), holding(events, "4月26日"), "two meetings with two partners: " + events);
    }
}
