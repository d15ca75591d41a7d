package app.nenpyo.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window tests wait for before they look, so that a loaded machine makes them slower, never
 * wrong. TestFX's waitForFxEvents only waits until the FX thread has run what was queued; the
 * window lays out, styles and paints at its next pulse, which on a loaded machine comes later, and
 * work done off the FX thread ends when it ends.
 */
final class Settle {
    private static final long SECONDS = 20;
    /** As {@link JavaFxTaskExecutor#afterFrame}: the third tick comes after a whole pulse that began after the call. */
    private static final int TICKS = 3;

    private Settle() {
    }

    /**
     * Waits until the window has laid out, styled and painted what was changed before the call: the
     * queued events run, then a whole pulse after them. Call from the test thread.
     */
    static void window() {
        WaitForAsyncUtils.waitForFxEvents();
        CountDownLatch ticks = new CountDownLatch(TICKS);
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                ticks.countDown();
                if (ticks.getCount() == 0) {
                    stop();
                }
            }
        }.start());
        try {
            if (!ticks.await(SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the window drew no frame in " + SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a frame", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The node {@code query} finds, once it is shown where it can be clicked: visible, laid out with
     * a size, inside its scene (a dialog's button, a row of a list just filled, a button that shows
     * with a selection).
     */
    static <T extends Node> T shown(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS,
                () -> onFxThread(() -> robot.lookup(query).match(Settle::clickable).tryQuery().isPresent()));
        window();
        return onFxThreadGet(() -> robot.lookup(query).match(Settle::clickable).query());
    }

    /**
     * The node {@code query} finds, looked up on the FX thread: a lookup walks the scene's children, which the FX
     * thread may be changing meanwhile (the timeline's nodes while its events load), and a walk beside it fails
     * with an index out of bounds now and then.
     */
    static <T extends Node> T found(FxRobot robot, String query) {
        return onFxThreadGet(() -> robot.lookup(query).query());
    }

    private static <T> T onFxThreadGet(Callable<T> lookup) {
        try {
            return WaitForAsyncUtils.asyncFx(lookup).get(SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while looking a node up", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("no node found on the FX thread", e);
        }
    }

    /** Clicks the node {@code query} finds once it is shown (see {@link #shown}). */
    static void clickOn(FxRobot robot, String query) throws TimeoutException {
        robot.clickOn(Settle.<Node>shown(robot, query));
    }

    private static boolean clickable(Node node) {
        return NodeQueryUtils.isVisible().test(node) && node.getLayoutBounds().getWidth() > 0 && node.getLayoutBounds().getHeight() > 0;
    }

    /**
     * TestFX's waitFor, then a frame: the condition may become true in the middle of the change that
     * makes it so (the items of a correction shown, the event it selects not yet), so the test looks
     * only once that change is done and drawn. The condition is read on the FX thread: a lookup read
     * off it walks the scene's children while the FX thread changes them (an index out of bounds).
     */
    static void waitFor(long timeout, TimeUnit unit, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(timeout, unit, () -> onFxThread(condition));
        window();
    }

    private static boolean onFxThread(Callable<Boolean> condition) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return condition.call();
        }
        return WaitForAsyncUtils.asyncFx(condition).get(SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Waits, at most 20 s, for what work off the FX thread brings about, then for the window to show it;
     * returns either way, so that the assertion after it says what was found instead. The condition is
     * read on the FX thread, as {@link #waitFor}'s is.
     */
    static void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> onFxThread(condition::getAsBoolean));
        } catch (TimeoutException e) {
            // the assertion that follows says what is shown instead
        }
        window();
    }
}
