package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Labels that said a noun alone where the clause says what became of it (the review's B11, B21 figures),
 * or left out what a noun is aimed at, done with or comes from (A38 物価高への緊急対策): on sentences of news style the review never saw.
 */
class DatedNounLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2023, 6, 20);

    private static String labelAt(String text, String expression) {
        return Articles.reports(text, DAY).stream().filter(r -> r.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + Articles.reports(text, DAY).stream()
                        .map(r -> r.source().expressionText() + " " + r.label()).toList())).label();
    }

    @Test
    void theNounADateNamesIsTheSubjectOfWhatTheTopicReports() {
        assertEquals("景気動向指数が前月比で低下", labelAt("内閣府は8日、4月の景気動向指数が前月比で低下したと発表した。\n", "4月"));
        assertEquals("完全失業率が2.6%に改善", labelAt("総務省は30日、5月の完全失業率が2.6%に改善したと発表した。\n", "5月"));
    }

    @Test
    void aPredicateAfterAQuoteIsTheTopicsNotTheNouns() {
        assertEquals("電力需給", labelAt("政府は今年の夏の電力需給が厳しくなるとして、節電を要請した。\n", "今年の夏"),
                "要請 is the government's: the noun alone rather than 電力需給が節電を要請");
    }

    @Test
    void whatANounIsAimedAtDoneWithOrComesFromIsPartOfIt() {
        assertEquals("政府が物価高への追加対策を決定", labelAt("政府は12日、物価高への追加対策を決めた。\n", "12日"));
        assertEquals("外相がインドとの協議を開催", labelAt("外相は20日、インドとの協議を開いた。\n", "20日"));
        assertEquals("市が住民からの苦情を公表", labelAt("市は3日、住民からの苦情を公表した。\n", "3日"));
    }

    @Test
    void aCountryBeforeTheNounADatedClauseModifiesSaysWhereNotWhat() {
        assertEquals("フランスの大統領選挙が実施",
                labelAt("3日に行われたフランスの大統領選挙では、現職が再選を確実にした。\n", "3日"));
        assertEquals("中国の全国人民代表大会が開催",
                labelAt("8日に開かれた中国の全国人民代表大会で、国家主席が演説した。\n", "8日"));
        assertEquals("日銀副総裁が退任", labelAt("今年度末に退任する日銀副総裁の後任人事は、国会の同意が必要だ。\n", "今年度末"),
                "a noun that is no place stays the one the deed is of");
    }
}
