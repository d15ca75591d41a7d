package app.nenpyo.temporal;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TimeValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Robustness: any input, never an exception; spans fit the text; same input, same output. */
class FinderPropertiesTest {
    private final DateFinder finder = new DateFinder();

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> dateish = Arbitraries.strings()
                .withChars("0123456789０１２３４５６７８９一二三四五六七八九十百千〇元年月日時分半週度期旬末初頃〜～~-/.:()（）から以降まで今昨来先翌同前令和平成昭第四春夏秋冬午前後夜朝未明曜火水木金土、。\n ")
                .ofMaxLength(120);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40)
                .map(d -> d + "日" + d + "月" + d + "年" + d + "時");
        Arbitrary<String> astral = Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(10)
                .map(s -> "😀" + s + "10日");
        return Arbitraries.oneOf(unicode, dateish, digits, astral);
    }

    @Provide
    Arbitrary<LocalDate> anyDay() {
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 1500)
    void neverThrowsAndSpansMapToTheirText(@ForAll("anyText") String text, @ForAll("anyDay") LocalDate doc) {
        List<DateMention> found = finder.find(text, doc);
        int last = -1;
        for (DateMention m : found) {
            assertTrue(m.span().start() >= last, "ordered, no overlap");
            assertTrue(m.span().end() <= text.length());
            assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
            assertTrue(m.span().length() > 0);
            last = m.span().end();
            m.value().ifPresent(v -> assertEquals(v.format(), TimeValue.parse(v.format()).format()));
        }
        assertEquals(found, finder.find(text, doc));
    }

    @Provide
    Arbitrary<LocalDate> anyAnchor() {
        Arbitrary<LocalDate> edges = Arbitraries.of(LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 3), LocalDate.of(1, 12, 31),
                LocalDate.of(9999, 1, 1), LocalDate.of(9999, 12, 28), LocalDate.of(9999, 12, 31));
        Arbitrary<LocalDate> any = Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Arbitraries.frequencyOf(Tuple.of(3, edges), Tuple.of(1, any));
    }

    /** 来年 against 9999-12-31 or 一昨年 against 0001-01-01 would leave the grammar's four-digit years: unresolved instead. */
    @Property(tries = 600)
    void everyAnchorACommandAcceptsGivesValuesInTheGrammar(@ForAll("anyText") String text, @ForAll("anyAnchor") LocalDate anchor) {
        for (DateMention m : finder.find(text + "。来年、一昨年、3年前、来週、翌月、10日、先月末、来年度", anchor)) {
            m.value().ifPresent(v -> assertEquals(v.format(), TimeValue.parse(v.format()).format(), m.text() + " against " + anchor));
        }
    }

    @Property(tries = 300)
    void longDigitRunsAreHandled(@ForAll("digitRuns") String digits) {
        String text = digits + "日" + digits + "年" + digits + "月" + digits + "時" + digits + "/" + digits + "/" + digits;
        for (DateMention m : finder.find(text, LocalDate.of(2022, 1, 11))) {
            assertEquals(m.text(), m.span().of(text));
        }
    }

    @Provide
    Arbitrary<String> digitRuns() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(60);
    }

    @Provide
    Arbitrary<TimeValue> anyValue() {
        Arbitrary<LocalDate> day = anyDay();
        Arbitrary<LocalTime> time = Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
        Arbitrary<TimeValue> days = Combinators.combine(day, time.injectNull(0.5)).as(TimeValue::dayAt);
        Arbitrary<TimeValue> intervals = Combinators.combine(day, Arbitraries.integers().between(0, 800),
                time.injectNull(0.7), time.injectNull(0.7)).as((d, n, t1, t2) ->
                new TimeValue(d, d.plusDays(n), Granularity.RANGE, t1, t2, TimeValue.Openness.CLOSED));
        Arbitrary<TimeValue> months = day.map(d -> TimeValue.month(java.time.YearMonth.from(d)));
        Arbitrary<TimeValue> years = day.map(d -> TimeValue.year(d.getYear()));
        Arbitrary<TimeValue> weeks = day.map(TimeValue::isoWeekOf);
        return Arbitraries.oneOf(days, intervals, months, years, weeks);
    }

    @Property(tries = 1000)
    void timeValuesRoundTrip(@ForAll("anyValue") TimeValue v) {
        String text = v.format();
        TimeValue back = TimeValue.parse(text);
        assertEquals(text, back.format());
        assertEquals(v.start(), back.start());
        assertEquals(v.end(), back.end());
        assertEquals(v.startTime(), back.startTime());
    }

    /** 95年 in 2022 is 1995, 30年 is 2030: every two-digit year has one reading, from 79 years back to 20 ahead (年度: 69 and 30). */
    @Property
    void aTwoDigitYearIsReadInTheCenturyNearestTheDocument(@ForAll("twoDigits") int yy, @ForAll("documentYears") int documentYear,
                                                           @ForAll boolean fiscal) {
        int ahead = fiscal ? Resolver.FISCAL_YEARS_AHEAD : Resolver.YEARS_AHEAD;
        int year = Resolver.inNearestCentury(yy, documentYear, ahead);
        assertEquals(yy, year % 100);
        assertTrue(year >= documentYear + ahead - 99 && year <= documentYear + ahead, () -> yy + " in " + documentYear + ": " + year);
    }

    @Provide
    Arbitrary<Integer> twoDigits() {
        return Arbitraries.integers().between(0, 99);
    }

    @Provide
    Arbitrary<Integer> documentYears() {
        return Arbitraries.integers().between(100, 9979);
    }
}
