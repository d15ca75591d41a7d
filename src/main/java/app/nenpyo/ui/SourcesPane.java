package app.nenpyo.ui;

import app.nenpyo.domain.Event;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected event's sources: its label above, one row per source paragraph (document title,
 * date, ¶N over the text with the date expression and the actors marked), why a background event is
 * off the timeline under its title, the merge reasons
 * below (scrolling in a third of the pane at most). A click or Enter opens that document at that paragraph in the reader. The analyst's
 * corrections, kept in the project: buttons under the title date the event otherwise, rewrite
 * its label, set it aside as background or put a background event on the timeline, join another
 * event to it, and undo a report taken out or a join; the list's context menu takes a report out
 * of its event. What of the event the analyst corrected is said above the buttons.
 */
final class SourcesPane {
    private static final double TEXT_INSET = 40;

    private final BorderPane pane = new BorderPane();
    private final ListView<SourceRow> list = new ListView<>();
    /** When the corrections are off: while the events load, always in a project open read-only. */
    private final BooleanExpression cannotCorrect;

    SourcesPane(SourcesViewModel model, TimelineViewModel timeline, BooleanExpression cannotCorrect, Messages messages,
                Consumer<SourceRow> open) {
        this.cannotCorrect = cannotCorrect;
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
        RowEnds.install(list);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        ContextMenu keepApart = keepApartMenu(model, timeline, messages);
        list.setContextMenu(keepApart);
        // the keyboard's way to the menu (Shift+F10, the menu key), which GTK does not turn into a context menu
        // request; a handler beside Enter's, not in its place (set as the one handler, it took Enter away)
        list.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.CONTEXT_MENU || key.getCode() == KeyCode.F10 && key.isShiftDown()) {
                Bounds shown = list.localToScreen(list.getBoundsInLocal());
                if (shown != null) {
                    keepApart.show(list, shown.getMinX() + 24, shown.getMinY() + 24);
                }
                key.consume();
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
        // a row of their own, wrapping in a narrow pane, so that no button is cut short
        FlowPane corrections = new FlowPane(6, 4, redateButton(timeline, messages), relabelButton(timeline, messages),
                asideButton(timeline, messages), joinButton(timeline, messages), mergeAgainButton(model, timeline, messages),
                unjoinButton(model, timeline, messages), removeAddedButton(model, timeline, messages));
        corrections.getStyleClass().add("sources-corrections");
        corrections.visibleProperty().bind(timeline.selectedEventProperty().isNotNull());
        corrections.managedProperty().bind(corrections.visibleProperty());
        Label corrected = note("sources-corrected", model.correctedProperty());
        Label background = note("sources-background", model.backgroundProperty());
        VBox top = new VBox(2, title, heading, corrected, background, corrections);
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
        // an event of many reports has a reason for each: they scroll in a third of the pane at most,
        // where a label as tall as its text took the pane from the buttons and the sources
        ScrollPane reasons = new ScrollPane(footer);
        reasons.setId("sources-footer-scroll");
        reasons.getStyleClass().add("sources-footer-scroll");
        reasons.setFitToWidth(true);
        reasons.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        reasons.maxHeightProperty().bind(pane.heightProperty().divide(3));
        reasons.visibleProperty().bind(footer.visibleProperty());
        reasons.managedProperty().bind(reasons.visibleProperty());

        pane.setTop(top);
        pane.setCenter(list);
        pane.setBottom(reasons);
        pane.getStyleClass().add("sources-pane");
    }

