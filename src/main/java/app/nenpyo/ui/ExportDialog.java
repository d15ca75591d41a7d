package app.nenpyo.ui;

import app.nenpyo.export.PngWriter;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.IntBuffer;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The export dialog: settings on the left in three sections (what: title and range; lanes; output:
 * format, width, scale, file), the preview on the right, repainted shortly after a setting changes;
 * status, progress, cancel, copy to clipboard, close and export along the bottom. The file to write
 * is a field the analyst can type into or fill with Browse…, so the destination is always in
 * sight. All state and work is in {@link ExportViewModel}; this class only binds controls to it.
 */
final class ExportDialog {
    private final ExportViewModel model;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final ImageView preview = new ImageView();
    private final PauseTransition refreshSoon = new PauseTransition(Duration.millis(350));
    private static final double SETTINGS_WIDTH = 480;
    private static final double LABEL_WIDTH = 64;
    private static final int MIN_WIDTH = 600;
    private static final int MAX_WIDTH = 100_000;
    /** Monospace families, the most common first on each system (Windows, macOS, Linux). */
    private static final List<String> MONOSPACE_FAMILIES = List.of("Consolas", "Menlo", "Noto Sans Mono", "DejaVu Sans Mono",
            "Liberation Mono", "Courier New", "Monospaced");

