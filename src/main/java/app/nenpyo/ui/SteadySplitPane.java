package app.nenpyo.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * A split pane of two panes whose divider stays where the analyst put it as the window is resized.
 * JavaFX's split pane takes a window's shrinking from the pane that reaches its least size last and
 * gives the room back to both when the window grows again, so a window made smaller and larger
 * again left the divider elsewhere. Here the divider goes back, at every change of size, to where
 * the analyst (or the remembered layout) put it: the same share of the width, or, when the first
 * pane keeps its size as the window changes ({@link SplitPane#setResizableWithParent}), the same
 * width of the first pane; the panes' least sizes still win in a window too small for it.
 */
final class SteadySplitPane extends SplitPane {
    /** Where the analyst put the divider: a share of the split's size, or the first pane's size in px when that one keeps its size. */
    private double kept = Double.NaN;
    /** The split's size at the last layout; a layout at another size puts the divider back where the analyst put it. */
    private double laidOutSize = -1;
    /**
     * While a layout moves the divider: no choice of the analyst's. The split pane moves it for a new
     * size, and again in a later layout when the place it was put at leaves a pane less than its least size.
     */
    private boolean layingOut;

    SteadySplitPane(Orientation orientation, Node first, Node second) {
        super(first, second);
        setOrientation(orientation);
        getDividers().get(0).positionProperty().addListener((o, was, position) -> {
            if (!layingOut && size() > 0) {
                keep(position.doubleValue());
            }
        });
    }

    private void keep(double position) {
        kept = firstKeepsItsSize() ? position * size() : position;
    }

    @Override
    protected void layoutChildren() {
        double size = size();
        layingOut = true;
        try {
            super.layoutChildren();
            if (size > 0 && size != laidOutSize) {
                if (Double.isNaN(kept)) {
                    // the position given before the split had a size (the default, or the remembered one)
                    keep(getDividerPositions()[0]);
                }
                laidOutSize = size;
                // after the split pane has shared out the new size its own way, from the panes' old sizes
                setDividerPositions(firstKeepsItsSize() ? kept / size : kept);
                super.layoutChildren();
            }
        } finally {
            layingOut = false;
        }
    }

    private boolean firstKeepsItsSize() {
        return !getItems().isEmpty() && !SplitPane.isResizableWithParent(getItems().get(0));
    }

    private double size() {
        return getOrientation() == Orientation.HORIZONTAL ? getWidth() : getHeight();
    }
}
