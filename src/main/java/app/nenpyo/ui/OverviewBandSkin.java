package app.nenpyo.ui;

import app.nenpyo.timeline.DensityHistogram;
import app.nenpyo.timeline.DisplayList.DensityBar;
import app.nenpyo.timeline.TimeScale;
import app.nenpyo.timeline.TimelineIndex;
import java.time.Instant;
import java.time.LocalDate;
import javafx.beans.InvalidationListener;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints the overview band on one canvas and turns the pointer into view model calls. The
 * histogram is counted again only when the shown events change, and painting is O(buckets), so
 * moving the window costs the same for ten events as for a million.
 */
final class OverviewBandSkin extends CanvasSkin<OverviewBand> {
    /** Pixels per histogram bucket: fine enough to show single days of a month, coarse enough to read. */
    private static final double BUCKET_PX = 3;
    /** How near an edge of the window (in pixels) a press grabs that edge rather than the window. */
    private static final double EDGE_GRAB = 5;
    /** Share of the project's time added at each side, so its first and last events are not on the border. */
    private static final double PADDING = 0.02;
    private static final double KEY_PAN_FRACTION = 0.1;

    private enum Grab { NONE, WINDOW, LEFT_EDGE, RIGHT_EDGE }

    private final TimelineViewModel model;
    private DensityHistogram histogram;
    private TimeScale overview;
    private Grab grab = Grab.NONE;
    private long grabTime;
    private long grabCentre;

    private final InvalidationListener recount = o -> {
        histogram = null;
        markDirty();
    };
    private final InvalidationListener redraw = o -> markDirty();
    private final SkinWiring wiring = new SkinWiring();

