package app.nenpyo.ui;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * A list row whose highlighted text wraps to the list's width, never scrolling sideways.
 *
 * @param <T> the row's item
 */
abstract class WrappedTextCell<T> extends ListCell<T> {

    protected final HighlightedTextFlow text = new HighlightedTextFlow();
    private final ListView<T> list;

    /** @param inset the width the row's other parts (numbers, padding, scroll bar) take beside the text */
    WrappedTextCell(ListView<T> list, double inset) {
        this.list = list;
        text.prefWidthProperty().bind(list.widthProperty().subtract(inset));
        setPrefWidth(0);
    }

    /**
     * The list asks a row for its height without a width when it estimates where rows are;
     * a row of wrapped text then answers for a width of almost nothing (thousands of pixels
     * tall) and scrolling lands far from the row asked for. Answer for the list's width.
     */
    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 ? list.getWidth() : width);
    }
}