    /** A line of text under the heading, there only while it has something to say. */
    private static Label note(String id, ReadOnlyStringProperty text) {
        Label note = new Label();
        note.setId(id);
        note.getStyleClass().add(id);
        note.setWrapText(true);
        note.textProperty().bind(text);
        note.visibleProperty().bind(text.isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    BorderPane node() {
        return pane;
    }

    /** A button for a correction of the selected event: shown with a selection, idle while the events load, its tooltip also its accessible text. */
    private Button correctionButton(String id, TimelineViewModel timeline) {
        return correctionButton(id, timeline, timeline.selectedEventProperty().isNotNull());
    }

    /** The same, shown while {@code shown} holds. */
    private Button correctionButton(String id, TimelineViewModel timeline, ObservableBooleanValue shown) {
        Button button = new Button();
        button.setId(id);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        button.setTooltip(tip);
        button.accessibleTextProperty().bind(tip.textProperty());
        button.visibleProperty().bind(shown);
        button.managedProperty().bind(button.visibleProperty());
        button.disableProperty().bind(cannotCorrect);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /**
     * 日付を直す…: the analyst's date for the selected event, in a dialog that shows what the typed
     * date reads as ({@link EventDateViewModel}); hidden without a selection. OK on the text it
     * started from keeps the date as it is.
     */
    private Button redateButton(TimelineViewModel timeline, Messages messages) {
        Button redate = correctionButton("redate", timeline, messages, "sources.redate");
        redate.setOnAction(e -> CorrectionDialogs.redate(redate, timeline, messages));
        return redate;
    }

    /** The same, its text the message of {@code key} and its tooltip that of {@code key.tip}. */
    private Button correctionButton(String id, TimelineViewModel timeline, Messages messages, String key) {
        Button button = correctionButton(id, timeline);
        button.setText(messages.get(key));
        button.getTooltip().setText(messages.get(key + ".tip"));
        return button;
    }

    /** 見出しを直す…: the analyst's label for the selected event, in a dialog; hidden without a selection. */
    private Button relabelButton(TimelineViewModel timeline, Messages messages) {
        Button relabel = correctionButton("relabel", timeline, messages, "sources.relabel");
        relabel.setOnAction(e -> CorrectionDialogs.relabel(relabel, timeline, messages));
        return relabel;
    }

    /** この報道を別の出来事に分ける, on a source of an event of several: that report becomes an event of its own. */
    private ContextMenu keepApartMenu(SourcesViewModel model, TimelineViewModel timeline, Messages messages) {
        MenuItem keepApart = new MenuItem(messages.get("sources.keepApart"));
        keepApart.setId("keep-apart");
        keepApart.disableProperty().bind(Bindings.size(model.rows()).lessThan(2)
                .or(list.getSelectionModel().selectedItemProperty().isNull()).or(cannotCorrect));
        keepApart.setOnAction(e -> {
            SourceRow row = list.getSelectionModel().getSelectedItem();
            if (row != null) {
                timeline.keepSourceApart(row.sourceId());
            }
        });
        return new ContextMenu(keepApart);
    }

    /** 分けた報道をまとめ直す, for an event the analyst took out of another: the machine merges it again. */
    private Button mergeAgainButton(SourcesViewModel model, TimelineViewModel timeline, Messages messages) {
        Button again = correctionButton("merge-again", timeline,
                model.keptApartProperty().and(timeline.selectedEventProperty().isNotNull()));
        again.setText(messages.get("sources.mergeAgain"));
        again.getTooltip().setText(messages.get("sources.mergeAgain.tip"));
        again.setOnAction(e -> timeline.mergeSelectedAgain());
        return again;
    }

    /**
     * 別の出来事とまとめる…: another event joins the selected one, chosen in a dialog from the events
     * near its date or found by label ({@link JoinEventsViewModel}); hidden without a selection.
     */
    private Button joinButton(TimelineViewModel timeline, Messages messages) {
        Button join = correctionButton("join", timeline, messages, "sources.join");
        join.setOnAction(e -> CorrectionDialogs.join(join, timeline, messages));
        return join;
    }

    /** まとめた出来事を分け直す, for an event the analyst joined to another: the machine merges its reports as it would. */
    private Button unjoinButton(SourcesViewModel model, TimelineViewModel timeline, Messages messages) {
        Button unjoin = correctionButton("unjoin", timeline, model.joinedProperty().and(timeline.selectedEventProperty().isNotNull()));
        unjoin.setText(messages.get("sources.unjoin"));
        unjoin.getTooltip().setText(messages.get("sources.unjoin.tip"));
        unjoin.setOnAction(e -> timeline.unjoinSelected());
        return unjoin;
    }

    /** 加えた出来事を取り消す, for an event with a report the analyst added: its clause is plain text again. */
    private Button removeAddedButton(SourcesViewModel model, TimelineViewModel timeline, Messages messages) {
        Button remove = correctionButton("remove-added", timeline, model.addedProperty().and(timeline.selectedEventProperty().isNotNull()));
        remove.setText(messages.get("sources.removeAdded"));
        remove.getTooltip().setText(messages.get("sources.removeAdded.tip"));
        remove.setOnAction(e -> timeline.removeAddedFromSelected());
        return remove;
    }

    /** 背景に回す for an event on the timeline, 時系列に戻す for a background one; hidden without a selection. */
    private Button asideButton(TimelineViewModel timeline, Messages messages) {
        Button aside = correctionButton("set-aside", timeline);
        aside.textProperty().bind(Bindings.createStringBinding(() -> {
            Event e = timeline.selectedEventProperty().get();
            return e == null ? "" : messages.get(e.background() ? "sources.putBack" : "sources.setAside");
        }, timeline.selectedEventProperty()));
        aside.getTooltip().textProperty().bind(Bindings.createStringBinding(() -> {
            Event e = timeline.selectedEventProperty().get();
            return e == null ? "" : messages.get(e.background() ? "sources.putBack.tip" : "sources.setAside.tip");
        }, timeline.selectedEventProperty()));
        aside.setOnAction(e -> {
            Event selected = timeline.selectedEventProperty().get();
            if (selected != null) {
                timeline.setSelectedBackground(!selected.background());
            }
        });
        return aside;
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
