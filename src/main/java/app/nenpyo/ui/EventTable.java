package app.nenpyo.ui;

import app.nenpyo.timeline.TimelineItem;
import app.nenpyo.domain.EventCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Circle;

/**
 * The 出来事 list ({@link EventListViewModel}): date, label, category, number of sources and
 * place (hidden at first, shown from the header's menu) of each event the timeline shows. A column header sorts by it (by the model's orders,
 * never by the texts on screen, so a million rows sort as quickly as their keys compare);
 * choosing a row selects its event on the timeline and brings it into view, and an event
 * selected on the timeline is selected and scrolled to here. Enter or a double click opens its
 * first report in the reader.
 */
final class EventTable {
    /** About eight characters of a label: less and the list could not be read at all. */
    private static final double LABEL_MIN_WIDTH = 120;
    /**
     * About sixteen characters of a label, which it keeps before the categories are named beside their
     * colour: the label is what the list is read for, a category's colour says it on the timeline too.
     */
    private static final double LABEL_ROOM_BEFORE_CATEGORY_NAMES = 210;
    /** A category's dot and the gap after it. */
    private static final double CATEGORY_DOT_ROOM = 14;

    private final SteadyTableView<TimelineItem> table = new SteadyTableView<>();
    private final EventListViewModel model;
    /** Set while the table follows the timeline, so that following is not taken for a choice. */
    private boolean following;

