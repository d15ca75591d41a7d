package app.nenpyo.ui;

import app.nenpyo.domain.Event;
import app.nenpyo.export.CitedDocuments;
import app.nenpyo.export.EventListFormat;
import app.nenpyo.export.EventListWriter;
import app.nenpyo.export.ExportMonitor;
import app.nenpyo.files.FileErrorReason;
import app.nenpyo.files.PartialFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes some of a project's events to a file as the {@code events} command prints them, in its
 * order: the events wanted, and only those, are read a few hundred at a time, so a large list
 * costs time, not memory, and a short one of a large project little of either. A CSV file starts with a byte-order mark, which the
 * command's output has not: the analyst opens the file in a spreadsheet, and Excel reads a UTF-8
 * CSV without one in the system's code page (Japanese as mojibake), as the {@code export}
 * command's CSV says too (decision 0006). The file is written beside its place and moved there
 * whole; a cancel or a failure leaves what was there. Runs off the UI thread.
 *
 * <pre>{@code
 * int written = new EventListFile(project).write(Path.of("events.tsv"), EventListFormat.TSV, List.of("ev-1"), monitor);
 * }</pre>
 */
final class EventListFile {
    /** Tells a spreadsheet that the file is UTF-8. */
    static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Progress (and a cancel) is looked at every this many events written. */
    private static final int PROGRESS_STEP = 256;

    private final ProjectGateway project;

    EventListFile(ProjectGateway project) {
        this.project = project;
    }

    /**
     * @param wanted the ids of the events to write, in the project's order (an id no longer in it is skipped)
     * @return how many events were written
     * @throws IOException saying, as the command line does, the file asked for and why it could not be written
     * @throws java.util.concurrent.CancellationException when {@code monitor} was cancelled; nothing is left
     */
    int write(Path file, EventListFormat format, List<String> wanted, ExportMonitor monitor) throws IOException {
        monitor.step(0);
        double total = Math.max(1, wanted.size());
        int[] written = {0};
        try (PartialFile partial = PartialFile.beside(file)) {
            try (Writer out = Files.newBufferedWriter(partial.path(), StandardCharsets.UTF_8)) {
                if (format == EventListFormat.CSV) {
                    out.write(BYTE_ORDER_MARK);
                }
                EventListWriter list = format.writer(out, new CitedDocuments(project.documentIds(), project::text),
                        project::analystChanges);
                project.forEachEvent(wanted, e -> {
                    add(list, e);
                    if (++written[0] % PROGRESS_STEP == 0) {
                        monitor.step(written[0] / total);
                    }
                });
                list.end();
            }
            // a cancel up to the last moment leaves the file that was there
            monitor.step(1);
            partial.moveIntoPlace();
        } catch (UncheckedIOException e) {
            throw new IOException(FileErrorReason.cannotWrite(file, e.getCause()), e.getCause());
        } catch (IOException e) {
            throw new IOException(FileErrorReason.cannotWrite(file, e), e);
        }
        return written[0];
    }

    /**
     * The beginning of the list as the file holds it, for a preview: the events of {@code ids} (in
     * the project's order) written in {@code format}, and "…" on a line of its
     * own after them when {@code more} events follow; the byte-order mark, which shows as nothing,
     * is left out.
     */
    String beginning(EventListFormat format, List<String> ids, boolean more) throws IOException {
        StringWriter out = new StringWriter();
        EventListWriter list = format.writer(out, new CitedDocuments(project.documentIds(), project::text), project::analystChanges);
        project.forEachEvent(ids, event -> add(list, event));
        if (more) {
            out.write("…\n");
        } else {
            list.end();
        }
        return out.toString();
    }

    private static void add(EventListWriter list, Event event) {
        try {
            list.add(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
