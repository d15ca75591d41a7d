package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TimeValue;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the merge and missed-merge verdicts on the review articles still asked after the third
 * round (docs/reviews/2026-11-27-events-changed-merges.tsv), with the known faults the lead listed:
 * each rule on the review's articles and on sentences of news style the review never saw.
 */
class FourthReviewMergesTest {

    private static final LocalDate DAY = LocalDate.of(2022, 1, 11);

    private static List<Event> review(String... names) throws IOException {
        return Articles.review(names);
    }

    private static List<Event> texts(LocalDate date, String... texts) {
        List<DocumentInput> docs = new ArrayList<>();
        for (String t : texts) {
            docs.add(Articles.article(t, date));
        }
        return new EventPipeline().extract(docs);
    }

    private static List<Event> withExpression(List<Event> events, String expression) {
        return events.stream().filter(e -> e.sources().stream().anyMatch(s -> s.expressionText().equals(expression))).toList();
    }

    private static Event only(List<Event> events, String expression) {
        List<Event> found = withExpression(events, expression);
        assertEquals(1, found.size(), expression + " in " + events.stream().map(e -> e.time().format() + " " + e.label()).toList());
        return found.get(0);
    }

    private static TimeValue days(String from, String to) {
        return TimeValue.interval(LocalDate.parse(from), LocalDate.parse(to), app.nenpyo.domain.Granularity.RANGE);
    }

    // --- two days in a row joined by と: one happening when it lasts, one on each day when it is done at once

    @Test
    void theReviewsTwoDayMeetingOfTheBankIsOneEventOverBothDays() throws IOException {
        List<Event> events = review("A07");
        Event meeting = only(events, "17日と18日");
        assertEquals(days("2022-01-17", "2022-01-18"), meeting.time());
        assertTrue(meeting.label().contains("金融政策決定会合"), meeting.label());
        assertTrue(withExpression(events, "17日").isEmpty() && withExpression(events, "18日").isEmpty(),
                "the days make no reports of their own");
    }

    @Test
    void aMeetingOrAStormOfTwoDaysInARowIsOneHappening() {
        Event ministers = only(texts(DAY, "G20財務相・中央銀行総裁会議は25日と26日、ジャカルタで開かれる。\n"), "25日と26日");
        assertEquals(days("2022-01-25", "2022-01-26"), ministers.time());
        Event snow = only(texts(DAY, "東北地方では3日と4日に記録的な大雪となった。\n"), "3日と4日");
        assertEquals(days("2022-01-03", "2022-01-04"), snow.time());
    }

    @Test
    void aDeedDoneOnEachOfTwoDaysOrDaysApartAreTwoHappenings() {
        List<Event> launches = texts(DAY, "北朝鮮は5日と6日に弾道ミサイルを発射した。\n");
        assertEquals(List.of(LocalDate.of(2022, 1, 5), LocalDate.of(2022, 1, 6)),
                launches.stream().filter(e -> !e.background()).map(e -> e.time().start()).sorted().toList(),
                "a launch on each day: " + launches.stream().map(Event::label).toList());
        List<Event> rounds = texts(DAY, "予選は14日と16日に行われる。\n");
        assertEquals(2, withExpression(rounds, "14日").size() + withExpression(rounds, "16日").size(),
                "days apart are two rounds");
        assertEquals(List.of(LocalDate.of(2022, 1, 14), LocalDate.of(2022, 1, 16)),
                rounds.stream().filter(e -> !e.background()).map(e -> e.time().start()).sorted().toList(), "two events, one a day");
        List<Event> shelling = texts(DAY, "ロシア軍は3日と4日に東部の都市を砲撃した。\n");
        assertEquals(List.of(LocalDate.of(2022, 1, 3), LocalDate.of(2022, 1, 4)),
                shelling.stream().filter(e -> !e.background()).map(e -> e.time().start()).sorted().toList(),
                "a shelling on each day: " + shelling.stream().map(Event::label).toList());
    }

    @Test
    void aMeetingOfTwoDaysThatEndsInADecisionIsOneMeeting() {
        Event meeting = only(texts(DAY, "日銀は17日と18日に金融政策決定会合を開き、大規模緩和の維持を決めた。\n"), "17日と18日");
        assertEquals(days("2021-12-17", "2021-12-18"), meeting.time(), "held, so the December before: " + meeting.label());
    }

