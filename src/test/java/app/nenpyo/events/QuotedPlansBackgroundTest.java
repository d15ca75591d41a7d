package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A time still to come in someone's quoted words (「来年度中に新工場を動かしたい」と述べた) is what the speaker
 * hopes or means to do, background ({@link QuotedPlans}); a named day they announce, a past time they recall and
 * a plan told outside brackets are not this rule's (decision 0005's addendum of session 29). On sentences written
 * for this test.
 */
class QuotedPlansBackgroundTest {
    private static final LocalDate DATE = LocalDate.of(2025, 10, 16);

    @ParameterizedTest(name = "{1} in {0}: background \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "北斗化成の森下社長は記者会見で「来年度には新工場を動かしたい」と述べた。|来年度|time still to come in quoted words",
        "組合長は「海水温が下がる11月上旬までは出荷できない」と話した。|11月上旬|time still to come in quoted words",
        "知事は「12月20日の開通式までに舗装を終えたい」と語った。|12月20日|time still to come in quoted words",
        "監督は「来月には主力が戻ってくるだろう」と見通しを語った。|来月|time still to come in quoted words",
        // a named day the speaker announces: a schedule, as 20日に訪れる予定だ is
        "市長は「20日に被災地を訪れる」と述べた。|20日|",
        // over by the article's day: a happening recalled in the speaker's words
        "社長は「8月に工場で火災が起き、迷惑をかけた」と述べた。|8月|",
        // not in brackets: the plan rules decide
        "社長は、来年度に新工場を動かすと述べた。|来年度|",
    })
    void aTimeToComeInQuotedWordsIsBackground(String sentence, String expression, String reason) {
        assertEquals(reason == null ? "" : reason, Articles.backgroundOf(sentence, expression, DATE),
                () -> Articles.reports(sentence, DATE).toString());
    }
}
