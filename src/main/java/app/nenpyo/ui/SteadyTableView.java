package app.nenpyo.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A table that keeps the analyst's place. When its items are replaced (the events read again after
 * a correction), JavaFX estimates the rows' heights anew and shows other rows, tens of rows away in
 * a long list: this table shows the same rows where they stood. And it brings a row into view only
 * when the row is not wholly in view already, instead of scrolling it to the top.
 */
final class SteadyTableView<T> extends TableView<T> {
    /** Rows shown above a row brought into view from afar, so that it is seen among its neighbours. */
    private static final int ROWS_ABOVE = 3;

    /** The first row shown, and where its top was (at or above the view's top, in px). */
    private record Place(int row, double top) {
    }

    private final ListChangeListener<T> onChange = change -> keepPlace();
    /** Where the rows stood before the items changed, until the table is laid out again; null when nothing changed. */
    private Place kept;
    /** The row to bring into view once the table is laid out, or -1. */
    private int toReveal = -1;

    SteadyTableView() {
        getItems().addListener(onChange);
        itemsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(onChange);
            }
            if (now != null) {
                now.addListener(onChange);
            }
        });
    }

    /** Brings the row into view once the table is laid out, unless it is wholly in view then. */
    void reveal(int row) {
        toReveal = row;
        requestLayout();
    }

    /**
     * Notes where the rows stand: the table lays its rows out again only at the next pulse, so
     * they still stand as they did before the change. Several changes before then keep the first place.
     */
    private void keepPlace() {
        if (kept != null) {
            return;
        }
        VirtualFlow<?> flow = flow();
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        if (first != null && first.getIndex() >= 0) {
            kept = new Place(first.getIndex(), first.getLayoutY());
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return;
        }
        if (kept != null) {
            Place place = kept;
            kept = null;
            flow.scrollToTop(place.row());
            flow.scrollPixels(-place.top());
        }
        if (toReveal >= 0) {
            int row = toReveal;
            toReveal = -1;
            // the rows as they stand now, the place above kept
            flow.layout();
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first == null || last == null || row < first.getIndex() || row > last.getIndex()) {
                flow.scrollToTop(Math.max(0, row - ROWS_ABOVE));
            } else {
                // a row cut by an edge comes wholly into view, the others stay
                flow.scrollTo(row);
            }
        }
    }

    private VirtualFlow<?> flow() {
        return lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }
}
