package app.nenpyo.ui;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.SourceFormat;
import java.text.MessageFormat;
import java.time.LocalDate;
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
    /** 2022年1月11日(火): the way Japanese newspapers and analysts write a day. */
    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日(E)", Locale.JAPANESE);

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

    public String date(DocumentDate date) {
        return date.value().map(this::date).orElseGet(() -> get("date.none"));
    }

    public String dateSource(DateSource source) {
        return get("dateSource." + source.name());
    }

    public String formatName(SourceFormat format) {
        return get("format." + format.name());
    }
}