    EventTable(EventListViewModel model, Messages messages) {
        this.model = model;
        table.setId("event-list");
        table.setItems(model.rows());
        table.setAccessibleText(messages.get("events.accessible"));
        Label empty = new Label(messages.get("events.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(new ClearOfColumnMenu());
        // narrow and first, like a flag: the analyst's corrections found at a glance, and sorted to the top;
        // its title is the mark itself, which the header's menu of columns shows too
        TableColumn<TimelineItem, TimelineItem> corrected = column("event-corrected", EventListViewModel.CORRECTED_MARK,
                model::correctedMark, model::correctedText, 30);
        corrected.setMinWidth(26);
        corrected.setMaxWidth(40);
        corrected.setStyle("-fx-alignment: CENTER;");
        TableColumn<TimelineItem, TimelineItem> date = column("event-date", messages.get("column.date"), model::listedDate, model::date, 150);
        TableColumn<TimelineItem, TimelineItem> label = column("event-label", messages.get("column.label"), TimelineItem::label, 320);
        // the label is what the list is read for: it keeps this much however narrow the pane, and the category gives way first
        label.setMinWidth(LABEL_MIN_WIDTH);
        TableColumn<TimelineItem, TimelineItem> category = categoryColumn(messages, 70);
        TableColumn<TimelineItem, TimelineItem> sources = column("event-sources", messages.get("column.sources"),
                row -> Integer.toString(row.sourceCount()), 50);
        shortTitle(sources, messages.get("column.sources.short"), messages.get("column.sources.tip"));
        sources.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<TimelineItem, TimelineItem> place = column("event-place", messages.get("column.place"), model::place, 90);
        // the pane is narrow: the place is hidden at first (WindowMemory), one click away in the header's menu
        table.setTableMenuButtonVisible(true);
        table.getColumns().setAll(List.of(corrected, date, label, category, sources, place));
        // every column as wide as what it says and no wider, so that the label has the rest: a day's date whole
        // (a period is cut, and whole when hovered), the counts listed, a category down to its colour when the pane is narrow
        FittedColumns<TimelineItem> fitted = new FittedColumns<>(table);
        fitted.fitSamples(date, () -> widestDays(messages, model.onlyYearProperty().get() == null));
        // as wide as the most sources any row has, in the widest digits: a million rows need not be written out to be measured
        fitted.fitSamples(sources, () -> List.of("8".repeat(Integer.toString(model.mostSources()).length())));
        fitted.fitSamplesGivingWay(category, Arrays.stream(EventCategory.values())
                .map(c -> messages.get("category." + c.name())).toList(), CATEGORY_DOT_ROOM, LABEL_ROOM_BEFORE_CATEGORY_NAMES - LABEL_MIN_WIDTH);
        Map<TableColumn<TimelineItem, ?>, EventListViewModel.Column> keys = Map.of(corrected, EventListViewModel.Column.CORRECTED,
                date, EventListViewModel.Column.DATE, label, EventListViewModel.Column.LABEL,
                category, EventListViewModel.Column.CATEGORY, sources, EventListViewModel.Column.SOURCES,
                place, EventListViewModel.Column.PLACE);
        table.setSortPolicy(view -> {
            List<EventListViewModel.Sort> sorts = new ArrayList<>();
            for (TableColumn<TimelineItem, ?> c : view.getSortOrder()) {
                sorts.add(new EventListViewModel.Sort(keys.get(c), c.getSortType() == TableColumn.SortType.ASCENDING));
            }
            following = true;
            try {
                model.sortProperty().set(List.copyOf(sorts));
            } finally {
                following = false;
            }
            follow();
            return true;
        });

        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null && !following) {
                model.choose(row);
            }
        });
        model.selectedIdProperty().addListener((o, was, id) -> follow());
        // the marks change without the rows changing
        model.correctedProperty().addListener((o, was, now) -> table.refresh());
        model.rows().addListener((ListChangeListener<TimelineItem>) change -> follow());
        // the menu acts on the selected event: only over a row (which a right press selects), or from the keyboard with one
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger() ? table.getSelectionModel().isEmpty() : !overARow(e)) {
                e.consume();
            }
        });
        RowEnds.install(table);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                model.openSelected();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                model.openSelected();
            }
        });
    }

    /**
     * F2 runs {@code relabel} (見出しを直す) here as over the timeline: the table would take the key
     * to edit a cell, and its cells are not for editing.
     */
    void relabelOnF2(MenuItem relabel) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2 && !e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown()) {
                e.consume();
                if (!relabel.isDisable()) {
                    relabel.fire();
                }
            }
        });
    }

    TableView<TimelineItem> node() {
        return table;
    }

    /**
     * The ids of the columns now hidden ({@code event-corrected}, {@code event-date}, {@code event-label}, {@code event-category},
     * {@code event-sources}, {@code event-place}: apart from every other id in the window, since a
     * column's header takes its id).
     */
    Set<String> hiddenColumns() {
        return ColumnVisibility.hidden(table);
    }

    /** Hides the columns of these ids and shows the others; the label is always shown. */
    void hideColumns(Set<String> ids) {
        ColumnVisibility.hide(table, ids, "event-label");
    }

    /**
     * Dates of every width a day's date has as the list writes it (2022年12月28日(水), or 12月28日(水)
     * without {@code withYear}): two-digit months and days, each day of the week, any digit.
     */
    private static List<String> widestDays(Messages messages, boolean withYear) {
        List<String> days = new ArrayList<>();
        for (int year : new int[] {2000, 2022, 2088}) {
            for (int day = 22; day <= 28; day++) {
                LocalDate date = LocalDate.of(year, 12, day);
                days.add(withYear ? messages.date(date) : messages.dayOfYear(date));
            }
        }
        return days;
    }

    /**
     * Gives the column's header a short title (its text stays the name the header's menu of columns
     * lists), with its full name when hovered; the style sheet draws the header's graphic only.
     */
    private static void shortTitle(TableColumn<TimelineItem, ?> column, String title, String name) {
        Label shortTitle = new Label(title);
        shortTitle.setTooltip(new Tooltip(name));
        column.setGraphic(shortTitle);
        column.getStyleClass().add("short-title");
    }

    /**
     * The category as its colour's dot (the timeline's) and its name; the dot alone when the column
     * gives way to the label, the name then said when hovered. It sorts by the names.
     */
    private TableColumn<TimelineItem, TimelineItem> categoryColumn(Messages messages, double width) {
        TableColumn<TimelineItem, TimelineItem> column = new TableColumn<>(messages.get("column.category"));
        column.setId("event-category");
        column.setPrefWidth(width);
        shortTitle(column, messages.get("column.category.short"), messages.get("column.category"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        // named while the column is as wide as its widest name (its preferred width), its colour alone once it gives way to the label
        BooleanBinding named = column.widthProperty().greaterThanOrEqualTo(column.prefWidthProperty().subtract(0.5));
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip whole = new Tooltip();
            private final Circle dot = new Circle(4);
            /** Held by the cell, and weakly by the column's binding: a refresh's new cells leave the old ones to go. */
            private final InvalidationListener rename = o -> showName();

            {
                dot.getStyleClass().add("category-dot");
                setGraphicTextGap(CATEGORY_DOT_ROOM - 2 * dot.getRadius());
                named.addListener(new WeakInvalidationListener(rename));
            }

            @Override
            protected void updateItem(TimelineItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                String name = model.category(item);
                dot.getStyleClass().setAll("category-dot", model.categoryStyle(item));
                setGraphic(dot);
                whole.setText(name);
                setTooltip(name.isEmpty() ? null : whole);
                showName();
            }

            private void showName() {
                if (!isEmpty() && getItem() != null) {
                    setText(named.get() ? model.category(getItem()) : "");
                }
            }
        });
        return column;
    }

    private boolean overARow(ContextMenuEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != table; n = n.getParent()) {
            if (n instanceof TableRow<?> row) {
                return !row.isEmpty();
            }
        }
        return false;
    }

    /** Selects the row of the timeline's selected event, brought into view if it is not, or none. */
    private void follow() {
        int index = model.indexOfSelected();
        following = true;
        try {
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != index) {
                table.getSelectionModel().clearAndSelect(index);
                table.reveal(index);
            }
        } finally {
            following = false;
        }
    }

    /** A column whose cells say {@code text} of their row, made for the rows on screen only, cut text whole in a tooltip. */
    private static TableColumn<TimelineItem, TimelineItem> column(String id, String title, Function<TimelineItem, String> text,
                                                                 double width) {
        return column(id, title, text, text, width);
    }

    /** A column whose cells say {@code text} of their row, with {@code tip} of it in a tooltip (none when empty). */
    private static TableColumn<TimelineItem, TimelineItem> column(String id, String title, Function<TimelineItem, String> text,
                                                                 Function<TimelineItem, String> tip, double width) {
        TableColumn<TimelineItem, TimelineItem> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(TimelineItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(text.apply(item));
                String told = tip.apply(item);
                whole.setText(told);
                setTooltip(told.isEmpty() ? null : whole);
            }
        });
        return column;
    }
}
