package app.nenpyo.service;

import java.util.List;

/**
 * What an import of some files and folders would read, without storing anything: every
 * document with its detected date, and the inputs (files or export entries) that could not be
 * read, one line each. {@code cancelled} when the analyst stopped it before the end; the
 * documents read until then are kept. {@code otherKinds}: the files of its folders of no kind
 * Nenpyo reads, which the import will leave (as {@link ImportReport#otherKinds}).
 */
public record ImportPreview(List<DocumentPreview> documents, List<ImportReport.Failure> failures, boolean cancelled,
                            List<String> otherKinds) {
    public ImportPreview {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
        otherKinds = List.copyOf(otherKinds);
    }

    /** A preview of files alone (no folder held a file of another kind). */
    public ImportPreview(List<DocumentPreview> documents, List<ImportReport.Failure> failures, boolean cancelled) {
        this(documents, failures, cancelled, List.of());
    }
}
