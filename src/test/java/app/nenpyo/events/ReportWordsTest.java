package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A report keeps each content word once, in the order first read, however long its clause. */
class ReportWordsTest {

    @Test
    void aWordReadTwiceIsKeptWhereItWasFirstRead() {
        List<String> shortClause = List.of("外相", "会談", "外相", "行う");
        List<String> longClause = List.of("政府", "与党", "国会", "法案", "提出", "審議", "成立", "目指す", "政府", "野党", "反発", "国会");

        assertEquals(List.of("外相", "会談", "行う"), reportWith(shortClause).contentWords());
        assertEquals(List.of("政府", "与党", "国会", "法案", "提出", "審議", "成立", "目指す", "野党", "反発"),
                reportWith(longClause).contentWords());
    }

    /** Few characters, so that most lists repeat words, short ones and long ones. */
    @Property
    void theWordsAreTheFirstOfEachInOrder(@ForAll @Size(max = 40) List<@StringLength(min = 1, max = 2)
            @Chars({'国', '会', '外', '相', '行', '法', '案', '審', '議'}) String> words) {
        List<String> firsts = new ArrayList<>();
        for (String w : words) {
            if (!firsts.contains(w)) {
                firsts.add(w);
            }
        }

        assertEquals(firsts, reportWith(words).contentWords());
    }

    private static Report reportWith(List<String> words) {
        return new Report(new EventSource("k", OptionalLong.empty(), "ev-1", 1, new TextSpan(0, 20), new TextSpan(0, 20),
                new TextSpan(0, 3), "10日", ""), TimeValue.day(LocalDate.of(2022, 1, 10)), "会談", EventCategory.MEETING,
                List.of(), Optional.empty(), Optional.empty(), List.of(), words, "");
    }
}
