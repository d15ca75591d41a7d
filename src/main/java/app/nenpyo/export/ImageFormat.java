package app.nenpyo.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The picture formats, chosen by the output file's extension.
 *
 * <pre>{@code
 * ImageFormat.of(Path.of("report.pdf"));   // Optional[PDF]
 * ImageFormat.PNG.writer(2);               // a PNG writer at 2×
 * }</pre>
 */
public enum ImageFormat {
    PNG, SVG, PDF;

    public static Optional<ImageFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ImageFormat f : values()) {
            if (name.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** A writer for this format; {@code scale} (1–4) matters for PNG only, the others are vector. */
    public ImageWriter writer(double scale) {
        return switch (this) {
            case PNG -> new PngWriter(scale);
            case SVG -> new SvgWriter();
            case PDF -> new PdfWriter();
        };
    }
}