    OverviewBandSkin(OverviewBand band) {
        super(band);
        this.model = band.model();
        wiring.listen(recount, model.indexProperty(), model.extentProperty());
        wiring.listen(redraw, model.scaleProperty());
        wiring.listen(redraw, band.colourProperties());
        wiring.handle(canvas, MouseEvent.MOUSE_PRESSED, this::pressed);
        wiring.handle(canvas, MouseEvent.MOUSE_DRAGGED, this::dragged);
        wiring.handle(canvas, MouseEvent.MOUSE_RELEASED, e -> grab = Grab.NONE);
        wiring.handle(canvas, MouseEvent.MOUSE_MOVED, this::moved);
        wiring.handle(band, KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        wiring.removeAll();
        super.dispose();
    }

    /** The overview's own scale: the whole project across the band (for tests and hit maths). */
    TimeScale overviewScale() {
        return overview;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 46;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 30;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800;
    }

    @Override
    protected void resized(double w, double h) {
        histogram = null;
    }

    @Override
    protected void paint(double w, double h) {
        TimelineViewModel.Extent extent = model.extentProperty().get();
        long pad = Math.max(TimeScale.DAY, Math.round((extent.to() - extent.from()) * PADDING));
        overview = new TimeScale(extent.from() - pad, extent.to() + pad, w, TimeScale.TOKYO).clamped();
        if (histogram == null) {
            // the histogram spans the shown events (filters may narrow them), in buckets of a day at
            // least: news dates are days, finer buckets only make hairlines
            TimelineIndex shown = model.indexProperty().get();
            long days = Math.max(1, (shown.lastEnd() - shown.firstStart()) / TimeScale.DAY);
            double bucketsAcross = w * (shown.lastEnd() - shown.firstStart()) / Math.max(1.0, overview.span()) / BUCKET_PX;
            histogram = DensityHistogram.of(shown, (int) Math.max(1, Math.min(bucketsAcross, days)));
        }
        OverviewBand band = getSkinnable();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(band.colour("background"));
        g.fillRect(0, 0, w, h);
        double labelRow = 13;
        if (model.indexProperty().get().size() > 0) {
            g.setFill(band.colour("density"));
            for (DensityBar bar : histogram.bars(overview, labelRow + 2, h - labelRow - 4)) {
                g.fillRect(bar.x0(), bar.y0(), Math.max(1, bar.x1() - bar.x0() - 0.5), bar.y1() - bar.y0());
            }
        }
        paintEnds(g, band, w);
        double[] window = DensityHistogram.window(overview, model.scaleProperty().get());
        double x0 = Math.max(0, window[0]);
        double x1 = Math.min(w, Math.max(window[1], window[0] + 2));
        g.setFill(band.colour("outside"));
        g.fillRect(0, 0, x0, h);
        g.fillRect(x1, 0, w - x1, h);
        g.setStroke(band.colour("window"));
        g.setLineWidth(1.5);
        g.strokeRect(x0 + 0.75, 0.75, Math.max(1, x1 - x0 - 1.5), h - 1.5);
        g.setFill(band.colour("window"));
        // grips on both edges, so the window visibly can be resized
        g.fillRect(x0, h / 2 - 6, 3, 12);
        g.fillRect(x1 - 3, h / 2 - 6, 3, 12);
    }

    /** The first and last day of the project at the band's corners: where the whole thing begins and ends. */
    private void paintEnds(GraphicsContext g, OverviewBand band, double w) {
        TimelineViewModel.Extent extent = model.extentProperty().get();
        if (extent.equals(TimelineViewModel.Extent.NONE)) {
            return;
        }
        Messages messages = model.messages();
        g.setFont(Font.font(band.fontProperty().get().getFamily(), 10));
        g.setFill(band.colour("text"));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(messages.date(day(extent.from())), 4, 1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(messages.date(day(extent.to() - 1)), w - 4, 1);
    }

    private static LocalDate day(long millis) {
        return Instant.ofEpochMilli(millis).atZone(TimeScale.TOKYO).toLocalDate();
    }

    private Grab grabAt(double x) {
        if (overview == null) {
            return Grab.NONE;
        }
        double[] window = DensityHistogram.window(overview, model.scaleProperty().get());
        if (Math.abs(x - window[0]) <= EDGE_GRAB && window[1] - window[0] > 3 * EDGE_GRAB) {
            return Grab.LEFT_EDGE;
        }
        if (Math.abs(x - window[1]) <= EDGE_GRAB && window[1] - window[0] > 3 * EDGE_GRAB) {
            return Grab.RIGHT_EDGE;
        }
        return x >= window[0] && x <= window[1] ? Grab.WINDOW : Grab.NONE;
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || overview == null) {
            return;
        }
        grab = grabAt(e.getX());
        if (grab == Grab.NONE) {
            // a click beside the window jumps there, and a drag from there moves it on
            model.centreOn(overview.time(e.getX()));
            grab = Grab.WINDOW;
        }
        TimeScale view = model.scaleProperty().get();
        grabTime = overview.time(e.getX());
        grabCentre = view.start() + view.span() / 2;
    }

    private void dragged(MouseEvent e) {
        if (overview == null || grab == Grab.NONE) {
            return;
        }
        long at = overview.time(Math.max(0, Math.min(canvas.getWidth(), e.getX())));
        TimeScale view = model.scaleProperty().get();
        switch (grab) {
            case WINDOW -> model.centreOn(grabCentre + (at - grabTime));
            case LEFT_EDGE -> model.showRange(Math.min(at, view.end() - TimeScale.HOUR), view.end());
            case RIGHT_EDGE -> model.showRange(view.start(), Math.max(at, view.start() + TimeScale.HOUR));
            default -> {
            }
        }
    }

    private void moved(MouseEvent e) {
        Grab under = grabAt(e.getX());
        canvas.setCursor(under == Grab.LEFT_EDGE || under == Grab.RIGHT_EDGE ? Cursor.H_RESIZE
                : under == Grab.WINDOW ? Cursor.OPEN_HAND : Cursor.DEFAULT);
    }

    private void keyPressed(KeyEvent e) {
        double w = model.scaleProperty().get().width();
        switch (e.getCode()) {
            case LEFT -> model.pan(-w * KEY_PAN_FRACTION);
            case RIGHT -> model.pan(w * KEY_PAN_FRACTION);
            case PLUS, ADD, EQUALS -> model.zoomStep(2);
            case MINUS, SUBTRACT -> model.zoomStep(0.5);
            case HOME -> model.fitAll();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
