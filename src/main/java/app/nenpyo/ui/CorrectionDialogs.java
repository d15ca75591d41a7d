package app.nenpyo.ui;

import app.nenpyo.domain.Event;
import app.nenpyo.service.EventProposal;
import app.nenpyo.service.ProjectService;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The dialogs in which the analyst corrects the selected event (its date, its label, another
 * event joined to it) or adds an event the machine did not read. Opened from the buttons under 出典 and from the events' context menus; each
 * does nothing without a selection, and keeps what is chosen through {@link TimelineViewModel}.
 */
final class CorrectionDialogs {

    private CorrectionDialogs() {
    }

    /**
     * 日付を直す: the analyst's date for the selected event, in a dialog that shows what the typed
     * date reads as ({@link EventDateViewModel}). OK on the text it started from keeps the date as it is.
     */
    static void redate(Node owner, TimelineViewModel timeline, Messages messages) {
        Event selected = timeline.selectedEventProperty().get();
        Optional<LocalDate> articleDate = timeline.selectedArticleDate();
        if (selected == null || articleDate.isEmpty()) {
            return;
        }
        EventDateViewModel model = new EventDateViewModel(selected.time(), articleDate.get(), messages);
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner.getScene() == null ? null : owner.getScene().getWindow(), messages.get("redate.title"));
        dialog.setHeaderText(messages.format("redate.header", selected.label()));
        TextField field = new TextField();
        field.setId("redate-field");
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(model.textProperty());
        field.setAccessibleText(messages.get("redate.title"));
        Label preview = new Label();
        preview.setId("redate-preview");
        preview.textProperty().bind(model.previewProperty());
        // a long reason (the end before the start, with both days) wraps rather than ending in …
        preview.setWrapText(true);
        preview.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label(messages.format("redate.hint", messages.date(articleDate.get())));
        hint.setId("redate-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("dialog-hint");
        dialog.getDialogPane().setContent(new VBox(6, field, preview, hint));
        // the hint wraps in the width of the pane instead of widening it
        dialog.getDialogPane().setPrefWidth(520);
        ButtonType ok = Dialogs.ok(messages);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Dialogs.cancel(messages));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(model.acceptableProperty().not());
        // after the dialog's own first focus (its default button, under a window manager)
        dialog.setOnShown(shown -> Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        }));
        dialog.showAndWait().filter(ok::equals).filter(pressed -> model.changed())
                .ifPresent(pressed -> timeline.setSelectedDate(model.result()));
    }

    /**
     * 出来事として加える: a clause of the open document as an event the machine did not read
     * (decision 0020), dated and labelled in a dialog that shows the clause, what the typed date
     * reads as and the machine's label to keep or rewrite ({@link AddEventViewModel}).
     */
    static void addEvent(Node owner, TimelineViewModel timeline, EventProposal proposal, int paragraph,
                         LocalDate documentDate, Messages messages) {
        AddEventViewModel model = new AddEventViewModel(proposal, documentDate, messages);
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner.getScene() == null ? null : owner.getScene().getWindow(), messages.get("addEvent.title"));
        dialog.setHeaderText(messages.format("addEvent.header", paragraph));
        Label clause = new Label(model.clauseText());
        clause.setId("add-event-clause");
        clause.setWrapText(true);
        clause.getStyleClass().add("added-clause");
        TextField date = new TextField();
        date.setId("add-event-date");
        date.setPrefColumnCount(24);
        date.textProperty().bindBidirectional(model.dateTextProperty());
        date.setAccessibleText(messages.get("addEvent.date"));
        Label preview = new Label();
        preview.setId("add-event-preview");
        preview.textProperty().bind(model.previewProperty());
        // a long reason why the date cannot be read wraps instead of squeezing the labels beside it to "…"
        preview.setWrapText(true);
        preview.setMinHeight(Region.USE_PREF_SIZE);
        TextField label = new TextField();
        label.setId("add-event-label");
        label.setPrefColumnCount(32);
        label.textProperty().bindBidirectional(model.labelProperty());
        label.setAccessibleText(messages.get("addEvent.label"));
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        fields.getColumnConstraints().setAll(names, values);
        Label dateName = new Label(messages.get("addEvent.date"));
        dateName.setId("add-event-date-name");
        dateName.setLabelFor(date);
        Label labelName = new Label(messages.get("addEvent.label"));
        labelName.setId("add-event-label-name");
        labelName.setLabelFor(label);
        fields.addRow(0, dateName, date);
        fields.add(preview, 1, 1);
        fields.addRow(2, labelName, label);
        Label hint = new Label(messages.format("addEvent.hint", messages.date(documentDate)));
        hint.setWrapText(true);
        hint.getStyleClass().add("dialog-hint");
        dialog.getDialogPane().setContent(new VBox(10, clause, fields, hint));
        dialog.getDialogPane().setPrefWidth(560);
        ButtonType ok = Dialogs.ok(messages);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Dialogs.cancel(messages));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(model.acceptableProperty().not());
        dialog.setOnShown(shown -> Platform.runLater(() -> {
            date.requestFocus();
            date.selectAll();
        }));
        dialog.showAndWait().filter(ok::equals).ifPresent(pressed ->
                timeline.addEvent(proposal.documentId(), proposal.clause(), model.date(), model.label(), model.shownLabel()));
    }

    /** 見出しを直す: the analyst's label for the selected event. */
    static void relabel(Node owner, TimelineViewModel timeline, Messages messages) {
        Event selected = timeline.selectedEventProperty().get();
        if (selected == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(selected.label());
        Dialogs.prepare(dialog, owner.getScene() == null ? null : owner.getScene().getWindow(), messages.get("relabel.title"));
        dialog.setHeaderText(messages.get("relabel.header"));
        ButtonType ok = Dialogs.ok(messages);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Dialogs.cancel(messages));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> dialog.getEditor().getText().strip().length() > ProjectService.MAX_LABEL, dialog.getEditor().textProperty()));
        dialog.getEditor().setPrefColumnCount(32);
        dialog.showAndWait().ifPresent(timeline::setSelectedLabel);
    }

    /**
     * 別の出来事とまとめる: another event joins the selected one, chosen from the events near its
     * date or found by label ({@link JoinEventsViewModel}).
     */
    static void join(Node owner, TimelineViewModel timeline, Messages messages) {
        Event selected = timeline.selectedEventProperty().get();
        if (selected == null) {
            return;
        }
        JoinEventsViewModel model = timeline.eventsToJoin(selected);
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner.getScene() == null ? null : owner.getScene().getWindow(), messages.get("join.title"));
        dialog.setHeaderText(model.header());
        TextField search = new TextField();
        search.setId("join-search");
        // said above the field too: a focused field hides its prompt
        Label searchLabel = new Label(messages.get("join.search"));
        searchLabel.setLabelFor(search);
        search.setAccessibleText(messages.get("join.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        ListView<JoinEventsViewModel.Candidate> candidates = new ListView<>(model.candidates());
        candidates.setId("join-candidates");
        candidates.setPrefHeight(260);
        // until the events are ranked the list says it is finding them, not that there are none
        Label placeholder = new Label();
        placeholder.setId("join-placeholder");
        placeholder.textProperty().bind(Bindings.when(model.rankingProperty())
                .then(messages.get("join.ranking")).otherwise(messages.get("join.none")));
        candidates.setPlaceholder(placeholder);
        candidates.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(JoinEventsViewModel.Candidate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
            }
        });
        candidates.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.chosenProperty().set(now));
        // ↓ from the search goes to the events found, as in any search box
        search.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.DOWN && !candidates.getItems().isEmpty()) {
                candidates.requestFocus();
                if (candidates.getSelectionModel().isEmpty()) {
                    candidates.getSelectionModel().selectFirst();
                }
                key.consume();
            }
        });
        // a search that keeps the chosen event listed keeps it chosen, and shown so in the list
        model.chosenProperty().addListener((o, was, now) -> {
            if (now != null && now != candidates.getSelectionModel().getSelectedItem()) {
                candidates.getSelectionModel().select(now);
            }
        });
        Label note = new Label();
        note.setId("join-note");
        note.setWrapText(true);
        note.getStyleClass().add("dialog-hint");
        note.textProperty().bind(model.noteProperty());
        Label hint = new Label(messages.get("join.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("dialog-hint");
        dialog.getDialogPane().setContent(new VBox(6, searchLabel, search, candidates, note, hint));
        dialog.getDialogPane().setPrefWidth(720);
        ButtonType ok = Dialogs.ok(messages);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Dialogs.cancel(messages));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(model.acceptableProperty().not());
        // the list takes Enter for itself: Enter or a double click on an event joins it
        candidates.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER && model.acceptableProperty().get()) {
                okButton.fire();
                key.consume();
            }
        });
        candidates.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2 && model.acceptableProperty().get()) {
                okButton.fire();
            }
        });
        dialog.setOnShown(shown -> Platform.runLater(search::requestFocus));
        dialog.setOnHidden(hidden -> model.dispose());
        dialog.showAndWait().filter(ok::equals).map(pressed -> model.chosenProperty().get())
                .ifPresent(chosen -> timeline.joinSelected(chosen.id(), chosen.label()));
    }
}
