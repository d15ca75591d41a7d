package app.nenpyo.ui;

import java.util.Optional;

/**
 * Which view model of a project shows it now. Switching the language builds the window again on the
 * same project, and each new view model takes over its counterpart ({@link #passTo}); work begun in
 * the old one (an import, a correction, a document date) ends after that and says so in the one
 * {@link #get} finds, never in a window no longer shown. Once the project is closed (another one
 * opened in its place, or the window shut) {@link #get} finds none: the work's end is dropped, and
 * the closed project is asked nothing more. On the UI thread only.
 *
 * <pre>{@code
 * private final ShownNow<TimelineViewModel> showing = new ShownNow<>(this);
 * before.showing.passTo(showing);                 // in takeOver(before)
 * showing.get().ifPresent(shown -> shown.refresh());  // when a correction begun here is stored
 * showing.close();                                // in close()
 * }</pre>
 */
final class ShownNow<T> {
    private final T own;
    private ShownNow<T> successor;
    private boolean closed;

    ShownNow(T own) {
        this.own = own;
    }

    /** From now on {@code next} shows the project, and what this one began ends there. */
    void passTo(ShownNow<T> next) {
        successor = next;
    }

    /** The project is closed: this view model shows it no more, and what it or one before it began ends nowhere. */
    void close() {
        closed = true;
    }

    /**
     * The view model that shows the project now: this one's own, or the one that took it over (and
     * so on); empty once the project is closed.
     */
    Optional<T> get() {
        ShownNow<T> shown = this;
        while (!shown.closed && shown.successor != null) {
            shown = shown.successor;
        }
        return shown.closed ? Optional.empty() : Optional.of(shown.own);
    }
}
