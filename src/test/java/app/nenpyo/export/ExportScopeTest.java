package app.nenpyo.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.TimeValue;
import app.nenpyo.timeline.LaneSpec;
import app.nenpyo.timeline.TimeScale;
import app.nenpyo.timeline.TimelineItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which events an export keeps: the lanes chosen and the time, said once for the picture and the lists. */
class ExportScopeTest {
    private static final LaneSpec BY_ACTOR = LaneSpec.byKeys(LaneSpec.Order.BY_COUNT).withUnassignedTitle("（なし）");
    private static final TimelineItem TALKS = item(0, "2022-01-10", List.of("ロシア", "アメリカ"));
    private static final TimelineItem PROTESTS = item(1, "2022-01-05", List.of("カザフスタン"));
    private static final TimelineItem UNASSIGNED = item(2, "2022-01-12", List.of());

    private static TimelineItem item(long id, String day, List<String> lanes) {
        return TimelineItem.of(id, TimeValue.parse(day), TimeScale.TOKYO, "event " + id, "meeting", 1, lanes, false);
    }

    @Test
    void aLaneChoiceKeepsTheChosenLanesOfAnEvent() {
        ExportScope russia = ExportScope.wholeProject().withLanes(Set.of("ロシア"));
        assertEquals(Optional.of(List.of("ロシア")), russia.lanesKept(TALKS, BY_ACTOR), "the other lanes of the talks are not drawn");
        assertEquals(Optional.empty(), russia.lanesKept(PROTESTS, BY_ACTOR));
        assertEquals(Optional.empty(), russia.lanesKept(UNASSIGNED, BY_ACTOR));
    }

    @Test
    void theLaneOfTheUnassignedKeepsTheEventsInNoLane() {
        ExportScope unassigned = ExportScope.wholeProject().withLanes(Set.of("（なし）"));
        assertEquals(Optional.of(List.of()), unassigned.lanesKept(UNASSIGNED, BY_ACTOR));
        assertEquals(Optional.empty(), unassigned.lanesKept(TALKS, BY_ACTOR));
    }

    @Test
    void withoutAChoiceOrWithoutLanesEveryEventKeepsItsLanes() {
        assertEquals(Optional.of(TALKS.laneKeys()), ExportScope.wholeProject().lanesKept(TALKS, BY_ACTOR));
        assertEquals(Optional.of(List.of("カザフスタン")),
                ExportScope.wholeProject().withLanes(Set.of("ロシア")).lanesKept(PROTESTS, LaneSpec.none()),
                "a lane chosen means nothing when the timeline has no lanes");
    }

    @Test
    void theItemsInAScopeAreThoseOfItsLanesAndDaysInTheirOrder() {
        List<TimelineItem> items = List.of(TALKS, PROTESTS, UNASSIGNED);
        ExportScope days = ExportScope.days(LocalDate.of(2022, 1, 9), LocalDate.of(2022, 1, 12));
        assertEquals(List.of(TALKS, UNASSIGNED), days.itemsIn(items, BY_ACTOR));
        assertEquals(List.of(UNASSIGNED), days.withLanes(Set.of("カザフスタン", "（なし）")).itemsIn(items, BY_ACTOR),
                "the protests of the 5th are in a lane kept but out of the days");
    }
}
