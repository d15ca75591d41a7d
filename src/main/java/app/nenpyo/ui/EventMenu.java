package app.nenpyo.ui;

import app.nenpyo.domain.Event;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The context menu of an event, on the timeline and in the event list: open its first report,
 * and the corrections the buttons under 出典 offer (date, label, background, joining another
 * event). The menu acts on the selected event; a right click selects the event under the pointer
 * first. Every item is idle while the events load.
 */
final class EventMenu {

    private EventMenu() {
    }

    /** @param owner the node the dialogs belong to (the timeline, the list) */
    static ContextMenu create(Node owner, TimelineViewModel timeline, Messages messages) {
        MenuItem open = item("menu-open-source", messages.get("eventMenu.open"), timeline);
        open.setOnAction(e -> timeline.openSelectedSource());
        MenuItem redate = item("menu-redate", messages.get("sources.redate"), timeline);
        redate.setOnAction(e -> CorrectionDialogs.redate(owner, timeline, messages));
        MenuItem relabel = item("menu-relabel", messages.get("sources.relabel"), timeline);
        relabel.setOnAction(e -> CorrectionDialogs.relabel(owner, timeline, messages));
        MenuItem aside = item("menu-set-aside", "", timeline);
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
        MenuItem join = item("menu-join", messages.get("sources.join"), timeline);
        join.setOnAction(e -> CorrectionDialogs.join(owner, timeline, messages));
        return new ContextMenu(open, new SeparatorMenuItem(), redate, relabel, aside, join);
    }

    private static MenuItem item(String id, String text, TimelineViewModel timeline) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.disableProperty().bind(timeline.selectedEventProperty().isNull().or(timeline.loadingProperty()));
        return item;
    }
}
