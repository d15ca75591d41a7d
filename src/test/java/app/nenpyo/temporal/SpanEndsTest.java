package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ends of spans: a range of years whose end has two digits (2015年から19年まで), a start and a
 * length of years, months, weeks or days (2025年度から3年間, 18日から2日間), the morning after (同日夜から翌朝にかけて), two days
 * named as both (20、21両日). Each mention is exactly the characters it spans.
 */
class SpanEndsTest {
    private static final LocalDate DOC = LocalDate.of(2024, 9, 10);
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | the mention | its value on 2024-09-10
        "同社は2015年から19年までの間、検査データを改ざんしていた。|2015年から19年まで|2015-01-01/2019-12-31",
        "県は2008年から12年にかけて堤防を整備した。|2008年から12年にかけて|2008-01-01/2012-12-31",
        "政府は2025年度から3年間の予算を約2兆円とする。|2025年度|2025-04-01/2028-03-31",
        "市は2020年4月から2年間、市営バスの運賃を無料にした。|2020年4月|2020-04-01/2022-03-31",
        "同社は来月から6カ月間、新規の受注を止める。|来月|2024-10-01/2025-03-31",
        "夫妻は1990年から22年間、駅前で店を続けた。|1990年|1990-01-01/2011-12-31",
        "5日夕に異常はなく、同日夜から翌朝にかけて土砂が崩れた。|同日夜から翌朝にかけて|2024-09-05/2024-09-06",
        "住民は翌朝、避難所に移った。|翌朝|2024-09-11",
        "党は20、21両日に都内で大会を開く。|20、21両日|2024-09-20/2024-09-21",
        "党は20・21の両日に都内で大会を開く。|20・21の両日|2024-09-20/2024-09-21",
        "日銀は18日から2日間の日程で会合を開く予定だ。|18日|2024-09-18/2024-09-19",
        "博覧会は8月25日から17日間の会期を終えた。|8月25日|2024-08-25/2024-09-10",
        "外相は1日から2週間、欧州を歴訪した。|1日|2024-09-01/2024-09-14",
    })
    void readsTheEnd(String sentence, String expression, String value) {
        List<DateMention> found = finder.find(sentence, DOC);
        DateMention m = FoundMentions.named(found, expression);
        assertEquals(expression, m.span().of(sentence));
        assertEquals(value, m.formattedValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a count of years without 間 is no length of the span
        "同社は2015年から3年で黒字に転じた。|2015年|2015",
    })
    void leavesWhatIsNoEndAlone(String sentence, String expression, String value) {
        List<DateMention> found = finder.find(sentence, DOC);
        DateMention m = FoundMentions.named(found, expression);
        assertEquals(value, m.formattedValue());
    }

    /** Any day and any length of days after it: the span runs from that day for those days, its last one included. */
    @Property(tries = 200)
    void aLengthOfDaysSpansFromItsDay(@ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day,
                                      @ForAll @IntRange(min = 1, max = 60) int days) {
        LocalDate start = LocalDate.of(2024, month, day);
        String sentence = "大会は2024年" + month + "月" + day + "日から" + days + "日間の日程で開かれた。";

        DateMention m = finder.find(sentence, LocalDate.of(2024, 12, 31)).get(0);

        assertEquals("2024年" + month + "月" + day + "日", m.text());
        assertEquals(days == 1 ? start.toString() : start + "/" + start.plusDays(days - 1), m.formattedValue(), sentence);
    }
}
