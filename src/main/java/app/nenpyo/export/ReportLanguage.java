package app.nenpyo.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The language of the words an export adds (subtitle, legend, notes, footnote heading); article
 * text stays as written. Texts live in {@code app/nenpyo/export/report_*.properties}.
 *
 * <pre>{@code
 * ReportLanguage.JA.text("category.MEETING");           // 会談
 * ReportLanguage.EN.format("subtitle.events", 42);      // 42 events
 * }</pre>
 */
public enum ReportLanguage {
    JA(Locale.JAPANESE), EN(Locale.ENGLISH);

    private final Locale locale;

    ReportLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle("app.nenpyo.export.report", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String text(String key) {
        return bundle().getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }
}
