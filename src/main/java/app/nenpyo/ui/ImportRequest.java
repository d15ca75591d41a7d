package app.nenpyo.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The inputs the analyst chose to import, and the dates chosen for single documents, by document origin. */
public record ImportRequest(List<Path> inputs, Map<String, LocalDate> documentDates) {
    public ImportRequest {
        inputs = List.copyOf(inputs);
        documentDates = Map.copyOf(documentDates);
    }
}
