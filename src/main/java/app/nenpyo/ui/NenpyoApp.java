package app.nenpyo.ui;

import app.nenpyo.service.DemoProject;
import app.nenpyo.service.ProjectService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application. {@code main(args)} opens the project file named by the first
 * argument; without one the project open when the window last closed, or else the demo project
 * (created and filled on first run).
 */
public class NenpyoApp extends Application {
    private TaskExecutor executor;

    public static void main(String[] args) {
        ProjectService.warmUpInBackground();
        Application.launch(NenpyoApp.class, args);
    }

    /** Opens the window on a project file (created if it does not exist); returns when the window closes. */
    public static void launch(Path projectFile) {
        main(new String[] {projectFile.toString()});
    }

    @Override
    public void start(Stage stage) {
        // before any scene, so the first layout already measures Japanese text with the right font
        Optional<String> fontFamily = JapaneseFont.load();
        executor = new JavaFxTaskExecutor();
        WindowMemory memory = WindowMemory.user();
        NenpyoShell shell = new NenpyoShell(stage, executor, LanguagePreference.user(), memory, fontFamily);
        shell.show();
        List<String> arguments = getParameters().getUnnamed();
        if (arguments.isEmpty()) {
            // the project the analyst had open last time; the demo the very first time
            Optional<Path> last = memory.lastProject();
            shell.openFrom(() -> last.isPresent() ? last.get() : DemoProject.ensure());
        } else {
            shell.open(Path.of(arguments.get(0)));
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
