package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A thing formed (長い列ができた, 道路に穴ができた) told by what was formed and where, and a wait that starts before a
 * happening of the date's day (午前9時の開館前から) read past that happening to what was done (decision 0037's addendum of
 * 2026-12-14). Sentences written for these tests in the style of news reports, of several domains.
 */
class ThingsFormedLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    private static List<String> labels(String text) {
        return Articles.datedLabels(text + "\n", DAY);
    }

    @Test
    void aThingFormedIsTheDeedWithWhereItFormed() {
        assertEquals(List.of("2024-06-12 道路に穴ができる"), labels("12日夜、道路に大きな穴ができた。"));
        assertEquals(List.of("2024-06-12 列ができる"), labels("市役所の窓口には12日朝から長い列ができた。"));
        assertEquals(List.of("2024-06-12 駅前の窓口に午前9時の開設前から列ができる"),
                labels("初日の12日は、駅前の窓口に午前9時の開設前から列ができた。"));
    }

    @Test
    void aThingFormedIsNotTheDeedOfTheDoerOfAnotherClause() {
        // the subject of the clause dating the day, or of an earlier clause, did not form the queue
        assertEquals(List.of("2024-06-12 駅前のバス乗り場に列ができる"),
                labels("市が本数を減らした12日、駅前のバス乗り場には朝から客の長い列ができた。"));
        assertEquals(List.of("2024-06-12T10:00 受け付け開始前から列ができる"),
                labels("会場近くには献花台が設けられ、12日午前10時の受け付け開始前から長い列ができた。"));
    }

    @Test
    void aWaitFromBeforeTheDaysHappeningIsReadPastIt() {
        assertEquals(List.of("2024-06-12T09:00 開館前から約200人が列を作る"), labels("12日午前9時の開館前から約200人が列を作った。"));
        assertEquals(List.of("2024-06-12 開店前から客が並ぶ"), labels("12日の開店前から客が並んだ。"));
        assertEquals(List.of("2024-06-12 会議前から反対意見が相次ぐ"), labels("12日の会議前から反対意見が相次いだ。"));
    }

    @Test
    void aDeedDoneBeforeTheDatesHappeningIsNoWait() {
        // 前に, not 前から: the deed was done on another day than the match's (decision 0037's addendum of 2026-12-13)
        assertEquals(List.of("2024-06-15 開幕戦前"), labels("15日の開幕戦前に監督を交代させた。"));
    }

    @Test
    void aDeedThatCouldBeDoneIsNoThingFormed() {
        // 予約ができた: a sahen noun's できる says a deed could be done, nothing was formed
        assertEquals(List.of("2024-06-12 窓口"), labels("12日から窓口で予約ができた。"));
    }
}
