package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words of a day news uses: the dawn (24日早朝, 未明 alone), the day of the deed told (即日), the
 * morning (正午前), a dateline's time after a space, a day after the count that says which (2日後の14日);
 * and what looks like a day but counts (1日の降水量, 2日延期) or an hour kept every day (午後9時までの営業).
 * Each mention is exactly the characters it spans.
 */
class WordsOfTheDayTest {
    private static final LocalDate DOC = LocalDate.of(2023, 10, 12);
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | the mention | its value on 2023-10-12
        "県警は11日早朝、容疑者の自宅を捜索した。|11日早朝|2023-10-11",
        "現地では10日早朝（日本時間同日正午前）、停戦が発効した。|日本時間同日正午前|2023-10-10",
        "駅前には未明から長い列ができた。|未明|2023-10-12",
        "法案は11日の本会議に提出され、即日可決された。|即日|2023-10-11",
        "2023年10月12日 06時30分\\n本文|2023年10月12日 06時30分|2023-10-12T06:30",
        "2023年10月12日 18:05\\n本文|2023年10月12日 18:05|2023-10-12T18:05",
        "2023年10月12日　午後3時\\n本文|2023年10月12日　午後3時|2023-10-12T15:00",
        "首相は2日後の14日、訪米する。|14日|2023-10-14",
        "男は9日に逮捕され、その2日後の11日に送検された。|11日|2023-10-11",
        // a service stopped or taken up once is a moment of the story, not hours kept
        "東海道新幹線は午後8時から運転を再開した。|午後8時|2023-10-12T20:00",
        "JRは午前6時まで運転を見合わせた。|午前6時|2023-10-12T06:00",
        "市は午前10時から相談の受付を始めた。|午前10時|2023-10-12T10:00",
        "バスは午後3時以降の運行を取りやめた。|午後3時|2023-10-12T15:00",
    })
    void readsTheDay(String sentence, String expression, String value) {
        String text = sentence.replace("\\n", "\n");
        List<DateMention> found = finder.find(text, DOC);
        DateMention m = FoundMentions.named(found, expression);
        assertEquals(expression, m.span().of(text));
        assertEquals(value, m.formattedValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | what is no date
        "1日の降水量が200ミリを超える所がある。|1日",
        "1日の雨量は統計を取り始めてから最も多かった。|1日",
        "打ち上げは機体の点検のため2日延期された。|2日",
        "決勝は雨で1日順延となった。|1日",
        "県は飲食店に午後9時までの営業を求めた。|午後9時",
        "市は午後10時以降の外出を控えるよう呼びかけた。|午後10時",
        "図書館は午前9時から開館する。|午前9時",
        "県は午後8時までの酒類の提供を認めた。|午後8時",
        "店は午前10時から開店している。|午前10時",
        "首相は2日後の14日、訪米する。|2日後",
    })
    void readsNoDate(String sentence, String notADate) {
        List<DateMention> found = finder.find(sentence, DOC);
        assertTrue(found.stream().noneMatch(m -> m.text().startsWith(notADate) && m.value().isPresent()), found::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the day itself stays one
        "2日の降水量は100ミリだった。|2日|2023-10-02",
        "大会は15日に延期される見通しだ。|15日|2023-10-15",
    })
    void keepsTheDay(String sentence, String expression, String value) {
        List<DateMention> found = finder.find(sentence, DOC);
        DateMention m = FoundMentions.named(found, expression);
        assertEquals(value, m.formattedValue());
    }

    /** Any number of days a happening is moved by is a length, never the day of that number. */
    @Property(tries = 100)
    void daysMovedByAreALength(@ForAll @IntRange(min = 1, max = 31) int days) {
        String sentence = "試合は悪天候のため" + days + "日延期された。";
        assertTrue(finder.find(sentence, DOC).stream().allMatch(m -> m.value().isEmpty()), sentence);
    }
}
