package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.EventCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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
        // read again (session 39, rvC): visits a meeting word had made meetings; talks named in ordinary words
        "外相は4日から訪中する。|OTHER",
        "首相は15日、欧州外遊に出発した。|OTHER",
        "外相は9日、ソウルを訪問し、韓国の外相と話し合った。|MEETING",
        "首相は5日、訪米し、大統領と貿易を巡って話し合った。|MEETING",
    })
    void aVisitAloneIsOther(String sentence, EventCategory expected) {
        List<Report> reports = Articles.reports(sentence, DATE);
        assertEquals(expected, reports.get(0).category(), sentence + " → " + reports);
    }

    /**
     * A visit is no meeting whose words the next sentence's quotation tells ({@link DayOfTheSentenceBefore}): the words
     * said after an arrival are a statement of their own.
     */
    @Test
    void wordsAfterAnArrivalAreAStatementOfTheirOwn() {
        String text = "イタリアの首相が19日に来日した。首相は「両国の友好を深めたい」と述べた。";
        List<Report> reports = Articles.reports(text, DATE);
        assertEquals(List.of(EventCategory.OTHER, EventCategory.STATEMENT),
                reports.stream().map(Report::category).toList(), text + " → " + reports);
    }
}
