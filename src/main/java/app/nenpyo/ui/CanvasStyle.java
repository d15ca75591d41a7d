package app.nenpyo.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * The CSS side of a control that paints on a canvas: one paint per colour key, set by the CSS
 * property {@code PREFIX + key} (for instance {@code -timeline-text}), and the inherited
 * {@code -fx-font}. {@link TimelineView} and {@link OverviewBand} each hold one, so the stylesheet
 * alone decides their colours (a dark theme redefines the looked-up colours and nothing else).
 */
final class CanvasStyle {

    /** The CSS metadata of one control class; made once, in the class's static initialiser. */
    static final class Meta<C extends Styleable> {
        private final Map<String, CssMetaData<C, Paint>> colours = new LinkedHashMap<>();
        private final CssMetaData<C, Font> font;
        private final List<CssMetaData<? extends Styleable, ?>> all;

        /**
         * @param styleOf   the control's own CanvasStyle
         * @param inherited the metadata of the control's superclass, kept in front
         */
        Meta(String prefix, List<String> keys, Function<C, CanvasStyle> styleOf,
             List<CssMetaData<? extends Styleable, ?>> inherited) {
            for (String key : keys) {
                colours.put(key, new CssMetaData<>(prefix + key, StyleConverter.getPaintConverter(), Color.GRAY) {
                    @Override
                    public boolean isSettable(C control) {
                        return !styleOf.apply(control).colours.get(key).isBound();
                    }

                    @Override
                    public StyleableProperty<Paint> getStyleableProperty(C control) {
                        return styleOf.apply(control).colours.get(key);
                    }
                });
            }
            font = new FontCssMetaData<>("-fx-font", Font.getDefault()) {
                @Override
                public boolean isSettable(C control) {
                    return !styleOf.apply(control).font.isBound();
                }

                @Override
                public StyleableProperty<Font> getStyleableProperty(C control) {
                    return styleOf.apply(control).font;
                }
            };
            List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(inherited);
            list.add(font);
            list.addAll(colours.values());
            all = Collections.unmodifiableList(list);
        }

        /** Everything the control's {@code getClassCssMetaData} returns. */
        List<CssMetaData<? extends Styleable, ?>> all() {
            return all;
        }
    }

    private final Map<String, StyleableObjectProperty<Paint>> colours = new LinkedHashMap<>();
    private final StyleableObjectProperty<Font> font;

    <C extends Styleable> CanvasStyle(C control, Meta<C> meta) {
        meta.colours.forEach((key, css) -> colours.put(key, new SimpleStyleableObjectProperty<>(css, control, key, Color.GRAY)));
        font = new SimpleStyleableObjectProperty<>(meta.font, control, "font", Font.getDefault());
    }

    /** The colour of a key as CSS set it; grey for a key the control does not have. */
    Paint colour(String key) {
        StyleableObjectProperty<Paint> p = colours.get(key);
        return p == null ? Color.GRAY : p.get();
    }

    List<StyleableObjectProperty<Paint>> colourProperties() {
        return List.copyOf(colours.values());
    }

    StyleableObjectProperty<Font> font() {
        return font;
    }
}
