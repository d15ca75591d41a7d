package app.nenpyo.ui;

import app.nenpyo.domain.TextSpan;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The reader: the open document's paragraphs, numbered, in a virtualised list (a document may
 * have thousands). Header and footer paragraphs are dimmed; line breaks inside a paragraph stay.
 * Paragraphs can be selected (one or many) and copied with Ctrl+C or the context menu; Enter,
 * F2 or a click on the selected paragraph makes its text selectable character by character.
 */
final class ReaderPane {
    /** Room for the ¶ number column, the cell padding and a vertical scroll bar. */
    private static final double TEXT_INSET = 90;

    private static final int SETTLED_PULSES = 3;
    /** A text area's insets around the text, so a selectable paragraph needs no scroll bar. */
    private static final double SELECTABLE_EXTRA_HEIGHT = 18;
    private static final long SCROLL_SETTLE_NANOS = 700_000_000L;

    private final BorderPane pane = new BorderPane();
    private final ListView<ParagraphRow> list = new ListView<>();
    private Runnable pendingScroll;

    /** Asks to add a clause of a paragraph as an event: the paragraph's number and a selection in its text (possibly empty). */
    @FunctionalInterface
    interface AddEvent {
        void add(int paragraph, TextSpan selection);
    }

    private final ReaderViewModel model;
    private final Messages messages;
    private final AddEvent addEvent;
    private final BooleanExpression readOnly;
    /** The text area of the paragraph whose text is selectable now (see {@link ParagraphCell#startEdit}), null when none is. */
    private TextArea selectable;
    /** That paragraph. */
    private ParagraphRow selectableRow;

    /**
     * @param readOnly whether nothing that changes the project may be offered now: open read-only
     *                 ({@link WindowViewModel#readOnly}), or a correction running ({@link EventMenu#cannotCorrect})
     */
    ReaderPane(ReaderViewModel model, BooleanExpression readOnly, Messages messages, Runnable editDate, AddEvent addEvent) {
        this.model = model;
        this.readOnly = readOnly;
        this.messages = messages;
        this.addEvent = addEvent;
        Label title = new Label();
        title.getStyleClass().add("reader-title");
        title.textProperty().bind(model.titleProperty());
        // one line, cut with an ellipsis: a wrapped title would push the status bar off the window
        Tooltip fullTitle = new Tooltip();
        fullTitle.textProperty().bind(model.titleProperty());
        title.setTooltip(fullTitle);
        Label subtitle = new Label();
        subtitle.getStyleClass().add("reader-subtitle");
        subtitle.textProperty().bind(model.subtitleProperty());
        Button setDate = new Button(messages.get("reader.setDate"));
        setDate.setAccessibleText(messages.withoutMnemonic("menu.document.setDate"));
        setDate.setOnAction(e -> editDate.run());
        setDate.visibleProperty().bind(model.documentIdProperty().isNotEqualTo(ReaderViewModel.NO_DOCUMENT));
        setDate.disableProperty().bind(readOnly);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        setDate.setMinWidth(Region.USE_PREF_SIZE);
        VBox heading = new VBox(2, title, subtitle);
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.SOMETIMES);
        HBox header = new HBox(8, heading, spacer, setDate);
        header.getStyleClass().add("reader-header");

