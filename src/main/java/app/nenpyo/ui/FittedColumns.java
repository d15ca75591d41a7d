package app.nenpyo.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.Text;

/**
 * Sizes some columns of a table to their header and their widest value, measured in the fonts the
 * table draws with, so that no number or date is cut short to "…"; the table's constrained resize
 * policy then gives the rest of its width to the columns left unsized (the title). Other columns
 * are only kept as wide as their header at least, and share the rest with the unsized ones. Sized
 * again whenever the rows change.
 * <p>After sizing, the table's resize policy shares its width out again at once. JavaFX runs that
 * policy only when the table's content width, its vertical scroll bar or its shown columns change,
 * never when a column's least or greatest width does: a date source or a paragraph count grown
 * wider with rows read again (a second document imported, a date set) left the title as wide as
 * before, and the last header reached that much under the column menu's + (some 50 px with a date
 * source twice as long, whether the list was shown or behind another tab). The window tests met it
 * as a race: the first sizing runs a pulse or two after the list shows, and the policy ran after it
 * only when a layout in those pulses found the content width invalidated; on a loaded machine the
 * sizing came after that layout (ColumnMenuButtonFxTest, once in three CI runs: the last header
 * 5 px under the + for good).
 */
final class FittedColumns<S> {
    /** Room for the cell's own edges and the text's rounding, beyond the measured text. */
    private static final double SLACK = 6;
    /** The values measured per column: only the longest texts, for a list of ten thousand rows. */
    private static final int MOST_MEASURED = 200;
    /** A vertical scroll bar's width and the table's edges, which the columns leave free (as {@link ClearOfColumnMenu} does). */
    private static final double SCROLL_BAR_ROOM = 20;

    private final TableView<S> table;
    private final Map<TableColumn<S, ?>, Function<S, String>> fitted = new LinkedHashMap<>();
    /** The columns kept as wide as their header at least, each with the least width it had besides. */
    private final Map<TableColumn<S, ?>, Double> headed = new LinkedHashMap<>();
    /** The columns sized to texts of a known form rather than to their rows, and whether they give way below that. */
    private final Map<TableColumn<S, ?>, Sampled> sampled = new LinkedHashMap<>();
    private boolean pending;

    FittedColumns(TableView<S> table) {
        this.table = table;
        table.getItems().addListener((ListChangeListener<S>) change -> fitLater());
        table.itemsProperty().addListener((o, was, now) -> fitLater());
        // the fonts and the edges are known once the skin is styled
        table.skinProperty().addListener((o, was, now) -> fitLater());
        // a column that gives way gives it only when the table is too narrow for it
        table.widthProperty().addListener((o, was, now) -> {
            if (sampled.values().stream().anyMatch(Sampled::givesWay)) {
                fitLater();
            }
        });
    }

    /** Keeps this column as wide as its header and its widest text, and no wider. */
    void fit(TableColumn<S, ?> column, Function<S, String> text) {
        fitted.put(column, text);
        column.setResizable(false);
    }

    /**
     * Keeps this column at least as wide as its header, and as its least width now: for a column
     * whose values are never wider (a count), or whose longest values may be cut (a category).
     */
    void fitHeader(TableColumn<S, ?> column) {
        headed.put(column, column.getMinWidth());
    }

    /**
     * Keeps this column as wide as its header and the widest of {@code samples}, and no wider: for
     * values of a known form (a day's date), which a list of a million rows need not read to size.
     * The samples are asked for each time the rows change: their form may change with them (a date
     * without its year, a count of more digits).
     */
    void fitSamples(TableColumn<S, ?> column, Supplier<? extends Collection<String>> samples) {
        sampled.put(column, new Sampled(samples, 0, false, 0));
    }

    /**
     * Makes this column as wide as its header and the widest of {@code samples} (the names of the
     * categories), and no wider, but narrows it down to its header when the other columns at their
     * least and {@code spare} px leave no room for it: its values are then cut, or only drawn as the
     * cells' graphics (their cells say them whole when hovered). Its preferred width stays the
     * samples' widest: a column narrower than that has given way.
     *
     * @param graphic the width the cells draw before their text (a colour's dot and its gap), in px
     */
    void fitSamplesGivingWay(TableColumn<S, ?> column, Collection<String> samples, double graphic, double spare) {
        List<String> texts = List.copyOf(samples);
        sampled.put(column, new Sampled(() -> texts, graphic, true, spare));
    }

