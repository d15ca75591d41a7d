package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.service.Cancellation;
import app.nenpyo.service.ImportOptions;
import app.nenpyo.service.ImportProgress;
import app.nenpyo.service.ImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.stage.Stage;

/**
 * The real window, in Japanese, on a temporary project with the demo sample imported, with
 * preferences of its own: what the window tests start from, and remove afterwards.
 */
final class SampleWindow {
    static final Path SAMPLE = Path.of("assets/samples/kazakhstan-ukraine-2022-01-11.txt");

    final Preferences preferences;
    final Path directory;
    final Optional<String> fontFamily;
    final NenpyoShell shell;
    /** The shell's executor: what the window does in the background, which a test can wait for. */
    final CountedTaskExecutor work;

    private SampleWindow(Preferences preferences, Path directory, Optional<String> fontFamily, NenpyoShell shell,
            CountedTaskExecutor work) {
        this.preferences = preferences;
        this.directory = directory;
        this.fontFamily = fontFamily;
        this.shell = shell;
        this.work = work;
    }

    /** @param name keeps the preferences and folder of one test class apart from another's */
    static SampleWindow open(Stage stage, String name) throws Exception {
        return open(stage, name, new JavaFxTaskExecutor());
    }

    /** As {@link #open(Stage, String)}, the window's work done by {@code executor} (one that holds some of it back). */
    static SampleWindow open(Stage stage, String name, TaskExecutor executor) throws Exception {
        Preferences preferences = Preferences.userRoot().node("app/nenpyo/ui/" + name + "-" + ProcessHandle.current().pid());
        LanguagePreference language = new LanguagePreference(preferences);
        language.set(Language.JAPANESE);
        Path directory = Files.createTempDirectory("nenpyo-" + name);
        ProjectGateway project = ServiceProjectGateway.open(directory.resolve("demo.nenpyo"));
        ImportReport report = project.importFiles(List.of(SAMPLE), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
        assertEquals(1, report.imported().size(), () -> "the sample imports: " + report);
        Optional<String> fontFamily = JapaneseFont.load();
        CountedTaskExecutor work = new CountedTaskExecutor(executor);
        NenpyoShell shell = new NenpyoShell(stage, work, language, new WindowMemory(preferences.node("window")), fontFamily);
        shell.show(project);
        shell.show();
        return new SampleWindow(preferences, directory, fontFamily, shell, work);
    }

    /**
     * Closes this window as the analyst would (it writes what it remembers), then opens the same
     * project in a new window on {@code stage} with the same preferences: call on the FX thread.
     */
    SampleWindow reopen(Stage stage) throws Exception {
        Path file = shell.current().orElseThrow().project().file();
        shell.close();
        CountedTaskExecutor work = new CountedTaskExecutor(new JavaFxTaskExecutor());
        NenpyoShell again = new NenpyoShell(stage, work, new LanguagePreference(preferences),
                new WindowMemory(preferences.node("window")), fontFamily);
        again.show(ServiceProjectGateway.open(file));
        again.show();
        return new SampleWindow(preferences, directory, fontFamily, again, work);
    }

    void close() throws BackingStoreException, IOException {
        // the shell writes what it remembers on close, so its node goes after it
        shell.close();
        preferences.removeNode();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
