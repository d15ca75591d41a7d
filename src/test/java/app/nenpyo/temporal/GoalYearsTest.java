package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A year of two digits without a month is a year of the calendar where news sets a goal for it
 * (50年の排出実質ゼロ, 35年までに, 30年目標), read ahead of the document's year, or names a happening
 * of it (37年の開業, 97年の開業), read as near as any; anywhere else N年 counts years
 * (創立50年, 50年の歴史, 50年間, 50年ぶり, 50年前), and a year something is counted from is no date
 * (89年の導入以来: a second reader saw 2089).
 */
class GoalYearsTest {
    private static final LocalDate DOC = LocalDate.of(2022, 12, 17);
    private final DateFinder finder = new DateFinder();

    private static DateMention only(List<DateMention> found) {
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "環境省は60年の脱炭素社会の実現に向けた工程表をまとめた。|60年|4|2060",
        "同社は35年までにガソリン車の販売をやめる。|35年|3|2035",
        "市は40年目標を前倒しする。|40年|2|2040",
        "リニア中央新幹線は37年の全線開業を目指している。|37年|9|2037",
        "長野新幹線は97年の開業で首都圏と結ばれた。|97年|6|1997",
        "同社は05年の株式上場達成を祝った。|05年|3|2005",
        "県は45年の二酸化炭素排出実質ゼロを掲げた。|45年|2|2045",
        "国は30年の温室効果ガス削減目標を見直す。|30年|2|2030",
    })
    void aGoalsOrAHappeningsYearIsACalendarYear(String sentence, String expression, int start, String value) {
        DateMention m = only(finder.find(sentence, DOC));
        assertEquals(expression, m.text());
        assertEquals(start, m.span().start());
        assertEquals(start + expression.length(), m.span().end());
        assertEquals(expression, m.span().of(sentence));
        assertEquals(value, m.formattedValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "同社は創立50年の記念式典を開いた。",
        "この町は50年の歴史を持つ。",
        "制度は30年の節目を迎えた。",
        "今後30年の脱炭素の実現には課題が多い。",
        "この50年の目標達成率は低かった。",
        "過去20年の排出実質ゼロの試みは失敗した。",
        "創業50年までに上場を目指す。",
        "消費税は89年の導入以来、3回引き上げられた。",
        "同線は97年の開業後、利用者が倍増した。",
        "92年の制度導入当時、対象は3業種だった。",
    })
    void aCountOfYearsIsNoYearEvenNearAGoal(String sentence) {
        List<DateMention> dated = finder.find(sentence, DOC).stream().filter(m -> m.value().isPresent()).toList();
        assertTrue(dated.isEmpty(), dated.toString());
    }

    /** Whatever goal follows, a number of years after a word that counts them, or before 間, ぶり or 目, is no year. */
    @Property(tries = 300)
    void aCountOfYearsStaysACount(@ForAll @IntRange(min = 10, max = 99) int years, @ForAll("counters") String counter,
                                  @ForAll("goals") String goal) {
        String sentence = counter.replace("N", Integer.toString(years)) + goal + "を目指す。";
        for (DateMention m : finder.find(sentence, DOC)) {
            assertTrue(m.value().isEmpty() || !m.text().startsWith(Integer.toString(years)), sentence + " → " + m);
        }
    }

    /**
     * Before a happening of a year (開業, 導入, 実現…), planned or done, any two digits are that year,
     * the nearest to the document's as any year of two digits: from 79 years before it to 20 after.
     */
    @Property(tries = 200)
    void aHappeningsTwoDigitsAreTheNearestYear(@ForAll @IntRange(min = 10, max = 99) int yy, @ForAll("happenings") String happening,
                                               @ForAll @IntRange(min = 2000, max = 2080) int documentYear) {
        String sentence = "政府は" + yy + "年の" + happening + "を決めた。";
        DateMention m = only(finder.find(sentence, LocalDate.of(documentYear, 6, 1)));
        int year = Integer.parseInt(m.formattedValue());
        assertEquals(yy, year % 100);
        assertTrue(year >= documentYear - 79 && year <= documentYear + 20, sentence + " in " + documentYear + " → " + year);
    }

    /** Before a goal, any two digits are the year of that goal from 20 years before the document's to 79 after. */
    @Property(tries = 300)
    void aGoalsTwoDigitsAreItsYear(@ForAll @IntRange(min = 10, max = 99) int yy, @ForAll("goals") String goal,
                                   @ForAll @IntRange(min = 2000, max = 2080) int documentYear) {
        String sentence = "政府は" + yy + "年の" + goal + "を掲げる。";
        DateMention m = only(finder.find(sentence, LocalDate.of(documentYear, 6, 1)));
        int year = Integer.parseInt(m.formattedValue());
        assertEquals(yy, year % 100);
        assertTrue(year >= documentYear - 20 && year <= documentYear + 79, sentence + " in " + documentYear + " → " + year);
        assertEquals(3, m.span().start());
        assertEquals(yy + "年", m.text());
    }

    @Provide
    Arbitrary<String> goals() {
        return Arbitraries.of("排出実質ゼロ", "温室効果ガス排出実質ゼロ", "カーボンニュートラル", "脱炭素", "目標達成", "石炭火力全廃",
                "完全移行");
    }

    @Provide
    Arbitrary<String> happenings() {
        return Arbitraries.of("新駅開業", "全面導入", "制度廃止", "新庁舎完成", "全線開通", "悲願実現");
    }

    @Provide
    Arbitrary<String> counters() {
        return Arbitraries.of("創立N年の", "戦後N年の", "設立N年の", "勤続N年の", "N年間の", "N年ぶりの", "今後N年の", "このN年の", "最長N年の", "築N年の", "懲役N年の", "約N年の", "過去N年の", "N年目の");
    }
}
