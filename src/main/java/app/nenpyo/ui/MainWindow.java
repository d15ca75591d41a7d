package app.nenpyo.ui;

import java.io.File;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.StatusBar;

/**
 * The main window for one project: menus and search on top, documents and search results on
 * the left, the timeline in the centre above the event's sources and the reader (selecting an
 * event lists its source paragraphs and opens its first source in the reader, at its paragraph,
 * the date expression marked), status at the bottom.
 */
final class MainWindow {
    /** Typing pauses this long before a search runs, so each keystroke does not query SQLite. */
    private static final Duration SEARCH_DEBOUNCE = Duration.millis(250);

    private final WindowViewModel model;
    private final Messages messages;
    private final WindowActions actions;
    private final BorderPane root = new BorderPane();
    private final TextField searchField = new TextField();
    private final DocumentTable documents;
    private final TabPane leftTabs = new TabPane();
    private final Tab resultsTab;
    private final SearchResultsList results;
    private final TimelineView timeline;
    private final SourcesPane sources;
    private final ComboBox<LaneMode> laneSelector = new ComboBox<>();

    MainWindow(WindowViewModel model, Messages messages, WindowActions actions) {
        this.model = model;
        this.messages = messages;
        this.actions = actions;
        this.documents = new DocumentTable(model.documents(), messages);
        ReaderPane reader = new ReaderPane(model.reader(), messages, actions::setDocumentDate);
        this.results = new SearchResultsList(model.search(), messages, this::openResult);

        Tab documentsTab = new Tab(messages.get("tab.documents"), documents.node());
        resultsTab = new Tab(messages.get("tab.results"), results.node());
        resultsTab.textProperty().bind(Bindings.createStringBinding(
                () -> model.search().summaryProperty().get().isEmpty()
                        ? messages.get("tab.results")
                        : messages.get("tab.results") + " (" + model.search().summaryProperty().get() + ")",
                model.search().summaryProperty()));
        leftTabs.getTabs().setAll(documentsTab, resultsTab);
        leftTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        documents.node().getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                model.reader().open(row.id());
            }
        });
        // start on the first document rather than an empty reader
        model.documents().rows().addListener((ListChangeListener<DocumentRow>) change -> {
            TableView<DocumentRow> table = documents.node();
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()
                    && model.reader().documentIdProperty().get() == ReaderViewModel.NO_DOCUMENT) {
                table.getSelectionModel().selectFirst();
            }
        });
        // the search field would hide its prompt if it had the focus first
        documents.node().sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                Platform.runLater(documents.node()::requestFocus);
            }
        });

        timeline = new TimelineView(model.timeline());
        timeline.setId("timeline");
        sources = new SourcesPane(model.sources(), messages, model::openSource);
        // the sources of the selected event beside the document they come from
        SplitPane lower = new SplitPane(sources.node(), reader.node());
        lower.setDividerPositions(0.42);
        SplitPane centre = new SplitPane(timelinePane(), lower);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.5);
        SplitPane split = new SplitPane(leftTabs, centre);
        split.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(leftTabs, false);

        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(split);
        root.setBottom(statusBar());
        root.getStyleClass().add("main-window");
        acceptDrops();
    }

    Parent root() {
        return root;
    }

    TimelineView timeline() {
        return timeline;
    }

    ListView<SourceRow> sourcesList() {
        return sources.list();
    }

    TableView<DocumentRow> documentTable() {
        return documents.node();
    }

    /** The timeline under a slim heading: its name and how many events it shows. */
    private BorderPane timelinePane() {
        Label title = new Label(messages.get("timeline.tab"));
        title.getStyleClass().add("timeline-title");
        Label count = new Label();
        count.getStyleClass().add("timeline-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("timeline.count", model.timeline().itemsProperty().get().size()),
                model.timeline().itemsProperty()));
        HBox heading = new HBox(title, count);
        heading.getStyleClass().add("timeline-toolbar");
        BorderPane pane = new BorderPane(timeline);
        pane.setTop(heading);
        pane.getStyleClass().add("timeline-pane");
        return pane;
    }

    private MenuBar menuBar() {
        MenuItem newProject = item("menu.file.new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), actions::newProject);
        MenuItem open = item("menu.file.open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), actions::openProject);
        MenuItem importFiles = item("menu.file.importFiles", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), actions::importFiles);
        MenuItem importFolder = item("menu.file.importFolder",
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), actions::importFolder);
        importFiles.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.imports().stateProperty().get().active(), model.imports().stateProperty()));
        // the open project must stay open while an import writes to it
        importFolder.disableProperty().bind(importFiles.disableProperty());
        newProject.disableProperty().bind(importFiles.disableProperty());
        open.disableProperty().bind(importFiles.disableProperty());
        MenuItem export = item("menu.file.export", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> ExportDialog.open(root.getScene().getWindow(), model, messages));
        MenuItem quit = item("menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), actions::quit);
        Menu file = new Menu(messages.get("menu.file"), null,
                newProject, open, new SeparatorMenuItem(), importFiles, importFolder, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);

        MenuItem setDate = item("menu.document.setDate", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), actions::setDocumentDate);
        setDate.disableProperty().bind(documents.node().getSelectionModel().selectedItemProperty().isNull());
        Menu document = new Menu(messages.get("menu.document"), null, setDate);

        ToggleGroup languages = new ToggleGroup();
        Menu language = new Menu(messages.get("menu.view.language"));
        for (Language each : Language.values()) {
            RadioMenuItem choice = new RadioMenuItem(messages.get("language." + each.name()));
            choice.setToggleGroup(languages);
            choice.setSelected(each == messages.language());
            choice.setOnAction(e -> actions.switchLanguage(each));
            language.getItems().add(choice);
        }
        language.disableProperty().bind(importFiles.disableProperty());
        Menu view = new Menu(messages.get("menu.view"), null, language);

        Menu help = new Menu(messages.get("menu.help"), null, item("menu.help.about", null, actions::about));
        MenuBar bar = new MenuBar(file, document, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setMnemonicParsing(true);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolBar() {
        searchField.setId("search");
        searchField.setPromptText(messages.get("search.prompt"));
        searchField.setAccessibleText(messages.get("search.accessible"));
        searchField.setPrefColumnCount(28);
        searchField.textProperty().bindBidirectional(model.search().queryProperty());
        PauseTransition debounce = new PauseTransition(SEARCH_DEBOUNCE);
        debounce.setOnFinished(e -> runSearch());
        searchField.textProperty().addListener((o, old, text) -> debounce.playFromStart());
        searchField.setOnAction(e -> {
            debounce.stop();
            runSearch();
        });
        // Escape clears the search and goes back to the documents; Down walks into the results
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                leftTabs.getSelectionModel().select(0);
            } else if (e.getCode() == KeyCode.DOWN && !results.node().getItems().isEmpty()) {
                leftTabs.getSelectionModel().select(resultsTab);
                results.node().requestFocus();
                results.node().getSelectionModel().selectFirst();
                e.consume();
            }
        });
        Label summary = new Label();
        summary.textProperty().bind(model.search().summaryProperty());
        summary.getStyleClass().add("search-summary");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label lanesLabel = new Label(messages.get("timeline.lanes"));
        laneSelector.setId("lanes");
        laneSelector.getItems().setAll(LaneMode.values());
        laneSelector.setConverter(new StringConverter<>() {
            @Override
            public String toString(LaneMode mode) {
                return mode == null ? "" : messages.get("lane." + mode.name());
            }

            @Override
            public LaneMode fromString(String text) {
                return null;
            }
        });
        laneSelector.setAccessibleText(messages.get("timeline.lanes.accessible"));
        laneSelector.valueProperty().bindBidirectional(model.timeline().laneModeProperty());
        lanesLabel.setLabelFor(laneSelector);
        Button fit = new Button(messages.get("timeline.fit"));
        fit.setId("fit");
        fit.setAccessibleText(messages.get("timeline.fit.accessible"));
        fit.setOnAction(e -> model.timeline().fitAll());
        ToolBar bar = new ToolBar(lanesLabel, laneSelector, fit, spacer, searchField, summary);
        bar.getStyleClass().add("main-toolbar");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                searchField.requestFocus();
                searchField.selectAll();
                e.consume();
            }
        });
        return bar;
    }

    private void runSearch() {
        model.search().search();
        if (!model.search().queryProperty().get().isBlank()) {
            leftTabs.getSelectionModel().select(resultsTab);
        }
    }

    private void openResult(SearchResultRow result) {
        model.reader().open(result.documentId(), result.paragraphNumber(), result.hits());
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status");
        bar.textProperty().bind(Bindings.createStringBinding(() -> {
            String importStatus = model.imports().statusProperty().get();
            String error = model.documents().errorProperty().get();
            String project = model.projectStatus().get();
            String extra = !error.isEmpty() ? error : importStatus;
            return extra.isEmpty() ? project : project + "   —   " + extra;
        }, model.imports().statusProperty(), model.documents().errorProperty(), model.projectStatus()));
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> model.imports().stateProperty().get().active()
                        ? model.imports().progressProperty().get()
                        : 0,
                model.imports().stateProperty(), model.imports().progressProperty()));
        Button cancel = new Button(messages.get("status.cancel"));
        cancel.setId("cancel-import");
        cancel.setAccessibleText(messages.get("status.cancel.accessible"));
        cancel.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.imports().stateProperty().get() == ImportState.RUNNING, model.imports().stateProperty()));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.imports().cancel());
        bar.getRightItems().add(cancel);
        return bar;
    }

    private void acceptDrops() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !model.imports().stateProperty().get().active()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            if (!files.isEmpty()) {
                // after the drop gesture has ended, so the dialog does not block the drag source
                Platform.runLater(() -> actions.importPaths(files.stream().map(File::toPath).toList()));
            }
        });
    }
}
