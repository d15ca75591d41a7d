package app.nenpyo.service;

import app.nenpyo.domain.DocumentDate;
import java.nio.file.Path;
import java.util.Objects;

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
 */
public record DocumentPreview(Path file, String origin, String title, String encoding, DocumentDate date) {
    public DocumentPreview {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(date, "date");
        title = title == null ? "" : title;
        encoding = encoding == null ? "" : encoding;
    }
}
