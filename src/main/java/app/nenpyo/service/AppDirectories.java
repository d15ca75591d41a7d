package app.nenpyo.service;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Nenpyo keeps its files: {@code $XDG_DATA_HOME/nenpyo} (default {@code ~/.local/share/nenpyo})
 * on Linux, {@code ~/Library/Application Support/Nenpyo} on macOS, {@code %APPDATA%\Nenpyo} on
 * Windows. The system property {@code nenpyo.home} overrides all of them (tests, portable use).
 */
public final class AppDirectories {

    private AppDirectories() {
    }

    public static Path dataDirectory() {
        String override = System.getProperty("nenpyo.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)).resolve("Nenpyo");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Nenpyo");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg)).resolve("nenpyo");
    }
}
