package app.nenpyo.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.FlowPane;

/**
 * The filters in force as chips above the timeline ("ロシア ×", "「協議」 ×"), each removed by a
 * click, and one link that clears them all. Hidden while nothing filters the timeline.
 */
final class FilterChips {
    private final FlowPane root = new FlowPane(6, 4);
    private final FilterViewModel model;
    private final Messages messages;

    FilterChips(FilterViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.getStyleClass().add("filter-chips");
        root.setId("filter-chips");
        model.active().addListener((ListChangeListener<ActiveFilter>) change -> rebuild());
        rebuild();
    }

    Node node() {
        return root;
    }

    private void rebuild() {
        root.getChildren().clear();
        for (ActiveFilter filter : model.active()) {
            Button chip = new Button(filter.text() + "  ×");
            chip.getStyleClass().add("filter-chip");
            chip.setAccessibleText(messages.format("filter.chip.accessible", filter.text()));
            chip.setOnAction(e -> model.remove(filter));
            root.getChildren().add(chip);
        }
        if (!model.active().isEmpty()) {
            Hyperlink clear = new Hyperlink(messages.get("filter.clear"));
            clear.getStyleClass().add("filter-clear-all");
            clear.setAccessibleText(messages.get("filter.clear.accessible"));
            clear.setOnAction(e -> model.clear());
            root.getChildren().add(clear);
        }
        root.setVisible(!model.active().isEmpty());
        root.setManaged(root.isVisible());
    }
}
