package app.nenpyo.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each wither changes what it names and nothing else, and the options it makes are checked as any. */
class LayoutOptionsTest {
    private static final LayoutOptions DEFAULTS = LayoutOptions.defaults();

    private static void onlyChanged(LayoutOptions changed, Map<String, Object> components) throws ReflectiveOperationException {
        for (RecordComponent c : LayoutOptions.class.getRecordComponents()) {
            Object expected = components.containsKey(c.getName()) ? components.get(c.getName()) : c.getAccessor().invoke(DEFAULTS);
            assertEquals(expected, c.getAccessor().invoke(changed), c.getName());
        }
    }

    @Test
    void eachWitherChangesWhatItNamesAlone() throws ReflectiveOperationException {
        AxisOptions english = AxisOptions.defaults().withLanguage(LabelLanguage.ENGLISH);
        onlyChanged(DEFAULTS.withAxis(english), Map.of("axis", english));
        onlyChanged(DEFAULTS.withMaxRowsPerLane(10), Map.of("maxRowsPerLane", 10));
        onlyChanged(DEFAULTS.withDetailLimit(50), Map.of("detailLimit", 50));
        onlyChanged(DEFAULTS.withSelected(7L), Map.of("selectedId", 7L));
        onlyChanged(DEFAULTS.withFixedLaneHeights(true), Map.of("fixedLaneHeights", true));
        onlyChanged(DEFAULTS.withCitations(true), Map.of("citations", true));
        onlyChanged(DEFAULTS.withMostReported(false), Map.of("mostReported", false));
        onlyChanged(DEFAULTS.withViewport(40, 300), Map.of("scrollY", 40.0, "viewportHeight", 300.0));
        onlyChanged(DEFAULTS.withCitations(true).withMaxRowsPerLane(10), Map.of("citations", true, "maxRowsPerLane", 10));
    }

    @Test
    void aWitherIsCheckedAsTheConstructorIs() {
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withMaxRowsPerLane(0));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withViewport(-1, 300));
        assertThrows(NullPointerException.class, () -> DEFAULTS.withAxis(null));
    }
}
