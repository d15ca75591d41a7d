package app.nenpyo.ui;

/**
 * Which view model of a project shows it now. Switching the language builds the window again on the
 * same project, and each new view model takes over its counterpart ({@link #passTo}); work begun in
 * the old one (an import, a correction, a document date) ends after that and says so in the one
 * {@link #get} finds, never in a window no longer shown. On the UI thread only.
 *
 * <pre>{@code
 * private final ShownNow<TimelineViewModel> showing = new ShownNow<>(this);
 * before.showing.passTo(showing);   // in takeOver(before)
 * showing.get().refresh();      // when a correction begun here is stored
 * }</pre>
 */
final class ShownNow<T> {
    private final T own;
    private ShownNow<T> successor;

    ShownNow(T own) {
        this.own = own;
    }

    /** From now on {@code next} shows the project, and what this one began ends there. */
    void passTo(ShownNow<T> next) {
        successor = next;
    }

    /** The view model that shows the project now: this one's own, or the one that took it over (and so on). */
    T get() {
        ShownNow<T> shown = this;
        while (shown.successor != null) {
            shown = shown.successor;
        }
        return shown.own;
    }
}
