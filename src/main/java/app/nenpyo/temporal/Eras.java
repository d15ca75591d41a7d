package app.nenpyo.temporal;

import java.time.LocalDate;

/**
 * Japanese eras with their real boundaries.
 *
 * <pre>
 *   明治 1868-01-25 … 1912-07-29   大正 1912-07-30 … 1926-12-24   昭和 1926-12-25 … 1989-01-07
 *   平成 1989-01-08 … 2019-04-30   令和 2019-05-01 …
 *   令和4年 → 2022   令和元年 → 2019   平成31年 → 2019   昭和64年 → 1989
 * </pre>
 *
 * <p>Year N of an era is the Gregorian year {@code firstYear + N - 1}; whether a date actually
 * falls inside the era is checked by {@link Era#contains}, and the resolver decides what to do with
 * the ones that do not (see docs/decisions/0003).
 */
final class Eras {
    private Eras() {
    }

    /** An era: its name, its first and last day (last is null for the current one). */
    record Era(String name, LocalDate first, LocalDate last) {
        int gregorianYear(long eraYear) {
            return (int) (first.getYear() + eraYear - 1);
        }

        boolean contains(LocalDate d) {
            return !d.isBefore(first) && (last == null || !d.isAfter(last));
        }

        /** Whether any day of the Gregorian year falls inside the era. */
        boolean overlapsYear(int year) {
            return year >= first.getYear() && (last == null || year <= last.getYear());
        }

        /** The last era year, e.g. 31 for 平成; -1 for the current era. */
        int lastEraYear() {
            return last == null ? -1 : last.getYear() - first.getYear() + 1;
        }
    }

    private static final Era[] ERAS = {
        new Era("令和", LocalDate.of(2019, 5, 1), null),
        new Era("平成", LocalDate.of(1989, 1, 8), LocalDate.of(2019, 4, 30)),
        new Era("昭和", LocalDate.of(1926, 12, 25), LocalDate.of(1989, 1, 7)),
        new Era("大正", LocalDate.of(1912, 7, 30), LocalDate.of(1926, 12, 24)),
        new Era("明治", LocalDate.of(1868, 1, 25), LocalDate.of(1912, 7, 29)),
    };

    /** The era whose name is at {@code i}, or null. */
    static Era at(char[] c, int i) {
        for (Era e : ERAS) {
            if (Chars.at(c, i, e.name())) {
                return e;
            }
        }
        return null;
    }

    /** Whether {@code ch} can start an era name. */
    static boolean startsEra(char ch) {
        return ch == '令' || ch == '平' || ch == '昭' || ch == '大' || ch == '明';
    }
}
