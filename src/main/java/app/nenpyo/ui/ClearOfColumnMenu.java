package app.nenpyo.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ConstrainedColumnResizeBase;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * The constrained column resize policy of all columns, which keeps the columns clear of the
 * header's column menu button (+). JavaFX puts that button where the vertical scroll bar is; a
 * list too short to scroll has none, its columns reach the right edge, and the button covered the
 * last column's header (¶, 出典). The columns leave the button's width free then, as a scroll bar
 * would: they stay as wide whether the list scrolls or not, and every header shows whole.
 * <p>JavaFX also narrows the last header's text by the button's width when the header reaches the
 * button, but it compares the button's place in the header row with the header's place in the
 * window: a list some pixels from the window's left edge has its last header narrowed when it ends
 * those pixels before the button. The columns leave those pixels free too (a list at the window's
 * left edge, as the window's lists are, gives up two or three).
 *
 * <pre>{@code
 * table.setColumnResizePolicy(new ClearOfColumnMenu());
 * table.setTableMenuButtonVisible(true);
 * }</pre>
 */
final class ClearOfColumnMenu extends ConstrainedColumnResizeBase implements Callback<TableView.ResizeFeatures, Boolean> {

    @Override
    public Boolean call(TableView.ResizeFeatures features) {
        @SuppressWarnings("unchecked")
        TableView<Object> table = features.getTable();
        double room = room(table);
        TableView.ResizeFeatures<Object> narrower = new TableView.ResizeFeatures<>(table, features.getColumn(), features.getDelta()) {
            @Override
            public double getContentWidth() {
                return Math.max(0, super.getContentWidth() - room);
            }
        };
        return TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS.call(narrower);
    }

    /**
     * The width the menu button takes over the columns when no scroll bar is shown: as wide as a
     * scroll bar (as JavaFX draws it), and the header row's distance from the window's left edge.
     */
    private static double room(TableView<?> table) {
        if (!table.isTableMenuButtonVisible()) {
            return 0;
        }
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.getParent() != null
                    && bar.getParent().getStyleClass().contains("virtual-flow")) {
                return bar.isVisible() ? 0 : table.snapSizeX(bar.prefWidth(-1)) + headerRowX(table);
            }
        }
        return 0;
    }

    private static double headerRowX(TableView<?> table) {
        Node row = table.lookup(".column-header-background");
        return row == null || row.getScene() == null ? 0 : Math.max(0, Math.ceil(row.localToScene(0, 0).getX()));
    }
}
