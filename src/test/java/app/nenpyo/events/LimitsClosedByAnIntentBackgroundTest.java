package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 41: a time limit still to come written with 中 or 内 and に, its deed closed by a noun of intent (方針だ, 予定だ,
 * 計画です, 考えだ, 予定だそうだ) rather than by a verb, is a deadline as {@link DeadlinesToCome} read the verb's (the
 * writers of sets four to seventeen keep both off the timeline, set three's 年内に…まとめる方針だ too); a forecast, a plan
 * told as it was, a limit with にも, a day in the sentence, an intent stated and までに stay as they were. On sentences
 * written for this test, from local government, courts, business, sport, unions and building.
 */
class LimitsClosedByAnIntentBackgroundTest {

    /** A Wednesday in June 2023. */
    private static final LocalDate DATE = LocalDate.of(2023, 6, 14);

    private static final String LIMIT = DeadlinesToCome.REASON;

    @ParameterizedTest(name = "{1} in {0}: background \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        // a limit closed by an intent, the month begun or to come, a year, a week; passed on as heard too
        "市は今月中に住民説明会を開く方針だ。|今月中|" + LIMIT,
        "建物は来月中に取り壊される予定だ。|来月中|" + LIMIT,
        "同社は8月中に新型車の受注を始める計画です。|8月中|" + LIMIT,
        "審理は年内に計10回開かれる予定だという。|年内|" + LIMIT,
        "選手団は今月中には現地に向かう予定だそうだ。|今月中|" + LIMIT,
        "組合は今週中に回答を示す考えだ。|今週|" + LIMIT,
        "町は今月中に検討を始めたい考えだ。|今月中|" + LIMIT,
        // not: a forecast (what is expected, not promised), a plan told as it was, a time over
        "新しい橋は来月中に開通する見通しだ。|来月中|''",
        "法案は来週中に衆院で可決される見通しだ。|来週|''",
        "市は今月中に説明会を開く予定だった。|今月中|''",
        "町は先月中に新庁舎を完成させる計画だった。|先月中|''",
        // not: にも (the writers split), a day in the sentence (its meeting is the news), a limit before の, an intent
        // stated (the day it was said), a deed told as done or reported as done, までに closed by an intent
        "市は今月中にも説明会を開く方針だ。|今月中|''",
        "委員会は20日に会合を開き、今月中に報告書をまとめる方針だ。|今月中|''",
        "市は今月中の完成を目指す方針だ。|今月中|''",
        "知事は今月中に結論を出す方針を示した。|今月中|''",
        "市は今月中に説明会を開いた。|今月中|''",
        "協会は今月中に処分を決めたという。|今月中|''",
        "同社は買収を来年1月末までに完了する計画だ。|来年1月末|''",
        // session 42 (review rvB), near misses that reach the limit's に: との考え, という考え is a view, not an intent (an
        // intent after たい); にでも is にも's rough kin
        "専門家は、結論は今月中に出るとの考えだ。|今月中|''",
        "与党は、法案は来週中に衆院で可決されるとの考えだ。|来週|''",
        "専門家は、梅雨明けは今月中になるという考えだ。|今月中|''",
        "町は今月中に検討を始めたいとの考えだ。|今月中|" + LIMIT,
        "市は今月中にでも説明会を開く方針だ。|今月中|''",
        "市は今月中にでも説明会を開く。|今月中|''",
    })
    void aLimitClosedByAnIntentIsADeadline(String sentence, String expression, String reason) {
        assertEquals(reason, Articles.backgroundOf(sentence, expression, DATE),
                () -> Articles.reports(sentence, DATE).toString());
    }

    /** A Wednesday in December 2023: the year's last days. */
    private static final LocalDate DECEMBER = LocalDate.of(2023, 12, 20);

    /**
     * Session 42 (review rvB, finding 3): the deed right after the limit told as done (ており, た before the comma), or a
     * later clause's plan for another time (来年, 来月) after it, leaves the limit dating what was done, on the timeline; a
     * deed still to come in the limit's own clause (離れ、, 決め、) stays a deadline, whatever time a later clause names.
     */
    @ParameterizedTest(name = "{1} in {0}: background \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "同社は年内に全店で値上げを終えており、来年は価格を据え置く方針だ。|年内|''",
        "同社は今月中に2回値上げしており、来月も値上げする方針だ。|今月中|''",
        "同社は今月中に2回値上げしており、来月も値上げする。|今月中|''",
        "同社は年内に全店で値上げを終えており、価格を据え置く方針だ。|年内|''",
        "今年中に完成した新庁舎は、来月から使われる予定だ。|今年|''",
        // still deadlines: the deed to come in the limit's clause, then another of the same time, or one deed
        "同社は年内に全店で値上げを終え、価格を据え置く方針だ。|年内|" + LIMIT,
        "建物は今月中に取り壊され、跡地には駐車場ができる予定だ。|今月中|" + LIMIT,
        "市は年内に説明会を開く方針だ。|年内|" + LIMIT,
        "探査機は年内に小惑星を離れ、来年末に地球に戻る。|年内|" + LIMIT,
        "同社は年内に新たな値上げを決め、来年は価格を据え置く方針だ。|年内|" + LIMIT,
    })
    void aDeedDoneInTheLimitIsNoDeadline(String sentence, String expression, String reason) {
        assertEquals(reason, Articles.backgroundOf(sentence, expression, DECEMBER),
                () -> Articles.reports(sentence, DECEMBER).toString());
    }
}
