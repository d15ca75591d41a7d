package app.nenpyo.ui;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.timeline.TimeScale;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The window's texts in one language, and dates written the Japanese way. Since Java 9
 * ResourceBundle reads .properties files as UTF-8, so the bundles hold Japanese as is.
 */
public final class Messages {
    private static final String BUNDLE = "app.nenpyo.ui.messages";
    /** 2022年1月11日(火): the way Japanese newspapers and analysts write a day, in both languages and in the fields that take one. */
    static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日(E)", Locale.JAPANESE);
    /** 1月11日(火): a day where the year goes without saying (every date around it is of that year). */
    private static final DateTimeFormatter JAPANESE_DAY_OF_YEAR = DateTimeFormatter.ofPattern("M月d日(E)", Locale.JAPANESE);

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(Language language) {
        // no fallback to the default locale: an English window on a Japanese system must stay English
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(List.of("java.properties")));
        return new Messages(language, bundle);
    }

    public Language language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** A menu text without its mnemonic marker ("ファイル(_F)" → "ファイル"), for accessible names. */
    public String withoutMnemonic(String key) {
        return get(key).replaceAll("\\(_.\\)", "").replace("_", "");
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language.locale()).format(arguments);
    }

    /** Dates are written the Japanese way in both languages: the articles and their readers date things so. */
    public String date(LocalDate date) {
        return JAPANESE_DATE.format(date);
    }

    /** The days a view shows, first to last ({@code 2022年1月2日(日)〜2022年1月20日(木)}). */
    public String timeRange(TimeScale scale) {
        LocalDate first = Instant.ofEpochMilli(scale.start()).atZone(scale.zone()).toLocalDate();
        LocalDate last = Instant.ofEpochMilli(scale.end() - 1).atZone(scale.zone()).toLocalDate();
        return first.equals(last) ? date(first) : date(first) + "〜" + date(last);
    }

    public String date(DocumentDate date) {
        return date.value().map(this::date).orElseGet(() -> get("date.none"));
    }

    /**
     * A resolved value the Japanese way: a day with its time ({@code 2022年1月10日(月) 10:00}), or a
     * period from its first to its last day ({@code 2022年1月3日(月)〜2022年1月9日(日)}); an open
     * range ends or starts with 〜.
     */
    public String timeValue(TimeValue value) {
        return timeValue(value, JAPANESE_DATE);
    }

    /**
     * As {@link #timeValue(TimeValue)} without the year ({@code 1月3日(月)〜1月9日(日)}), for a list
     * whose dates are all of one year (the timeline's axis says it, and each date's tooltip).
     */
    public String timeValueWithoutYear(TimeValue value) {
        return timeValue(value, JAPANESE_DAY_OF_YEAR);
    }

    /** A day without its year: 1月10日(月). */
    public String dayOfYear(LocalDate date) {
        return JAPANESE_DAY_OF_YEAR.format(date);
    }

    private static String timeValue(TimeValue value, DateTimeFormatter days) {
        String start = days.format(value.start()) + time(value.startTime());
        String end = days.format(value.end()) + time(value.endTime());
        if (value.openness() == TimeValue.Openness.OPEN_END) {
            return start + "〜";
        }
        if (value.openness() == TimeValue.Openness.OPEN_START) {
            return "〜" + end;
        }
        boolean oneMoment = value.start().equals(value.end())
                && (value.endTime() == null || value.endTime().equals(value.startTime()));
        return oneMoment ? start : start + "〜" + end;
    }

    private static String time(LocalTime time) {
        return time == null ? "" : " " + time;
    }

    /**
     * What the reader is told about a date expression: what it was read as, against which date,
     * and how sure that is ({@code 「10日」→ 2022年1月10日(月) / 文書の日付 2022年1月11日(火) を基準に解決 / 確からしさ: 推定}).
     */
    public String dateNote(DateMention mention) {
        String value = mention.value().map(this::timeValue)
                .orElseGet(() -> format("dateNote.unresolved", mention.reason()));
        String anchor = mention.anchor().map(d -> format("dateNote.anchor." + mention.anchorKind().name(), date(d)))
                .orElseGet(() -> get("dateNote.anchor.NONE"));
        String confidence = format("dateNote.confidence", get("confidence." + mention.confidence().name()));
        String reason = mention.isResolved() && !mention.reason().isBlank() ? "\n" + mention.reason() : "";
        return format("dateNote.value", mention.text(), value) + "\n" + anchor + "\n" + confidence + reason;
    }

    public String dateSource(DateSource source) {
        return get("dateSource." + source.name());
    }

    public String formatName(SourceFormat format) {
        return get("format." + format.name());
    }
}
