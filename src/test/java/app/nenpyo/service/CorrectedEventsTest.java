package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events the analyst corrected, read for the 出来事 list in one pass: the same as asking each
 * event what was corrected of it, after every kind of correction and after a correction is given back.
 */
class CorrectedEventsTest {

    @TempDir
    Path temp;

    /** The oracle: every event, asked one by one. */
    private static Map<String, Set<AnalystCorrection>> askedOneByOne(ProjectService p) {
        Map<String, Set<AnalystCorrection>> corrected = new LinkedHashMap<>();
        for (Event e : p.events()) {
            Set<AnalystCorrection> what = p.corrections(e);
            if (!what.isEmpty()) {
                corrected.put(e.id(), what);
            }
        }
        return corrected;
    }

    private static Event labelled(ProjectService p, String part) {
        return p.events().stream().filter(e -> e.label().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no event labelled …" + part + "… in " + p.events().stream().map(Event::label).toList()));
    }

    @Test
    void everyKindOfCorrectionMarksItsEventAndAGivenBackOneNoLonger() throws Exception {
        try (ProjectService p = ProjectService.open(temp.resolve("p.nenpyo"))) {
            SampleProject.importSample(p);
            long doc = p.documents().get(0).id();
            assertEquals(Map.of(), p.correctedEvents(), "nothing corrected yet");

            String relabelled = labelled(p, "8000").sources().get(0).sourceId();
            p.setEventLabel(p.eventOfSource(doc, relabelled).orElseThrow(), "内務省、拘束者8000人と発表");
            Event talks = labelled(p, "ジュネーブで開始");
            assertEquals(3, talks.sources().size(), "the Geneva talks, reported three times");
            String apart = talks.sources().get(2).sourceId();
            p.keepApart(talks.id(), apart);
            String redated = labelled(p, "譲歩").sources().get(0).sourceId();
            p.setEventDate(p.eventOfSource(doc, redated).orElseThrow(), Optional.of(TimeValue.parse("2022-01-08")));
            String aside = labelled(p, "ブリンケン").sources().get(0).sourceId();
            p.setEventBackground(p.eventOfSource(doc, aside).orElseThrow(), true);
            String added = p.addEvent(doc, p.proposeEvent(doc, 5, new TextSpan(0, 0)).clause(),
                    TimeValue.parse("2022-01-07"), "CSTO部隊が重要施設を管理下に");
            String untouched = labelled(p, "トカエフ大統領が演説").id();

            Map<String, Set<AnalystCorrection>> corrected = p.correctedEvents();
            assertEquals(askedOneByOne(p), corrected);
            assertEquals(EnumSet.of(AnalystCorrection.LABEL), corrected.get(p.eventOfSource(doc, relabelled).orElseThrow()));
            assertEquals(EnumSet.of(AnalystCorrection.DATE), corrected.get(p.eventOfSource(doc, redated).orElseThrow()));
            assertEquals(EnumSet.of(AnalystCorrection.BACKGROUND), corrected.get(p.eventOfSource(doc, aside).orElseThrow()),
                    "set aside, and still listed as corrected");
            assertEquals(EnumSet.of(AnalystCorrection.ADDED), corrected.get(p.eventOfSource(doc, added).orElseThrow()),
                    "added (its date is the analyst's, said as added)");
            assertEquals(EnumSet.of(AnalystCorrection.KEPT_APART), corrected.get(p.eventOfSource(doc, apart).orElseThrow()),
                    "the report taken out of the talks (the talks it left are as the machine merged them)");
            assertFalse(corrected.containsKey(untouched), "an event nobody touched");

            p.setEventLabel(p.eventOfSource(doc, relabelled).orElseThrow(), "");
            Map<String, Set<AnalystCorrection>> after = p.correctedEvents();
            assertEquals(askedOneByOne(p), after);
            assertFalse(after.containsKey(p.eventOfSource(doc, relabelled).orElseThrow()), "its label given back: no longer corrected");
        }
    }
}
