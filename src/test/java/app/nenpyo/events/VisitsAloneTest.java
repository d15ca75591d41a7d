package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.EventCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A visit alone is other, as the writers of sets four to fifteen keyed every one (decision 0029's addendum of session
 * 39): an arrival, a trip abroad, a tour of a site; the talks named with it are a meeting. Sentences written for this
 * test.
 */
class VisitsAloneTest {

    private static final LocalDate DATE = LocalDate.of(2024, 6, 20);

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
        "ドイツの首相が8日に来日した。|OTHER",
        "外相は10日、インドを訪問した。|OTHER",
        "首相は来月3日に訪米する。|OTHER",
        "知事は12日、完成した新しい港を視察に訪れた。|OTHER",
        "天皇、皇后両陛下は6日、英国を訪れた。|OTHER",
        // near misses: the talks named with the visit, a visit asked for in talks, tourists counted
        "外相は10日、インドを訪問し、同国の外相と会談した。|MEETING",
        "首相は12日、訪問先のパリで大統領と会談した。|MEETING",
        "来日したドイツの首相は9日、首相官邸で首相と会談した。|MEETING",
        "5月の訪日客は300万人を超えた。|OTHER",
    })
    void aVisitAloneIsOther(String sentence, EventCategory expected) {
        List<Report> reports = Articles.reports(sentence, DATE);
        assertEquals(expected, reports.get(0).category(), sentence + " → " + reports);
    }
}
