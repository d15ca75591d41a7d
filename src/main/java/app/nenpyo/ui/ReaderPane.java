package app.nenpyo.ui;

import java.util.stream.Collectors;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * The reader: the open document's paragraphs, numbered, in a virtualised list (a document may
 * have thousands). Header and footer paragraphs are dimmed; line breaks inside a paragraph stay.
 * Paragraphs can be selected (one or many) and copied with Ctrl+C or the context menu.
 */
final class ReaderPane {
    /** Room for the ¶ number column, the cell padding and a vertical scroll bar. */
    private static final double TEXT_INSET = 90;

    private final BorderPane pane = new BorderPane();
    private final ListView<ParagraphRow> list = new ListView<>();

    ReaderPane(ReaderViewModel model, Messages messages) {
        Label title = new Label();
        title.getStyleClass().add("reader-title");
        title.textProperty().bind(model.titleProperty());
        title.setWrapText(true);
        Label subtitle = new Label();
        subtitle.getStyleClass().add("reader-subtitle");
        subtitle.textProperty().bind(model.subtitleProperty());
        VBox header = new VBox(2, title, subtitle);
        header.getStyleClass().add("reader-header");

        list.setId("reader");
        list.setItems(model.paragraphs());
        list.setAccessibleText(messages.get("reader.accessible"));
        list.setPlaceholder(new Label(messages.get("reader.empty")));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new ParagraphCell());

        MenuItem copy = new MenuItem(messages.get("reader.copy"));
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(e -> copySelection());
        list.setContextMenu(new ContextMenu(copy));
        list.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (copy.getAccelerator().match(e)) {
                copySelection();
                e.consume();
            }
        });

        model.focusedParagraphProperty().addListener((o, old, number) -> focus(model.indexOf(number.intValue())));
        pane.setTop(header);
        pane.setCenter(list);
        pane.getStyleClass().add("reader");
    }

    BorderPane node() {
        return pane;
    }

    ListView<ParagraphRow> list() {
        return list;
    }

    private void focus(int index) {
        if (index < 0) {
            list.getSelectionModel().clearSelection();
            if (!list.getItems().isEmpty()) {
                list.scrollTo(0);
            }
            return;
        }
        list.getSelectionModel().clearAndSelect(index);
        list.getFocusModel().focus(index);
        // a little context above the paragraph the search pointed at
        list.scrollTo(Math.max(0, index - 1));
    }

    private void copySelection() {
        String text = list.getSelectionModel().getSelectedItems().stream()
                .map(ParagraphRow::plainText)
                .collect(Collectors.joining("\n\n"));
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private final class ParagraphCell extends ListCell<ParagraphRow> {
        private final Label number = new Label();
        private final TextFlow text = new TextFlow();
        private final HBox box = new HBox(12, number, text);

        ParagraphCell() {
            number.getStyleClass().add("paragraph-number");
            number.setMinWidth(44);
            text.getStyleClass().add("highlighted-text");
            text.prefWidthProperty().bind(list.widthProperty().subtract(TEXT_INSET));
            HBox.setHgrow(text, Priority.ALWAYS);
            getStyleClass().add("paragraph-cell");
            // no horizontal scrolling: the text wraps to the list's width
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ParagraphRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("dimmed", "hit-paragraph");
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            number.setText("¶" + item.number());
            HighlightedTextFlow.update(text, item.text());
            if (item.dimmed()) {
                getStyleClass().add("dimmed");
            }
            if (item.text().hasHits()) {
                getStyleClass().add("hit-paragraph");
            }
            setAccessibleText("¶" + item.number() + " " + item.plainText());
            setGraphic(box);
        }
    }
}
