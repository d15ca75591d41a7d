package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The holidays the whole country names are periods of the year the sentence's tense chooses:
 * Golden Week 4月29日–5月5日 with the weekends and days in lieu that join it (GoldenWeekTest), お盆 8月13日–16日 (年末年始, 12月29日–1月3日, is older).
 */
class NamedHolidaysTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // document | sentence | expression | where it starts | value
        "2023-05-09|外相は大型連休中、中東の3カ国を歴訪した。|大型連休中|3|2023-04-29/2023-05-07",
        "2023-03-20|首相は大型連休中にインドを訪れる方向で調整している。|大型連休中|3|2023-04-29/2023-05-07",
        "2023-01-12|同社はゴールデンウィークに新工場を稼働させる計画だ。|ゴールデンウィーク|3|2023-04-29/2023-05-07",
        "2023-06-02|行楽地はGW期間中、大勢の人でにぎわった。|GW期間中|4|2023-04-29/2023-05-07",
        "2023-04-10|昨年のGWは雨が多かった。|昨年のGW|0|2022-04-29/2022-05-05",
        "2023-07-28|高速道路はお盆休みに渋滞が予想される。|お盆休み|5|2023-08-13/2023-08-16",
        "2023-09-04|帰省客はお盆に各地の空港を利用した。|お盆|4|2023-08-13/2023-08-16",
        "2023-02-01|2024年のお盆には新駅が開業する。|2024年のお盆|0|2024-08-13/2024-08-16",
        "2023-12-20|県は盆休み中の事故を集計した。|盆休み中|2|2023-08-13/2023-08-16",
        "2023-12-20|鉄道各社は年末年始に臨時列車を運行する。|年末年始|5|2023-12-29/2024-01-03",
    })
    void aNamedHolidayIsItsDaysInTheYearTheTenseChooses(LocalDate document, String sentence, String expression, int start,
                                                        String value) {
        List<DateMention> found = finder.find(sentence, document);
        assertEquals(1, found.size(), found.toString());
        DateMention m = found.get(0);
        assertEquals(expression, m.text());
        assertEquals(start, m.span().start());
        assertEquals(expression, m.span().of(sentence));
        assertEquals(value, m.formattedValue());
        assertEquals(Granularity.PART_OF_YEAR, m.value().orElseThrow().granularity());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "2023-05-09|大型連休明けの株式市場は反落した。",
        "2023-05-09|大型連休最終日の人出は多かった。",
        "2023-04-20|GW前に新型車を発表した。",
        "2023-08-20|お盆過ぎには暑さが和らいだ。",
        "2023-05-09|出力100GWの計画を発表した。",
        "2023-05-09|年間の発電量は5GWhだった。",
        "2023-03-05|年末年始の大型連休は9日間だった。",
        "2023-06-20|夏の大型連休に家族で旅行する。",
        "2023-12-28|大型連休中の帰省は控えるよう呼びかけた。",
        "2023-08-20|盆地の気温は40度に達した。",
        "2023-08-20|盆踊り大会が開かれた。",
    })
    void notTheHolidayItself(LocalDate document, String sentence) {
        List<DateMention> found = finder.find(sentence, document);
        assertTrue(found.stream().noneMatch(m -> m.value().map(v -> v.granularity() == Granularity.PART_OF_YEAR
                && !m.text().startsWith("年末年始")).orElse(false)), found.toString());
        assertTrue(found.stream().noneMatch(m -> m.text().contains("GW") || m.text().contains("盆") || m.text().contains("大型連休")),
                found.toString());
    }
}
