package app.nenpyo.ui;

import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

/**
 * Shows {@link Highlighted} runs as Text nodes: hit runs carry the {@code hit} style class, date
 * expressions the {@code date} class and a tooltip saying how the date was read.
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
        if (run.actor()) {
            node.getStyleClass().add("actor");
        }
        if (run.isDate()) {
            node.getStyleClass().add("date");
            node.setAccessibleHelp(run.dateNote());
            Tooltip note = new Tooltip(run.dateNote());
            note.setShowDelay(Duration.millis(250));
            note.setShowDuration(Duration.seconds(30));
            Tooltip.install(node, note);
        }
        return node;
    }
}
