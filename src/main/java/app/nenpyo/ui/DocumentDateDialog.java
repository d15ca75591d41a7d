package app.nenpyo.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** Asks the analyst for one document's date (the anchor of its relative dates). */
final class DocumentDateDialog {
    private DocumentDateDialog() {
    }

    static Optional<LocalDate> ask(Window owner, Messages messages, DocumentRow document, LocalDate initial) {
        Dialog<LocalDate> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, messages.get("dateDialog.title"));
        dialog.setHeaderText(messages.format("dateDialog.header", document.title()));
        DatePicker picker = Dialogs.datePicker(initial, messages.get("dateDialog.accessible"));
        Label label = new Label(messages.get("dateDialog.label"));
        label.setLabelFor(picker);
        dialog.getDialogPane().setContent(new HBox(8, label, picker));
        ButtonType ok = Dialogs.ok(messages);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Dialogs.cancel(messages));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(picker.valueProperty().isNull());
        dialog.setResultConverter(button -> button == ok ? picker.getValue() : null);
        Platform.runLater(picker::requestFocus);
        return dialog.showAndWait();
    }
}
