package app.nenpyo.ui;

import app.nenpyo.timeline.AxisOptions;
import app.nenpyo.timeline.DisplayList;
import app.nenpyo.timeline.DisplayList.ClusterHit;
import app.nenpyo.timeline.DisplayList.Hit;
import app.nenpyo.timeline.DisplayList.ItemHit;
import app.nenpyo.timeline.LabelLanguage;
import app.nenpyo.timeline.LayoutOptions;
import app.nenpyo.timeline.TimeScale;
import app.nenpyo.timeline.TimelineLayout;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.InvalidationListener;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * Paints the timeline on one canvas, and turns the pointer and the keys into view model calls:
 * wheel or pinch zooms about the pointer, drag pans (sideways in time, up and down through
 * lanes), a click selects an event or opens a cluster, a double click on empty space zooms in,
 * +/− zoom, ←/→ pan (with an event selected, or with Ctrl, they select the previous or next
 * event), Enter or a double click on an event opens its source, Home fits all, Escape clears. Redraws only when something it shows changed, once per pulse.
 */
final class TimelineViewSkin extends CanvasSkin<TimelineView> {
    /** Wheel delta that doubles or halves the time shown (a mouse notch is 40). */
    private static final double WHEEL_PER_DOUBLING = 200;
    private static final double KEY_PAN_FRACTION = 0.1;

    private final TimelineViewModel model;
    private final Tooltip tooltip = new Tooltip();
    private TimelinePainter painter;
    private DisplayList current;
    private double scrollY;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    private Object hovered;

    private final InvalidationListener redraw = o -> markDirty();
    private final InvalidationListener fontChanged = o -> {
        painter = null;
        markDirty();
    };
    /** Set when the selected event must be brought into the lanes shown: it was chosen, or the lanes changed under it. */
    private boolean revealPending;
    private final InvalidationListener lanesChanged = o -> {
        scrollY = 0;
        revealPending = true;
        markDirty();
    };
    private final InvalidationListener selectionChanged = o -> {
        revealPending = true;
        markDirty();
    };
    private final SkinWiring wiring = new SkinWiring();

    TimelineViewSkin(TimelineView control) {
        super(control);
        this.model = control.model();
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.getStyleClass().add("timeline-tooltip");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);

