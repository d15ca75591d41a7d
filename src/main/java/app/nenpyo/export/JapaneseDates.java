package app.nenpyo.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates the way Japanese newspapers and analysts write them, for footnotes and subtitles.
 *
 * <pre>{@code
 * JapaneseDates.day(LocalDate.of(2022, 1, 10));                                // 2022年1月10日(月)
 * JapaneseDates.range(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31));  // 2022年1月1日(土)〜2022年1月31日(月)
 * }</pre>
 */
public final class JapaneseDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日(E)", Locale.JAPANESE);

    private JapaneseDates() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** One day, or first〜last. */
    public static String range(LocalDate first, LocalDate last) {
        return first.equals(last) ? day(first) : day(first) + "〜" + day(last);
    }
}
