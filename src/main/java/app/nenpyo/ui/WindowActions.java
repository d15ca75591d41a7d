package app.nenpyo.ui;

import java.nio.file.Path;
import java.util.List;

/** What the window asks of the application: things that outlive one project or one language. */
interface WindowActions {
    void newProject();

    void openProject();

    /** Opens a project to read it without changing it. */
    void openProjectReadOnly();

    void importFiles();

    void importFolder();

    /** Files or folders dropped on the window. */
    void importPaths(List<Path> inputs);

    void setDocumentDate();

    void switchLanguage(Language language);

    void about();

    void quit();
}
