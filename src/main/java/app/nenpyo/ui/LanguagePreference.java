package app.nenpyo.ui;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * The analyst's language choice, kept with java.util.prefs so it survives restarts. Until the
 * analyst chooses, the system locale decides.
 */
public final class LanguagePreference {
    private static final String KEY = "language";

    private final Preferences node;

    public LanguagePreference(Preferences node) {
        this.node = node;
    }

    public static LanguagePreference user() {
        return new LanguagePreference(Preferences.userNodeForPackage(LanguagePreference.class));
    }

    public Language current() {
        String stored = node.get(KEY, null);
        if (stored != null) {
            try {
                return Language.valueOf(stored);
            } catch (IllegalArgumentException unknownValue) {
                // a value written by another version: fall back to the system locale
            }
        }
        return Language.forLocale(Locale.getDefault());
    }

    public void set(Language language) {
        node.put(KEY, language.name());
    }
}
