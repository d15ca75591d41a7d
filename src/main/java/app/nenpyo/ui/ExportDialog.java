package app.nenpyo.ui;

import app.nenpyo.export.ImageFormat;
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
 * The export dialog: settings on the left (title, range, lanes, format, width, scale), the preview
 * on the right, progress, cancel, copy to clipboard and export at the bottom. All state and work
 * is in {@link ExportViewModel}; this class only binds controls to it.
 */
final class ExportDialog {
    private final ExportViewModel model;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final ImageView preview = new ImageView();

    private ExportDialog(Window owner, ExportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("export.title"));
        BorderPane root = new BorderPane();
        root.setPadding(new Insets(12));
        root.setLeft(settings());
        ScrollPane scroller = new ScrollPane(preview);
        scroller.setPrefViewportWidth(ExportViewModel.PREVIEW_WIDTH);
        scroller.setPrefViewportHeight(520);
        BorderPane.setMargin(scroller, new Insets(0, 0, 0, 12));
        root.setCenter(scroller);
        root.setBottom(actions());
        model.previewProperty().addListener((o, old, image) -> preview.setImage(image == null ? null : fxImage(image)));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> model.cancel());
    }

    /**
     * Opens the dialog for the window's timeline over {@code owner}, with background threads of its
     * own (stopped when it closes): the one hook the main window calls.
     */
    static void open(Window owner, WindowViewModel window, Messages messages) {
        JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
        ExportDialog dialog = new ExportDialog(owner, new ExportViewModel(window.timeline(), window.project(), executor, messages),
                messages);
        dialog.stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> executor.shutdown());
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
        title.textProperty().bindBidirectional(model.titleProperty());
        ToggleGroup ranges = new ToggleGroup();
        VBox rangeBox = new VBox(4);
        for (ExportViewModel.Range r : ExportViewModel.Range.values()) {
            RadioButton button = new RadioButton(messages.get("export.range." + r.name()));
            button.setToggleGroup(ranges);
            button.setUserData(r);
            button.setSelected(model.rangeProperty().get() == r);
            rangeBox.getChildren().add(button);
        }
        ranges.selectedToggleProperty().addListener((o, old, t) -> model.rangeProperty().set((ExportViewModel.Range) t.getUserData()));
        DatePicker from = Dialogs.datePicker(model.fromProperty().get(), messages.get("export.from"));
        DatePicker to = Dialogs.datePicker(model.toProperty().get(), messages.get("export.to"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        from.disableProperty().bind(model.rangeProperty().isNotEqualTo(ExportViewModel.Range.DAYS));
        to.disableProperty().bind(from.disableProperty());
        rangeBox.getChildren().add(new HBox(6, from, new Label("〜"), to));

        CheckBox allLanes = new CheckBox(messages.get("export.allLanes"));
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
        lanes.setPrefHeight(140);
        lanes.disableProperty().bind(model.allLanesProperty());
        allLanes.setDisable(model.lanes().isEmpty());

        ChoiceBox<ImageFormat> format = new ChoiceBox<>();
        format.getItems().setAll(ImageFormat.values());
        format.valueProperty().bindBidirectional(model.formatProperty());
        Spinner<Double> width = new Spinner<>(600, 100_000, model.widthProperty().get(), 200);
        width.setEditable(true);
        width.valueProperty().addListener((o, old, v) -> model.widthProperty().set(v));
        Spinner<Double> scale = new Spinner<>(1, 4, model.scaleProperty().get(), 1);
        scale.valueProperty().addListener((o, old, v) -> model.scaleProperty().set(v));
        scale.disableProperty().bind(model.formatProperty().isNotEqualTo(ImageFormat.PNG));
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImageFormat f) {
                return f == null ? "" : f.name();
            }

            @Override
            public ImageFormat fromString(String s) {
                return ImageFormat.valueOf(s.toUpperCase(Locale.ROOT));
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label("export.titleLabel", title), title);
        grid.addRow(1, label("export.range", rangeBox), rangeBox);
        grid.addRow(2, label("export.lanes", lanes), new VBox(4, allLanes, lanes));
        grid.addRow(3, label("export.format", format), format);
        grid.addRow(4, label("export.width", width), width);
        grid.addRow(5, label("export.scale", scale), scale);
        Button refresh = new Button(messages.get("export.preview"));
        refresh.setOnAction(e -> model.refreshPreview());
        VBox box = new VBox(10, grid, refresh);
        box.setPrefWidth(380);
        return box;
    }

    private Label label(String key, javafx.scene.Node target) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(target);
        return label;
    }

    private VBox actions() {
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.textProperty().bind(Bindings.when(model.errorProperty().isEmpty())
                .then(model.statusProperty()).otherwise(model.errorProperty()));
        Button copy = new Button(messages.get("export.copy"));
        copy.setOnAction(e -> model.copyImage(image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(fxImage(image));
            Clipboard.getSystemClipboard().setContent(content);
        }));
        Button export = new Button(messages.get("export.save"));
        export.setDefaultButton(true);
        export.setOnAction(e -> chooseFileAndExport());
        Button cancel = new Button(messages.get("export.cancel"));
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        copy.disableProperty().bind(model.runningProperty());
        export.disableProperty().bind(model.runningProperty());
        Button close = new Button(messages.get("export.close"));
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, status, new javafx.scene.layout.Region(), cancel, copy, export, close);
        HBox.setHgrow(buttons.getChildren().get(1), Priority.ALWAYS);
        VBox box = new VBox(6, progress, buttons);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private void chooseFileAndExport() {
        ImageFormat chosen = model.formatProperty().get();
        String extension = chosen.name().toLowerCase(Locale.ROOT);
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(chosen.name(), "*." + extension));
        chooser.setInitialFileName(model.titleProperty().get().isBlank() ? "nenpyo." + extension
                : model.titleProperty().get().replaceAll("[\\\\/:*?\"<>|]", "_") + "." + extension);
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            model.export(file.toPath());
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
