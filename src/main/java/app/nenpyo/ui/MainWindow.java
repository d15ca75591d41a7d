package app.nenpyo.ui;

import java.io.File;
import java.util.List;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
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
    /** What had the keys when the analyst asked for a source that waits for the events to be read. */
    private Node focusWhenOpeningAsked;
    private final TextField searchField = new TextField();
    private final DocumentTable documents;
    private final EventTable eventTable;
    private final TabPane leftTabs = new TabPane();
    /** The least width (and twice the least height) of each pane the dividers share out, in px. */
    static final double MIN_PANE = 160;
    private final Tab resultsTab;
    private final Tab filtersTab;
    private final SearchResultsList results;
    private final TimelineView timeline;
    private final SourcesPane sources;
    private final ComboBox<LaneMode> laneSelector = new ComboBox<>();
    private final OverviewBand overview;
    private final FiltersPane filters;
    private final SplitPane outerSplit;
    private final SplitPane centreSplit;
    private final SplitPane lowerSplit;
    private final ReaderPane reader;
    /**
     * Whether the project is open read-only ({@link WindowViewModel#readOnly}), asked once for the
     * whole window: the parts that would change the project are off with it.
     */
    private final BooleanExpression readOnly;
    /** When the window's corrections are off: while the events load, always in a project open read-only. */
    private final BooleanExpression cannotCorrect;

    MainWindow(WindowViewModel model, Messages messages, WindowActions actions) {
        this.model = model;
        this.messages = messages;
        this.actions = actions;
        this.documents = new DocumentTable(model.documents(), messages);
        this.readOnly = Bindings.createBooleanBinding(model::readOnly);
        this.cannotCorrect = EventMenu.cannotCorrect(model.timeline(), readOnly);
        this.reader = new ReaderPane(model.reader(), cannotCorrect, messages, actions::setDocumentDate,
                (paragraph, selection) -> model.reader().proposeEvent(paragraph, selection, proposal ->
                        CorrectionDialogs.addEvent(root, model.timeline(), proposal, paragraph,
                                model.reader().documentDateProperty().get(), messages)));
        this.results = new SearchResultsList(model.search(), messages, this::openResult);

        Tab documentsTab = new Tab(messages.get("tab.documents"), documents.node());
        this.eventTable = new EventTable(model.eventList(), messages);
        Tab eventsTab = new Tab(messages.get("tab.events"), eventTable.node());
        eventsTab.setId("events-tab");
        // the tab counts what the timeline shows, as the timeline's heading does
        eventsTab.textProperty().bind(Bindings.createStringBinding(() -> messages.format("tab.eventsCounted",
                model.eventList().rows().size()), model.eventList().rows()));
        resultsTab = new Tab(messages.get("tab.results"), results.node());
        this.filters = new FiltersPane(model.filters(), messages);
        filtersTab = new Tab(messages.get("tab.filters"), filters.node());
        filtersTab.setId("filters-tab");
        // the tab says how many filters are in force, so a filtered timeline is never a surprise
        filtersTab.textProperty().bind(Bindings.createStringBinding(() -> model.filters().active().isEmpty()
                        ? messages.get("tab.filters")
                        : messages.get("tab.filters") + " (" + model.filters().active().size() + ")",
                model.filters().active()));
        resultsTab.textProperty().bind(Bindings.createStringBinding(
                () -> model.search().matchCountProperty().get().isEmpty()
                        ? messages.get("tab.results")
                        : messages.get("tab.results") + " (" + model.search().matchCountProperty().get() + ")",
                model.search().matchCountProperty()));
        leftTabs.getTabs().setAll(documentsTab, eventsTab, filtersTab, resultsTab);
        leftTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        documents.node().getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            // the row of the document the reader shows already: opening it again would lose the paragraph shown
            if (row != null && row.id() != model.reader().documentIdProperty().get()) {
                model.reader().open(row.id());
            }
        });
        // the table highlights the document the reader shows, however it was opened (an event, a search
        // result, a source): 日付を設定… dates that one, and the two must never disagree
        model.reader().documentIdProperty().addListener((o, old, id) -> highlightReaderDocument(model));
        model.documents().rows().addListener((ListChangeListener<DocumentRow>) change -> {
            TableView<DocumentRow> table = documents.node();
            if (model.reader().documentIdProperty().get() == ReaderViewModel.NO_DOCUMENT) {
                // start on the first document rather than an empty reader
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            } else {
                highlightReaderDocument(model);
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
        timeline.setContextMenu(EventMenu.create(timeline, model.timeline(), cannotCorrect, messages));
        ContextMenu eventTableMenu = EventMenu.create(eventTable.node(), model.timeline(), cannotCorrect, messages);
        eventTable.node().setContextMenu(eventTableMenu);
        eventTable.relabelOnF2(eventTableMenu.getItems().stream().filter(item -> "menu-relabel".equals(item.getId()))
                .findFirst().orElseThrow());
        overview = new OverviewBand(model.timeline());
        overview.setId("overview");
        sources = new SourcesPane(model.sources(), model.timeline(), cannotCorrect, messages, model::openSource);
        // Enter or a double click on an event: the whole document at that paragraph, ready to read on; one given before
        // the events were read opens when they are, and takes the keys only if the analyst has not gone elsewhere meanwhile
        model.timeline().openingWaitsProperty().addListener((o, was, waits) -> {
            if (waits) {
                focusWhenOpeningAsked = root.getScene() == null ? null : root.getScene().getFocusOwner();
            }
        });
        model.timeline().onOpenSource(opening -> {
            if (!opening.waited() || root.getScene() != null && root.getScene().getFocusOwner() == focusWhenOpeningAsked) {
                reader.focusList();
            }
        });
        // the sources of the selected event beside the document they come from
        lowerSplit = new SteadySplitPane(Orientation.HORIZONTAL, sources.node(), reader.node());
        lowerSplit.setDividerPositions(0.42);
        centreSplit = new SteadySplitPane(Orientation.VERTICAL, timelinePane(), lowerSplit);
        centreSplit.setDividerPositions(0.5);
        // the left pane keeps its width as the window changes: the timeline and the reader take the room
        SplitPane.setResizableWithParent(leftTabs, false);
        outerSplit = new SteadySplitPane(Orientation.HORIZONTAL, leftTabs, centreSplit);
        // wide enough for the events list to say a label of some fifteen characters beside its date, category and count
        outerSplit.setDividerPositions(0.37);
        // no pane can be squeezed to nothing, neither by a narrow window nor by a divider remembered there
        leftTabs.setMinWidth(MIN_PANE);
        centreSplit.setMinWidth(2 * MIN_PANE);
        sources.node().setMinWidth(MIN_PANE);
        reader.node().setMinWidth(MIN_PANE);
        lowerSplit.setMinHeight(MIN_PANE / 2);

        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(outerSplit);
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

    private void highlightReaderDocument(WindowViewModel model) {
        long shown = model.reader().documentIdProperty().get();
        TableView<DocumentRow> table = documents.node();
        DocumentRow highlighted = table.getSelectionModel().getSelectedItem();
        if (shown == ReaderViewModel.NO_DOCUMENT || highlighted != null && highlighted.id() == shown) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == shown) {
                table.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    TableView<DocumentRow> documentTable() {
        return documents.node();
    }

    TableView<app.nenpyo.timeline.TimelineItem> eventTable() {
        return eventTable.node();
    }

    /** The ids of the document list's hidden columns. */
    Set<String> hiddenDocumentColumns() {
        return documents.hiddenColumns();
    }

    /** The ids of the event list's hidden columns. */
    Set<String> hiddenEventColumns() {
        return eventTable.hiddenColumns();
    }

    void hideEventColumns(Set<String> ids) {
        eventTable.hideColumns(ids);
    }

    void hideDocumentColumns(Set<String> ids) {
        documents.hideColumns(ids);
    }

    OverviewBand overview() {
        return overview;
    }

    FiltersPane filters() {
        return filters;
    }

    /** Which tab of the left pane is shown (documents, events, filters, results). */
    int leftTab() {
        return leftTabs.getSelectionModel().getSelectedIndex();
    }

    void showLeftTab(int index) {
        if (index >= 0 && index < leftTabs.getTabs().size()) {
            leftTabs.getSelectionModel().select(index);
        }
    }

    /** The window's dividers, outer (left pane | centre), centre (timeline / below), lower (sources | reader). */
    List<SplitPane> splits() {
        return List.of(outerSplit, centreSplit, lowerSplit);
    }

    /** The timeline under a slim heading (its name, what it shows, the filters in force), the overview band below it. */
    private BorderPane timelinePane() {
        Label title = new Label(messages.get("timeline.tab"));
        title.getStyleClass().add("timeline-title");
        Label count = new Label();
        count.getStyleClass().add("timeline-count");
        count.textProperty().bind(shownCount());
        FilterChips chips = new FilterChips(model.filters(), messages);
        HBox.setHgrow(chips.node(), Priority.ALWAYS);
        // the chips give way to a narrow pane; the title and count are never cut
        title.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(title, count, chips.node());
        heading.getStyleClass().add("timeline-toolbar");
        BorderPane pane = new BorderPane(timeline);
        pane.setTop(heading);
        pane.setBottom(overview);
        pane.getStyleClass().add("timeline-pane");
        return pane;
    }

    /**
     * "出来事 12 件" or, with filters, "出来事 3 / 12 件を表示"; nothing while the first events load
     * (not "0 events"), the items drawn while their summaries load (no filter applies then).
     */
    private StringBinding shownCount() {
        TimelineViewModel t = model.timeline();
        return Bindings.createStringBinding(() -> {
            int shown = t.itemsProperty().get().size();
            int total = t.events().isEmpty() ? shown : t.events().size();
            return total == 0 && t.loadingProperty().get() ? ""
                    : shown == total ? messages.format("timeline.count", total)
                    : messages.format("timeline.countFiltered", shown, total);
        }, t.itemsProperty(), t.events(), t.loadingProperty());
    }

    private MenuBar menuBar() {
        MenuItem newProject = item("menu.file.new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), actions::newProject);
        MenuItem open = item("menu.file.open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), actions::openProject);
        MenuItem openReadOnly = item("menu.file.openReadOnly", null, actions::openProjectReadOnly);
        MenuItem importFiles = item("menu.file.importFiles", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), actions::importFiles);
        MenuItem importFolder = item("menu.file.importFolder",
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), actions::importFolder);
        BooleanBinding importing = Bindings.createBooleanBinding(
                () -> model.imports().stateProperty().get().active(), model.imports().stateProperty());
        // nothing is imported into a project opened read-only, nor dated or added to
        importFiles.disableProperty().bind(readOnly.or(importing));
        importFolder.disableProperty().bind(importFiles.disableProperty());
        // the open project must stay open while an import writes to it
        newProject.disableProperty().bind(importing);
        open.disableProperty().bind(importing);
        openReadOnly.disableProperty().bind(importing);
        MenuItem export = item("menu.file.export", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> ExportDialog.open(root.getScene().getWindow(), model, messages));
        MenuItem quit = item("menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), actions::quit);
        Menu file = new Menu(messages.get("menu.file"), null,
                newProject, open, openReadOnly, new SeparatorMenuItem(), importFiles, importFolder, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);

        MenuItem setDate = item("menu.document.setDate", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), actions::setDocumentDate);
        setDate.disableProperty().bind(documents.node().getSelectionModel().selectedItemProperty().isNull().or(cannotCorrect));
        MenuItem addEvent = item("menu.document.addEvent",
                new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), reader::addEventAtFocus);
        addEvent.setId("menu-add-event");
        addEvent.disableProperty().bind(model.reader().documentDateProperty().isNull().or(cannotCorrect));
        Menu document = new Menu(messages.get("menu.document"), null, setDate, addEvent);

        ToggleGroup languages = new ToggleGroup();
        Menu language = new Menu(messages.get("menu.view.language"));
        for (Language each : Language.values()) {
            RadioMenuItem choice = new RadioMenuItem(messages.get("language." + each.name()));
            choice.setToggleGroup(languages);
            choice.setSelected(each == messages.language());
            choice.setOnAction(e -> actions.switchLanguage(each));
            language.getItems().add(choice);
        }
        // switching builds the window and its view models again, and an import running belongs to the old ones;
        // a project opened read-only is no reason: the language is only how the window speaks
        language.disableProperty().bind(importing);
        CheckMenuItem era = new CheckMenuItem(messages.get("menu.view.era"));
        era.selectedProperty().bindBidirectional(model.timeline().showEraProperty());
        CheckMenuItem background = new CheckMenuItem(messages.get("menu.view.background"));
        background.setId("show-background");
        background.selectedProperty().bindBidirectional(model.timeline().showBackgroundProperty());
        MenuItem fitAll = item("menu.view.fit", new KeyCodeCombination(KeyCode.HOME, KeyCombination.SHORTCUT_DOWN),
                model.timeline()::fitAll);
        MenuItem filtersItem = item("menu.view.filters", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                this::focusFilters);
        Menu view = new Menu(messages.get("menu.view"), null, fitAll, era, background, filtersItem, new SeparatorMenuItem(), language);

        Menu help = new Menu(messages.get("menu.help"), null, item("menu.help.about", null, actions::about));
        Menu event = EventMenu.bar(timeline, model.timeline(), model.sources(), cannotCorrect, messages);
        event.setId("event-menu");
        // keys typed into a text field (the search, the filters) are the field's: they correct no event
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl && event.getItems().stream()
                    .anyMatch(i -> i.getAccelerator() != null && i.getAccelerator().match(e))) {
                e.consume();
            }
        });
        MenuBar bar = new MenuBar(file, editMenu(), document, event, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /**
     * 編集: 元に戻す (Ctrl+Z) and やり直す (Ctrl+Shift+Z, and Ctrl+Y as on Windows), each naming the
     * correction it undoes or makes again (decision 0034). In a text field the keys are the field's.
     */
    private Menu editMenu() {
        CorrectionHistory history = model.timeline().history();
        MenuItem undo = item("menu.edit.undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                model.timeline()::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(history.undoTextProperty());
        undo.disableProperty().bind(history.canUndoProperty().not());
        MenuItem redo = item("menu.edit.redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                model.timeline()::redo);
        redo.setId("menu-redo");
        redo.textProperty().bind(history.redoTextProperty());
        redo.disableProperty().bind(history.canRedoProperty().not());
        KeyCombination windowsRedo = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (windowsRedo.match(e) && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                model.timeline().redo();
                e.consume();
            }
        });
        Menu edit = new Menu(messages.get("menu.edit"), null, undo, redo);
        edit.setId("edit-menu");
        return edit;
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
        // "2,406 件中 500 件を表示" read whole: the field beside it gives way instead
        summary.setMinWidth(Region.USE_PREF_SIZE);
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
        Button zoomOut = toolButton("zoom-out", "−", "timeline.zoomOut", () -> model.timeline().zoomStep(0.5));
        Button zoomIn = toolButton("zoom-in", "+", "timeline.zoomIn", () -> model.timeline().zoomStep(2));
        Button fit = toolButton("fit", messages.get("timeline.fit"), "timeline.fit", model.timeline()::fitAll);
        Button toSelection = toolButton("zoom-selection", messages.get("timeline.toSelection"), "timeline.toSelection",
                model.timeline()::zoomToSelection);
        toSelection.disableProperty().bind(model.timeline().selectedIdProperty().isNull());
        ToggleButton era = new ToggleButton(messages.get("timeline.era"));
        era.setId("era");
        era.setAccessibleText(messages.get("timeline.era.accessible"));
        era.setTooltip(new Tooltip(messages.get("timeline.era.accessible")));
        era.selectedProperty().bindBidirectional(model.timeline().showEraProperty());
        ToolBar bar = new ToolBar(lanesLabel, laneSelector, new Separator(Orientation.VERTICAL), zoomOut, zoomIn, fit,
                toSelection, era, spacer, searchField, summary);
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

    private Button toolButton(String id, String text, String key, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(messages.get(key + ".accessible"));
        button.setTooltip(new Tooltip(messages.get(key + ".accessible")));
        button.setOnAction(e -> action.run());
        button.getStyleClass().add("tool-button");
        return button;
    }

    private void focusFilters() {
        leftTabs.getSelectionModel().select(filtersTab);
        filters.actorList().requestFocus();
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
        TimelineViewModel t = model.timeline();
        // what the events could not do (a document unread, a merge put off) stays said until a newer notice, the
        // result of something the analyst did since, takes its place
        BooleanProperty noticeIsNewer = new SimpleBooleanProperty(false);
        t.noticeProperty().addListener((o, was, notice) -> noticeIsNewer.set(!notice.isEmpty()));
        t.errorProperty().addListener((o, was, error) -> noticeIsNewer.set(false));
        bar.textProperty().bind(Bindings.createStringBinding(() -> {
            String importStatus = model.imports().statusProperty().get();
            String error = !model.documents().errorProperty().get().isEmpty() ? model.documents().errorProperty().get()
                    : noticeIsNewer.get() ? "" : t.errorProperty().get();
            String project = model.projectStatus().get();
            String opening = model.openingAnotherProperty().get();
            // another project opening says how far it has come, before what this one has to say
            String extra = !opening.isEmpty() ? opening : !error.isEmpty() ? error : !importStatus.isEmpty() ? importStatus
                    : t.loadingProperty().get() ? messages.get("status.loadingEvents") : t.noticeProperty().get();
            return extra.isEmpty() ? project : project + "   —   " + extra;
        }, model.imports().statusProperty(), model.documents().errorProperty(), model.projectStatus(), t.errorProperty(),
                t.loadingProperty(), model.openingAnotherProperty(), t.noticeProperty(), noticeIsNewer));
        WrappingStatus.install(bar);
        // the import's own fraction; a timeline load or another project opening has none, so it shows as busy
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> model.imports().stateProperty().get().active()
                        ? model.imports().progressProperty().get()
                        : t.loadingProperty().get() || !model.openingAnotherProperty().get().isEmpty() ? -1 : 0,
                model.imports().stateProperty(), model.imports().progressProperty(), t.loadingProperty(),
                model.openingAnotherProperty()));
        Label events = new Label();
        events.setId("status-events");
        events.getStyleClass().add("status-events");
        events.textProperty().bind(shownCount());
        bar.getRightItems().add(events);
        Button cancel = new Button(messages.get("status.cancel"));
        cancel.setId("cancel-import");
        cancel.setAccessibleText(messages.get("status.cancel.accessible"));
        cancel.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.imports().stateProperty().get() == ImportState.RUNNING, model.imports().stateProperty()));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.imports().cancel());
        bar.getRightItems().add(cancel);
        // a failure stays said until the analyst has seen it; what was done is said for a while only
        Button dismiss = new Button(messages.get("status.dismiss"));
        dismiss.setId("dismiss-failure");
        dismiss.setAccessibleText(messages.get("status.dismiss.accessible"));
        dismiss.setTooltip(new Tooltip(messages.get("status.dismiss.accessible")));
        dismiss.visibleProperty().bind(Bindings.createBooleanBinding(model.imports()::failureShown,
                model.imports().statusProperty(), model.imports().stateProperty()));
        dismiss.managedProperty().bind(dismiss.visibleProperty());
        dismiss.setOnAction(e -> model.imports().acknowledgeFailure());
        bar.getRightItems().add(dismiss);
        // another project opening in this one's place reads its documents again: the analyst may put that off
        Button putOff = new Button(messages.get("opening.putOff"));
        putOff.setId("put-off-reading");
        putOff.setAccessibleText(messages.get("opening.putOff.accessible"));
        putOff.visibleProperty().bind(model.putOffOpeningProperty().isNotNull());
        putOff.managedProperty().bind(putOff.visibleProperty());
        putOff.setOnAction(e -> {
            Runnable action = model.putOffOpeningProperty().get();
            model.putOffOpeningProperty().set(null);
            if (action != null) {
                action.run();
            }
        });
        bar.getRightItems().add(putOff);
        return bar;
    }

    private void acceptDrops() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !model.imports().stateProperty().get().active() && !readOnly.get()) {
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
