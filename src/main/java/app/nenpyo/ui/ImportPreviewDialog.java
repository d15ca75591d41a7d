package app.nenpyo.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Window;

/**
 * Shows what an import will store before it does: every document of the chosen files and
 * folders (a blog export gives several) with its detected date and where that came from, in a
 * date picker; undated ones first and marked. Reading runs in the background with progress and a
 * stop button; unreadable inputs are listed under the table and do not block the rest.
 */
final class ImportPreviewDialog {
    private ImportPreviewDialog() {
    }

    /** Shows the dialog (the model reads its inputs meanwhile); empty when the analyst cancels, which also stops reading. */
    static Optional<ImportRequest> ask(Window owner, Messages messages, ImportPreviewViewModel model) {
        model.read();
        return create(owner, messages, model).showAndWait();
    }

    static Dialog<ImportRequest> create(Window owner, Messages messages, ImportPreviewViewModel model) {
        Dialog<ImportRequest> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, messages.get("import.title"));
        dialog.setHeaderText(messages.get("preview.header"));

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.setAccessibleText(messages.get("preview.reading"));
        Button stop = new Button(messages.get("preview.stop"));
        stop.setAccessibleText(messages.get("preview.stop.accessible"));
        stop.setOnAction(e -> model.cancel());
        stop.visibleProperty().bind(model.readingProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        progress.visibleProperty().bind(model.readingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setId("preview-status");
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox reading = new HBox(8, progress, status, stop);
        reading.getStyleClass().add("preview-reading");

        TableView<ImportPreviewRow> table = documentsTable(messages, model);

        Label undated = new Label();
        undated.getStyleClass().add("undated");
        undated.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("preview.undated", model.undatedCountProperty().get()), model.undatedCountProperty()));
        undated.visibleProperty().bind(model.undatedCountProperty().greaterThan(0));
        undated.managedProperty().bind(undated.visibleProperty());
        DocumentDateField forUndatedField = new DocumentDateField(null, LocalDate.now(),
                messages.get("preview.dateUndated.accessible"), messages, false).enterCommitsTypedDate();
        DatePicker forUndated = forUndatedField.picker();
        Label forUndatedLabel = new Label(messages.get("preview.dateUndated"));
        forUndatedLabel.setLabelFor(forUndated);
        Button apply = new Button(messages.get("preview.apply"));
        apply.setAccessibleText(messages.get("preview.dateUndated.accessible"));
        apply.disableProperty().bind(forUndatedField.model().acceptableProperty().not());
        apply.setOnAction(e -> forUndatedField.model().date().ifPresent(model::dateTheUndated));
        HBox dateUndated = new HBox(8, forUndatedLabel, forUndatedField.node(), apply);
        dateUndated.getStyleClass().add("preview-date-undated");
        dateUndated.visibleProperty().bind(undated.visibleProperty());
        dateUndated.managedProperty().bind(dateUndated.visibleProperty());

        Label failuresLabel = new Label(messages.get("preview.failures"));
        failuresLabel.getStyleClass().add("report-heading");
        ListView<String> failures = new ListView<>(model.failures());
        failures.setId("preview-failures");
        failures.getStyleClass().add("preview-failures");
        // room for three lines whatever the table takes: a failure must not scroll out of sight
        failures.setPrefHeight(84);
        failures.setMinHeight(84);
        failures.setAccessibleText(messages.get("preview.failures"));
        failuresLabel.setLabelFor(failures);
        VBox failuresBox = new VBox(4, failuresLabel, failures);
        failuresBox.visibleProperty().bind(Bindings.isNotEmpty(model.failures()));
        failuresBox.managedProperty().bind(failuresBox.visibleProperty());

        VBox content = new VBox(8, reading, undated, table, dateUndated, failuresBox);
        content.getStyleClass().add("import-preview");
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPrefSize(900, 520);
        dialog.getDialogPane().setContent(content);

