package app.nenpyo.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.render.ReportFonts;
import app.nenpyo.render.ReportPage;
import app.nenpyo.timeline.DisplayList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With a lane per actor, an event with three actors is drawn in three lanes: it must carry one
 * number, the same in each lane, and have one footnote, not three.
 */
class CitationsAcrossLanesTest {
    private static final Pattern NUMBERED = Pattern.compile("^\\[(\\d+)] (.*)$");
    private static final Actor KISHIDA = actor("kishida", "岸田首相");
    private static final Actor BIDEN = actor("biden", "バイデン大統領");
    private static final Actor NATO = actor("nato", "NATO");

    private static Actor actor(String key, String name) {
        return new Actor(key, name, ActorKind.values()[0], "", "", List.of());
    }

    private static Event event(int n, int day, String label, Actor... actors) {
        EventSource source = new EventSource("doc-1", OptionalLong.of(1), "src-" + n, 1 + n,
                new TextSpan(0, 40), new TextSpan(0, 40), new TextSpan(0, 3), day + "日", "");
        return new Event("ev-" + n, TimeValue.parse(LocalDate.of(2022, 3, day).toString()), label, List.of(actors), "",
                EventCategory.values()[0], List.of(source), List.of(), false);
    }

    @Test
    void anEventInSeveralActorLanesHasOneNumberInEveryLaneAndOneFootnote() {
        List<Event> events = List.of(
                event(0, 3, "日米首脳が電話会談", KISHIDA, BIDEN),
                event(1, 7, "米大統領が制裁を発表", BIDEN),
                event(2, 10, "三者が共同声明", KISHIDA, BIDEN, NATO),
                event(3, 14, "NATO外相会合", NATO),
                event(4, 20, "首相が国会で答弁", KISHIDA));
        LocalDate day = LocalDate.of(2022, 3, 22);
        StoredDocument document = new StoredDocument(1, "clip.txt", "三月の動き", "doc-1", "UTF-8", SourceFormat.values()[0],
                new DocumentDate(day, DateSource.values()[1], day.toString()), Instant.EPOCH, List.of(), 20, 2000);
        EventCatalog catalog = EventCatalog.of(events, List.of(document));
        ExportedReport report = ReportBuilder.build(ReportInput.of(catalog, LaneGrouping.ACTOR, ReportLanguage.JA),
                ReportRequest.of("三月", ExportScope.days(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31)), 1600),
                new ReportFonts());

        assertEquals(events, report.cited(), "each event cited once, in time order");
        List<ReportPage.Footnote> footnotes = report.page().footnotes();
        assertEquals(List.of(1, 2, 3, 4, 5), footnotes.stream().map(ReportPage.Footnote::number).toList());

        Map<Long, Integer> marksPerEvent = new HashMap<>();
        Map<String, Set<Integer>> numbersPerLabel = new HashMap<>();
        Map<String, Integer> labelsDrawn = new HashMap<>();
        for (DisplayList.Shape s : report.page().timeline().shapes()) {
            if (s instanceof DisplayList.Marker m) {
                marksPerEvent.merge(m.itemId(), 1, Integer::sum);
            } else if (s instanceof DisplayList.Text t) {
                Matcher match = NUMBERED.matcher(t.text());
                if (match.matches()) {
                    // a label too long for its room ends in …: match it by what is left of it
                    String shown = match.group(2).replaceFirst("…$", "");
                    String label = events.stream().map(Event::label).filter(l -> l.startsWith(shown)).findFirst().orElse(shown);
                    numbersPerLabel.computeIfAbsent(label, k -> new HashSet<>()).add(Integer.parseInt(match.group(1)));
                    labelsDrawn.merge(label, 1, Integer::sum);
                }
            }
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int lanes = e.actors().size();
            assertEquals(lanes, marksPerEvent.getOrDefault((long) i, 0), e.label() + " is drawn in each of its actors' lanes");
            assertEquals(lanes, labelsDrawn.getOrDefault(e.label(), 0), e.label() + " is labelled in each lane");
            assertEquals(Set.of(i + 1), numbersPerLabel.get(e.label()), e.label() + " carries one number, the same in every lane");
            ReportPage.Footnote footnote = footnotes.get(i);
            assertTrue(footnote.text().endsWith(e.label()), footnote.text());
        }
        assertEquals(1, footnotes.stream().filter(f -> f.text().endsWith("三者が共同声明")).count(),
                "the event in three lanes has one footnote");
    }
}
