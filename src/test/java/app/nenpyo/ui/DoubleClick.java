package app.nenpyo.ui;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import org.testfx.api.FxRobot;

/**
 * A double click as the analyst makes it: both clicks given to the window at once. TestFX's
 * doubleClickOn waits for the window to settle after each press and release, which on a loaded
 * machine takes longer than JavaFX's multi-click time, so the second click arrived as another
 * single click (click count 1) and nothing a double click does happened.
 */
final class DoubleClick {
    private DoubleClick() {
    }

    /** Moves the pointer to {@code screen} and double-clicks there with the primary button. */
    static void at(FxRobot robot, Point2D screen) {
        robot.moveTo(screen);
        // queued together on the FX thread: no pulse, which would end the multi-click time, comes between them
        robot.interact(() -> {
            Robot fx = new Robot();
            for (int click = 0; click < 2; click++) {
                fx.mousePress(MouseButton.PRIMARY);
                fx.mouseRelease(MouseButton.PRIMARY);
            }
        });
        Settle.window();
    }
}