        list.setId("reader");
        list.setItems(model.paragraphs());
        list.setAccessibleText(messages.get("reader.accessible"));
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        // a document that cannot be read says why, in the reader's place
        placeholder.textProperty().bind(Bindings.when(model.errorProperty().isEmpty())
                .then(messages.get("reader.empty")).otherwise(model.errorProperty()));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new ParagraphCell());
        // editing only makes a paragraph's text selectable (see ParagraphCell.startEdit)
        list.setEditable(true);
        RowEnds.install(list);

        MenuItem copy = new MenuItem(messages.get("reader.copy"));
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(e -> copySelection());
        MenuItem add = addEventItem();
        add.setOnAction(e -> addEventAtFocus());
        list.setContextMenu(new ContextMenu(copy, add));
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (copy.getAccelerator().match(e)) {
                copySelection();
                e.consume();
            } else if ((e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) && list.getFocusModel().getFocusedIndex() >= 0) {
                list.edit(list.getFocusModel().getFocusedIndex());
                e.consume();
            }
        });

        // another document's paragraphs: no text of the last one stays selectable (nor is added from)
        model.paragraphs().addListener((javafx.collections.ListChangeListener<ParagraphRow>) change -> {
            if (selectable != null) {
                list.edit(-1);
                selectable = null;
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

    /** Moves the keyboard into the paragraphs, so the analyst can read on with the arrows. */
    void focusList() {
        list.requestFocus();
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
        // one row above keeps a little context
        scrollSettled(Math.max(0, index - 1));
    }

    /**
     * Scrolls so that row {@code top} is the first one shown, and keeps it there while the list
     * settles: as it measures wrapped rows it had only estimated, the list re-estimates its
     * length over several layout pulses and moves the position each time (JavaFX 21's
     * VirtualFlow drifts to the end of the document). After a short while the analyst's own
     * scrolling wins again.
     */
    private void scrollSettled(int top) {
        Scene scene = list.getScene();
        if (pendingScroll != null && scene != null) {
            scene.removePostLayoutPulseListener(pendingScroll);
        }
        list.scrollTo(top);
        if (scene == null) {
            return;
        }
        long deadline = System.nanoTime() + SCROLL_SETTLE_NANOS;
        int[] settledPulses = {0};
        pendingScroll = new Runnable() {
            @Override
            public void run() {
                if (settled(top)) {
                    settledPulses[0]++;
                } else {
                    settledPulses[0] = 0;
                    list.scrollTo(top);
                }
                if (settledPulses[0] >= SETTLED_PULSES || System.nanoTime() > deadline) {
                    scene.removePostLayoutPulseListener(this);
                    pendingScroll = null;
                }
            }
        };
        scene.addPostLayoutPulseListener(pendingScroll);
    }

    private boolean settled(int top) {
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)
                || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            return false;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        boolean atEnd = last == list.getItems().size() - 1 && first <= top;
        return first == top || atEnd;
    }

    /**
     * Asks to add the focused paragraph as an event: the selection when its text is selectable,
     * else its first sentence (文書 › 段落を出来事として加える…, the paragraphs' context menu).
     */
    void addEventAtFocus() {
        if (selectable != null) {
            addEvent.add(selectableRow.number(), SelectableText.inParagraph(selectableRow.plainText(), selectable.getText(),
                    selectable.getSelection().getStart(), selectable.getSelection().getEnd()));
            return;
        }
        ParagraphRow focused = list.getFocusModel().getFocusedItem();
        if (focused != null) {
            addEvent.add(focused.number(), new TextSpan(0, 0));
        }
    }

    /** 出来事として加える…, disabled in an undated document (with a tooltip-like text saying why) and in no document. */
    private MenuItem addEventItem() {
        MenuItem add = new MenuItem();
        add.getStyleClass().add("reader-add-event");
        add.textProperty().bind(Bindings.createStringBinding(() -> model.documentIdProperty().get() != ReaderViewModel.NO_DOCUMENT
                        && model.documentDateProperty().get() == null
                        ? messages.get("reader.addEvent.undated") : messages.get("reader.addEvent"),
                model.documentDateProperty(), model.documentIdProperty()));
        add.disableProperty().bind(model.documentDateProperty().isNull().or(readOnly));
        return add;
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

    private final class ParagraphCell extends WrappedTextCell<ParagraphRow> {
        private final Label number = new Label();
        private final HBox box = new HBox(12, number, text);

        ParagraphCell() {
            super(list, TEXT_INSET);
            number.getStyleClass().add("paragraph-number");
            number.setMinWidth(44);
            HBox.setHgrow(text, Priority.ALWAYS);
            getStyleClass().add("paragraph-cell");
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
            text.setText(item.text());
            if (item.dimmed()) {
                getStyleClass().add("dimmed");
            }
            if (item.text().hasHits()) {
                getStyleClass().add("hit-paragraph");
            }
            setAccessibleText("¶" + item.number() + " " + item.plainText());
            setGraphic(box);
        }

        /**
         * "Editing" a paragraph turns it into read-only text that can be selected character by
         * character (a TextFlow cannot); Escape or leaving it turns it back.
         */
        @Override
        public void startEdit() {
            super.startEdit();
            if (!isEditing() || getItem() == null) {
                return;
            }
            TextArea area = new TextArea(getItem().plainText());
            area.setEditable(false);
            area.setWrapText(true);
            area.getStyleClass().add("paragraph-selectable");
            area.setAccessibleText(getAccessibleText());
            area.setPrefHeight(text.getHeight() + SELECTABLE_EXTRA_HEIGHT);
            area.prefWidthProperty().bind(text.prefWidthProperty());
            area.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    list.requestFocus();
                    e.consume();
                }
            });
            MenuItem copy = new MenuItem(messages.get("reader.copy"));
            copy.setOnAction(e -> area.copy());
            MenuItem add = addEventItem();
            add.setOnAction(e -> addEventAtFocus());
            area.setContextMenu(new ContextMenu(copy, add));
            area.focusedProperty().addListener((o, had, has) -> {
                // the context menu takes the focus while it shows: the text stays selectable under it
                if (!has && isEditing() && !area.getContextMenu().isShowing()) {
                    cancelEdit();
                }
            });
            box.getChildren().set(1, area);
            fitToText(area);
            selectable = area;
            selectableRow = getItem();
            area.requestFocus();
        }

        /**
         * Keeps the whole paragraph in view: the text area wraps its text a little narrower than
         * the paragraph's own text does, so a height measured from that would cut the last line.
         */
        private void fitToText(TextArea area) {
            area.applyCss();
            if (area.lookup(".text") instanceof Text wrapped) {
                area.setPrefHeight(wrapped.getLayoutBounds().getHeight() + SELECTABLE_EXTRA_HEIGHT);
                wrapped.layoutBoundsProperty().addListener((o, was, now) -> area.setPrefHeight(now.getHeight() + SELECTABLE_EXTRA_HEIGHT));
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            if (box.getChildren().get(1) == selectable) {
                selectable = null;
            }
            box.getChildren().set(1, text);
        }
    }
}
