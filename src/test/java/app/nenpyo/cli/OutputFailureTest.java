package app.nenpyo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.service.ProjectService;
import app.nenpyo.service.SampleFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a command says and returns when its standard output cannot be written (a full disk, {@code > /dev/full}). */
class OutputFailureTest {

    @TempDir
    Path temp;

    private Path sample;
    private String db;
    private final StringWriter err = new StringWriter();

    /** Every write fails, as a full disk fails them. */
    private static final class FullDisk extends OutputStream {
        private final String reason;

        FullDisk(String reason) {
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            throw new IOException(reason);
        }
    }

    private static final class FailingWriter extends Writer {
        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {
        }
    }

    @BeforeEach
    void importTheSample() throws Exception {
        sample = SampleFiles.copyTo(temp.resolve("in"));
        db = temp.resolve("p.nenpyo").toString();
        assertEquals(0, NenpyoCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "ingest", "--db", db,
                sample.toString()), err.toString());
    }

    private List<String> errorLines() {
        return err.toString().lines().toList();
    }

    @Test
    void aCommandWhoseOutputIsLostSaysSoAndExitsTwo() {
        for (String[] args : List.of(new String[] {"events", "--db", db}, new String[] {"search", "--db", db, "王毅"},
                new String[] {"dates", sample.toString()})) {
            err.getBuffer().setLength(0);
            assertEquals(2, NenpyoCommand.execute(new PrintWriter(new FailingWriter()), new PrintWriter(err), args), args[0]);
            assertEquals(List.of("nenpyo " + args[0] + ": cannot write the output"), errorLines());
        }
    }

    @Test
    void theStandardOutputSaysWhyItsWritingFailed() {
        int code = NenpyoCommand.execute(new StandardOutput(new FullDisk("No space left on device")), new PrintWriter(err),
                "events", "--db", db);
        assertEquals(2, code);
        assertEquals(List.of("nenpyo events: cannot write the output (the disk is full)"), errorLines());
    }

    @Test
    void anIngestWhoseReportIsLostKeepsWhatItImportedAndExitsOne() throws Exception {
        Path another = temp.resolve("another.nenpyo");
        int code = NenpyoCommand.execute(new StandardOutput(new FullDisk("No space left on device")), new PrintWriter(err),
                "ingest", "--db", another.toString(), sample.toString());
        assertEquals(1, code);
        assertEquals(List.of("nenpyo ingest: cannot write the output (the disk is full)"), errorLines());
        try (ProjectService project = ProjectService.open(another)) {
            assertEquals(1, project.documents().size(), "the import is stored");
        }
    }

    @Test
    void aReaderThatStopsReadingIsNoError() {
        // events | head -1: the pipe is closed on purpose, as a command killed by SIGPIPE says nothing
        int code = NenpyoCommand.execute(new StandardOutput(new FullDisk("Broken pipe")), new PrintWriter(err),
                "events", "--db", db);
        assertEquals(0, code);
        assertEquals(List.of(), errorLines());
    }
}
