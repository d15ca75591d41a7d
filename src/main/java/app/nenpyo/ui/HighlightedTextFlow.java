package app.nenpyo.ui;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Shows {@link Highlighted} runs as Text nodes; hit runs carry the {@code hit} style class.
 */
final class HighlightedTextFlow extends TextFlow {

    HighlightedTextFlow() {
        getStyleClass().add("highlighted-text");
    }

    void setText(Highlighted text) {
        getChildren().setAll(text.runs().stream().map(HighlightedTextFlow::node).toList());
        setAccessibleText(text.text());
    }

    private static Text node(Highlighted.Run run) {
        Text node = new Text(run.text());
        node.getStyleClass().add(run.hit() ? "hit" : "plain");
        return node;
    }
}
