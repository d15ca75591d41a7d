package app.nenpyo.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Control;
import javafx.scene.control.SkinBase;

/**
 * A skin that paints its control on one canvas the size of the control, and only when something
 * it shows has changed: a change marks it dirty and asks for a layout, and the next layout (at most
 * once a pulse) paints. Subclasses paint; this class decides when.
 */
abstract class CanvasSkin<C extends Control> extends SkinBase<C> {
    protected final Canvas canvas = new Canvas();
    private boolean dirty = true;

    protected CanvasSkin(C control) {
        super(control);
        getChildren().add(canvas);
    }

    /**
     * None of its own: the canvas is as wide as the control was laid out last, and SkinBase would
     * hold the control at that width, so a pane made narrower overflowed and cut it.
     */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right;
    }

    /** None of its own either, for the same reason; subclasses ask for the height they need to be read. */
    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom;
    }

    /** Something shown changed: paint again at the next layout. */
    protected final void markDirty() {
        if (!dirty) {
            dirty = true;
            if (getSkinnable() != null) {
                getSkinnable().requestLayout();
            }
        }
    }

    @Override
    protected final void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            resized(w, h);
            dirty = true;
        }
        canvas.relocate(x, y);
        laidOut(w, h);
        if (dirty) {
            dirty = false;
            if (w > 0 && h > 0) {
                paint(w, h);
            }
        }
    }

    /** The canvas took a new size (before it is painted at that size). */
    protected void resized(double w, double h) {
    }

    /** Every layout, just before painting if painting is due: what depends on the size can be told here. */
    protected void laidOut(double w, double h) {
    }

    /** Paints the whole canvas, {@code w × h}, both positive. */
    protected abstract void paint(double w, double h);
}
