package app.nenpyo.store;

import app.nenpyo.domain.ReportDays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a merge records beside the events it writes, in the same transaction, so that the next
 * merge knows exactly what these events came from (decision 0012): nothing of it is stored unless
 * the events are.
 *
 * @param documents  the documents whose saved reports the events now come from and that are not
 *                   marked merged yet (marked so)
 * @param readAgain  the reports the merge read again from the text (a corrected date, an older
 *                   layout), saved as merged
 * @param reportDays the report days the merge worked out for saved reports kept without them (or
 *                   without their wider periods)
 * @param registry   the actor registry the merge resolved with, encoded; null to forget the stored one
 * @param decidedDays the epoch days waiting for an analyst's decision ({@code event_override_days})
 *                    that this merge made again: they wait no more
 * @param corrections the analyst's corrections the merge read and applied, or null if it applied
 *                    none it must check: when they differ at the write, one was stored in between,
 *                    so what was read again stays outdated and the decided days keep waiting
 * @param unread      the documents among {@code readAgain} whose events could not be read (saved with
 *                    none): their reports stay outdated and the events stale, so every later merge,
 *                    and every opening, tries them again; read when the state is written, after the
 *                    last window
 */
public record MergedState(Collection<Long> documents, Map<Long, SavedReports> readAgain, Map<Long, ReportDays> reportDays,
                          byte[] registry, int[] decidedDays, MergeCorrections corrections, Collection<Long> unread) {

    /** Nothing recorded: events written without a merge (the stored registry is forgotten). */
    public static final MergedState NONE = new MergedState(List.of(), Map.of(), Map.of(), null);

    public MergedState {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(readAgain, "readAgain");
        Objects.requireNonNull(reportDays, "reportDays");
        decidedDays = decidedDays == null ? new int[0] : decidedDays.clone();
        // not copied: documents found unreadable while the windows are merged join it before it is written
        unread = unread == null ? List.of() : unread;
    }

    /** A merge that read every document it read again. */
    public MergedState(Collection<Long> documents, Map<Long, SavedReports> readAgain, Map<Long, ReportDays> reportDays,
                       byte[] registry, int[] decidedDays, MergeCorrections corrections) {
        this(documents, readAgain, reportDays, registry, decidedDays, corrections, List.of());
    }

    /** A merge that made no day waiting for a decision again. */
    public MergedState(Collection<Long> documents, Map<Long, SavedReports> readAgain, Map<Long, ReportDays> reportDays,
                       byte[] registry) {
        this(documents, readAgain, reportDays, registry, null);
    }

    /** A merge that applied no correction it must check. */
    public MergedState(Collection<Long> documents, Map<Long, SavedReports> readAgain, Map<Long, ReportDays> reportDays,
                       byte[] registry, int[] decidedDays) {
        this(documents, readAgain, reportDays, registry, decidedDays, null);
    }
}