        ButtonType start = new ButtonType(messages.get("import.start"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(start, Dialogs.cancel(messages));
        Node startButton = dialog.getDialogPane().lookupButton(start);
        startButton.disableProperty().bind(model.canImportProperty().not());
        // disabled while the files are read, the focus went to 取り消す, where Enter would cancel: it goes to 取り込む once it can
        model.canImportProperty().addListener((o, was, can) -> {
            if (can) {
                Platform.runLater(startButton::requestFocus);
            }
        });
        dialog.setResultConverter(button -> button == start ? model.request() : null);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == null) {
                model.cancel();
            }
        });
        return dialog;
    }

    private static TableView<ImportPreviewRow> documentsTable(Messages messages, ImportPreviewViewModel model) {
        TableView<ImportPreviewRow> table = new TableView<>(model.rows());
        table.setId("preview-documents");
        table.setAccessibleText(messages.get("preview.documents"));
        Label placeholder = new Label();
        placeholder.setId("preview-placeholder");
        placeholder.textProperty().bind(model.emptyTableProperty());
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new UndatedMarkingRow());

        TableColumn<ImportPreviewRow, LocalDate> date = new TableColumn<>(messages.get("column.date"));
        date.setCellValueFactory(cell -> cell.getValue().chosenDateProperty());
        date.setCellFactory(column -> new DatePickerCell(messages));
        // a day written the Japanese way (2022年12月30日(金)) whole beside the calendar button, as wide as the font asks
        date.setPrefWidth(Math.ceil(14.5 * Font.getDefault().getSize()));
        date.setSortable(false);
        TableColumn<ImportPreviewRow, String> source = new TableColumn<>(messages.get("column.dateSource"));
        source.setCellValueFactory(cell -> cell.getValue().dateSourceProperty());
        source.setPrefWidth(230);
        TableColumn<ImportPreviewRow, String> title = new TableColumn<>(messages.get("column.title"));
        title.setCellValueFactory(cell -> Bindings.createStringBinding(cell.getValue()::title));
        title.setPrefWidth(230);
        TableColumn<ImportPreviewRow, String> file = new TableColumn<>(messages.get("column.file"));
        file.setCellValueFactory(cell -> Bindings.createStringBinding(cell.getValue()::origin));
        file.setPrefWidth(220);
        for (TableColumn<ImportPreviewRow, String> column : java.util.List.of(source, title)) {
            column.setCellFactory(c -> new WholeTextCell(OverrunStyle.ELLIPSIS));
        }
        // the files of a folder differ by their names, at the end of their paths: a path too long is cut at its start
        file.setCellFactory(c -> new WholeTextCell(OverrunStyle.LEADING_ELLIPSIS));
        table.getColumns().setAll(java.util.List.of(date, source, title, file));
        // undated first as the model orders them; a click on a header may sort the rest
        table.getItems().addListener((ListChangeListener<ImportPreviewRow>) change -> table.getSortOrder().clear());
        return table;
    }

    /** Text that elides in a narrow column keeps the whole of it in a tooltip: the evidence of a date, a long path. */
    private static final class WholeTextCell extends TableCell<ImportPreviewRow, String> {
        private final Tooltip whole = new Tooltip();

        WholeTextCell(OverrunStyle overrun) {
            setTextOverrun(overrun);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            whole.setText(text);
            setTooltip(empty || text == null || text.isEmpty() ? null : whole);
        }
    }

    /** A row marked {@code undated} for as long as its document has no date, so it stands out until one is picked. */
    private static final class UndatedMarkingRow extends TableRow<ImportPreviewRow> {
        private final ChangeListener<Boolean> undatedChanged = (o, was, is) -> mark(is);
        private ImportPreviewRow watched;

        @Override
        protected void updateItem(ImportPreviewRow row, boolean empty) {
            super.updateItem(row, empty);
            ImportPreviewRow now = empty ? null : row;
            if (now != watched) {
                if (watched != null) {
                    watched.undatedProperty().removeListener(undatedChanged);
                }
                watched = now;
                if (watched != null) {
                    watched.undatedProperty().addListener(undatedChanged);
                }
            }
            mark(watched != null && watched.undatedProperty().get());
        }

        private void mark(boolean undated) {
            getStyleClass().remove("undated");
            if (undated) {
                getStyleClass().add("undated");
            }
        }
    }

    /**
     * A date picker bound both ways to the row's chosen date: picking or typing a date changes
     * what will be imported. A month-day typed is read against the row's detected date.
     */
    private static final class DatePickerCell extends TableCell<ImportPreviewRow, LocalDate> {
        private final Messages messages;
        private final DocumentDateField field;
        private ObjectProperty<LocalDate> bound;

        DatePickerCell(Messages messages) {
            this.messages = messages;
            this.field = new DocumentDateField(null, LocalDate.now(), messages.get("dateDialog.accessible"), messages, false)
                    .enterCommitsTypedDate();
            field.picker().setMaxWidth(Double.MAX_VALUE);
            field.picker().getStyleClass().add("preview-date");
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(LocalDate date, boolean empty) {
            super.updateItem(date, empty);
            ImportPreviewRow row = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size()
                    ? null : getTableView().getItems().get(getIndex());
            ObjectProperty<LocalDate> target = row == null ? null : row.chosenDateProperty();
            if (target != bound) {
                if (bound != null) {
                    field.picker().valueProperty().unbindBidirectional(bound);
                }
                bound = target;
                if (bound != null) {
                    LocalDate detected = row.detectedDate().date();
                    field.model().anchorProperty().set(detected == null ? LocalDate.now() : detected);
                    field.picker().valueProperty().bindBidirectional(bound);
                }
            }
            if (row != null) {
                field.picker().setAccessibleText(messages.get("dateDialog.accessible") + ": " + row.title());
                // the project's copy keeps its date: this one is not imported
                field.node().setDisable(row.inProject());
            }
            setGraphic(row == null ? null : field.node());
        }
    }
}
