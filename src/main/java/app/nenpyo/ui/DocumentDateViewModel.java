package app.nenpyo.ui;

import app.nenpyo.domain.TimeValue;
import app.nenpyo.temporal.TypedDate;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a document-date field holds: the text typed, the day it reads as, and whether it can be
 * kept. A document's date is one day, typed as 2022-01-22 or as an article would write it
 * (2022年1月22日, 2022/01/22, 1月22日), the way the 日付を直す dialog reads an event's date
 * ({@link TypedDate}); a month-day is read against the anchor, the document's current date.
 *
 * <pre>{@code
 * DocumentDateViewModel m = new DocumentDateViewModel(LocalDate.of(2022, 1, 11), LocalDate.of(2022, 1, 11), messages);
 * m.textProperty().set("1月22日");   // reading "→ 2022年1月22日(土)", acceptable
 * m.textProperty().set("いつか");    // reading "一日の日付として読めません（…）", not acceptable
 * m.changedDate()                    // the day to store; empty while it is the date the document has
 * }</pre>
 */
public final class DocumentDateViewModel {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>(this, "anchor");
    private final ReadOnlyStringWrapper reading = new ReadOnlyStringWrapper(this, "reading", "");
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper(this, "acceptable");
    private final LocalDate current;
    private final Messages messages;
    private final LocalDate today;
    private Optional<LocalDate> read = Optional.empty();

    /**
     * @param current the document's date now (the field's first text), null when it has none
     * @param anchor  what a month-day or a relative date is read against: the current date, or
     *                today for a document without one
     */
    public DocumentDateViewModel(LocalDate current, LocalDate anchor, Messages messages) {
        this(current, anchor, messages, LocalDate.now());
    }

    /** @param today the day the analyst types in: no undated document's date falls after it */
    DocumentDateViewModel(LocalDate current, LocalDate anchor, Messages messages, LocalDate today) {
        this.today = today;
        this.current = current;
        this.messages = messages;
        this.anchor.set(Objects.requireNonNull(anchor, "anchor"));
        text.addListener((o, was, now) -> read());
        this.anchor.addListener((o, was, now) -> read());
        text.set(current == null ? "" : current.toString());
        read();
    }

    /** The one day the text says, read against {@code anchor}; empty when it says none, a longer period, or several. */
    public static Optional<LocalDate> read(String text, LocalDate anchor) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return TypedDate.read(text, anchor)
                .filter(value -> value.start().equals(value.end()))
                .map(TimeValue::start);
    }

    private void read() {
        String typed = text.get() == null ? "" : text.get().strip();
        read = read(typed, anchor.get());
        if (current == null && read.isPresent() && read.get().isAfter(today) && !typed.matches(".*[0-9０-９]{4}.*")) {
            // a document without a date, read against today: 1月22日 typed in late November is the one
            // past, since a document is not written before its date (a year typed is taken as typed)
            read = Optional.of(read.get().minusYears(1));
        }
        acceptable.set(read.isPresent());
        reading.set(typed.isEmpty() ? ""
                : read.map(day -> "→ " + messages.date(day)).orElseGet(() -> messages.get("documentDate.unreadable")));
    }

    /** The text typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** What a month-day or a relative date is read against; a table reusing one field for many documents moves it. */
    public ObjectProperty<LocalDate> anchorProperty() {
        return anchor;
    }

    /** What the text reads as ({@code → 2022年1月22日(土)}), why it cannot be kept, or nothing for an empty field. */
    public ReadOnlyStringProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** Whether the text reads as one day. */
    public ReadOnlyBooleanProperty acceptableProperty() {
        return acceptable.getReadOnlyProperty();
    }

    /** The day the text reads as. */
    public Optional<LocalDate> date() {
        return read;
    }

    /**
     * The day to store: empty while the text is unreadable or reads as the date the document has,
     * so that keeping a date unchanged never makes it the analyst's.
     */
    public Optional<LocalDate> changedDate() {
        return read.filter(day -> !day.equals(current));
    }
}
