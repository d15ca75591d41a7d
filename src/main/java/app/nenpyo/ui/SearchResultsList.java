package app.nenpyo.ui;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/** Search results: document title and ¶N above the paragraph text with its hits highlighted. */
final class SearchResultsList {
    private static final double TEXT_INSET = 40;

    private final ListView<SearchResultRow> list = new ListView<>();

    SearchResultsList(SearchViewModel model, Messages messages, Consumer<SearchResultRow> open) {
        list.setId("search-results");
        list.setItems(model.results());
        list.setAccessibleText(messages.get("results.accessible"));
        list.setPlaceholder(new Label(messages.get("results.empty")));
        list.setCellFactory(view -> new ResultCell());
        // Enter or a click opens the result; arrow keys only move, so browsing stays cheap
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
    }

    ListView<SearchResultRow> node() {
        return list;
    }

    private final class ResultCell extends ListCell<SearchResultRow> {
        private final Label where = new Label();
        private final HighlightedTextFlow text = new HighlightedTextFlow();
        private final VBox box = new VBox(2, where, text);

        ResultCell() {
            where.getStyleClass().add("result-source");
            text.prefWidthProperty().bind(list.widthProperty().subtract(TEXT_INSET));
            getStyleClass().add("result-cell");
            // no horizontal scrolling: the text wraps to the list's width
            setPrefWidth(0);
        }

        /**
         * The list asks a row for its height without a width when it estimates where rows are;
         * a row of wrapped text then answers for a width of almost nothing (thousands of pixels
         * tall) and scrolling lands far from the row asked for. Answer for the list's width.
         */
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 ? list.getWidth() : width);
        }

        @Override
        protected void updateItem(SearchResultRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            where.setText(item.documentTitle() + "  ¶" + item.paragraphNumber());
            text.setText(item.text());
            setAccessibleText(where.getText() + " " + item.text().text());
            setGraphic(box);
        }
    }
}
