package app.nenpyo.ui;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/** Search results: ¶N, the document's date and title above the paragraph text with its hits highlighted. */
final class SearchResultsList {
    private static final double TEXT_INSET = 40;

    private final ListView<SearchResultRow> list = new ListView<>();

    SearchResultsList(SearchViewModel model, Messages messages, Consumer<SearchResultRow> open) {
        list.setId("search-results");
        list.setItems(model.results());
        list.setAccessibleText(messages.get("results.accessible"));
        Label placeholder = new Label();
        placeholder.setId("search-results-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.emptyResultsProperty());
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new ResultCell());
        RowEnds.install(list);
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

    private final class ResultCell extends WrappedTextCell<SearchResultRow> {
        private final Label where = new Label();
        private final VBox box = new VBox(2, where, text);

        ResultCell() {
            super(list, TEXT_INSET);
            where.getStyleClass().add("result-source");
            getStyleClass().add("result-cell");
        }

        @Override
        protected void updateItem(SearchResultRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            where.setText(item.where());
            text.setText(item.text());
            setAccessibleText(where.getText() + " " + item.text().text());
            setGraphic(box);
        }
    }
}
