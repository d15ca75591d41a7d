package app.nenpyo.ui;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.service.DocumentPreview;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One document about to be imported: its detected date and where that came from, and the date
 * the analyst picks (starting as the detected one). Picking another date makes it the analyst's
 * (USER); picking the detected date again restores the detected source. A document the project
 * holds already shows that document's date, and nothing is picked for it: importing it again
 * changes nothing.
 */
public final class ImportPreviewRow {
    private final DocumentPreview document;
    private final ObjectProperty<LocalDate> chosenDate;
    private final BooleanBinding undated;
    private final StringBinding dateSource;

    ImportPreviewRow(DocumentPreview document, Messages messages) {
        this.document = document;
        this.chosenDate = new SimpleObjectProperty<>(document.inProject().map(d -> d.date().date()).orElse(document.date().date()));
        this.undated = document.inProject().isPresent() ? Bindings.createBooleanBinding(() -> false) : chosenDate.isNull();
        this.dateSource = Bindings.createStringBinding(() -> sourceText(messages), chosenDate);
    }

    /** The file the document is read from. */
    public Path file() {
        return document.file();
    }

    public String origin() {
        return document.origin();
    }

    public String title() {
        return document.title();
    }

    public String encoding() {
        return document.encoding();
    }

    /** Whether the project holds this document already: nothing is imported for it, and no date is picked. */
    public boolean inProject() {
        return document.inProject().isPresent();
    }

    /** What the reader found in the document, whatever the analyst picks. */
    public DocumentDate detectedDate() {
        return document.date();
    }

    /** The date the document will be imported with; null leaves it undated. */
    public ObjectProperty<LocalDate> chosenDateProperty() {
        return chosenDate;
    }

    /** True while the document has no date: none was found and none was picked. */
    public BooleanBinding undatedProperty() {
        return undated;
    }

    /** Where the chosen date comes from, with the evidence (file name, header line…), in the window's language. */
    public StringBinding dateSourceProperty() {
        return dateSource;
    }

    /** The analyst's date when it differs from the detected one; empty when the document keeps its own. */
    public Optional<LocalDate> changedDate() {
        LocalDate chosen = chosenDate.get();
        return inProject() || chosen == null || chosen.equals(document.date().date()) ? Optional.empty() : Optional.of(chosen);
    }

    private String sourceText(Messages messages) {
        if (document.inProject().isPresent()) {
            return messages.format("preview.inProject", document.inProject().get().title());
        }
        LocalDate chosen = chosenDate.get();
        if (chosen == null) {
            return messages.get("date.none");
        }
        if (!Objects.equals(chosen, document.date().date())) {
            return messages.dateSource(DateSource.USER);
        }
        String source = messages.dateSource(document.date().source());
        String evidence = document.date().evidence().strip();
        return evidence.isEmpty() ? source : messages.format("preview.sourceWithEvidence", source, evidence);
    }
}
