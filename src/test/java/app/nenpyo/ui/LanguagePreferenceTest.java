package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LanguagePreferenceTest {
    private final Preferences node = Preferences.userRoot().node("app/nenpyo/ui/test-" + ProcessHandle.current().pid());
    private final Locale systemLocale = Locale.getDefault();

    @AfterEach
    void cleanUp() throws BackingStoreException {
        node.removeNode();
        Locale.setDefault(systemLocale);
    }

    @Test
    void followsTheSystemLocaleUntilChosen() {
        Locale.setDefault(Locale.JAPAN);
        assertEquals(Language.JAPANESE, new LanguagePreference(node).current());
        Locale.setDefault(Locale.FRANCE);
        assertEquals(Language.ENGLISH, new LanguagePreference(node).current());
    }

    @Test
    void keepsTheAnalystsChoice() {
        Locale.setDefault(Locale.JAPAN);
        new LanguagePreference(node).set(Language.ENGLISH);
        assertEquals(Language.ENGLISH, new LanguagePreference(node).current());
    }
}