        wiring.listen(redraw, model.scaleProperty(), model.showEraProperty(), model.loadingProperty(), model.events());
        wiring.listen(selectionChanged, model.selectedIdProperty());
        wiring.listen(redraw, control.colourProperties());
        wiring.listen(lanesChanged, model.indexProperty(), model.laneSpecProperty());
        wiring.listen(fontChanged, control.fontProperty());
        wiring.handle(canvas, MouseEvent.MOUSE_PRESSED, this::pressed);
        wiring.handle(canvas, MouseEvent.MOUSE_DRAGGED, this::dragged);
        wiring.handle(canvas, MouseEvent.MOUSE_RELEASED, this::released);
        wiring.handle(canvas, MouseEvent.MOUSE_CLICKED, this::clicked);
        wiring.handle(canvas, ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenuRequested);
        // Shift+F10 and the menu key go to the focus owner, the control itself: the canvas never sees them
        wiring.filter(control, ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger() && model.selectedIdProperty().get() == null) {
                e.consume();
            }
        });
        wiring.handle(canvas, MouseEvent.MOUSE_MOVED, this::moved);
        wiring.handle(canvas, MouseEvent.MOUSE_EXITED, e -> hideTooltip());
        wiring.handle(canvas, ScrollEvent.SCROLL, this::scrolled);
        wiring.handle(canvas, ZoomEvent.ZOOM, this::pinched);
        wiring.handle(control, KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        wiring.removeAll();
        tooltip.hide();
        super.dispose();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 320;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 80;
    }

    @Override
    protected void laidOut(double w, double h) {
        model.viewWidth(w);
    }

    @Override
    protected void paint(double w, double h) {
        if (painter == null) {
            painter = new TimelinePainter(getSkinnable().fontProperty().get().getFamily());
        }
        boolean japanese = model.messages().language() == Language.JAPANESE;
        boolean era = model.showEraProperty().get();
        AxisOptions axis = AxisOptions.defaults()
                .withLanguage(japanese ? LabelLanguage.JAPANESE : LabelLanguage.ENGLISH)
                .withEraRow(era)
                .withToday(LocalDate.now(TimeScale.TOKYO));
        // until the events are read (a large project's first frame is drawn from outlines, decision
        // 0011), a dense lane shows its density alone: its headlines could not be clicked yet, and
        // measuring them cost that frame 0.2-0.3 s
        LayoutOptions base = LayoutOptions.defaults().withAxis(axis).withMostReported(!model.events().isEmpty());
        double axisHeight = (era ? 3 : 2) * base.axisRowHeight();
        Long selected = model.selectedIdProperty().get();
        LayoutOptions options = base.withSelected(selected).withViewport(scrollY, Math.max(1, h - axisHeight));
        TimeScale scale = model.scaleProperty().get();
        if (scale.width() != w) {
            scale = scale.withWidth(w);
        }
        current = TimelineLayout.layout(model.indexProperty().get(), scale, model.laneSpecProperty().get(), options,
                painter.measure());
        if (revealPending) {
            revealPending = false;
            // without lanes the rows fill the view and nothing scrolls
            if (selected != null && model.laneSpecProperty().get().grouped() && !drawsItem(current, selected, axisHeight, h)) {
                OptionalDouble top = rowTopInAllLanes(scale, base.withSelected(selected), selected);
                if (top.isPresent()) {
                    // the lane row of the selected event a third of the way down the lanes shown
                    scrollY = Math.max(0, top.getAsDouble() - axisHeight - (h - axisHeight) / 3);
                    current = TimelineLayout.layout(model.indexProperty().get(), scale, model.laneSpecProperty().get(),
                            base.withSelected(selected).withViewport(scrollY, Math.max(1, h - axisHeight)), painter.measure());
                }
            }
        }
        var g = canvas.getGraphicsContext2D();
        boolean nothing = model.events().isEmpty() && model.itemsProperty().get().isEmpty();
        if (nothing && model.loadingProperty().get()) {
            // no time to show yet: an axis now would be of the default view (1970), not of the project
            g.setFill(getSkinnable().colour("background"));
            g.fillRect(0, 0, w, h);
            centredNote(g, model.messages().get("status.loadingEvents"), w, h / 2);
        } else {
            painter.paint(g, current, w, h, getSkinnable()::colour);
            if (nothing) {
                centredNote(g, model.messages().get("timeline.empty"), w, axisHeight + (h - axisHeight) / 2);
            } else if (current.hits().isEmpty() && current.shapes().stream().noneMatch(s -> s instanceof DisplayList.DensityBar)) {
                // nothing of any event drawn: say which way they are, when all of them are before or after
                // (not when lanes scrolled out of sight hold some: the lanes' own hint says so)
                TimelineViewModel.EventsOutOfView out = model.eventsAround(scale);
                if (out.earlier() + out.later() == model.itemsProperty().get().size()) {
                    centredNote(g, model.messages().format("timeline.outOfView", out.earlier(), out.later()), w,
                            axisHeight + (h - axisHeight) / 2);
                }
            }
            moreLanesHints(g, w, h, axisHeight);
        }
        getSkinnable().painted(current);
    }

    /** Whether a display list draws the item, a mark or bar of it, between the axis and the bottom. */
    private static boolean drawsItem(DisplayList list, long itemId, double axisHeight, double h) {
        // an event in several lanes is drawn in each: one of them in sight is enough
        for (DisplayList.Shape s : list.shapes()) {
            double[] rows = rowsOf(s, itemId);
            if (rows != null && rows[0] >= axisHeight && rows[1] <= h) {
                return true;
            }
        }
        return false;
    }

    /** From where to where a shape draws an item ({top, bottom}) when it is that item's mark or bar, else null. */
    private static double[] rowsOf(DisplayList.Shape s, long itemId) {
        if (s instanceof DisplayList.Marker m && m.itemId() == itemId) {
            return new double[] {m.cy(), m.cy()};
        }
        if (s instanceof DisplayList.Bar b && b.itemId() == itemId) {
            return new double[] {b.y0(), b.y1()};
        }
        return null;
    }

    /**
     * How far down the lanes an event chosen out of sight is looked for, in pixels, each depth
     * four times the last: lanes above a depth are laid out to reach it, so the cost grows with
     * it (300,000 events at ten years' zoom: 6–27 ms to 5,000 px, 120–190 ms for every lane).
     * Past the last the analyst scrolls there.
     */
    private static final double[] REVEAL_DEPTHS = {4_000, 16_000, 64_000};

    /**
     * Where the item's row is with the lanes laid out from the top (scrolled to 0), done once
     * when an event is chosen, not every frame. Empty when it is not drawn at this time (folded
     * into a cluster or density), or lies deeper than the lanes looked through.
     */
    private OptionalDouble rowTopInAllLanes(TimeScale scale, LayoutOptions options, long itemId) {
        for (double depth : REVEAL_DEPTHS) {
            DisplayList lanes = TimelineLayout.layout(model.indexProperty().get(), scale, model.laneSpecProperty().get(),
                    options.withViewport(0, depth), painter.measure());
            for (DisplayList.Shape s : lanes.shapes()) {
                double[] rows = rowsOf(s, itemId);
                if (rows != null) {
                    return OptionalDouble.of(rows[0]);
                }
            }
            if (!lanes.moreBelow()) {
                break;
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * Lanes run below the view, or above it once scrolled: a band at that edge says so and how to
     * get there (Shift+wheel, ↑/↓), since the lanes have no scroll bar (their full height is not
     * laid out, to keep a frame bounded by the pixels).
     */
    private void moreLanesHints(GraphicsContext g, double w, double h, double axisHeight) {
        if (!model.laneSpecProperty().get().grouped()) {
            return;
        }
        if (current.moreBelow() || current.height() > h) {
            hintBand(g, w, h - HINT_HEIGHT, model.messages().get("timeline.moreBelow"));
        }
        if (scrollY > 0) {
            hintBand(g, w, axisHeight, model.messages().get("timeline.moreAbove"));
        }
    }

    private static final double HINT_HEIGHT = 18;

    private void hintBand(GraphicsContext g, double w, double top, String text) {
        g.setGlobalAlpha(0.85);
        g.setFill(getSkinnable().colour("background"));
        g.fillRect(0, top, w, HINT_HEIGHT);
        g.setGlobalAlpha(1);
        g.setFill(getSkinnable().colour("dim-text"));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, w / 2, top + HINT_HEIGHT / 2);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void centredNote(GraphicsContext g, String text, double w, double y) {
        g.setFill(getSkinnable().colour("dim-text"));
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(text, w / 2, y);
    }

    private Optional<Hit> hit(double x, double y) {
        return current == null ? Optional.empty() : TimelineLayout.hitTest(current, x, y);
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
        hideTooltip();
        if (e.getButton() == MouseButton.SECONDARY) {
            // the context menu acts on the event under the pointer, whichever platform shows it on press or on release
            selectUnder(e.getX(), e.getY());
        }
    }

    private void selectUnder(double x, double y) {
        Optional<Hit> hit = hit(x, y);
        if (hit.isPresent() && hit.get() instanceof ItemHit item && !Long.valueOf(item.itemId()).equals(model.selectedIdProperty().get())) {
            model.select(item.itemId());
        }
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3) {
            dragging = true;
            canvas.setCursor(Cursor.CLOSED_HAND);
        }
        if (dragging) {
            double dx = lastX - e.getX();
            double dy = lastY - e.getY();
            if (dx != 0) {
                model.pan(dx);
            }
            if (dy != 0) {
                scrollLanes(dy);
            }
            lastX = e.getX();
            lastY = e.getY();
        }
    }

    private void released(MouseEvent e) {
        if (dragging) {
            canvas.setCursor(Cursor.DEFAULT);
        }
    }

    private void clicked(MouseEvent e) {
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<Hit> hit = hit(e.getX(), e.getY());
        if (hit.isPresent() && hit.get() instanceof ItemHit item) {
            model.select(item.itemId());
            if (e.getClickCount() == 2) {
                model.openSelectedSource();
            }
        } else if (hit.isPresent() && hit.get() instanceof ClusterHit cluster) {
            current.hits().stream().filter(box -> box.hit() == cluster).findFirst()
                    .ifPresent(box -> model.zoomIntoCluster(box.x0(), box.x1()));
        } else if (e.getClickCount() == 2) {
            model.zoom(e.getX(), 2);
        }
    }

    /**
     * A right click on an event selects it, and the control's context menu (the window's) acts on
     * it; anywhere else there is no menu (nor from the keyboard without a selection: a filter on
     * the control, which those requests go to, stops them).
     */
    private void contextMenuRequested(ContextMenuEvent e) {
        hideTooltip();
        Optional<Hit> hit = hit(e.getX(), e.getY());
        if (hit.isPresent() && hit.get() instanceof ItemHit) {
            selectUnder(e.getX(), e.getY());
        } else {
            e.consume();
        }
    }

    private void moved(MouseEvent e) {
        Optional<Hit> hit = hit(e.getX(), e.getY());
        canvas.setCursor(hit.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
        Object key = hit.map(h -> h instanceof ItemHit item ? (Object) item.itemId()
                : h instanceof ClusterHit c ? (Object) (c.from() + ":" + c.to()) : null).orElse(null);
        if (key == null) {
            hideTooltip();
            return;
        }
        if (!key.equals(hovered)) {
            hovered = key;
            tooltip.setText(hit.get() instanceof ItemHit item ? model.describe(item.itemId())
                    : model.messages().format("timeline.cluster", ((ClusterHit) hit.get()).count()));
            if (canvas.getScene() != null && canvas.getScene().getWindow() != null) {
                tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 18);
            }
        }
    }

    private void hideTooltip() {
        hovered = null;
        tooltip.hide();
    }

    private void scrolled(ScrollEvent e) {
        hideTooltip();
        if (e.isShiftDown()) {
            scrollLanes(-(e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX()));
        } else if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            model.pan(-e.getDeltaX());
        } else if (e.getDeltaY() != 0) {
            model.zoom(e.getX(), Math.pow(2, e.getDeltaY() / WHEEL_PER_DOUBLING));
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        if (e.getZoomFactor() > 0) {
            model.zoom(e.getX(), e.getZoomFactor());
        }
        e.consume();
    }

    private void scrollLanes(double dy) {
        double next = Math.max(0, scrollY + dy);
        if (dy > 0 && current != null && !current.moreBelow() && current.height() < canvas.getHeight()) {
            return;
        }
        if (next != scrollY) {
            scrollY = next;
            markDirty();
        }
    }

    private void keyPressed(KeyEvent e) {
        double w = canvas.getWidth();
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> model.zoomStep(2);
            case MINUS, SUBTRACT -> model.zoomStep(0.5);
            // with an event selected the arrows walk from event to event; otherwise they pan
            case LEFT -> {
                if (e.isShortcutDown() || model.selectedIdProperty().get() != null) {
                    model.selectNext(-1);
                } else {
                    model.pan(-w * KEY_PAN_FRACTION);
                }
            }
            case RIGHT -> {
                if (e.isShortcutDown() || model.selectedIdProperty().get() != null) {
                    model.selectNext(1);
                } else {
                    model.pan(w * KEY_PAN_FRACTION);
                }
            }
            case ENTER -> model.openSelectedSource();
            case UP -> scrollLanes(-40);
            case DOWN -> scrollLanes(40);
            case HOME -> model.fitAll();
            case ESCAPE -> model.select(null);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
