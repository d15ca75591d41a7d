package app.nenpyo.ui;

import app.nenpyo.export.EventListFormat;
import app.nenpyo.export.ImageFormat;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What the export dialog writes: the timeline as a picture (PNG, SVG, PDF), or the events it
 * holds as a list in the {@code events} command's formats (TSV, CSV, JSON), byte for byte (a CSV
 * file after a byte-order mark, for spreadsheets: {@link EventListFile}).
 *
 * <pre>{@code
 * ExportFormat.of(Path.of("events.tsv"));   // Optional[TSV]
 * ExportFormat.TSV.events();                // Optional[EventListFormat.TSV]
 * }</pre>
 */
public enum ExportFormat {
    PNG(ImageFormat.PNG, null),
    SVG(ImageFormat.SVG, null),
    PDF(ImageFormat.PDF, null),
    TSV(null, EventListFormat.TSV),
    CSV(null, EventListFormat.CSV),
    JSON(null, EventListFormat.JSON);

    private final ImageFormat image;
    private final EventListFormat events;

    ExportFormat(ImageFormat image, EventListFormat events) {
        this.image = image;
        this.events = events;
    }

    /** The picture format, for PNG, SVG and PDF. */
    public Optional<ImageFormat> image() {
        return Optional.ofNullable(image);
    }

    /** The event list format, for TSV, CSV and JSON. */
    public Optional<EventListFormat> events() {
        return Optional.ofNullable(events);
    }

    /** The file extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file's name says (report.svg, events.json), if any. */
    public static Optional<ExportFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
