package app.nenpyo.service;

import java.util.List;

/**
 * What an import of some files and folders would read, without storing anything: every
 * document with its detected date, and the inputs (files or export entries) that could not be
 * read, one line each. {@code cancelled} when the analyst stopped it before the end; the
 * documents read until then are kept.
 */
public record ImportPreview(List<DocumentPreview> documents, List<ImportReport.Failure> failures, boolean cancelled) {
    public ImportPreview {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }
}
