package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * N時間後, N時間半前, N分後 after a time of day told in the same paragraph are a time of day,
 * counted from it; with none told before them in the paragraph, a day told since without a time,
 * or something named right before them that they count from (試合終了5分前), they still say how long.
 */
class HoursAfterTest {
    private static final LocalDate DOC = LocalDate.of(2023, 2, 6);
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
        // text | expression | where it starts | value
        "5日午後9時ごろ、倉庫から出火した。火は約3時間後に消し止められた。|3時間後|21|2023-02-06T00:00",
        "6日午前10時に会談が始まった。会談は1時間半後に終わった。|1時間半後|19|2023-02-06T11:30",
        "午後2時すぎに地震が起きた。その30分後、津波注意報が出た。|その30分後|14|2023-02-06T14:30",
        "首相は6日正午に官邸に入った。首相はその2時間前、閣僚と会った。|その2時間前|18|2023-02-06T10:00",
    })
    void countedFromTheTimeToldBefore(String text, String expression, int start, String value) {
        DateMention m = FoundMentions.named(finder.find(text, DOC), expression);
        assertEquals(start, m.span().start());
        assertEquals(expression, m.span().of(text));
        assertEquals(value, m.formattedValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "男性は発生から2時間後に救助された。|2時間",
        "6日午前10時に会談が始まった。¶会談は1時間後に終わった。|1時間後",
        "復旧には3時間かかった。|3時間",
        "作業は1時間半で終わった。|1時間",
        "午後7時に試合が始まった。試合終了5分前に追いついた。|",
        "午後7時に試合が始まった。開始の1時間後に雨が降った。|1時間",
        "6日午前10時に会談が始まった。7日に再開され、その2時間後に合意した。|その2時間後",
    })
    void withNoTimeToldInTheParagraphItIsHowLong(String written, String expression) {
        // ¶ marks a new paragraph
        String text = written.replace('¶', '\n');
        List<DateMention> found = finder.find(text, DOC);
        if (expression == null) {
            // 5分前 after 終了 is not even how long: no mention at all
            assertTrue(found.stream().noneMatch(d -> d.text().contains("分")), found.toString());
            return;
        }
        DateMention m = FoundMentions.named(found, expression);
        assertEquals(DateMention.Kind.DURATION, m.kind(), found.toString());
        assertTrue(m.value().isEmpty());
    }
}
