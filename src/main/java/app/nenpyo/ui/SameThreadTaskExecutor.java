package app.nenpyo.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work and callbacks at once on the calling thread: view model tests run without a toolkit,
 * and the frame benchmark times a load as one step.
 */
final class SameThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        } catch (Error e) {
            onFailure.accept(new IllegalStateException(e.toString(), e));
            throw e;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
    }
}
