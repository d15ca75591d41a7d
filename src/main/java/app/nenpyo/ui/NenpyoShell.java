package app.nenpyo.ui;

import app.nenpyo.service.ImportReport;
import app.nenpyo.service.Cancellation;
import app.nenpyo.service.OpeningProgress;
import app.nenpyo.service.ProjectService;
import app.nenpyo.timeline.TimeScale;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The application around the window: one stage and scene, the open project, the language.
 * Opening a project or switching the language builds a fresh {@link MainWindow} in the same scene.
 */
public final class NenpyoShell implements WindowActions {
    private static final String STYLESHEET = "/app/nenpyo/ui/nenpyo.css";

    private final Stage stage;
    private final TaskExecutor executor;
    private final LanguagePreference languagePreference;
    private final WindowMemory memory;
    private final Optional<String> fontFamily;
    private final Scene scene;
    private Messages messages;
    private WindowViewModel current;
    private MainWindow window;
    /** The project being opened, on the FX thread; null when none is. */
    private Opening opening;

    public NenpyoShell(Stage stage, TaskExecutor executor, LanguagePreference languagePreference, WindowMemory memory,
                       Optional<String> fontFamily) {
        this.stage = stage;
        this.executor = executor;
        this.languagePreference = languagePreference;
        this.memory = memory;
        this.fontFamily = fontFamily;
        this.messages = Messages.of(languagePreference.current());
        Optional<WindowMemory.Layout> layout = memory.layout();
        this.scene = new Scene(new Label(), layout.map(WindowMemory.Layout::width).orElse(1200.0),
                layout.map(WindowMemory.Layout::height).orElse(760.0));
        scene.getStylesheets().add(NenpyoShell.class.getResource(STYLESHEET).toExternalForm());
        showStart("");
        stage.setScene(scene);
        stage.setOnHidden(e -> close());
    }

    public void show() {
        double width = scene.getWidth();
        double height = scene.getHeight();
        stage.show();
        // under a window manager (openbox) GTK may map the window at 200 × 200 whatever the scene's size,
        // while the stage still reports the size asked for: ask again once it is mapped
        Platform.runLater(() -> {
            stage.setWidth(width);
            stage.setHeight(height + Math.max(0, stage.getHeight() - scene.getHeight()));
        });
    }

    /**
     * Opens a project file in the background, then shows it; on failure the previous view stays.
     * A project whose file or folder cannot be written opens read-only.
     */
    public void open(Path projectFile) {
        openFrom(() -> projectFile, false);
    }

    /** Opens the project a background job finds or prepares (the demo project, for instance). */
    public void openFrom(Callable<Path> projectFile) {
        openFrom(projectFile, false);
    }

    /** The same; {@code readOnly}: even when it could be written. */
    private void openFrom(Callable<Path> projectFile, boolean readOnly) {
        // opening can take a while (a million events, or a project this version upgrades or reads again)
        if (opening != null) {
            // the analyst asked for another project: the one still opening is not shown
            opening.abandon();
        }
        Opening mine = new Opening();
        opening = mine;
        Button later = null;
        if (current == null) {
            later = putOffButton();
            mine.startPage = showStart(messages.get("status.opening"), later);
        }
        Button startPageButton = later;
        Consumer<String> status = text -> {
            // the window open now, which a language switch may have built again; nothing once this opening is over,
            // and no more progress once it is put off
            if (opening != mine || mine.putOff.isCancelled() && !text.equals(messages.get("status.puttingOff"))) {
                return;
            }
            if (mine.startPage != null) {
                mine.startPage.setText(text);
            } else if (current != null) {
                current.openingAnotherProperty().set(text);
            }
        };
        Runnable putOffNow = () -> {
            mine.putOff.cancel();
            status.accept(messages.get("status.puttingOff"));
        };
        if (startPageButton != null) {
            startPageButton.setOnAction(e -> {
                putOffNow.run();
                startPageButton.setDisable(true);
            });
        }
        Runnable offerPutOff = () -> {
            if (opening != mine || mine.putOff.isCancelled()) {
                return;
            }
            if (startPageButton != null) {
                startPageButton.setVisible(true);
            } else if (current != null) {
                current.putOffOpeningProperty().set(putOffNow);
            }
        };
        status.accept(messages.get("status.opening"));
        OpeningProgress progress = (done, total) -> {
            // about a hundred steps: each one is a turn of the FX thread
            if (done == total) {
                // the events of every day are merged next, with no count to show
                Platform.runLater(() -> status.accept(messages.get("status.mergingAgain")));
            } else if (done % Math.max(1, total / 100) == 0) {
                Platform.runLater(() -> {
                    status.accept(messages.format("status.readingAgain", done, total));
                    offerPutOff.run();
                });
            }
        };
        executor.execute(() -> {
            Path file = projectFile.call();
            return readOnly || cannotBeWritten(file) ? ServiceProjectGateway.openReadOnly(file)
                    : ServiceProjectGateway.open(file, progress, mine.putOff);
        }, project -> {
            if (mine.abandoned) {
                project.close();
                return;
            }
            endOpening();
            show(project);
        }, e -> {
            if (!mine.abandoned) {
                endOpening();
                openFailed(e);
            }
        });
    }

