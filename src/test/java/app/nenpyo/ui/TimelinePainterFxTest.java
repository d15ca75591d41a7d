package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.timeline.DisplayList;
import app.nenpyo.timeline.DisplayList.DensityBar;
import app.nenpyo.timeline.DisplayList.Line;
import app.nenpyo.timeline.DisplayList.LineKind;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The pixels the painter's fast paths leave: the same as the strokes and alpha they replace. */
@ExtendWith(ApplicationExtension.class)
class TimelinePainterFxTest {
    private static final Color BACKGROUND = Color.WHITE;
    private static final Color GRID = Color.rgb(200, 40, 40);
    private static final Color SEPARATOR = Color.rgb(40, 40, 200);
    private static final Color DENSITY = Color.rgb(30, 90, 160);
    private static final Map<String, Paint> COLOURS = Map.of("background", BACKGROUND, "grid", GRID, "separator", SEPARATOR,
            "density", DENSITY);

    @Start
    void start(Stage stage) {
    }

    @Test
    void straightLinesCoverExactlyTheirPixelsAndDensityBarsShowTheirLevel(FxRobot robot) {
        DisplayList list = new DisplayList(100, 60, 0, null, List.of(
                new Line(10.3, 0, 10.3, 40, LineKind.GRID_MINOR),
                new Line(20, 30.6, 80, 30.6, LineKind.LANE_SEPARATOR),
                new DensityBar(40, 45, 50, 60, 12, 0.5)), List.of(), false);
        WritableImage image = paint(robot, list);
        PixelReader pixels = image.getPixelReader();

        assertEquals(GRID, pixels.getColor(10, 20), "the grid line fills its pixel column");
        assertEquals(BACKGROUND, pixels.getColor(9, 20));
        assertEquals(BACKGROUND, pixels.getColor(11, 20));
        assertEquals(SEPARATOR, pixels.getColor(50, 30), "the separator fills its pixel row");
        assertEquals(BACKGROUND, pixels.getColor(50, 29));
        assertEquals(BACKGROUND, pixels.getColor(50, 31));
        PixelReader stroked = strokedReference(robot).getPixelReader();
        for (int y = 0; y < 44; y++) {
            for (int x = 0; x < 100; x++) {
                assertEquals(stroked.getArgb(x, y), pixels.getArgb(x, y), "the pixel a stroke gives at " + x + "," + y);
            }
        }

        Color bar = pixels.getColor(44, 52);
        Color expected = BACKGROUND.interpolate(DENSITY, 0.35 + 0.65 * 0.5);
        assertEquals(expected.getRed(), bar.getRed(), 2 / 255.0);
        assertEquals(expected.getGreen(), bar.getGreen(), 2 / 255.0);
        assertEquals(expected.getBlue(), bar.getBlue(), 2 / 255.0);
        assertEquals(BACKGROUND, pixels.getColor(49, 52), "a pixel of gap after each density bar");
    }

    /** The two lines as the canvas strokes them, on the pixel grid as the painter puts them, square caps by default. */
    private static WritableImage strokedReference(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            Canvas canvas = new Canvas(100, 60);
            var g = canvas.getGraphicsContext2D();
            g.setFill(BACKGROUND);
            g.fillRect(0, 0, 100, 60);
            g.setLineWidth(1);
            g.setStroke(GRID);
            g.strokeLine(10.5, 0, 10.5, 40);
            g.setStroke(SEPARATOR);
            g.strokeLine(20, 30.5, 80, 30.5);
            image[0] = canvas.snapshot(null, null);
        });
        return image[0];
    }

    private static WritableImage paint(FxRobot robot, DisplayList list) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            Canvas canvas = new Canvas(100, 60);
            new TimelinePainter("System").paint(canvas.getGraphicsContext2D(), list, 100, 60, key -> COLOURS.getOrDefault(key, Color.BLACK));
            image[0] = canvas.snapshot(null, null);
        });
        return image[0];
    }
}
