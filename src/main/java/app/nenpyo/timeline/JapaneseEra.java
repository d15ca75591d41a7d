package app.nenpyo.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The modern Japanese eras with their real first days, and era-year labels. The era year changes
 * on 1 January, and an era starts on its first day: 2019-04-30 is 平成31年, 2019-05-01 is 令和元年,
 * 2020-01-01 is 令和2年.
 *
 * <pre>{@code
 * JapaneseEra.label(LocalDate.of(2022, 3, 1), LabelLanguage.JAPANESE); // "令和4年"
 * JapaneseEra.label(LocalDate.of(2019, 5, 1), LabelLanguage.ENGLISH);  // "Reiwa 1"
 * }</pre>
 *
 * <p>Known weakness: 明治 starts here on 1868-10-23 (the proclamation, Gregorian); officially it
 * counts from the lunar new year of 1868. Days before it have no era label.
 */
public record JapaneseEra(String kanji, String romaji, LocalDate firstDay) {

    public static final List<JapaneseEra> ALL = List.of(
            new JapaneseEra("明治", "Meiji", LocalDate.of(1868, 10, 23)),
            new JapaneseEra("大正", "Taishō", LocalDate.of(1912, 7, 30)),
            new JapaneseEra("昭和", "Shōwa", LocalDate.of(1926, 12, 25)),
            new JapaneseEra("平成", "Heisei", LocalDate.of(1989, 1, 8)),
            new JapaneseEra("令和", "Reiwa", LocalDate.of(2019, 5, 1)));

    /** The era that contains {@code day}, if it is not before 明治. */
    public static Optional<JapaneseEra> of(LocalDate day) {
        JapaneseEra found = null;
        for (JapaneseEra era : ALL) {
            if (!day.isBefore(era.firstDay)) {
                found = era;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The era year of {@code day}: 1 in the era's first calendar year. */
    public int yearOf(LocalDate day) {
        return day.getYear() - firstDay.getYear() + 1;
    }

    /** The era name alone: 令和 / Reiwa. */
    public String name(LabelLanguage language) {
        return language == LabelLanguage.JAPANESE ? kanji : romaji;
    }

    /** 令和4年 (元年 for the first year) or Reiwa 4; empty before 明治. */
    public static String label(LocalDate day, LabelLanguage language) {
        return of(day).map(era -> {
            int y = era.yearOf(day);
            if (language == LabelLanguage.JAPANESE) {
                return era.kanji + (y == 1 ? "元" : Integer.toString(y)) + "年";
            }
            return era.romaji + " " + y;
        }).orElse("");
    }
}
