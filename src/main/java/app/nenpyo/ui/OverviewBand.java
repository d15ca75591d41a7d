package app.nenpyo.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * The band under the timeline: every event of the project as a density histogram over the whole
 * time it covers, and a window for the part the timeline shows. Dragging the window pans the
 * timeline, dragging one of its edges zooms, a click elsewhere centres the timeline there, ←/→
 * pan. Colours from CSS: {@code -overview-background}, {@code -overview-density},
 * {@code -overview-window}, {@code -overview-outside} and {@code -overview-text} on
 * {@code .overview-band}.
 */
public final class OverviewBand extends Control {
    static final List<String> COLOUR_KEYS = List.of("background", "density", "window", "outside", "text");
    private static final CanvasStyle.Meta<OverviewBand> CSS = new CanvasStyle.Meta<>("-overview-", COLOUR_KEYS,
            band -> band.style, Control.getClassCssMetaData());

    private final TimelineViewModel model;
    private final CanvasStyle style = new CanvasStyle(this, CSS);

    public OverviewBand(TimelineViewModel model) {
        this.model = model;
        getStyleClass().add("overview-band");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SLIDER);
        Messages messages = model.messages();
        accessibleTextProperty().bind(Bindings.createStringBinding(() -> messages.format("overview.accessible",
                        messages.timeRange(model.scaleProperty().get())),
                model.scaleProperty()));
    }

    public TimelineViewModel model() {
        return model;
    }

    Paint colour(String key) {
        return style.colour(key);
    }

    /** The inherited font: the dates at the band's corners are written in it. */
    StyleableObjectProperty<Font> fontProperty() {
        return style.font();
    }

    List<StyleableObjectProperty<Paint>> colourProperties() {
        return style.colourProperties();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new OverviewBandSkin(this);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.all();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS.all();
    }
}