    /** An existing project whose file, or folder (where SQLite keeps its files beside it), cannot be written. */
    private static boolean cannotBeWritten(Path file) {
        return Files.exists(file) && !ProjectService.canBeWritten(file);
    }

    /** A project being opened: what puts off its reading again, and whether a later opening replaced it. */
    private static final class Opening {
        final Cancellation putOff = new Cancellation();
        boolean abandoned;
        /** The start page's message while it opens from there; null when a window is open. */
        Label startPage;

        void abandon() {
            abandoned = true;
            // nothing read again is kept for a project that is not shown
            putOff.cancel();
        }
    }

    /** The opening is over: the window that showed its progress no longer does. */
    private void endOpening() {
        opening = null;
        if (current != null) {
            current.openingAnotherProperty().set("");
            current.putOffOpeningProperty().set(null);
        }
    }

    /**
     * Shown once documents are read again: opens the project with the events it had instead (read
     * again at the next open or change of events). Its action is the opening's.
     */
    private Button putOffButton() {
        Button later = new Button(messages.get("opening.putOff"));
        later.setId("put-off-reading");
        later.setAccessibleText(messages.get("opening.putOff.accessible"));
        later.setVisible(false);
        later.managedProperty().bind(later.visibleProperty());
        return later;
    }

    /** Shows an already open project; the shell closes it when another one replaces it. */
    public void show(ProjectGateway project) {
        WindowViewModel sameProject = null;
        int leftTab = -1;
        if (current != null && current.project() != project) {
            remember();
            current.close();
        } else if (current != null) {
            // the same project in a new window (another language): it keeps its view, selection, filters and search
            remember();
            sameProject = current;
            leftTab = window.leftTab();
        }
        current = new WindowViewModel(project, executor, messages);
        window = new MainWindow(current, messages, this);
        restore(project);
        if (sameProject != null) {
            current.takeOver(sameProject);
            window.showLeftTab(leftTab);
        }
        current.imports().reportProperty().addListener((o, old, report) -> {
            if (report != null) {
                // outside the property event: a modal dialog must not nest inside the import callback
                Platform.runLater(() -> showReport(report));
            }
        });
        setRoot(window.root());
        stage.setTitle(messages.get("app.title") + " — " + project.file().getFileName()
                + (current.readOnly() ? messages.get("title.readOnly") : ""));
        current.load();
    }

    /** The window shown for the open project (window tests read its dividers); empty on the start page. */
    Optional<MainWindow> mainWindow() {
        return Optional.ofNullable(current == null ? null : window);
    }

    public Optional<WindowViewModel> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public void newProject() {
        FileChooser chooser = Choosers.newProject(messages, projectFolder());
        File file = chosen(() -> chooser.showSaveDialog(stage));
        if (file != null) {
            String name = file.getName();
            open(name.endsWith(".nenpyo") ? file.toPath() : file.toPath().resolveSibling(name + ".nenpyo"));
        }
    }

