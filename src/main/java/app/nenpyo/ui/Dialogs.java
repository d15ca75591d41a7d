package app.nenpyo.ui;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** What every dialog of the window shares: owner, stylesheet, and a date picker that takes a date as an article writes it. */
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
     * A date picker that writes its date the Japanese way in both languages (2022年1月11日(火)), as
     * the window shows dates everywhere, while the calendar popup follows the locale; it reads what
     * {@link DocumentDateViewModel} reads (2022-01-11, 2022/01/11, 2022年1月11日 with or without the
     * day of the week, 1月11日 against the date it holds, else today).
     */
    static DatePicker datePicker(LocalDate initial, String accessibleText) {
        DatePicker picker = new DatePicker(initial);
        readDatesTyped(picker, accessibleText, () -> picker.getValue() == null ? LocalDate.now() : picker.getValue());
        return picker;
    }

    /**
     * A date picker as above whose month-days and relative dates are read against {@code anchor}.
     * A text that is no day leaves the date as it was: the picker cannot hold anything else, so
     * whoever lets the analyst type says why (see {@link DocumentDateField}).
     */
    static DatePicker datePicker(LocalDate initial, String accessibleText, Supplier<LocalDate> anchor) {
        DatePicker picker = new DatePicker(initial);
        readDatesTyped(picker, accessibleText, anchor);
        return picker;
    }

    private static void readDatesTyped(DatePicker picker, String accessibleText, Supplier<LocalDate> anchor) {
        picker.setPromptText("YYYY年M月D日");
        picker.setAccessibleText(accessibleText);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : Messages.JAPANESE_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return DocumentDateViewModel.read(text, anchor.get()).orElse(picker.getValue());
            }
        });
    }
}
