package app.nenpyo.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The document list: title, date, where the date came from, encoding, format, paragraph count. */
final class DocumentTable {
    private final TableView<DocumentRow> table = new TableView<>();

    DocumentTable(DocumentListViewModel model, Messages messages) {
        table.setId("documents");
        table.setItems(model.rows());
        table.setAccessibleText(messages.get("documents.accessible"));
        table.setPlaceholder(wrapping(messages.get("documents.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(List.of(
                column(messages.get("column.title"), DocumentRow::title, 220),
                dateColumn(messages.get("column.date"), DocumentRow::date),
                column(messages.get("column.dateSource"), DocumentRow::dateSource, 100),
                column(messages.get("column.encoding"), DocumentRow::encoding, 80),
                column(messages.get("column.format"), DocumentRow::format, 80),
                column(messages.get("column.paragraphs"), DocumentRow::paragraphs, 60)));
        table.setRowFactory(view -> new UndatedAwareRow());
    }

    TableView<DocumentRow> node() {
        return table;
    }

    private static <T> TableColumn<DocumentRow, T> column(String title, Function<DocumentRow, T> value, double width) {
        TableColumn<DocumentRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Keeps room for the longest date, 2022年12月31日(土), when the list is narrow. */
    private static <T> TableColumn<DocumentRow, T> dateColumn(String title, Function<DocumentRow, T> value) {
        TableColumn<DocumentRow, T> column = column(title, value, 140);
        column.setMinWidth(135);
        return column;
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
