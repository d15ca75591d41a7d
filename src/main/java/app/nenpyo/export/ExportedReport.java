package app.nenpyo.export;

import app.nenpyo.domain.Event;
import app.nenpyo.render.ReportPage;
import app.nenpyo.timeline.TimeScale;
import java.util.List;

/**
 * A report ready to write in any image format: the page, the time scale it shows, and the events
 * it cites in footnote order ({@code cited.get(0)} is {@code [1]}).
 *
 * @param inScope the events in the scope's range and lanes (shown, folded or off to the side)
 */
public record ExportedReport(ReportPage page, TimeScale scale, List<Event> cited, int inScope) {
    public ExportedReport {
        cited = List.copyOf(cited);
    }
}
