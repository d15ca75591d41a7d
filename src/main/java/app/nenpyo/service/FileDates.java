package app.nenpyo.service;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.ingest.DocumentReader;
import app.nenpyo.ingest.FileReading;
import app.nenpyo.ingest.IngestException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a file as the importer does and finds the date expressions of each of its documents,
 * each resolved against its own date (or the analyst's anchor). Durations (3日間) are left out:
 * they are not dates. An undated document comes back with no mentions and an undated date.
 */
public final class FileDates {

    private final DocumentReader reader = new DocumentReader();
    private final DateExpressions dateExpressions = new DateExpressions();

    /**
     * The documents of a file with their dates, and the entries that could not be read (one line each).
     *
     * @param extracted whether the documents' texts were taken out of the file (a blog export's entries,
     *                  a saved page's article) rather than being the decoded file itself
     */
    public record Result(List<DocumentDates> documents, List<String> problems, boolean extracted) {
        public Result {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    /** @throws ProjectException when the file cannot be read at all (one line: file and reason) */
    public Result read(Path file, Optional<LocalDate> anchor) throws ProjectException {
        FileReading reading;
        try {
            reading = reader.read(file);
        } catch (IngestException e) {
            throw new ProjectException(e.getMessage(), e);
        }
        List<DocumentDates> documents = new ArrayList<>();
        int number = 0;
        for (AnalyzedDocument document : reading.documents()) {
            number = reading.format() == SourceFormat.MOVABLE_TYPE ? entryNumber(document.origin()).orElse(number + 1) : number + 1;
            DocumentDate date = anchor.map(DocumentDate::byUser).orElse(document.date());
            documents.add(new DocumentDates(number, document.origin(), document.title(), date, document.text(),
                    date.isDated() ? mentions(document, date.date()) : List.of()));
        }
        List<String> problems = reading.problems().stream().map(p -> p.origin() + ": " + p.reason()).toList();
        return new Result(documents, problems, reading.format() != SourceFormat.TEXT);
    }

    /** An export entry's place in its file, as its origin names it ({@code news.export#2}): the number problems use too. */
    private static Optional<Integer> entryNumber(String origin) {
        int hash = origin.lastIndexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(origin.substring(hash + 1)));
        } catch (NumberFormatException notAnEntry) {
            return Optional.empty();
        }
    }

    private List<DateMention> mentions(AnalyzedDocument document, LocalDate date) {
        List<TextSpan> sentences = document.sentences().stream().map(Sentence::span).toList();
        return dateExpressions.of(document.text(), date, sentences);
    }
}