    private ExportDialog(Window owner, ExportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("export.title"));
        BorderPane root = new BorderPane();
        root.setPadding(new Insets(16));
        VBox settings = settings();
        settings.setPrefWidth(SETTINGS_WIDTH);
        settings.setMinWidth(SETTINGS_WIDTH);
        root.setLeft(settings);
        root.setCenter(previewPane());
        root.setBottom(actions());
        model.previewProperty().addListener((o, old, image) -> preview.setImage(image == null ? null : fxImage(image)));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> model.cancel());
        refreshSoon.setOnFinished(e -> model.refreshPreview());
        // any setting that changes the picture or the list repaints the preview once the analyst pauses
        List.<javafx.beans.Observable>of(model.titleProperty(), model.rangeProperty(), model.fromProperty(), model.toProperty(),
                model.allLanesProperty(), model.selectedLanes(), model.widthProperty(), model.formatProperty())
                .forEach(p -> p.addListener(o -> refreshSoon.playFromStart()));
    }

    /**
     * Opens the dialog for the window's timeline over {@code owner}, with background threads of its
     * own (stopped when it closes): the one hook the main window calls.
     */
    static void open(Window owner, WindowViewModel window, Messages messages) {
        JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
        ExportViewModel model = new ExportViewModel(window.timeline(), window.filters().active(), window.project(), executor, messages);
        // a second report of the same window starts from the first one's title, format and file
        window.lastExport().ifPresent(model::reuse);
        ExportDialog dialog = new ExportDialog(owner, model, messages);
        dialog.stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            window.rememberExport(model.choices());
            executor.shutdown();
        });
        dialog.stage.show();
        dialog.model.refreshPreview();
    }

    /** Opens the dialog over {@code owner} and paints a first preview. */
    static void show(Window owner, ExportViewModel model, Messages messages) {
        ExportDialog dialog = new ExportDialog(owner, model, messages);
        dialog.stage.show();
        model.refreshPreview();
    }

    private VBox settings() {
        TextField title = new TextField();
        title.setId("export-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        // an event list has no title, size or scale: what it holds is chosen by the range and lanes
        title.disableProperty().bind(model.dataProperty());
        ToggleGroup ranges = new ToggleGroup();
        VBox rangeBox = new VBox(6);
        for (ExportViewModel.Range r : ExportViewModel.Range.values()) {
            RadioButton button = new RadioButton(messages.get("export.range." + r.name()));
            button.setId("export-range-" + r.name());
            button.setToggleGroup(ranges);
            button.setUserData(r);
            button.setSelected(model.rangeProperty().get() == r);
            rangeBox.getChildren().add(button);
        }
        ranges.selectedToggleProperty().addListener((o, old, t) -> {
            if (t != null) {
                model.rangeProperty().set((ExportViewModel.Range) t.getUserData());
            }
        });
        DatePicker from = Dialogs.datePicker(model.fromProperty().get(), messages.get("export.from"));
        DatePicker to = Dialogs.datePicker(model.toProperty().get(), messages.get("export.to"));
        from.setId("export-from");
        to.setId("export-to");
        from.getStyleClass().add("day-field");
        to.getStyleClass().add("day-field");
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        from.disableProperty().bind(model.rangeProperty().isNotEqualTo(ExportViewModel.Range.DAYS));
        to.disableProperty().bind(from.disableProperty());
        HBox days = new HBox(4, from, new Label("〜"), to);
        days.setAlignment(Pos.CENTER_LEFT);
        days.setPadding(new Insets(0, 0, 0, 8));
        rangeBox.getChildren().add(days);

        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.setId("export-format");
        format.getItems().setAll(ExportFormat.values());
        format.valueProperty().bindBidirectional(model.formatProperty());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : messages.get("export.format." + f.name());
            }

            @Override
            public ExportFormat fromString(String s) {
                return ExportFormat.valueOf(s.toUpperCase(Locale.ROOT));
            }
        });
        Spinner<Integer> width = new Spinner<>(MIN_WIDTH, MAX_WIDTH, (int) Math.round(model.widthProperty().get()), 100);
        width.setId("export-width");
        width.setEditable(true);
        width.setPrefWidth(120);
        width.valueProperty().addListener((o, old, v) -> model.widthProperty().set(v));
        width.disableProperty().bind(model.dataProperty());
        ChoiceBox<Double> scale = new ChoiceBox<>();
        scale.setId("export-scale");
        for (double s = PngWriter.MIN_SCALE; s <= PngWriter.MAX_SCALE; s++) {
            scale.getItems().add(s);
        }
        scale.setValue(model.scaleProperty().get());
        scale.valueProperty().addListener((o, old, v) -> model.scaleProperty().set(v));
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : messages.format("export.scaleTimes", String.valueOf(s.intValue()));
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace("×", ""));
            }
        });
        scale.disableProperty().bind(model.formatProperty().isNotEqualTo(ExportFormat.PNG));
        Label dataHint = dim(messages.get("export.dataHint"));
        dataHint.setId("export-data-hint");
        dataHint.visibleProperty().bind(model.dataProperty());
        dataHint.managedProperty().bind(dataHint.visibleProperty());
        TextField file = new TextField();
        file.setId("export-file");
        file.textProperty().bindBidirectional(model.outputFileProperty());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(messages.get("export.browse"));
        browse.setOnAction(e -> chooseFile());

        GridPane content = form();
        content.addRow(0, label("export.titleLabel", title), title);
        content.addRow(1, label("export.range", rangeBox), rangeBox);
        GridPane output = form();
        output.addRow(0, label("export.format", format), new VBox(4, format, dataHint));
        output.addRow(1, label("export.width", width), new HBox(6, width, dim(messages.get("export.pixels"))));
        output.addRow(2, label("export.scale", scale), new HBox(6, scale, dim(messages.get("export.scaleHint"))));
        output.addRow(3, label("export.file", file), new HBox(6, file, browse));
        for (javafx.scene.Node n : output.getChildren()) {
            if (n instanceof HBox h) {
                h.setAlignment(Pos.CENTER_LEFT);
            }
        }
        VBox box = new VBox(8, heading("export.section.content"), content, new Separator(),
                heading("export.lanes"), lanes(), new Separator(), heading("export.section.output"), output);
        box.setPadding(new Insets(0, 16, 0, 0));
        return box;
    }

    /** The lane choice, or a line saying the timeline has no lanes (nothing to choose). */
    private javafx.scene.Node lanes() {
        if (!model.grouped()) {
            return dim(messages.get("export.noLaneMode"));
        }
        if (model.lanes().isEmpty()) {
            return dim(messages.get("export.noLanesShown"));
        }
        CheckBox allLanes = new CheckBox(messages.get("export.allLanes"));
        allLanes.setId("export-all-lanes");
        allLanes.selectedProperty().bindBidirectional(model.allLanesProperty());
        ListView<String> lanes = new ListView<>();
        lanes.getItems().setAll(model.lanes());
        lanes.setCellFactory(CheckBoxListCell.forListView(lane -> {
            javafx.beans.property.BooleanProperty on = new javafx.beans.property.SimpleBooleanProperty(
                    model.selectedLanes().contains(lane));
            on.addListener((o, old, value) -> {
                if (value) {
                    model.selectedLanes().add(lane);
                } else {
                    model.selectedLanes().remove(lane);
                }
            });
            return on;
        }));
        lanes.setPrefHeight(Math.min(8, model.lanes().size()) * 24 + 4);
        lanes.disableProperty().bind(model.allLanesProperty());
        return new VBox(6, allLanes, lanes);
    }

    /** Two columns, labels at their natural width (never cut to "…"), fields taking the rest. */
    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        // one least width for the labels of both forms, so their fields line up; a longer label widens its column
        labels.setMinWidth(LABEL_WIDTH);
        labels.setHalignment(javafx.geometry.HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private Label heading(String key) {
        Label heading = new Label(messages.get(key));
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.05em;");
        return heading;
    }

    private static Label dim(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setOpacity(0.7);
        return label;
    }

    private Label label(String key, javafx.scene.Node target) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(target);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new Insets(4, 0, 0, 0));
        return label;
    }

    /**
     * The preview: the picture, fitted to the width it is given, on a neutral ground so the page's
     * edge shows; or, for an event list, the beginning of the file as it will be written, in a
     * monospace font, under how many events it holds.
     */
    private BorderPane previewPane() {
        preview.setId("export-preview");
        preview.setPreserveRatio(true);
        preview.setSmooth(true);
        StackPane page = new StackPane(preview);
        page.setAlignment(Pos.TOP_CENTER);
        page.setPadding(new Insets(12));
        page.setStyle("-fx-background-color: #e4e2dd;");
        ScrollPane scroller = new ScrollPane(page);
        scroller.setFitToWidth(true);
        scroller.setPrefViewportWidth(ExportViewModel.PREVIEW_WIDTH);
        scroller.setPrefViewportHeight(560);
        // shrink a wide preview to the pane, never enlarge it past its painted pixels
        preview.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double room = scroller.getViewportBounds().getWidth() - 24;
            double painted = preview.getImage() == null ? room : preview.getImage().getWidth();
            return Math.max(1, Math.min(room, painted));
        }, scroller.viewportBoundsProperty(), preview.imageProperty()));
        scroller.visibleProperty().bind(model.dataProperty().not());
        StackPane shown = new StackPane(scroller, listPreview());
        BorderPane pane = new BorderPane(shown);
        Label heading = heading("export.previewHeading");
        Label hint = dim(messages.get("export.previewHint"));
        HBox top = new HBox(10, heading, hint);
        top.setAlignment(Pos.BASELINE_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));
        pane.setTop(top);
        BorderPane.setMargin(pane, new Insets(0, 0, 0, 8));
        return pane;
    }

    /** An event list's beginning as the file holds it, and how many events it holds; shown while a list format is chosen. */
    private VBox listPreview() {
        Label count = new Label();
        count.setId("export-list-count");
        TextArea text = new TextArea();
        text.setId("export-list-preview");
        text.setEditable(false);
        text.getStyleClass().add("export-list-preview");
        monospace().ifPresent(family -> text.setStyle("-fx-font-family: \"" + family + "\";"));
        VBox.setVgrow(text, Priority.ALWAYS);
        model.listPreviewProperty().addListener((o, old, list) -> {
            text.setText(list == null ? "" : list.text());
            count.setText(list == null ? "" : list.shown() < list.total()
                    ? messages.format("export.listPreviewFirst", list.shown(), list.total())
                    : messages.format("export.listPreviewAll", list.total()));
        });
        VBox box = new VBox(6, count, text);
        box.visibleProperty().bind(model.dataProperty());
        return box;
    }

    /**
     * A monospace family the machine has, for ids and columns that line up; JavaFX's logical
     * "Monospaced" is not one on every Linux (fontconfig does not know the name). Kanji come from
     * the fallback fonts either way.
     */
    private static java.util.Optional<String> monospace() {
        List<String> installed = javafx.scene.text.Font.getFamilies();
        return MONOSPACE_FAMILIES.stream().filter(installed::contains).findFirst();
    }

    private VBox actions() {
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefWidth(220);
        Label status = new Label();
        status.setId("export-status");
        status.textProperty().bind(Bindings.when(model.errorProperty().isEmpty())
                .then(model.statusProperty()).otherwise(model.errorProperty()));
        status.textFillProperty().bind(Bindings.when(model.errorProperty().isEmpty())
                .then(javafx.scene.paint.Color.web("#333")).otherwise(javafx.scene.paint.Color.web("#b3261e")));
        Button copy = new Button(messages.get("export.copy"));
        copy.setOnAction(e -> model.copyImage(image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(fxImage(image));
            Clipboard.getSystemClipboard().setContent(content);
        }));
        Button export = new Button(messages.get("export.save"));
        export.setId("export-save");
        export.setDefaultButton(true);
        export.setOnAction(e -> exportConfirmingOverwrite());
        Button cancel = new Button(messages.get("export.cancel"));
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        copy.setId("export-copy");
        copy.disableProperty().bind(model.runningProperty().or(model.dataProperty()));
        export.disableProperty().bind(model.runningProperty());
        Button close = new Button(messages.get("export.close"));
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, status, gap, cancel, copy, close, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(bar);
        box.setPadding(new Insets(14, 0, 0, 0));
        return box;
    }

    /** Writes to the file named in the dialog; asks first when that would replace a file. */
    private void exportConfirmingOverwrite() {
        String file = model.outputFileProperty().get().strip();
        boolean exists;
        try {
            exists = !file.isEmpty() && java.nio.file.Files.exists(java.nio.file.Path.of(file));
        } catch (java.nio.file.InvalidPathException e) {
            exists = false;
        }
        if (exists) {
            // the very button shown: a button type is equal only to itself, and one made anew matched no answer
            ButtonType replace = Dialogs.ok(messages);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.format("export.replace", file),
                    replace, Dialogs.cancel(messages));
            ask.initOwner(stage);
            ask.setHeaderText(null);
            if (ask.showAndWait().orElse(null) != replace) {
                return;
            }
        }
        model.export();
    }

    private void chooseFile() {
        ExportFormat chosen = model.formatProperty().get();
        String extension = chosen.extension();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(chosen.name(), "*." + extension));
        File current = new File(model.outputFileProperty().get());
        if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParentFile());
        }
        chooser.setInitialFileName(current.getName().isBlank()
                ? ExportViewModel.fileName(model.titleProperty().get(), chosen) : current.getName());
        File picked = chooser.showSaveDialog(stage);
        model.renewLocks();
        if (picked != null) {
            model.outputFileProperty().set(picked.getPath());
            // the chooser has asked about replacing an existing file already
            model.export();
        }
    }

    /** A BufferedImage (RGB ints) as a JavaFX image, without the javafx-swing module. */
    static WritableImage fxImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] |= 0xFF000000;
        }
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), IntBuffer.wrap(pixels), w);
        return fx;
    }
}
