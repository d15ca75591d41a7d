package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date an analyst types for an event: the grammar, or one Japanese expression read against the article's date. */
class TypedDateTest {
    private static final LocalDate JAN_11 = LocalDate.of(2022, 1, 11);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2022-01-28                 | 2022-01-28
            ' 2022-01-28 '             | 2022-01-28
            2022-01                    | 2022-01
            2022-W03                   | 2022-W03
            2022-01-10/2022-01-20      | 2022-01-10/2022-01-20
            2022-01-10/2022-01-10      | 2022-01-10
            2022-01-10T10:00           | 2022-01-10T10:00
            2022年1月28日              | 2022-01-28
            ２０２２年１月２８日        | 2022-01-28
            令和4年1月28日             | 2022-01-28
            1月下旬                    | 2022-01-21/2022-01-31
            1月28日                    | 2022-01-28
            28日                       | 2021-12-28
            先週                       | 2022-W01
            来月4日                    | 2022-02-04
            2日から10日まで            | 2022-01-02/2022-01-10
            昨年末                     | 2021-12-01/2021-12-31
            10日(月)                   | 2022-01-10
            2022年1月11日(火)          | 2022-01-11
            2022年1月12日(火)          | 2022-01-12
            """)
    void readsOneDateAsItWillBeKept(String typed, String kept) {
        assertEquals(Optional.of(TimeValue.parse(kept)), TypedDate.read(typed, JAN_11));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''
            '   '
            いつか
            28日と29日
            28日に
            10日から
            3日間
            2月30日
            2022-13-01
            5800人
            """)
    void readsNothingButOneWholeDate(String typed) {
        assertEquals(Optional.empty(), TypedDate.read(typed, JAN_11));
    }

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.oneOf(Arbitraries.of("2022-01-10/2022-01-10", "2022-01-01/2022-01-31", "2022-01-03/2022-01-09", "2022-W53"),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789０１２３４５６７８９年月日旬末初週から-/W:T 今昨来先同").ofMaxLength(20));
    }

    /** Whatever is typed, no exception, and what is read is the value its text form reads back as: what is kept is what was shown. */
    @Property(tries = 1500)
    void neverThrowsAndReadsAsItWillBeKept(@ForAll("typed") String typed) {
        TypedDate.read(typed, JAN_11).ifPresent(v -> assertEquals(v, TimeValue.parse(v.format()), typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2022-01-20/2022-01-10      | 2022-01-10/2022-01-20
            ' 2022-01-20 / 2022-01-19 '| 2022-01-19/2022-01-20
            2022-01-10/2022-01-20      | none
            2022-01-10/2022-01-10      | none
            2022-02/2022-01            | none
            2022-01-20/いつか          | none
            2022-01-20                 | none
            """)
    void aRangeOfTwoDaysTheWrongWayRoundIsToldApart(String typed, String rightWayRound) {
        assertEquals(rightWayRound.equals("none") ? Optional.empty() : Optional.of(TimeValue.parse(rightWayRound)), TypedDate.reversed(typed));
        if (!rightWayRound.equals("none")) {
            assertEquals(Optional.empty(), TypedDate.read(typed, JAN_11), "and is no date");
        }
    }
}
