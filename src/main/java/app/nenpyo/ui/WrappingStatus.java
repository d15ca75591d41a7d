package app.nenpyo.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

/**
 * Lets the status bar's message run onto more lines, the bar growing with it, instead of being cut
 * at the window's edge: what was done and what it means for the analyst (the analyst's date stays,
 * so…) is often more than one line of a narrow window holds.
 */
final class WrappingStatus {

    private WrappingStatus() {
    }

    static void install(StatusBar bar) {
        bar.skinProperty().addListener((o, was, skin) -> {
            if (skin != null && bar.lookup(".status-label") instanceof Label message) {
                wrap(bar, message);
            }
        });
    }

    private static void wrap(StatusBar bar, Label message) {
        message.setWrapText(true);
        // the message's height at the width it has; the bar's own styled height at the least
        double oneLine = bar.getPrefHeight() > 0 ? bar.getPrefHeight() : 0;
        bar.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(oneLine, Math.ceil(message.prefHeight(message.getWidth())) + bar.snappedTopInset() + bar.snappedBottomInset()),
                message.widthProperty(), message.textProperty(), message.fontProperty()));
    }
}
