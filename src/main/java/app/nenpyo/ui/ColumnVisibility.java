package app.nenpyo.ui;

import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Which columns of a list the analyst hid from the header's menu, by column id, as the window remembers them. */
final class ColumnVisibility {

    private ColumnVisibility() {
    }

    /** The ids of the columns now hidden. */
    static Set<String> hidden(TableView<?> table) {
        return table.getColumns().stream().filter(c -> !c.isVisible()).map(TableColumn::getId).collect(Collectors.toSet());
    }

    /** Hides the columns of these ids and shows the others; the column {@code alwaysShown} is shown whatever was saved. */
    static void hide(TableView<?> table, Set<String> ids, String alwaysShown) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            column.setVisible(column.getId().equals(alwaysShown) || !ids.contains(column.getId()));
        }
    }
}
