package app.nenpyo.export;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Progress and cancellation of a long export (a tall PNG is painted strip by strip): the window
 * shows the fraction done and may cancel; the command line passes {@link #NONE}.
 *
 * <pre>{@code
 * new ExportMonitor(fraction -> executor.onUiThread(() -> progress.set(fraction)), cancelled::get);
 * }</pre>
 */
public record ExportMonitor(DoubleConsumer progress, BooleanSupplier cancelled) {
    public static final ExportMonitor NONE = new ExportMonitor(f -> { }, () -> false);

    /** Reports {@code fraction} (0..1) done; throws when the export was cancelled. */
    public void step(double fraction) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("export cancelled");
        }
        progress.accept(Math.max(0, Math.min(1, fraction)));
    }
}
