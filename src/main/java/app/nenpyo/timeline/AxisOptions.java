package app.nenpyo.timeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How the axis looks: label language, whether to add the Japanese era row, today's date (passed in,
 * never read from a clock here, so layouts are reproducible), the least gap between two labels and
 * the inset of a label from its tick.
 *
 * <pre>{@code
 * AxisOptions.defaults().withToday(LocalDate.of(2022, 1, 12)).withEraRow(true);
 * }</pre>
 */
public record AxisOptions(LabelLanguage language, boolean eraRow, LocalDate today, double labelGap, double labelInset) {

    public AxisOptions {
        Objects.requireNonNull(language, "language");
        if (labelGap < 0 || labelInset < 0) {
            throw new IllegalArgumentException("negative gap or inset");
        }
    }

    /** Japanese labels, no era row, no today line, 8 px between labels, labels 3 px right of a tick. */
    public static AxisOptions defaults() {
        return new AxisOptions(LabelLanguage.JAPANESE, false, null, 8, 3);
    }

    public AxisOptions withLanguage(LabelLanguage l) {
        return new AxisOptions(l, eraRow, today, labelGap, labelInset);
    }

    public AxisOptions withEraRow(boolean on) {
        return new AxisOptions(language, on, today, labelGap, labelInset);
    }

    public AxisOptions withToday(LocalDate day) {
        return new AxisOptions(language, eraRow, day, labelGap, labelInset);
    }
}
