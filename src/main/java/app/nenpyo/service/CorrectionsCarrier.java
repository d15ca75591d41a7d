package app.nenpyo.service;

import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.events.Report;
import app.nenpyo.events.ReportCodec;
import app.nenpyo.store.CorrectedReport;
import app.nenpyo.store.ProjectDatabase;
import app.nenpyo.store.SavedReports;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The analyst's corrections follow their report to another extractor's reading of its document.
 * A source id hashes the spans of the report's sentence and date expression, so a report whose
 * expression a newer extractor reads longer or shorter (先週の16日, where 16日 was read alone) gets
 * another id, and what the analyst decided under the old one (set aside or put back, a label, a
 * date, taken out, joined) would reach it no more. After documents are read again by a newer
 * extractor, each corrected report the stored events hold that the new reading does not name is
 * matched to the new report of the same sentence whose expression overlaps its own the most, and
 * its corrections are copied to that report's id.
 *
 * <p>Known weakness: a report whose expression the new reading no longer overlaps (or no longer
 * reads as a date) keeps its corrections under the old id, where they apply to nothing.
 */
final class CorrectionsCarrier {

    private CorrectionsCarrier() {
    }

    /**
     * Copies the corrections of these documents' reports that the new reading names otherwise.
     *
     * @param upgraded  documents read again by this extractor after another one's reading
     * @param readAgain their new readings, by document id
     * @return the documents whose reports took corrections: read them again, since a date decides
     *         what a reading gives
     */
    static Set<Long> carry(ProjectDatabase database, Set<Long> upgraded, Map<Long, SavedReports> readAgain) {
        if (upgraded.isEmpty()) {
            return Set.of();
        }
        List<CorrectedReport> corrected = database.correctedReports(upgraded);
        Map<String, String> newByOld = new HashMap<>();
        Map<String, Long> documentOf = new HashMap<>();
        Map<Long, List<CorrectedReport>> byDocument = corrected.stream()
                .collect(Collectors.groupingBy(CorrectedReport::documentId));
        for (Map.Entry<Long, List<CorrectedReport>> e : byDocument.entrySet()) {
            SavedReports reading = readAgain.get(e.getKey());
            if (reading == null) {
                continue;
            }
            List<EventSource> sources = ReportCodec.decode(reading.bytes(), OptionalLong.of(e.getKey())).reports().stream()
                    .map(Report::source).toList();
            Set<String> named = sources.stream().map(EventSource::sourceId).collect(Collectors.toSet());
            for (CorrectedReport old : e.getValue()) {
                if (!named.contains(old.sourceId())) {
                    successor(old, sources).ifPresent(s -> {
                        newByOld.put(old.sourceId(), s.sourceId());
                        documentOf.put(old.sourceId(), e.getKey());
                    });
                }
            }
        }
        Set<Long> carried = new HashSet<>();
        for (String old : database.carryCorrections(newByOld)) {
            carried.add(documentOf.get(old));
        }
        return carried;
    }

    /** The new report of the old one's sentence whose expression overlaps the old one's the most. */
    static Optional<EventSource> successor(CorrectedReport old, List<EventSource> sources) {
        return sources.stream()
                .filter(s -> s.sentence().equals(old.sentence()) && s.expression().overlaps(old.expression()))
                .max(Comparator.<EventSource>comparingInt(s -> overlap(s.expression(), old.expression()))
                        .thenComparing(s -> -Math.abs(s.expression().start() - old.expression().start())));
    }

    private static int overlap(TextSpan a, TextSpan b) {
        return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    }
}
