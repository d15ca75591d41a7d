package app.nenpyo.service;

import java.nio.file.Path;
import java.util.List;

/** What the store says, as the window and the command line show it: they name the project file already. */
final class StoreMessages {

    private StoreMessages() {
    }

    /**
     * A store message without the project file it starts with, as given or absolute.
     * {@code /p/x.nenpyo: database error: disk I/O error} → {@code database error: disk I/O error}.
     */
    static String withoutFileName(Path file, String why) {
        for (String named : List.of(file.toAbsolutePath() + ": ", file + ": ")) {
            if (why.startsWith(named)) {
                return why.substring(named.length());
            }
        }
        return why;
    }
}
