package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every background reason the rules give is said by the window in both its languages: a reason with
 * no message would be shown in its stored English form on a Japanese screen. (HeldOutSetTest checks
 * that the rules give no reason outside {@link BackgroundRules#REASONS}.)
 */
class BackgroundReasonMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void everyReasonHasAMessage(String language) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/app/nenpyo/ui/messages_" + language + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String reason : BackgroundRules.REASONS) {
            String key = "background." + reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
            assertTrue(messages.containsKey(key), () -> language + ": no message " + key + " for \"" + reason + "\"");
            String said = messages.getProperty(key);
            assertFalse(said.isBlank(), key);
            if (language.equals("ja")) {
                assertNotEquals(reason, said, "said in Japanese");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void everyReasonIsListedOnce() {
        List<String> reasons = BackgroundRules.REASONS;
        assertEquals(reasons.size(), new HashSet<>(reasons).size(), reasons::toString);
        assertTrue(reasons.stream().noneMatch(String::isBlank));
    }
}