    @Override
    public void openProject() {
        File file = chosen(() -> Choosers.openProject(messages, projectFolder()).showOpenDialog(stage));
        if (file != null) {
            open(file.toPath());
        }
    }

    @Override
    public void openProjectReadOnly() {
        File file = chosen(() -> Choosers.openProjectReadOnly(messages, projectFolder()).showOpenDialog(stage));
        if (file != null) {
            openFrom(file::toPath, true);
        }
    }

    @Override
    public void importFiles() {
        FileChooser chooser = Choosers.importFiles(messages, importFolderToShow());
        List<File> files = chosen(() -> chooser.showOpenMultipleDialog(stage));
        if (files != null && !files.isEmpty()) {
            Optional.ofNullable(files.get(0).toPath().toAbsolutePath().getParent()).ifPresent(memory::saveImportFolder);
            importPaths(files.stream().map(File::toPath).toList());
        }
    }

    @Override
    public void importFolder() {
        DirectoryChooser chooser = Choosers.importFolder(messages, importFolderToShow());
        File folder = chosen(() -> chooser.showDialog(stage));
        if (folder != null) {
            Optional.ofNullable(folder.toPath().toAbsolutePath().getParent()).ifPresent(memory::saveImportFolder);
            importPaths(List.of(folder.toPath()));
        }
    }

    /**
     * Where an import chooser opens: the last folder imported from, else the home folder; never the
     * open project's (clippings kept beside it), since GTK opens the files a chooser shows to tell
     * their kind, and closing them drops this process's locks on the project (decision 0026) for
     * as long as it is open.
     */
    private Path importFolderToShow() {
        Optional<Path> project = openProjectFolder().map(Path::toAbsolutePath);
        return Choosers.firstFolder(memory.lastImportFolder().map(Path::toAbsolutePath).filter(folder -> !project.equals(Optional.of(folder))));
    }

    /** Where a project chooser opens: the open project's folder, else that of the project open last. */
    private Path projectFolder() {
        return Choosers.firstFolder(openProjectFolder(), memory.lastProject().map(file -> file.toAbsolutePath().getParent()));
    }

    private Optional<Path> openProjectFolder() {
        return Optional.ofNullable(current).map(c -> c.project().file().toAbsolutePath().getParent());
    }

    /** What a native chooser gave; afterwards the open project takes its locks afresh ({@link WindowViewModel#renewLocks}). */
    private <T> T chosen(Supplier<T> chooser) {
        try {
            return chooser.get();
        } finally {
            if (current != null) {
                current.renewLocks();
            }
        }
    }

    @Override
    public void importPaths(List<Path> inputs) {
        if (current == null || inputs.isEmpty() || current.imports().stateProperty().get().active() || current.readOnly()) {
            return;
        }
        // the project the preview was read for: the dialog is modal, so it stays the current one
        WindowViewModel target = current;
        ImportPreviewViewModel preview = new ImportPreviewViewModel(target.project(), executor, messages, inputs);
        ImportPreviewDialog.ask(stage, messages, preview)
                .ifPresent(request -> target.imports().start(request.inputs(), request.documentDates()));
    }

    @Override
    public void setDocumentDate() {
        if (window == null) {
            return;
        }
        // the document in the reader (a search result may have opened it), else the selected row
        long id = current.reader().documentIdProperty().get();
        DocumentRow row = current.documents().row(id)
                .orElse(window.documentTable().getSelectionModel().getSelectedItem());
        if (row == null) {
            return;
        }
        DocumentDateDialog.ask(stage, messages, row, row.dateValue().orElse(null)).ifPresent(date -> current.setDocumentDate(row.id(), date));
    }

    @Override
    public void switchLanguage(Language language) {
        languagePreference.set(language);
        messages = Messages.of(language);
        if (current != null) {
            WindowViewModel before = current;
            show(current.project());
            // another project opening goes on saying so, and can still be put off, in the window built again
            current.openingAnotherProperty().set(before.openingAnotherProperty().get());
            current.putOffOpeningProperty().set(before.putOffOpeningProperty().get());
        } else if (opening == null) {
            showStart("");
        }
    }

