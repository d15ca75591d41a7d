package app.nenpyo.ui;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.timeline.DisplayList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
 * The timeline: a Control whose {@link TimelineViewSkin} paints the pure layout's
 * {@link DisplayList} on a canvas. Colours come from CSS ({@code -timeline-*} properties of
 * {@code .timeline-view}, set from looked-up colours in nenpyo.css, one per event category:
 * {@code -timeline-category-meeting} and so on); the font from the inherited {@code -fx-font}.
 */
public final class TimelineView extends Control {
    /** Colour keys besides the categories; each is the CSS property {@code -timeline-KEY}. */
    static final List<String> COLOUR_KEYS;
    private static final Map<String, CssMetaData<TimelineView, Paint>> COLOUR_META = new LinkedHashMap<>();
    private static final CssMetaData<TimelineView, Font> FONT_META = new FontCssMetaData<>("-fx-font", Font.getDefault()) {
        @Override
        public boolean isSettable(TimelineView view) {
            return !view.font.isBound();
        }

        @Override
        public StyleableProperty<Font> getStyleableProperty(TimelineView view) {
            return view.font;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META;

    static {
        List<String> keys = new ArrayList<>(List.of("background", "text", "dim-text", "grid", "grid-major", "axis-background",
                "axis-line", "weekend", "alternate", "lane-header", "lane-header-text", "separator", "today", "selection",
                "link", "badge", "badge-text", "cluster", "cluster-text", "density"));
        for (EventCategory category : EventCategory.values()) {
            keys.add("category-" + category.name().toLowerCase(Locale.ROOT));
        }
        COLOUR_KEYS = List.copyOf(keys);
        for (String key : COLOUR_KEYS) {
            COLOUR_META.put(key, new CssMetaData<>("-timeline-" + key, StyleConverter.getPaintConverter(), Color.GRAY) {
                @Override
                public boolean isSettable(TimelineView view) {
                    return !view.colours.get(key).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(TimelineView view) {
                    return view.colours.get(key);
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
    private final ReadOnlyObjectWrapper<DisplayList> displayList = new ReadOnlyObjectWrapper<>(this, "displayList");

    public TimelineView(TimelineViewModel model) {
        this.model = model;
        for (String key : COLOUR_KEYS) {
            colours.put(key, new SimpleStyleableObjectProperty<>(COLOUR_META.get(key), this, key, Color.GRAY));
        }
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        Messages messages = model.messages();
        accessibleTextProperty().bind(Bindings.createStringBinding(() -> model.selectedEventProperty().get() == null
                        ? messages.get("timeline.accessible") + " — " + messages.format("timeline.count", model.events().size())
                        : messages.format("timeline.accessibleSelected", model.selectedEventProperty().get().label()),
                model.selectedEventProperty(), model.itemsProperty()));
    }

    public TimelineViewModel model() {
        return model;
    }

    /** The colour of a key ({@code text}, {@code category-meeting}, …) as CSS set it. */
    Paint colour(String key) {
        StyleableObjectProperty<Paint> p = colours.get(key);
        return p == null ? Color.GRAY : p.get();
    }

    List<StyleableObjectProperty<Paint>> colourProperties() {
        return List.copyOf(colours.values());
    }

    StyleableObjectProperty<Font> fontProperty() {
        return font;
    }

    /** What was painted last (for tests and the accessibility of what is shown). */
    public ReadOnlyObjectProperty<DisplayList> displayListProperty() {
        return displayList.getReadOnlyProperty();
    }

    void painted(DisplayList list) {
        displayList.set(list);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS_META;
    }
}
