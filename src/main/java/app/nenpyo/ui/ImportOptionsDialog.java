package app.nenpyo.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows what is about to be imported and lets the analyst give an anchor date for all of it. */
final class ImportOptionsDialog {
    private ImportOptionsDialog() {
    }

    static Optional<ImportRequest> ask(Window owner, Messages messages, List<Path> inputs) {
        Dialog<ImportRequest> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, messages.get("import.title"));
        ListView<Path> list = new ListView<>();
        list.getItems().setAll(inputs);
        list.setPrefHeight(Math.min(200, 28 + 24.0 * inputs.size()));
        list.setAccessibleText(messages.get("import.inputs"));
        Label inputsLabel = new Label(messages.get("import.inputs"));
        inputsLabel.setLabelFor(list);
        DatePicker anchor = Dialogs.datePicker(null, messages.get("import.anchor.accessible"));
        Label anchorLabel = new Label(messages.get("import.anchor"));
        anchorLabel.setLabelFor(anchor);
        VBox content = new VBox(8, inputsLabel, list, anchorLabel, anchor);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        ButtonType start = new ButtonType(messages.get("import.start"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(start, Dialogs.cancel(messages));
        dialog.setResultConverter(button -> button == start
                ? new ImportRequest(inputs, Optional.ofNullable(anchor.getValue()))
                : null);
        return dialog.showAndWait();
    }
}
