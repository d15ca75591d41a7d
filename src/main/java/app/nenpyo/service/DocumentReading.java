package app.nenpyo.service;

import app.nenpyo.domain.AddedReport;
import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.events.AnalystDates;
import app.nenpyo.events.DocumentActors;
import app.nenpyo.events.DocumentInput;
import app.nenpyo.events.DocumentReports;
import app.nenpyo.events.EventPipeline;
import app.nenpyo.events.ReportCodec;
import app.nenpyo.store.SavedReports;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The costly, per-document half of event extraction: find the date expressions against the
 * document date, read its dated clauses into reports, and encode them for the store. Import runs
 * it on its worker threads, so a rebuild after the import only decodes and merges; a rebuild runs
 * it again only for documents whose date changed or whose saved reports are of an older layout or
 * were read before an analyst dated one of their events or added a clause of theirs as a report.
 * The clauses the analyst added (decision 0020) are read with the rest, and the analyst's dates
 * ({@link AnalystDates}) are applied to what is read, so the saved reports carry both. Thread-safe.
 */
final class DocumentReading {

    private final DateExpressions dateExpressions = new DateExpressions();
    private final DocumentExtraction extraction;
    private final AnalystDates analystDates;
    private final Map<Long, List<AddedReport>> addedByDocument;

    DocumentReading(EventPipeline pipeline) {
        this(DocumentExtraction.of(pipeline), AnalystDates.NONE, Map.of());
    }

    /** @param addedByDocument the clauses added as reports of each stored document that has any */
    DocumentReading(DocumentExtraction extraction, AnalystDates analystDates, Map<Long, List<AddedReport>> addedByDocument) {
        this.extraction = extraction;
        this.analystDates = analystDates;
        this.addedByDocument = Map.copyOf(addedByDocument);
    }

    /**
     * The reports of a document not stored yet; empty when it has no date (nothing to resolve against).
     *
     * @param contentKey {@link DocumentInput#contentKey} of its text, which the caller has worked out already
     */
    Optional<SavedReports> save(AnalyzedDocument document, String contentKey) {
        if (!document.date().isDated()) {
            return Optional.empty();
        }
        return Optional.of(saved(document, analyse(document, contentKey, OptionalLong.empty())));
    }

    /** Reads a dated document's reports; sources carry {@code storedId} when given. */
    DocumentReports read(AnalyzedDocument document, OptionalLong storedId) {
        return analyse(document, DocumentInput.contentKey(document.text()), storedId);
    }

    private DocumentReports analyse(AnalyzedDocument document, String contentKey, OptionalLong storedId) {
        List<TextSpan> spans = document.sentences().stream().map(Sentence::span).toList();
        var mentions = dateExpressions.of(document.text(), document.date().date(), spans);
        List<AddedReport> added = storedId.isPresent() ? addedByDocument.getOrDefault(storedId.getAsLong(), List.of()) : List.of();
        return analystDates.applyTo(extraction.read(new DocumentInput(contentKey, storedId, document, mentions), added));
    }

    static SavedReports saved(AnalyzedDocument document, DocumentReports reports) {
        return new SavedReports(document.date().date(), ReportCodec.FORMAT, ReportCodec.encode(reports),
                DocumentActors.of(reports).days());
    }
}
