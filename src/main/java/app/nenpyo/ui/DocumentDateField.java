package app.nenpyo.ui;

import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * A date picker for a document's date that takes every form {@link DocumentDateViewModel} reads
 * (2022年1月22日, 2022/01/22, 1月22日…) and says under it what the text reads as, or why it
 * cannot be kept: a date typed is never silently replaced by the one the picker had.
 */
final class DocumentDateField {
    private final DocumentDateViewModel model;
    private final DatePicker picker;
    private final Label reading = new Label();
    private final VBox node;

    /**
     * @param sayReadingAlways whether the reading shows under a date the picker already holds
     *                         too (a dialog with one date), or only while a typed text is not
     *                         yet the picker's date (a list of many)
     */
    DocumentDateField(LocalDate initial, LocalDate anchor, String accessibleText, Messages messages, boolean sayReadingAlways) {
        this.model = new DocumentDateViewModel(initial, anchor, messages);
        this.picker = Dialogs.datePicker(initial, accessibleText, () -> model.anchorProperty().get());
        picker.getEditor().textProperty().addListener((o, was, typed) -> model.textProperty().set(typed));
        reading.textProperty().bind(model.readingProperty());
        reading.setWrapText(true);
        reading.getStyleClass().add("date-reading");
        model.acceptableProperty().addListener((o, was, readable) -> markUnreadable(!readable));
        markUnreadable(!model.acceptableProperty().get());
        if (!sayReadingAlways) {
            // in a list the reading keeps to one line as wide as the picker, its whole text in a
            // tooltip: a long reason would make its row as tall as the list, or its column as wide
            reading.setWrapText(false);
            reading.maxWidthProperty().bind(picker.widthProperty());
            reading.setMinWidth(0);
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(model.readingProperty());
            reading.setTooltip(whole);
            reading.visibleProperty().bind(Bindings.createBooleanBinding(
                    () -> !Objects.equals(model.textProperty().get(), picker.getConverter().toString(picker.getValue())),
                    model.textProperty(), picker.valueProperty()));
        }
        reading.visibleProperty().addListener((o, was, visible) -> reading.setManaged(visible));
        reading.setManaged(reading.isVisible());
        this.node = new VBox(2, picker, reading);
    }

    private void markUnreadable(boolean unreadable) {
        reading.getStyleClass().remove("error");
        if (unreadable) {
            reading.getStyleClass().add("error");
        }
    }

    /**
     * Enter takes the typed date and stops there: in a dialog listing many dates it must not also
     * press the default button and close the dialog with the date lost. A text that is no day is
     * not taken: it stays, with the reason under it, for the analyst to correct.
     */
    DocumentDateField enterCommitsTypedDate() {
        // on the picker, not its editor: the picker holds the focus and hands keys to the editor itself;
        // the release too, on which the picker's skin would take the text and put its old date back
        picker.addEventFilter(KeyEvent.ANY, key -> {
            if (key.getCode() == KeyCode.ENTER) {
                String typed = picker.getEditor().getText();
                boolean takeable = model.acceptableProperty().get() || typed == null || typed.isBlank();
                if (key.getEventType() == KeyEvent.KEY_PRESSED && takeable) {
                    picker.commitValue();
                }
                key.consume();
            }
        });
        return this;
    }

    DocumentDateViewModel model() {
        return model;
    }

    DatePicker picker() {
        return picker;
    }

    Label reading() {
        return reading;
    }

    /** The picker with its reading under it. */
    VBox node() {
        return node;
    }
}
