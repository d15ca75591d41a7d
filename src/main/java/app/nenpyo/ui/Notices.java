package app.nenpyo.ui;

import java.time.Duration;

/**
 * The lifetime of what a view model says it has just done (a correction, an import ended, an export
 * written): each notice is taken back after {@link #LIFETIME} unless another has been given since,
 * so the end of one notice's time never takes back the next, even when it says the same words.
 *
 * <pre>{@code
 * notices.given(() -> status.set(""));   // said now, taken back in ten seconds
 * notices.replaced();                    // something newer is said: no earlier one is taken back
 * }</pre>
 */
final class Notices {

    /** How long a notice of something done stays: later it would be taken for the state of what is shown. */
    static final Duration LIFETIME = Duration.ofSeconds(10);

    private final TaskExecutor executor;
    private long given;

    Notices(TaskExecutor executor) {
        this.executor = executor;
    }

    /** A notice was given: {@code takeBack} runs after {@link #LIFETIME} unless another is given or said first. */
    void given(Runnable takeBack) {
        long mine = ++given;
        executor.later(LIFETIME, () -> {
            if (given == mine) {
                takeBack.run();
            }
        });
    }

    /** Something newer is said, to stay: no notice given before it is taken back. */
    void replaced() {
        given++;
    }
}