    @Override
    public void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("about.text"), Dialogs.ok(messages));
        Dialogs.prepare(alert, stage, messages.get("about.title"));
        alert.setHeaderText(messages.get("app.title"));
        alert.showAndWait();
    }

    @Override
    public void quit() {
        stage.close();
    }

    public void close() {
        remember();
        if (opening != null) {
            // a project still opening is closed when it is, never shown
            opening.abandon();
            opening = null;
        }
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** Writes the window's size, its dividers, the lists' hidden columns and the open project's view to the memory. */
    private void remember() {
        if (window == null || current == null) {
            return;
        }
        memory.saveHiddenDocumentColumns(window.hiddenDocumentColumns());
        memory.saveHiddenEventColumns(window.hiddenEventColumns());
        List<Double> dividers = window.splits().stream().map(split -> split.getDividerPositions()[0]).toList();
        memory.saveLayout(new WindowMemory.Layout(scene.getWidth(), scene.getHeight(), dividers));
        TimelineViewModel timeline = current.timeline();
        if (!timeline.itemsProperty().get().isEmpty() || !timeline.events().isEmpty()) {
            TimeScale scale = timeline.scaleProperty().get();
            memory.saveView(new WindowMemory.View(current.project().file(), scale.start(), scale.end(),
                    timeline.laneModeProperty().get()));
        }
    }

    /** Puts the dividers, the lists' columns and, for the project last viewed, the view where the analyst left them. */
    private void restore(ProjectGateway project) {
        window.hideDocumentColumns(memory.hiddenDocumentColumns());
        window.hideEventColumns(memory.hiddenEventColumns());
        memory.layout().ifPresent(layout -> {
            List<SplitPane> splits = window.splits();
            for (int i = 0; i < Math.min(splits.size(), layout.dividers().size()); i++) {
                double position = layout.dividers().get(i);
                if (position > 0 && position < 1) {
                    splits.get(i).setDividerPositions(position);
                }
            }
        });
        memory.view(project.file()).ifPresent(view -> {
            current.timeline().laneModeProperty().set(view.lanes());
            current.timeline().restoreView(view.start(), view.end());
        });
    }

    private void showReport(ImportReport report) {
        if (current == null) {
            return;
        }
        WindowViewModel shown = current;
        ImportReportDialog.show(stage, messages, report, shown::setDocumentDate);
        // the report said it all: the status line goes back to what the window has to say now
        shown.imports().dismissStatus();
    }

    private void openFailed(Exception e) {
        String reason = ErrorText.oneLine(e, messages);
        if (current == null) {
            showStart(messages.format("error.open", reason));
        } else {
            Alert alert = new Alert(Alert.AlertType.ERROR, messages.format("error.open", reason), Dialogs.ok(messages));
            Dialogs.prepare(alert, stage, messages.get("error.title"));
            alert.showAndWait();
        }
    }

    /** Shown until a project is open: the two ways to get one, and why the last attempt failed. */
    /** Shows the start page with a message (what went wrong, or what is being done) and returns the message's label. */
    private Label showStart(String problem) {
        return showStart(problem, null);
    }

    /** The same, with a button to put off what is being done under the message ({@code null}: none). */
    private Label showStart(String problem, Button putOff) {
        Button create = new Button(messages.get("menu.file.new"));
        create.setOnAction(e -> newProject());
        Button open = new Button(messages.get("menu.file.open"));
        open.setOnAction(e -> openProject());
        Label message = new Label(problem.isEmpty() ? messages.get("status.noProject") : problem);
        message.setWrapText(true);
        VBox start = putOff == null ? new VBox(12, message, create, open) : new VBox(12, message, putOff, create, open);
        start.getStyleClass().add("start-pane");
        setRoot(start);
        stage.setTitle(messages.get("app.title"));
        return message;
    }

    private void setRoot(Parent root) {
        // the shipped font by the name JavaFX reported for it, so CSS never names a font that is not there
        fontFamily.ifPresent(family -> root.setStyle("-fx-font-family: \"" + family + "\";"));
        scene.setRoot(root);
    }
}
