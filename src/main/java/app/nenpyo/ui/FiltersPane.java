package app.nenpyo.ui;

import java.time.LocalDate;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;

/**
 * The filter pane: words the source paragraphs must contain, a range of days, and checkable
 * lists of actors (searchable), categories and documents with their counts. It only shows and
 * edits a {@link FilterViewModel}; what passes is decided there.
 */
final class FiltersPane {
    /** Typing pauses this long before the source paragraphs are searched. */
    private static final Duration TYPING_PAUSE = Duration.millis(300);

    private final FilterViewModel model;
    private final Messages messages;
    private final ScrollPane root;
    private final ListView<FacetRow> actorList;
    private final TextField words = new TextField();
    private final RangeSlider days = new RangeSlider(0, 1, 0, 1);
    /** Set while the slider follows the model, so it does not write the value back as a filter. */
    private boolean following;

    FiltersPane(FilterViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;

        words.setId("filter-text");
        words.setPromptText(messages.get("filter.text.prompt"));
        words.setAccessibleText(messages.get("filter.text.accessible"));
        words.textProperty().bindBidirectional(model.textProperty());
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(e -> model.searchText());
        words.textProperty().addListener((o, old, text) -> pause.playFromStart());
        words.setOnAction(e -> {
            pause.stop();
            model.searchText();
        });

        TextField actorSearch = new TextField();
        actorSearch.setId("filter-actor-search");
        actorSearch.setPromptText(messages.get("filter.actors.prompt"));
        actorSearch.setAccessibleText(messages.get("filter.actors.search.accessible"));
        actorSearch.textProperty().bindBidirectional(model.actorQueryProperty());
        actorList = checkList("filter-actors", model.visibleActors(), "filter.actors.accessible", 9);
        actorSearch.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !actorList.getItems().isEmpty()) {
                actorList.requestFocus();
                actorList.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        ListView<FacetRow> categoryList = checkList("filter-categories", model.categories(), "filter.categories.accessible", 5);
        ListView<FacetRow> documentList = checkList("filter-documents", model.documents(), "filter.documents.accessible", 4);

        Button clear = new Button(messages.get("filter.clear"));
        clear.setId("filter-clear");
        clear.setAccessibleText(messages.get("filter.clear.accessible"));
        clear.setOnAction(e -> model.clear());
        clear.disableProperty().bind(Bindings.isEmpty(model.active()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading("filter.title"), spacer, clear);
        top.getStyleClass().add("filter-top");

        VBox content = new VBox(6,
                top,
                heading("filter.text"), words,
                heading("filter.dates"), dateRange(),
                heading("filter.actors"), actorSearch, actorList,
                heading("filter.categories"), categoryList,
                heading("filter.documents"), documentList);
        content.getStyleClass().add("filters-pane");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("filters-scroll");
    }

    Node node() {
        return root;
    }

    ListView<FacetRow> actorList() {
        return actorList;
    }

    private VBox dateRange() {
        days.setId("filter-dates");
        days.setShowTickLabels(false);
        days.setAccessibleText(messages.get("filter.dates.accessible"));
        Label shown = new Label();
        shown.getStyleClass().add("filter-dates-label");
        shown.textProperty().bind(Bindings.createStringBinding(() -> {
            LocalDate a = model.fromProperty().get() != null ? model.fromProperty().get() : model.earliestProperty().get();
            LocalDate b = model.toProperty().get() != null ? model.toProperty().get() : model.latestProperty().get();
            return a == null || b == null ? "" : messages.date(a) + " 〜 " + messages.date(b);
        }, model.fromProperty(), model.toProperty(), model.earliestProperty(), model.latestProperty()));
        model.earliestProperty().addListener(o -> follow());
        model.latestProperty().addListener(o -> follow());
        model.fromProperty().addListener(o -> follow());
        model.toProperty().addListener(o -> follow());
        days.lowValueProperty().addListener((o, old, value) -> {
            if (!following) {
                model.fromProperty().set(LocalDate.ofEpochDay(Math.round(value.doubleValue())));
            }
        });
        days.highValueProperty().addListener((o, old, value) -> {
            if (!following) {
                model.toProperty().set(LocalDate.ofEpochDay(Math.round(value.doubleValue())));
            }
        });
        follow();
        return new VBox(2, days, shown);
    }

    /** Puts the slider where the model is: the data's days as its ends, the chosen days as its thumbs. */
    private void follow() {
        LocalDate first = model.earliestProperty().get();
        LocalDate last = model.latestProperty().get();
        following = true;
        try {
            // the two ends are set one after the other: wait for both
            days.setDisable(first == null || last == null || !last.isAfter(first));
            if (first == null || last == null) {
                return;
            }
            double min = first.toEpochDay();
            double max = Math.max(min + 1, last.toEpochDay());
            days.setMin(min);
            days.setMax(max);
            days.setMajorTickUnit(Math.max(1, (max - min) / 4));
            days.setLowValue(model.fromProperty().get() == null ? min : model.fromProperty().get().toEpochDay());
            days.setHighValue(model.toProperty().get() == null ? max : model.toProperty().get().toEpochDay());
        } finally {
            following = false;
        }
    }

    private ListView<FacetRow> checkList(String id, ObservableList<FacetRow> rows, String accessibleKey, int visibleRows) {
        ListView<FacetRow> list = new ListView<>(rows);
        list.setId(id);
        list.getStyleClass().add("facet-list");
        list.setAccessibleText(messages.get(accessibleKey));
        list.setCellFactory(CheckBoxListCell.forListView(FacetRow::chosenProperty, new StringConverter<>() {
            @Override
            public String toString(FacetRow row) {
                return row == null ? "" : messages.format("filter.row", row.label(), row.count());
            }

            @Override
            public FacetRow fromString(String text) {
                return null;
            }
        }));
        list.setPrefHeight(visibleRows * 24 + 4);
        list.setMinHeight(2 * 24 + 4);
        RowEnds.install(list);
        // Space ticks the focused row, as in any checklist
        list.setOnKeyPressed(e -> {
            FacetRow row = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && row != null) {
                row.chosenProperty().set(!row.isChosen());
                e.consume();
            }
        });
        return list;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("filter-heading");
        return label;
    }
}
