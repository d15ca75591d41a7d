package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date that names the sentence's topic through の and a comma (2月15日の蔵開きには、) dates the main clause, not a
 * verb describing a noun after the comma (1万人を超える人が訪れた: past); a deed asked whether it will be done
 * (19日までに控訴するかどうか検討している) is of a time to come. Decision 0003's addendum of session 36; on texts
 * written for this test.
 */
class TopicsAndQuestionsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document date | text | the mention | its value
        "2025-04-02|2月15日の蔵開きには、1万人を超える人が訪れた。|2月15日|2025-02-15",
        "2025-05-02|4月1日の入社式には、300人を超える新入社員が出席した。|4月1日|2025-04-01",
        "2025-05-02|3月9日のマラソン大会は、2万人を超えるランナーが走った。|3月9日|2025-03-09",
        // near misses: the topic's own clause to come, a date of a noun with no comma after its topic, a plan
        "2025-04-02|2月15日の蔵開きには、1万人を超える人が訪れる見込みだ。|2月15日|2026-02-15",
        "2025-04-02|5月15日の会合で決める方針だ。|5月15日|2025-05-15",
        "2025-04-02|5月15日の式典に向けて、準備を進める。|5月15日|2025-05-15",
        // a verb to come passed over in the topic's clause leaves the main clause's past no say: the nearest
        "2026-04-02|5日の決勝には、チケットを求めるファンが殺到した。|5日|2026-04-05",
        "2026-04-02|10日の初公判では、起訴内容を認める方針を弁護人が明らかにした。|10日|2026-04-10",
    })
    void datesTheMainClause(String document, String text, String expression, String value) {
        assertEquals(value, FoundMentions.valueOf(text, document, expression));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "2024-03-09|弁護側は期限の19日までに控訴するかどうか検討している。|19日|2024-03-19",
        "2024-03-09|組合は15日にストを行うか否か協議している。|15日|2024-03-15",
        "2024-03-09|球団は20日に契約するかどうかを話し合っている。|20日|2024-03-20",
        // near misses: whether it was done is of the past, and a day told as done before the question
        "2024-03-09|市は5日に通知を送ったかどうか調べている。|5日|2024-03-05",
        "2026-03-20|弁護側は2日、控訴するかどうか検討していると明らかにした。|2日|2026-03-02",
        "2026-03-20|首相は2日、続投するか否かを明らかにしなかった。|2日|2026-03-02",
        "2026-03-20|知事は2日の会見で、出馬するかどうかについて明言を避けた。|2日|2026-03-02",
    })
    void aQuestionOfWhetherIsOfATimeToCome(String document, String text, String expression, String value) {
        assertEquals(value, FoundMentions.valueOf(text, document, expression));
    }
}
