package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.EventCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Categories of the happenings Japanese news reports most, on sentences written for this test.
 * A review of 112 news-style articles (2026-11-27) found these read as "other": the words of
 * courts after an arrest, weather warnings, market figures, election notices and launches.
 */
class CategoryTest {

    private static final LocalDate DATE = LocalDate.of(2023, 3, 15);

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
        "県警は14日、男を殺人の疑いで送検した。|LEGAL",
        "東京地裁で13日、元理事の初公判が開かれた。|LEGAL",
        "最高裁は10日、被告の上告を棄却した。|LEGAL",
        "地検は9日、容疑者の鑑定留置を始めた。|LEGAL",
        "北朝鮮は12日、弾道ミサイル2発を日本海に向けて発射した。|MILITARY",
        "気象庁は11日、北海道に大雪警報を出した。|DISASTER",
        "12日は東北地方を中心に大雨となった。|DISASTER",
        "統一地方選が9日に告示され、知事選の選挙戦が始まった。|ELECTION",
        "参院選は10日に公示された。|ELECTION",
        "日銀は10日、利上げを決めた。|ECONOMY",
        "13日の円相場は1ドル=135円台で推移した。|ECONOMY",
        "内閣府は8日、10～12月期のGDPを発表した。|ANNOUNCEMENT",
        "同社は10日、通期の業績予想を下方修正した。|ECONOMY",
        "トヨタ自動車の2月の売上高は前年を上回った。|ECONOMY",
        "党は10日、中央委員会総会を開いた。|MEETING",
    })
    void theHappeningsNewsReportsMost(String sentence, EventCategory expected) {
        List<Report> reports = Articles.reports(sentence, DATE);
        assertEquals(expected, reports.get(0).category(), sentence + " → " + reports);
    }
}
