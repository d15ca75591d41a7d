package app.nenpyo.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.StoredDocument;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FootnotesTest {

    /** An event reported in {@code documents} clippings, each dated a day later than the one before, in ¶2 of each. */
    private static EventCatalog reportedIn(int documents, List<Event> events) {
        List<StoredDocument> stored = new ArrayList<>();
        List<EventSource> sources = new ArrayList<>();
        for (int d = 1; d <= documents; d++) {
            LocalDate day = LocalDate.of(2022, 1, 10 + d);
            stored.add(new StoredDocument(d, "clip" + d + ".txt", "協議の続報" + d, "doc-" + d, "UTF-8", SourceFormat.values()[0],
                    new DocumentDate(day, DateSource.values()[1], day.toString()), Instant.EPOCH, List.of(), 3, 300));
            sources.add(new EventSource("doc-" + d, OptionalLong.of(d), "src-" + d, 2, new TextSpan(0, 20), new TextSpan(0, 20),
                    new TextSpan(0, 3), "10日", ""));
        }
        events.add(new Event("ev-1", TimeValue.parse("2022-01-10"), "米露協議がジュネーブで開始", List.of(), "", EventCategory.values()[0],
                sources, List.of(), false));
        return EventCatalog.of(events, stored);
    }

    @Test
    void anEventReportedManyTimesNamesThreeDocumentsThenHowManyMoreSoItsDateAndLabelAreKept() {
        List<Event> events = new ArrayList<>();
        EventCatalog catalog = reportedIn(20, events);

        assertEquals("『協議の続報1』2022年1月11日(火) ¶2／『協議の続報2』2022年1月12日(水) ¶2／『協議の続報3』2022年1月13日(木) ¶2"
                + " ほか17件 — 2022年1月10日(月) 米露協議がジュネーブで開始", Footnotes.line(events.get(0), catalog, ReportLanguage.JA));
        assertEquals(" and 17 more — 2022年1月10日(月) 米露協議がジュネーブで開始",
                Footnotes.line(events.get(0), catalog, ReportLanguage.EN).replaceAll("^.*¶2", ""));
    }

    @Test
    void threeDocumentsAreAllNamed() {
        List<Event> events = new ArrayList<>();
        EventCatalog catalog = reportedIn(3, events);

        assertEquals("『協議の続報1』2022年1月11日(火) ¶2／『協議の続報2』2022年1月12日(水) ¶2／『協議の続報3』2022年1月13日(木) ¶2"
                + " — 2022年1月10日(月) 米露協議がジュネーブで開始", Footnotes.line(events.get(0), catalog, ReportLanguage.JA));
    }
}
