package app.nenpyo.ingest;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.SourceFormat;

import java.nio.file.Path;
import java.util.List;

/**
 * What reading one file gave: its encoding and format, its documents (one, or one per export
 * entry), and the entries that could not be read.
 */
public record FileReading(
        Path file,
        String encoding,
        SourceFormat format,
        List<AnalyzedDocument> documents,
        List<EntryProblem> problems) {

    public FileReading {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
