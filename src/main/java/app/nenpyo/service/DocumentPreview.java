package app.nenpyo.service;

import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.StoredDocument;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One document an import would store, read but not stored: the window lists these so the
 * analyst can check and change each date before importing.
 *
 * @param file     the file the document was read from (an import of just this file reads it again)
 * @param origin   the file, or {@code FILE#N} for the N-th entry of a blog export: the key
 *                 {@link ImportOptions#documentDates()} is looked up by
 * @param title    the document's title (an entry's TITLE, a page's title, else the file name)
 * @param encoding the detected encoding
 * @param date     the date found in the document and where it came from, undated when none
 * @param inProject the document of the project that has the same content, if any: importing
 *                  this one does nothing (a date picked for it is not applied), so the window
 *                  says so and shows that document's date
 */
public record DocumentPreview(Path file, String origin, String title, String encoding, DocumentDate date,
                              Optional<StoredDocument> inProject) {
    public DocumentPreview {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(date, "date");
        title = title == null ? "" : title;
        encoding = encoding == null ? "" : encoding;
        inProject = inProject == null ? Optional.empty() : inProject;
    }

    /** A document the project does not hold yet. */
    public DocumentPreview(Path file, String origin, String title, String encoding, DocumentDate date) {
        this(file, origin, title, encoding, date, Optional.empty());
    }
}