    @Test
    void aTwoDayExerciseOrTrialIsOneHappeningWhateverItsCategory() {
        Event exercise = only(texts(DAY, "陸上自衛隊は17日と18日、富士山ろくで大規模な演習を行った。\n"), "17日と18日");
        assertEquals(days("2021-12-17", "2021-12-18"), exercise.time(), "military, but an exercise goes on");
        Event trial = only(texts(DAY, "東京地裁は24日と25日に公判を開く。\n"), "24日と25日");
        assertEquals(days("2022-01-24", "2022-01-25"), trial.time(), "legal, but a hearing goes on");
    }

    @Test
    void aDeedDoneAtOnceIsDoneOnEachDayWhateverItsCategory() {
        List<Event> quakes = texts(DAY, "同じ震源で3日と4日に震度5弱の地震が発生した。\n");
        assertEquals(List.of(LocalDate.of(2022, 1, 3), LocalDate.of(2022, 1, 4)),
                quakes.stream().filter(e -> !e.background()).map(e -> e.time().start()).sorted().toList(),
                "a disaster, but each quake happens at once: " + quakes.stream().map(Event::label).toList());
        List<Event> conferences = texts(DAY, "首相は17日と18日に記者会見を開いた。\n");
        assertEquals(2, withExpression(conferences, "17日").size() + withExpression(conferences, "18日").size(),
                "a press conference on each day: " + conferences.stream().map(Event::label).toList());
        assertEquals(List.of(LocalDate.of(2021, 12, 17), LocalDate.of(2021, 12, 18)),
                conferences.stream().filter(e -> !e.background()).map(e -> e.time().start()).sorted().toList(),
                "two events, one a day: " + conferences.stream().map(Event::label).toList());
    }

    @Test
    void launchesOfTwoDaysToldAgainAsTheNounOfALaterDeedAreTheLaunchesToldBefore() {
        List<Event> events = texts(DAY, "北朝鮮は5日と6日、弾道ミサイルを発射した。防衛省は5日と6日の発射について、8日に分析結果を公表した。\n");
        for (LocalDate day : List.of(LocalDate.of(2022, 1, 5), LocalDate.of(2022, 1, 6))) {
            List<Event> that = events.stream().filter(e -> e.time().start().equals(day)).toList();
            assertEquals(1, that.size(), day + ": " + that.stream().map(Event::label).toList());
            assertEquals(2, that.get(0).sources().size(), "the launch and the noun naming it again: " + that.get(0).label());
        }
    }

    // --- a games' closing told by its ceremony and by the last of its days

    @Test
    void theReviewsWinterGamesEndingAndClosingCeremonyAreOneEvent() throws IOException {
        List<Event> events = review("A10", "A34");
        Event ending = only(events, "20日");
        Event ceremony = only(events, "20日夜");
        assertEquals(ending.id(), ceremony.id(), "apart: " + ending.label() + " / " + ceremony.label());
        assertTrue(String.join(" ", ceremony.mergeReasons()).contains("same happening 閉幕 (in other words)"),
                ceremony.mergeReasons().toString());
    }

    @Test
    void aChampionshipsLastDayAndItsClosingCeremonyAreOneHappening() {
        List<Event> events = texts(DAY, "世界陸上は10日に開幕し、19日までの10日間、熱戦が続く。\n", "閉会式は19日夜に行われる。\n");
        assertEquals(only(events, "19日").id(), only(events, "19日夜").id());
    }

    @Test
    void aClosingCeremonyAndAnotherDaysClosingOfTheSameDayStayApartWhenTheirCountriesDiffer() {
        List<Event> events = texts(DAY, "ロンドンで19日夜、閉会式が行われた。\n", "パリで19日、国際会議が閉幕した。\n");
        assertEquals(2, events.stream().filter(e -> !e.background()).count(),
                events.stream().map(Event::label).toList().toString());
    }

    // --- a case's suspect called the man in one sentence and the suspect in the next

    @Test
    void theManAndTheSuspectChargedOnOneDayByOneOfficeAreOneProsecution() {
        List<Event> events = texts(DAY, "横浜地検は10日、男を殺人罪で起訴した。\n", "横浜地検は10日、容疑者を起訴した。\n");
        assertEquals(1, events.stream().filter(e -> !e.background()).count(),
                events.stream().map(Event::label).toList().toString());
    }

    @Test
    void theManAndAFormerPresidentChargedOnOneDayStayTwoProsecutions() {
        List<Event> events = texts(DAY, "横浜地検は10日、男を殺人罪で起訴した。\n", "横浜地検は10日、元社長を背任罪で起訴した。\n");
        assertEquals(2, events.stream().filter(e -> !e.background()).count(),
                events.stream().map(Event::label).toList().toString());
    }

    // --- a period naming what its sentence's day dates merges with nothing

