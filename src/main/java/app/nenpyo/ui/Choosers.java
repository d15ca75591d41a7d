package app.nenpyo.ui;

import app.nenpyo.service.ProjectService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The window's file and folder choosers, each titled for what it does (a read-only opening must not
 * look like an ordinary one) and opening in a folder the analyst chose before: without one, GTK
 * opens its list of recent files, which holds no project and no clipping.
 */
final class Choosers {
    private static final String PROJECT_PATTERN = "*.nenpyo";

    private Choosers() {
    }

    static FileChooser newProject(Messages messages, Path folder) {
        FileChooser chooser = projects(messages, "chooser.title.new", folder);
        chooser.setInitialFileName("project.nenpyo");
        return chooser;
    }

    static FileChooser openProject(Messages messages, Path folder) {
        return projects(messages, "chooser.title.open", folder);
    }

    static FileChooser openProjectReadOnly(Messages messages, Path folder) {
        return projects(messages, "chooser.title.openReadOnly", folder);
    }

    static FileChooser importFiles(Messages messages, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("chooser.title.importFiles"));
        // every kind a folder import reads, and Movable Type exports, which are read by their content
        List<String> patterns = new ArrayList<>(ProjectService.readableExtensions().stream().sorted().map(e -> "*." + e).toList());
        patterns.add("*.mt");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(messages.get("chooser.texts"), patterns),
                new FileChooser.ExtensionFilter(messages.get("chooser.all"), "*"));
        chooser.setInitialDirectory(folder.toFile());
        return chooser;
    }

    static DirectoryChooser importFolder(Messages messages, Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("chooser.title.importFolder"));
        chooser.setInitialDirectory(folder.toFile());
        return chooser;
    }

    /** The first of these folders that still exists, else the home folder. */
    @SafeVarargs
    static Path firstFolder(Optional<Path>... candidates) {
        for (Optional<Path> candidate : candidates) {
            if (candidate.isPresent() && Files.isDirectory(candidate.get())) {
                return candidate.get().toAbsolutePath();
            }
        }
        return Path.of(System.getProperty("user.home"));
    }

    private static FileChooser projects(Messages messages, String titleKey, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(messages.get("chooser.project"), PROJECT_PATTERN),
                new FileChooser.ExtensionFilter(messages.get("chooser.all"), "*"));
        chooser.setInitialDirectory(folder.toFile());
        return chooser;
    }
}
