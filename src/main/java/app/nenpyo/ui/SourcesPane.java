package app.nenpyo.ui;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The selected event's sources: its label above, one row per source paragraph (document title,
 * date, ¶N over the text with the date expression and the actors marked), the merge reasons
 * below. A click or Enter opens that document at that paragraph in the reader.
 */
final class SourcesPane {
    private static final double TEXT_INSET = 40;

    private final BorderPane pane = new BorderPane();
    private final ListView<SourceRow> list = new ListView<>();

    SourcesPane(SourcesViewModel model, Messages messages, Consumer<SourceRow> open) {
        list.setId("sources");
        list.setItems(model.rows());
        list.setAccessibleText(messages.get("sources.accessible"));
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.errorProperty().get().isEmpty()) {
                return model.errorProperty().get();
            }
            if (model.loadingProperty().get()) {
                return messages.get("sources.loading");
            }
            return model.headingProperty().get().isEmpty() ? messages.get("sources.empty") : messages.get("sources.none");
        }, model.errorProperty(), model.loadingProperty(), model.headingProperty()));
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new SourceCell());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });

        Label title = new Label(messages.get("sources.title"));
        title.getStyleClass().add("sources-title");
        Label heading = new Label();
        heading.setId("sources-heading");
        heading.getStyleClass().add("sources-heading");
        heading.textProperty().bind(model.headingProperty());
        heading.setWrapText(true);
        VBox top = new VBox(2, title, heading);
        top.getStyleClass().add("sources-header");

        Label footer = new Label();
        footer.setId("sources-footer");
        footer.getStyleClass().add("sources-footer");
        footer.setWrapText(true);
        footer.textProperty().bind(Bindings.createStringBinding(
                () -> model.footerProperty().get().isEmpty() ? "" : messages.get("sources.merged") + "\n" + model.footerProperty().get(),
                model.footerProperty()));
        footer.visibleProperty().bind(model.footerProperty().isNotEmpty());
        footer.managedProperty().bind(footer.visibleProperty());
        footer.setAccessibleText(messages.get("sources.merged"));
        footer.maxWidthProperty().bind(pane.widthProperty());

        pane.setTop(top);
        pane.setCenter(list);
        pane.setBottom(footer);
        pane.getStyleClass().add("sources-pane");
    }

    Node node() {
        return pane;
    }

    ListView<SourceRow> list() {
        return list;
    }

    private final class SourceCell extends WrappedTextCell<SourceRow> {
        private final Label where = new Label();
        private final VBox box = new VBox(2, where, text);

        SourceCell() {
            super(list, TEXT_INSET);
            where.getStyleClass().add("result-source");
            getStyleClass().addAll("result-cell", "source-cell");
        }

        @Override
        protected void updateItem(SourceRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            where.setText(item.where());
            where.setTooltip(new Tooltip(item.documentTitle()));
            text.setText(item.text());
            setAccessibleText(item.where() + " 「" + item.expressionText() + "」 " + item.text().text());
            setGraphic(box);
        }
    }
}
