package app.nenpyo.ui;

import app.nenpyo.domain.Event;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The context menu of an event, on the timeline and in the event list, and the window's 出来事
 * menu: open its first report, and the corrections the buttons under 出典 offer (date, label,
 * background, joining another event). The menus act on the selected event; a right click selects
 * the event under the pointer first. Every item is idle while the events load.
 */
final class EventMenu {

    private EventMenu() {
    }

    /**
     * @param owner         the node the dialogs belong to (the timeline, the list)
     * @param cannotCorrect when the items that correct are off ({@link #cannotCorrect})
     */
    static ContextMenu create(Node owner, TimelineViewModel timeline, BooleanExpression cannotCorrect, Messages messages) {
        return new ContextMenu(items(owner, timeline, cannotCorrect, messages).toArray(MenuItem[]::new));
    }

    /**
     * The window's 出来事 menu: the same items with keys (日付を直す Ctrl+Shift+D, 見出しを直す F2,
     * 背景に回す Ctrl+B, 別の出来事とまとめる Ctrl+J), and the undoing of a take-out, a join or an addition, each
     * enabled for an event it applies to.
     */
    static Menu bar(Node owner, TimelineViewModel timeline, SourcesViewModel sources, BooleanExpression cannotCorrect,
                    Messages messages) {
        List<MenuItem> items = items(owner, timeline, cannotCorrect, messages);
        accelerator(items, "menu-redate", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        accelerator(items, "menu-relabel", new KeyCodeCombination(KeyCode.F2));
        accelerator(items, "menu-set-aside", new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        accelerator(items, "menu-join", new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN));
        MenuItem mergeAgain = item("menu-merge-again", messages.get("sources.mergeAgain"), timeline, cannotCorrect);
        mergeAgain.disableProperty().unbind();
        mergeAgain.disableProperty().bind(sources.keptApartProperty().not().or(cannotCorrect));
        mergeAgain.setOnAction(e -> timeline.mergeSelectedAgain());
        MenuItem unjoin = item("menu-unjoin", messages.get("sources.unjoin"), timeline, cannotCorrect);
        unjoin.disableProperty().unbind();
        unjoin.disableProperty().bind(sources.joinedProperty().not().or(cannotCorrect));
        unjoin.setOnAction(e -> timeline.unjoinSelected());
        MenuItem removeAdded = item("menu-remove-added", messages.get("sources.removeAdded"), timeline, cannotCorrect);
        removeAdded.disableProperty().unbind();
        removeAdded.disableProperty().bind(sources.addedProperty().not().or(cannotCorrect));
        removeAdded.setOnAction(e -> timeline.removeAddedFromSelected());
        Menu menu = new Menu(messages.get("menu.event"));
        menu.getItems().setAll(items);
        menu.getItems().addAll(new SeparatorMenuItem(), mergeAgain, unjoin, removeAdded);
        return menu;
    }

    private static void accelerator(List<MenuItem> items, String id, KeyCombination keys) {
        items.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow().setAccelerator(keys);
    }

    private static List<MenuItem> items(Node owner, TimelineViewModel timeline, BooleanExpression cannotCorrect, Messages messages) {
        MenuItem open = item("menu-open-source", messages.get("eventMenu.open"), timeline, cannotCorrect);
        open.setOnAction(e -> timeline.openSelectedSource());
        MenuItem redate = item("menu-redate", messages.get("sources.redate"), timeline, cannotCorrect);
        redate.setOnAction(e -> CorrectionDialogs.redate(owner, timeline, messages));
        MenuItem relabel = item("menu-relabel", messages.get("sources.relabel"), timeline, cannotCorrect);
        relabel.setOnAction(e -> CorrectionDialogs.relabel(owner, timeline, messages));
        MenuItem aside = item("menu-set-aside", "", timeline, cannotCorrect);
        aside.textProperty().bind(Bindings.createStringBinding(() -> {
            Event e = timeline.selectedEventProperty().get();
            return messages.get(e != null && e.background() ? "sources.putBack" : "sources.setAside");
        }, timeline.selectedEventProperty()));
        aside.setOnAction(e -> {
            Event selected = timeline.selectedEventProperty().get();
            if (selected != null) {
                timeline.setSelectedBackground(!selected.background());
            }
        });
        MenuItem join = item("menu-join", messages.get("sources.join"), timeline, cannotCorrect);
        join.setOnAction(e -> CorrectionDialogs.join(owner, timeline, messages));
        return List.of(open, new SeparatorMenuItem(), redate, relabel, aside, join);
    }

    private static MenuItem item(String id, String text, TimelineViewModel timeline, BooleanExpression cannotCorrect) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        // opening a source reads; every other item corrects, which a read-only project cannot take
        item.disableProperty().bind(timeline.selectedEventProperty().isNull()
                .or("menu-open-source".equals(id) ? timeline.loadingProperty() : cannotCorrect));
        return item;
    }

    /**
     * While events load or another correction, undo or dating runs ({@link TimelineViewModel#correctingProperty}),
     * or always in a project open read-only ({@link WindowViewModel#readOnly}).
     */
    static BooleanExpression cannotCorrect(TimelineViewModel timeline, BooleanExpression readOnly) {
        return timeline.correctingProperty().or(readOnly);
    }
}
