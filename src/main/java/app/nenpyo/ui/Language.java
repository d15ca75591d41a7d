package app.nenpyo.ui;

import java.util.Locale;

/** The two languages the window speaks; anything but a Japanese system locale gets English. */
public enum Language {
    JAPANESE(Locale.JAPANESE),
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static Language forLocale(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? JAPANESE : ENGLISH;
    }
}
