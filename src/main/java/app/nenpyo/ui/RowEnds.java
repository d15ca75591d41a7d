package app.nenpyo.ui;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import javafx.application.Platform;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Home and Ctrl+End in a list or table of the window go to its first and last row, selected
 * and scrolled to, as in every desktop table. JavaFX's own binding moves only the focus frame
 * there, leaving the selection (and so the reader and the timeline) where it was, and keeps the
 * key, so the window's 全体を表示 (Ctrl+Home) did nothing either: that one acts where no list,
 * table or text field has the focus.
 */
final class RowEnds {
    static final KeyCombination FIRST = new KeyCodeCombination(KeyCode.HOME, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LAST = new KeyCodeCombination(KeyCode.END, KeyCombination.SHORTCUT_DOWN);

    private RowEnds() {
    }

    static void install(TableView<?> table) {
        install(table, table.getSelectionModel(), () -> table.getItems().size(), table::scrollTo);
    }

    static void install(ListView<?> list) {
        install(list, list.getSelectionModel(), () -> list.getItems().size(), list::scrollTo);
    }

    private static void install(Control control, MultipleSelectionModel<?> selection, IntSupplier rows, IntConsumer scrollTo) {
        control.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean first = FIRST.match(e);
            // a cell's text being edited (a paragraph made selectable) takes the keys to its own start and end
            if (!first && !LAST.match(e) || e.getTarget() instanceof TextInputControl) {
                return;
            }
            // the key is the list's even when it is empty: the window's shortcut would act on what is not in view
            e.consume();
            int count = rows.getAsInt();
            if (count > 0) {
                int row = first ? 0 : count - 1;
                selection.clearAndSelect(row);
                scrollTo.accept(row);
                // scrollTo puts the row at the top as far as it can; the last row of a long list was
                // left just below the view (estimated row heights): the flow makes it wholly visible
                Platform.runLater(() -> {
                    if (control.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                        flow.scrollTo(row);
                    }
                });
            }
        });
    }
}
