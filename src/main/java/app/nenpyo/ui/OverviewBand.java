package app.nenpyo.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
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
    private static final Map<String, CssMetaData<OverviewBand, Paint>> COLOUR_META = new LinkedHashMap<>();
    private static final CssMetaData<OverviewBand, Font> FONT_META = new FontCssMetaData<>("-fx-font", Font.getDefault()) {
        @Override
        public boolean isSettable(OverviewBand band) {
            return !band.font.isBound();
        }

        @Override
        public StyleableProperty<Font> getStyleableProperty(OverviewBand band) {
            return band.font;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META;

    static {
        for (String key : COLOUR_KEYS) {
            COLOUR_META.put(key, new CssMetaData<>("-overview-" + key, StyleConverter.getPaintConverter(), Color.GRAY) {
                @Override
                public boolean isSettable(OverviewBand band) {
                    return !band.colours.get(key).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(OverviewBand band) {
                    return band.colours.get(key);
                }
            });
        }
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
        all.add(FONT_META);
        all.addAll(COLOUR_META.values());
        CSS_META = Collections.unmodifiableList(all);
    }

    private final TimelineViewModel model;
    private final Map<String, StyleableObjectProperty<Paint>> colours = new LinkedHashMap<>();
    private final StyleableObjectProperty<Font> font = new SimpleStyleableObjectProperty<>(FONT_META, this, "font",
            Font.getDefault());

    public OverviewBand(TimelineViewModel model) {
        this.model = model;
        for (String key : COLOUR_KEYS) {
            colours.put(key, new SimpleStyleableObjectProperty<>(COLOUR_META.get(key), this, key, Color.GRAY));
        }
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
        StyleableObjectProperty<Paint> p = colours.get(key);
        return p == null ? Color.GRAY : p.get();
    }

    /** The inherited font: the dates at the band's corners are written in it. */
    StyleableObjectProperty<Font> fontProperty() {
        return font;
    }

    List<StyleableObjectProperty<Paint>> colourProperties() {
        return List.copyOf(colours.values());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new OverviewBandSkin(this);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS_META;
    }
}
