package app.nenpyo.ui;

import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.service.DocumentView;
import app.nenpyo.service.EventProposal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The document being read: its paragraphs, and the paragraph a search result pointed at
 * (the view scrolls to it and marks it).
 */
public final class ReaderViewModel {
    public static final long NO_DOCUMENT = -1;
    public static final int NO_PARAGRAPH = -1;

    private final ProjectGateway project;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<ParagraphRow> paragraphs = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper documentId = new ReadOnlyLongWrapper(NO_DOCUMENT);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper focusedParagraph = new ReadOnlyIntegerWrapper(NO_PARAGRAPH);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LocalDate> documentDate = new ReadOnlyObjectWrapper<>();
    /** Counts requests so that a slow earlier load cannot overwrite a later one. */
    private long request;

    public ReaderViewModel(ProjectGateway project, TaskExecutor executor, Messages messages) {
        this.project = project;
        this.executor = executor;
        this.messages = messages;
    }

    public ObservableList<ParagraphRow> paragraphs() {
        return paragraphs;
    }

    public ReadOnlyLongProperty documentIdProperty() {
        return documentId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** The number (¶N) of the paragraph to show and mark, or {@link #NO_PARAGRAPH}. */
    public ReadOnlyIntegerProperty focusedParagraphProperty() {
        return focusedParagraph.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The open document's date, null when it has none (or no document is open): events are added only to a dated one. */
    public ReadOnlyObjectProperty<LocalDate> documentDateProperty() {
        return documentDate.getReadOnlyProperty();
    }

    /**
     * Asks, off the UI thread, what adding a clause of a paragraph of the open document as an
     * event would add (decision 0020), and hands it to {@code then} on the UI thread; a refusal
     * (an undated document) goes to {@link #errorProperty}.
     *
     * @param selection UTF-16 indices into the paragraph's text, possibly empty (the paragraph's first sentence)
     */
    public void proposeEvent(int paragraphNumber, TextSpan selection, Consumer<EventProposal> then) {
        long id = documentId.get();
        if (id == NO_DOCUMENT) {
            return;
        }
        executor.execute(() -> project.proposeEvent(id, paragraphNumber, selection), proposal -> {
            if (documentId.get() == id) {
                then.accept(proposal);
            }
        }, e -> error.set(ErrorText.oneLine(e, messages)));
    }

    public void open(long id) {
        open(id, NO_PARAGRAPH, List.of());
    }

    /** Opens a document at a paragraph, marking {@code hits} (spans in that paragraph's text). */
    public void open(long id, int paragraphNumber, List<TextSpan> hits) {
        long mine = ++request;
        executor.execute(() -> project.document(id), view -> {
            if (mine == request) {
                show(view, paragraphNumber, hits);
            }
        }, e -> unreadable(mine, id, e));
    }

    /**
     * Opens a document at a paragraph, marking {@code documentSpans} (spans in the whole document's
     * text, as event sources give them) where they fall in that paragraph.
     */
    public void openMarking(long id, int paragraphNumber, List<TextSpan> documentSpans) {
        long mine = ++request;
        executor.execute(() -> project.document(id), view -> {
            if (mine == request) {
                List<TextSpan> hits = view.paragraphs().stream()
                        .filter(p -> p.number() == paragraphNumber)
                        .findFirst()
                        .map(p -> documentSpans.stream()
                                .filter(span -> p.span().contains(span))
                                .map(span -> span.shift(-p.span().start()))
                                .toList())
                        .orElse(List.of());
                show(view, paragraphNumber, hits);
            }
        }, e -> unreadable(mine, id, e));
    }

    /**
     * Reads the document another reader of the same project showed (the window built again in
     * another language), at the paragraph it showed; it counts as shown from now, so that nothing
     * opens another one in its place while it is read.
     */
    void takeOver(ReaderViewModel before) {
        if (before.documentId.get() != NO_DOCUMENT) {
            documentId.set(before.documentId.get());
            open(before.documentId.get(), before.focusedParagraph.get(), List.of());
        }
    }

    /** Re-reads the open document (its date may have changed), keeping the focused paragraph. */
    public void reload() {
        if (documentId.get() != NO_DOCUMENT) {
            open(documentId.get(), focusedParagraph.get(), List.of());
        }
    }

    public void clear() {
        ++request;
        paragraphs.clear();
        documentId.set(NO_DOCUMENT);
        documentDate.set(null);
        title.set("");
        subtitle.set("");
        focusedParagraph.set(NO_PARAGRAPH);
    }

    /**
     * The document asked for cannot be read (its stored text is damaged): the reader shows
     * nothing of the document it showed before, which would pass for this one, and says why.
     */
    private void unreadable(long mine, long id, Exception e) {
        if (mine != request) {
            return;
        }
        paragraphs.clear();
        documentDate.set(null);
        title.set("");
        subtitle.set("");
        focusedParagraph.set(NO_PARAGRAPH);
        documentId.set(id);
        error.set(messages.format("reader.unreadable", ErrorText.oneLine(e, messages)));
    }

    /** The index in {@link #paragraphs()} of a paragraph number, or -1. */
    public int indexOf(int paragraphNumber) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).number() == paragraphNumber) {
                return i;
            }
        }
        return -1;
    }

    private void show(DocumentView view, int paragraphNumber, List<TextSpan> hits) {
        error.set("");
        var document = view.document();
        paragraphs.setAll(view.paragraphs().stream()
                .map(p -> row(view, p, p.number() == paragraphNumber ? hits : List.of()))
                .toList());
        documentId.set(document.id());
        documentDate.set(document.date().value().orElse(null));
        title.set(document.title().isBlank() ? document.origin() : document.title());
        subtitle.set(document.date().isDated()
                ? messages.format("reader.subtitle", messages.date(document.date()),
                        messages.dateSource(document.date().source()), document.encoding(), document.paragraphCount())
                : messages.format("reader.subtitleUndated", messages.date(document.date()),
                        document.encoding(), document.paragraphCount()));
        // set after the rows so a listener can scroll to a row that exists
        focusedParagraph.set(NO_PARAGRAPH);
        focusedParagraph.set(paragraphNumber);
    }

    private ParagraphRow row(DocumentView view, Paragraph paragraph, List<TextSpan> hits) {
        TextSpan span = paragraph.span();
        List<Highlighted.DateMark> dates = view.dates().stream()
                .filter(mention -> span.contains(mention.span()))
                .map(mention -> new Highlighted.DateMark(mention.span().shift(-span.start()), messages.dateNote(mention)))
                .toList();
        return new ParagraphRow(paragraph.number(), Highlighted.of(view.paragraphText(paragraph), hits, dates), paragraph.kind());
    }
}
