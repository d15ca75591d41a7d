package app.nenpyo.ui;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.timeline.DisplayList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
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

    static {
        List<String> keys = new ArrayList<>(List.of("background", "text", "dim-text", "grid", "grid-major", "axis-background",
                "axis-line", "weekend", "alternate", "lane-header", "lane-header-text", "separator", "today", "selection",
                "link", "badge", "badge-text", "cluster", "cluster-text", "density"));
        for (EventCategory category : EventCategory.values()) {
            keys.add("category-" + category.name().toLowerCase(Locale.ROOT));
        }
        keys.add("category-" + TimelineViewModel.BACKGROUND_STYLE);
        COLOUR_KEYS = List.copyOf(keys);
    }

    private static final CanvasStyle.Meta<TimelineView> CSS = new CanvasStyle.Meta<>("-timeline-", COLOUR_KEYS,
            view -> view.style, Control.getClassCssMetaData());

    private final TimelineViewModel model;
    private final CanvasStyle style = new CanvasStyle(this, CSS);
    private final ReadOnlyObjectWrapper<DisplayList> displayList = new ReadOnlyObjectWrapper<>(this, "displayList");

    public TimelineView(TimelineViewModel model) {
        this.model = model;
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
        return style.colour(key);
    }

    List<StyleableObjectProperty<Paint>> colourProperties() {
        return style.colourProperties();
    }

    StyleableObjectProperty<Font> fontProperty() {
        return style.font();
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
        return CSS.all();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS.all();
    }
}
