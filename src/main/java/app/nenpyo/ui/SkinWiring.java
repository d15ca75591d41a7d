package app.nenpyo.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;

/**
 * The listeners and event handlers a skin puts on its control, its model and its nodes, each
 * remembered as it is added so that {@link #removeAll()} (from the skin's {@code dispose}) takes
 * every one of them off again: a replaced skin then keeps nothing alive and reacts to nothing.
 */
final class SkinWiring {
    private final List<Runnable> removals = new ArrayList<>();

    /** Listens to each observable with the same listener. */
    void listen(InvalidationListener listener, Observable... observables) {
        listen(listener, List.of(observables));
    }

    void listen(InvalidationListener listener, List<? extends Observable> observables) {
        for (Observable observable : observables) {
            observable.addListener(listener);
            removals.add(() -> observable.removeListener(listener));
        }
    }

    <E extends Event> void handle(Node node, EventType<E> type, EventHandler<? super E> handler) {
        node.addEventHandler(type, handler);
        removals.add(() -> node.removeEventHandler(type, handler));
    }

    <E extends Event> void filter(Node node, EventType<E> type, EventHandler<? super E> filter) {
        node.addEventFilter(type, filter);
        removals.add(() -> node.removeEventFilter(type, filter));
    }

    void removeAll() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
