package app.nenpyo.service;

import java.util.concurrent.atomic.AtomicBoolean;

/** A flag the UI sets and a long job polls between documents; a cancelled import keeps what it finished. */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
