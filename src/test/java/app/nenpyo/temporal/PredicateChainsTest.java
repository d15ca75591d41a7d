package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A verb's continuative form (開き、, 行い、, 開いて、) has no tense of its own: the last predicate
 * of its chain gives the tense of the date before it; a clause closed by its own tense (開いた。,
 * 開いたが、) or one after which a time of its own is told (その後, 来月にも) keeps its own.
 */
class PredicateChainsTest {
    private static final LocalDate DOC = LocalDate.of(2022, 1, 11);
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | the date | where it starts | its value on 2022-01-11
        "大阪地裁は25日に初公判を開き、被告人質問を行う。|25日|5|2022-01-25",
        "大阪地裁は25日に初公判を開いて、被告人質問を行う。|25日|5|2022-01-25",
        "市議会は27日に臨時会を招集し、補正予算案を審議する。|27日|4|2022-01-27",
        "両社は24日に取締役会を開き、合併契約を結ぶ。|24日|3|2022-01-24",
        "組合は26日に集会を開き、賃上げを求め、経営側と交渉する。|26日|3|2022-01-26",
        "大阪地裁は25日に初公判を開き、被告人質問を行った。|25日|5|2021-12-25",
        "大阪地裁は25日に初公判を開いた。|25日|5|2021-12-25",
        "大阪地裁は25日に初公判を開いたが、来月に判決を言い渡す。|25日|5|2021-12-25",
        "協議は24日に始まり、その後ジュネーブで行う。|24日|3|2021-12-24",
        "両国は24日に協議を始め、来月にも合意を結ぶ。|24日|3|2021-12-24",
    })
    void theLastPredicateOfTheChainGivesTheTense(String sentence, String expression, int start, String value) {
        List<DateMention> found = finder.find(sentence, DOC);
        DateMention m = FoundMentions.named(found, expression);
        assertEquals(start, m.span().start());
        assertEquals(expression, m.span().of(sentence));
        assertEquals(value, m.formattedValue());
    }
}
