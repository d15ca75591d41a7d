package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.cli.NenpyoCommand;
import app.nenpyo.service.SampleFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The window's event lists of the demo project, the whole project exported with no filter, are
 * byte for byte what {@code events --format …} prints for it: one writer for both. The CSV file
 * alone starts with a byte-order mark, for the spreadsheet the analyst opens it in (decision 0006).
 */
class EventListMatchesCommandLineTest {
    @TempDir
    Path temp;

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NenpyoCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, code, () -> String.join(" ", args) + ": " + err);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TSV", "CSV", "JSON"})
    void theWindowsListOfTheWholeProjectIsTheCommandLinesOutput(ExportFormat format) throws Exception {
        Path project = temp.resolve("demo.nenpyo");
        run("ingest", "--db", project.toString(), SampleFiles.copyTo(temp.resolve("in")).toString());
        Path file = temp.resolve("events." + format.extension());
        try (ProjectGateway gateway = ServiceProjectGateway.open(project)) {
            Messages messages = Messages.of(Language.JAPANESE);
            WindowViewModel window = new WindowViewModel(gateway, new SameThreadTaskExecutor(), messages);
            window.load();
            window.timeline().viewWidth(900);
            ExportViewModel export = new ExportViewModel(window.timeline(), window.filters().active(), gateway,
                    new SameThreadTaskExecutor(), messages);
            export.rangeProperty().set(ExportViewModel.Range.WHOLE);
            export.formatProperty().set(format);
            export.export(file);
            assertEquals("", export.errorProperty().get());
            assertTrue(export.statusProperty().get().startsWith("12 件の出来事を"), export.statusProperty().get());
        }
        String window = Files.readString(file, StandardCharsets.UTF_8);
        String commandLine = run("events", "--db", project.toString(), "--format", format.extension());
        assertTrue(commandLine.lines().count() > 12, commandLine);
        assertFalse(commandLine.startsWith("\uFEFF"), "the command's output is DESIGN.md's, without a mark");
        assertEquals(format == ExportFormat.CSV ? "\uFEFF" + commandLine : commandLine, window);
    }
}
