package app.nenpyo.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The data formats: events as CSV or JSON, chosen by extension, and TimelineJS JSON on request.
 *
 * <pre>{@code
 * DataFormat.of(Path.of("events.json"), false);   // Optional[JSON]
 * DataFormat.of(Path.of("events.json"), true);    // Optional[TIMELINEJS]
 * }</pre>
 */
public enum DataFormat {
    CSV, JSON, TIMELINEJS;

    public static Optional<DataFormat> of(Path file, boolean timelineJs) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".json")) {
            return Optional.of(timelineJs ? TIMELINEJS : JSON);
        }
        return Optional.empty();
    }

    /** Writes {@code catalog}'s events; the title and subtitle are used by TimelineJS's title slide. */
    public void write(EventCatalog catalog, String title, String subtitle, ReportLanguage language, Writer out)
            throws IOException {
        switch (this) {
            case CSV -> EventCsv.write(catalog, out);
            case JSON -> EventJson.write(catalog, out);
            case TIMELINEJS -> TimelineJsJson.write(catalog, title, subtitle, language, out);
        }
    }
}
