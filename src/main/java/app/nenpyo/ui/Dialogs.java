package app.nenpyo.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** What every dialog of the window shares: owner, stylesheet, and a date picker that takes ISO dates. */
final class Dialogs {
    private Dialogs() {
    }

    static void prepare(Dialog<?> dialog, Window owner, String title) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
    }

    /** OK in the window's language: JavaFX would name its own buttons after the system locale. */
    static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    static ButtonType close(Messages messages) {
        return new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /**
     * A date picker that reads and writes 2022-01-11 in both languages: unambiguous to type,
     * while the calendar popup follows the locale.
     */
    static DatePicker datePicker(LocalDate initial, String accessibleText) {
        DatePicker picker = new DatePicker(initial);
        picker.setPromptText("YYYY-MM-DD");
        picker.setAccessibleText(accessibleText);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        return picker;
    }

    /**
     * Enter in the picker's text takes the typed date and stops there: in a dialog listing many
     * dates it must not also press the default button and close the dialog with the date lost.
     */
    static void enterCommitsTypedDate(DatePicker picker) {
        // on the picker, not its editor: the picker holds the focus and hands keys to the editor itself
        picker.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER) {
                picker.commitValue();
                key.consume();
            }
        });
    }
}
