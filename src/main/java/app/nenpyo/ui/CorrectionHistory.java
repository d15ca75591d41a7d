package app.nenpyo.ui;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The analyst's corrections of the open project, newest last, to undo and redo in order (the 編集
 * menu, decision 0034): each entry holds what the correction changed ({@link Revision}), what the
 * menu calls it, and the report whose event an undo and a redo select. A new correction clears
 * what was undone; at most {@link #DEPTH} are kept. It undoes nothing itself:
 * {@link TimelineViewModel#undo} does, off the UI thread, and tells it when it is done.
 */
public final class CorrectionHistory {
    /** How many corrections can be undone, the oldest forgotten first. */
    public static final int DEPTH = 100;

    /** A report of a document: the event holding it is found again however it merged or parted since (decision 0027). */
    public record Report(long documentId, String sourceId) {

        /** The report, when it names its document (an event read from a project always does). */
        static Optional<Report> of(EventSource source) {
            return source.documentId().isPresent()
                    ? Optional.of(new Report(source.documentId().getAsLong(), source.sourceId())) : Optional.empty();
        }

        /** The event's first report: the one its corrections follow. */
        static Optional<Report> firstOf(Event event) {
            return event == null || event.sources().isEmpty() ? Optional.empty() : of(event.sources().get(0));
        }
    }

    /**
     * One correction.
     *
     * @param kind     what the menu calls it
     * @param subject  the event's label (the document's title for a document's date), for the status line
     * @param revision what it changed, to undo and redo
     * @param before   the report whose event an undo selects (the event selected when it was made), if any
     * @param after    the report whose event a redo selects (the one the correction selected), if any
     */
    public record Entry(CorrectionKind kind, String subject, Revision revision, Optional<Report> before, Optional<Report> after) {
    }

    private final Deque<Entry> undos = new ArrayDeque<>();
    private final Deque<Entry> redos = new ArrayDeque<>();
    private final Messages messages;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty held = new SimpleBooleanProperty(this, "held");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText");

    CorrectionHistory(Messages messages) {
        this.messages = messages;
        busy.addListener((o, was, now) -> update());
        held.addListener((o, was, now) -> update());
        update();
    }

    /** Keeps a correction just stored; what was undone can no longer be redone. A correction that changed nothing is not kept. */
    void record(Entry entry) {
        if (entry.revision().changedNothing()) {
            return;
        }
        undos.addLast(entry);
        while (undos.size() > DEPTH) {
            undos.removeFirst();
        }
        redos.clear();
        update();
    }

    /** The correction an undo undoes: the latest kept. */
    Optional<Entry> nextUndo() {
        return Optional.ofNullable(undos.peekLast());
    }

    /** The correction a redo makes again: the latest undone. */
    Optional<Entry> nextRedo() {
        return Optional.ofNullable(redos.peekLast());
    }

    /** The correction was undone: a redo makes it again. */
    void undone(Entry entry) {
        if (undos.removeLastOccurrence(entry)) {
            redos.addLast(entry);
        }
        update();
    }

    /** The correction was made again: an undo undoes it again. */
    void redone(Entry entry) {
        if (redos.removeLastOccurrence(entry)) {
            undos.addLast(entry);
        }
        update();
    }

    /** Every correction kept, undone or not, oldest first. */
    List<Entry> entries() {
        List<Entry> all = new ArrayList<>(undos);
        all.addAll(redos);
        return all;
    }

    /** Forgets these corrections (an import or a new reading took their reports away): the menu names the next. */
    void drop(Collection<Entry> gone) {
        // by identity: two entries may be equal (the same label set twice), and only those looked at go
        undos.removeIf(entry -> gone.stream().anyMatch(g -> g == entry));
        redos.removeIf(entry -> gone.stream().anyMatch(g -> g == entry));
        update();
    }

    /** Takes over the corrections of another view of the same project (the window built again in another language). */
    void takeOver(CorrectionHistory before) {
        undos.clear();
        undos.addAll(before.undos);
        redos.clear();
        redos.addAll(before.redos);
        update();
    }

    /** While true, nothing can be undone or redone: a correction, an undo or a reading of the events runs. */
    BooleanProperty busyProperty() {
        return busy;
    }

    /** While true, nothing can be undone or redone: an import runs, or the project is open read-only. */
    public BooleanProperty heldProperty() {
        return held;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** 元に戻す, or 元に戻す: 見出しを直す naming the correction an undo undoes. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** やり直す, or やり直す: 見出しを直す naming the correction a redo makes again. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    private void update() {
        boolean free = !busy.get() && !held.get();
        canUndo.set(free && !undos.isEmpty());
        canRedo.set(free && !redos.isEmpty());
        undoText.set(nextUndo().map(e -> messages.format("menu.edit.undoNamed", e.kind().name(messages)))
                .orElseGet(() -> messages.get("menu.edit.undo")));
        redoText.set(nextRedo().map(e -> messages.format("menu.edit.redoNamed", e.kind().name(messages)))
                .orElseGet(() -> messages.get("menu.edit.redo")));
    }
}
