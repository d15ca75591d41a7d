package app.nenpyo.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks the analyst for one document's date (the anchor of its relative dates). */
final class DocumentDateDialog {
    private DocumentDateDialog() {
    }

    /** The date picked, or empty when cancelled or when it is the date the document has (nothing to store). */
    static Optional<LocalDate> ask(Window owner, Messages messages, DocumentRow document, LocalDate initial) {
        return create(owner, messages, document, initial).showAndWait();
    }

    static Dialog<LocalDate> create(Window owner, Messages messages, DocumentRow document, LocalDate initial) {
        Dialog<LocalDate> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, messages.get("dateDialog.title"));
        dialog.setHeaderText(messages.format("dateDialog.header", document.title()));
        LocalDate anchor = initial == null ? LocalDate.now() : initial;
        DocumentDateField field = new DocumentDateField(initial, anchor, messages.get("dateDialog.accessible"), messages, true);
        field.picker().setId("document-date");
        field.reading().setId("document-date-reading");
        Label label = new Label(messages.get("dateDialog.label"));
        label.setLabelFor(field.picker());
        label.setMinWidth(Label.USE_PREF_SIZE);
        GridPane content = new GridPane();
        content.setHgap(8);
        content.setVgap(4);
        content.addRow(0, label, field.picker());
        content.add(field.reading(), 1, 1);
        field.reading().setMaxWidth(320);
        // room for two lines of reading from the start: the dialog is sized before any text is typed
        field.reading().setMinHeight(2 * 18);
        field.reading().textProperty().addListener((o, was, reading) -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        dialog.getDialogPane().setContent(content);
        ButtonType ok = Dialogs.ok(messages);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Dialogs.cancel(messages));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(field.model().acceptableProperty().not());
        // the text typed, not the picker's value: the picker takes a typed date only when it commits
        dialog.setResultConverter(button -> button == ok ? field.model().changedDate().orElse(null) : null);
        Platform.runLater(field.picker()::requestFocus);
        return dialog;
    }
}