    @Test
    void theReviewsYearsNamingTheFirstTradingDayAreNoOneEvent() throws IOException {
        List<Event> events = review("A05", "A46");
        for (Event e : events) {
            if (e.sources().stream().anyMatch(s -> s.background().equals(BackgroundRules.NAMES_THE_DAY))) {
                assertEquals(1, e.sources().size(), e.label() + " merged " + e.mergeReasons());
            }
        }
        Event opening = only(events, "1月4日");
        assertEquals(opening.id(), only(events, "4日").id(), "the day itself is still one event");
    }

    @Test
    void twoArticlesNamingOneNewYearTournamentByItsYearMergeOnlyByTheDay() {
        List<Event> events = new EventPipeline().extract(List.of(
                Articles.article("大相撲の来年の初場所は1月8日に両国国技館で初日を迎える。\n", LocalDate.of(2022, 12, 20)),
                Articles.article("大相撲の今年の初場所は8日に両国国技館で初日を迎える。\n", LocalDate.of(2023, 1, 5))));
        List<Event> naming = events.stream().filter(e -> e.sources().stream().map(EventSource::background)
                .anyMatch(BackgroundRules.NAMES_THE_DAY::equals)).toList();
        String all = events.stream().map(e -> e.time().format() + " " + e.label() + " " + e.sources().stream()
                .map(EventSource::background).toList()).toList().toString();
        assertEquals(2, naming.size(), "来年 and 今年 name the tournament, each alone: " + all);
        assertEquals(1, events.stream().filter(e -> !e.background()).count(), "the 8th is one first day: " + all);
    }

    // --- a plan's period said as its topic's value is the span it covers

    @Test
    void thePeriodOfAPlanSaidAsItsValueIsBackground() {
        assertEquals(FigureDates.SPAN, backgroundOf("同計画の期間は令和4年4月から5年3月までとされた。", "令和4年4月から5年3月まで"),
                "the review's A60");
        assertEquals(FigureDates.SPAN, backgroundOf("新たな整備計画の期間は、2023年度から27年度までとなる。", "2023年度から27年度まで"));
        assertEquals("", backgroundOf("今国会の会期は、1月17日から6月21日までとなる。", "1月17日から6月21日まで"),
                "a session's days are when it sits");
        assertEquals("", backgroundOf("政府は4月から9月まで、節電を呼びかける。", "4月から9月まで"),
                "a period a deed goes on over");
    }

    private static String backgroundOf(String sentence, String expression) {
        return Articles.backgroundOf(sentence, expression, DAY);
    }

    @Test
    void theUsAndJapaneseDecemberPricesStayApart() throws IOException {
        List<Event> events = review("A07", "B13");
        assertNotEquals(only(events, "水曜日").id(), only(events, "21日").id());
        Event japan = withExpression(events, "12月").stream().filter(e -> e.label().contains("総務省")).findFirst().orElseThrow();
        assertTrue(japan.actors().stream().noneMatch(a -> a.name().equals("米国")), japan.actors().toString());
    }

    // --- a named period glossed in brackets by its months is the period the gloss says

    @Test
    void theReviewsHalfGlossedByItsMonthsIsOneReportOfTheFiscalHalf() throws IOException {
        List<Event> events = review("A08");
        Event half = only(events, "上半期");
        assertEquals(LocalDate.of(2021, 4, 1), half.time().start(), "the fiscal half the gloss says, not January to June");
        assertEquals(LocalDate.of(2021, 9, 30), half.time().end());
        assertTrue(withExpression(events, "4～9月").isEmpty(), "the gloss makes no report");
        assertTrue(!half.label().contains("4～9月"), half.label());
    }

    @Test
    void aQuarterGlossedByItsMonthsIsDatedByThemAndABracketOfAnotherLengthIsNoGloss() {
        List<Report> quarter = Articles.reports("同社の第1四半期（4～6月）の営業利益は1兆円を超えた。", LocalDate.of(2022, 8, 5));
        assertEquals(1, quarter.size(), quarter.toString());
        assertEquals(LocalDate.of(2022, 4, 1), quarter.get(0).time().start());
        assertEquals(LocalDate.of(2022, 6, 30), quarter.get(0).time().end());
        assertEquals(app.nenpyo.domain.Granularity.QUARTER, quarter.get(0).time().granularity(), "still a quarter");
        List<Report> notAGloss = Articles.reports("昨年（1～11月）の訪日客は24万人余りにとどまった。", LocalDate.of(2022, 1, 11));
        assertEquals(2, notAGloss.size(), "eleven months of a year are no gloss of it: " + notAGloss);
    }
}