    private void fitLater() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                fit();
            });
        }
    }

    /** Measures every fitted column now. */
    void fit() {
        table.applyCss();
        Font font = headerFont();
        Font italic = Font.font(font.getFamily(), FontPosture.ITALIC, font.getSize());
        double headerEdges = headerEdges() + sortArrowRoom(font);
        for (Map.Entry<TableColumn<S, ?>, Function<S, String>> entry : fitted.entrySet()) {
            TableColumn<S, ?> column = entry.getKey();
            double width = width(headerText(column), font) + headerEdges;
            for (String value : longest(entry.getValue())) {
                // an undated row draws its cells in italics
                width = Math.max(width, Math.max(width(value, font), width(value, italic)) + SLACK);
            }
            double fittedWidth = Math.ceil(width);
            column.setMinWidth(fittedWidth);
            column.setPrefWidth(fittedWidth);
            column.setMaxWidth(fittedWidth);
        }
        for (Map.Entry<TableColumn<S, ?>, Sampled> entry : sampled.entrySet()) {
            TableColumn<S, ?> column = entry.getKey();
            double header = Math.ceil(width(headerText(column), font) + headerEdges);
            double width = header;
            for (String value : entry.getValue().texts().get()) {
                width = Math.max(width, Math.ceil(width(value, font) + entry.getValue().graphic() + SLACK));
            }
            // all or nothing: a category cut to two letters says no more than its colour
            boolean givesWay = entry.getValue().givesWay() && roomBeside(column) - entry.getValue().spare() < width;
            // the preferred width stays what the texts need, so that cells can tell when they are cut
            column.setMinWidth(givesWay ? header : width);
            column.setPrefWidth(width);
            column.setMaxWidth(givesWay ? header : width);
        }
        for (Map.Entry<TableColumn<S, ?>, Double> entry : headed.entrySet()) {
            TableColumn<S, ?> column = entry.getKey();
            column.setMinWidth(Math.max(entry.getValue(), Math.ceil(width(headerText(column), font) + headerEdges)));
        }
        // the widths set above reach the unsized columns only through the policy, which JavaFX does not run for them
        table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
    }

    /**
     * What the column's header says: its short title, when it shows a label as its graphic in place
     * of its text (its text is then the name the header's menu of columns gives it).
     */
    private static String headerText(TableColumn<?, ?> column) {
        return column.getGraphic() instanceof Labeled shortTitle ? shortTitle.getText() : column.getText();
    }

    /** The table's width less the least width of its other shown columns, and the room of a scroll bar beside them. */
    private double roomBeside(TableColumn<S, ?> column) {
        double others = 0;
        for (TableColumn<S, ?> other : table.getVisibleLeafColumns()) {
            if (other != column) {
                others += other.getMinWidth();
            }
        }
        return Math.floor(table.getWidth() - others - SCROLL_BAR_ROOM);
    }

    /** The texts of this column with the most characters (and a few shorter): the widest are among them. */
    private List<String> longest(Function<S, String> text) {
        Set<String> distinct = new HashSet<>();
        for (S row : table.getItems()) {
            distinct.add(text.apply(row));
        }
        List<String> byLength = new ArrayList<>(distinct);
        byLength.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return byLength.subList(0, Math.min(MOST_MEASURED, byLength.size()));
    }

    private Font headerFont() {
        Node label = table.lookup(".column-header .label");
        return label instanceof Label l ? l.getFont() : Font.getDefault();
    }

    /**
     * The room a sorted header gives its arrow beside the title (JavaFX's arrow is 0.625em wide, with a
     * gap): a title of one character (#, ¶) would be drawn under the arrow or cut to "…".
     */
    private static double sortArrowRoom(Font font) {
        return Math.ceil(font.getSize() * 0.9);
    }

    /** The header's edges around its text (its padding, the label's, the line between headers), plus slack. */
    private double headerEdges() {
        double edges = SLACK;
        if (table.lookup(".column-header") instanceof Region header) {
            edges += header.snappedLeftInset() + header.snappedRightInset();
        }
        if (table.lookup(".column-header .label") instanceof Region label) {
            edges += label.snappedLeftInset() + label.snappedRightInset();
        }
        return edges;
    }

    /**
     * @param graphic the width of what the cells draw before their text
     * @param spare what the other columns keep beyond their least width before a column that gives way takes its own
     */
    private record Sampled(Supplier<? extends Collection<String>> texts, double graphic, boolean givesWay, double spare) {
    }

    private static double width(String text, Font font) {
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }
}
