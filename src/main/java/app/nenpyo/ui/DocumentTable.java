package app.nenpyo.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The document list: title, date, where the date came from, encoding, format, paragraph count.
 * Columns can be hidden and shown from the menu button at the right of the header; each column's
 * id ({@code title}, {@code date}, {@code dateSource}, {@code encoding}, {@code format},
 * {@code paragraphs}) is how the window remembers which are hidden. A title cut short by the
 * column's width shows whole in its tooltip.
 */
final class DocumentTable {
    /** The least of a title shown when the other columns take most of a narrow list. */
    private static final double TITLE_MIN_WIDTH = 60;

    private final TableView<DocumentRow> table = new TableView<>();

    DocumentTable(DocumentListViewModel model, Messages messages) {
        table.setId("documents");
        table.setItems(model.rows());
        table.setAccessibleText(messages.get("documents.accessible"));
        table.setPlaceholder(wrapping(messages.get("documents.empty")));
        table.setColumnResizePolicy(new ClearOfColumnMenu());
        table.setTableMenuButtonVisible(true);
        TableColumn<DocumentRow, String> title = column("title", messages.get("column.title"), DocumentRow::title, 220);
        title.setCellFactory(column -> new TitleCell());
        title.setMinWidth(TITLE_MIN_WIDTH);
        TableColumn<DocumentRow, String> date = column("date", messages.get("column.date"), DocumentRow::date, 140);
        TableColumn<DocumentRow, String> dateSource = column("dateSource", messages.get("column.dateSource"), DocumentRow::dateSource, 100);
        TableColumn<DocumentRow, String> encoding = column("encoding", messages.get("column.encoding"), DocumentRow::encoding, 80);
        TableColumn<DocumentRow, String> format = column("format", messages.get("column.format"), DocumentRow::format, 80);
        TableColumn<DocumentRow, Integer> paragraphs = column("paragraphs", messages.get("column.paragraphs"), DocumentRow::paragraphs, 60);
        table.getColumns().setAll(List.of(title, date, dateSource, encoding, format, paragraphs));
        // every column but the title as wide as its header and its widest value; the title takes the rest
        FittedColumns<DocumentRow> fitted = new FittedColumns<>(table);
        fitted.fit(date, DocumentRow::date);
        fitted.fit(dateSource, DocumentRow::dateSource);
        fitted.fit(encoding, DocumentRow::encoding);
        fitted.fit(format, DocumentRow::format);
        fitted.fit(paragraphs, row -> Integer.toString(row.paragraphs()));
        table.setRowFactory(view -> new UndatedAwareRow());
        RowEnds.install(table);
    }

    TableView<DocumentRow> node() {
        return table;
    }

    /** The ids of the columns now hidden. */
    Set<String> hiddenColumns() {
        return ColumnVisibility.hidden(table);
    }

    /** Hides the columns of these ids and shows the others; the title is always shown. */
    void hideColumns(Set<String> ids) {
        ColumnVisibility.hide(table, ids, "title");
    }

    private static <T> TableColumn<DocumentRow, T> column(String id, String title, Function<DocumentRow, T> value, double width) {
        TableColumn<DocumentRow, T> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A title with its whole text as tooltip, for titles longer than the column is wide. */
    private static final class TitleCell extends TableCell<DocumentRow, String> {
        private final Tooltip whole = new Tooltip();

        TitleCell() {
            whole.setWrapText(true);
            whole.setMaxWidth(480);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(item);
                whole.setText(item);
                setTooltip(whole);
            }
        }
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /** Marks undated documents (style class {@code undated}) so they stand out until dated. */
    private static final class UndatedAwareRow extends TableRow<DocumentRow> {
        @Override
        protected void updateItem(DocumentRow item, boolean empty) {
            super.updateItem(item, empty);
            boolean undated = !empty && item != null && !item.dated();
            if (undated) {
                if (!getStyleClass().contains("undated")) {
                    getStyleClass().add("undated");
                }
            } else {
                getStyleClass().remove("undated");
            }
        }
    }
}
