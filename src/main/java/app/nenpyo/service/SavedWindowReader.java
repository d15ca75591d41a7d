package app.nenpyo.service;

import app.nenpyo.events.ReportCodec;
import app.nenpyo.events.WindowReader;
import app.nenpyo.events.WindowReports;
import app.nenpyo.store.DatedDocumentReports;
import app.nenpyo.store.ProjectDatabase;
import app.nenpyo.store.SavedReports;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.LongFunction;

/**
 * Reads a merge's windows from the reports saved with each document, decoded on every core, and
 * keeps the documents it opened ({@link ReportCodec#open}) that the next window reads too, up
 * to {@link #KEPT_BYTES}. A document read by two windows was read and inflated twice: on the 400 MB
 * benchmark corpus 95,000 reads of 41,700 documents, 52,000 of them again in the window after; then
 * 41,800 (decision 0015). Since decision 0024 nothing is inflated, and what is kept saves reading
 * the store again.
 *
 * <p>Used by one merge, window after window, in time order; not shared between merges.
 */
final class SavedWindowReader implements WindowReader {

    /** What the documents kept for the next window may hold: a few thousand news posts, or one very long document. */
    static final long KEPT_BYTES = 64L << 20;

    private final ProjectDatabase database;
    private final List<DatedDocumentReports> dated;
    private final Map<Long, SavedReports> readAgain;
    private final LongFunction<SavedReports> readFromText;
    private final long keptBytes;
    /** The first day of the window asked for last; empty before the first. */
    private OptionalInt window = OptionalInt.empty();
    private Map<Integer, ReportCodec.Opened> kept = new ConcurrentHashMap<>();
    private Map<Integer, ReportCodec.Opened> keeping = new ConcurrentHashMap<>();
    private final AtomicLong keepingBytes = new AtomicLong();
    private final AtomicLong opened = new AtomicLong();

    /**
     * @param readAgain    the reports read again from the text in this rebuild, by document id
     * @param readFromText reads a document's text again (its saved reports missing or unreadable)
     *                     and returns the new reports, which it also puts in {@code readAgain}
     */
    SavedWindowReader(ProjectDatabase database, List<DatedDocumentReports> dated, Map<Long, SavedReports> readAgain,
                      LongFunction<SavedReports> readFromText) {
        this(database, dated, readAgain, readFromText, KEPT_BYTES);
    }

    /** @param keptBytes what the documents kept for the next window may hold */
    SavedWindowReader(ProjectDatabase database, List<DatedDocumentReports> dated, Map<Long, SavedReports> readAgain,
                      LongFunction<SavedReports> readFromText, long keptBytes) {
        this.keptBytes = keptBytes;
        this.database = database;
        this.dated = dated;
        this.readAgain = readAgain;
        this.readFromText = readFromText;
    }

    @Override
    public List<WindowReports> reports(int[] indexes, int fromDay, int toDay) {
        return reports(indexes, fromDay, toDay, i -> false);
    }

    @Override
    public List<WindowReports> reports(int[] indexes, int fromDay, int toDay, IntPredicate inNextWindow) {
        if (window.isEmpty() || window.getAsInt() != fromDay) {
            // what the window before kept and this one did not read is dropped with it
            kept = keeping;
            keeping = new ConcurrentHashMap<>();
            keepingBytes.set(0);
            window = OptionalInt.of(fromDay);
        }
        Map<Integer, ReportCodec.Opened> fromLastWindow = kept;
        Map<Integer, ReportCodec.Opened> forNextWindow = keeping;
        List<Long> ids = Arrays.stream(indexes).filter(i -> !fromLastWindow.containsKey(i))
                .mapToObj(i -> dated.get(i).documentId()).filter(id -> !readAgain.containsKey(id)).toList();
        Map<Long, SavedReports> saved = database.savedReports(ids);
        return Arrays.stream(indexes).parallel().mapToObj(i -> {
            DatedDocumentReports document = dated.get(i);
            long id = document.documentId();
            // taken out: held until the next window only if it reads the document too
            ReportCodec.Opened reports = fromLastWindow.remove(i);
            if (reports == null) {
                reports = open(document, saved.get(id));
            }
            WindowReports read;
            try {
                read = ReportCodec.decodeWindow(reports, OptionalLong.of(id), fromDay, toDay);
            } catch (IllegalArgumentException unreadable) {
                opened.incrementAndGet();
                reports = ReportCodec.open(readFromText.apply(id).bytes());
                read = ReportCodec.decodeWindow(reports, OptionalLong.of(id), fromDay, toDay);
            }
            if (inNextWindow.test(i) && reserve(reports.bytesHeld())) {
                forNextWindow.put(i, reports);
            }
            return read;
        }).toList();
    }

    /** Counts {@code held} bytes against the budget of the documents kept for the next window, if they fit. */
    private boolean reserve(long held) {
        long before = keepingBytes.getAndAccumulate(held, (total, more) -> total + more <= keptBytes ? total + more : total);
        return before + held <= keptBytes;
    }

    /** How many times a document was opened, in all windows so far. */
    long opened() {
        return opened.get();
    }

    private ReportCodec.Opened open(DatedDocumentReports document, SavedReports saved) {
        opened.incrementAndGet();
        return decoded(document, saved, readAgain, readFromText, ReportCodec::open);
    }

    /**
     * A document's reports decoded from what was read again from its text in this rebuild, else
     * from what was saved with it, else from its text read again now (saved reports missing, of an
     * older layout or unreadable: the new reports replace them).
     *
     * @param saved what the store holds for the document, or null
     */
    static <T> T decoded(DatedDocumentReports document, SavedReports saved, Map<Long, SavedReports> readAgain,
                         LongFunction<SavedReports> readFromText, Function<byte[], T> decode) {
        long id = document.documentId();
        SavedReports again = readAgain.get(id);
        SavedReports bytes = again != null ? again : document.hasCurrentReports(ReportCodec.FORMAT) ? saved : null;
        if (bytes != null) {
            try {
                return decode.apply(bytes.bytes());
            } catch (IllegalArgumentException unreadable) {
                // read the text again below
            }
        }
        return decode.apply(readFromText.apply(id).bytes());
    }
}
