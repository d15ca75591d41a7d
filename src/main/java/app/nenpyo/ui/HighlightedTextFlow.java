package app.nenpyo.ui;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Renders {@link Highlighted} runs as Text nodes; hit runs carry the {@code hit} style class. */
final class HighlightedTextFlow {
    private HighlightedTextFlow() {
    }

    static TextFlow create(Highlighted text) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("highlighted-text");
        update(flow, text);
        return flow;
    }

    static void update(TextFlow flow, Highlighted text) {
        flow.getChildren().setAll(text.runs().stream().map(HighlightedTextFlow::node).toList());
        flow.setAccessibleText(text.text());
    }

    private static Text node(Highlighted.Run run) {
        Text node = new Text(run.text());
        node.getStyleClass().add(run.hit() ? "hit" : "plain");
        return node;
    }
}
