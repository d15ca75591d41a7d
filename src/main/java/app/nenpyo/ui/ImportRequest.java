package app.nenpyo.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The inputs the analyst chose and the optional anchor date that overrides each document's own date. */
record ImportRequest(List<Path> inputs, Optional<LocalDate> anchor) {
    ImportRequest {
        inputs = List.copyOf(inputs);
    }
}
