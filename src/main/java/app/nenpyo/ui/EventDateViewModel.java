package app.nenpyo.ui;

import app.nenpyo.domain.TimeValue;
import app.nenpyo.temporal.TypedDate;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the 日付を直す dialog holds: the date typed, what it reads as, and whether it can be kept.
 * A date is typed in DESIGN.md's grammar (2022-01-28, 2022-01, 2022-W03, 2022-01-10/2022-01-20)
 * or as the article would have written it (2022年1月28日, 1月28日, 1月下旬), read against the date of
 * the event's article ({@link TypedDate}); an empty field gives the extracted date back.
 *
 * <pre>{@code
 * EventDateViewModel m = new EventDateViewModel(event.time(), articleDate, messages);
 * m.textProperty().set("1月下旬");   // preview "→ 2022年1月21日(金)〜2022年1月31日(月)", acceptable
 * m.textProperty().set("いつか");    // preview "一つの日付として読めません（…）", not acceptable
 * m.changed()                         // false while the text is the one it started from: OK keeps the date as it is
 * m.result()                          // the date to keep, or empty for the extracted one
 * }</pre>
 */
public final class EventDateViewModel {

    private final StringProperty text = new SimpleStringProperty();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper();
    private final TimeValue current;
    private final String initialText;
    private final LocalDate articleDate;
    private final Messages messages;
    private Optional<TimeValue> read = Optional.empty();

    /**
     * @param current     the event's date now, the field's first text
     * @param articleDate the date of the article the event was first reported in
     */
    public EventDateViewModel(TimeValue current, LocalDate articleDate, Messages messages) {
        this.current = current;
        this.initialText = current.format();
        this.articleDate = articleDate;
        this.messages = messages;
        text.addListener((o, was, now) -> read());
        text.set(initialText);
    }

    private void read() {
        String typed = text.get() == null ? "" : text.get().strip();
        if (!changed()) {
            // the text form of an open or finer date (10日から, 下旬) reads back otherwise: the date as it is
            read = Optional.of(current);
            acceptable.set(true);
            preview.set("→ " + messages.timeValue(current));
            return;
        }
        read = typed.isEmpty() ? Optional.empty() : TypedDate.read(typed, articleDate);
        acceptable.set(typed.isEmpty() || read.isPresent());
        preview.set(typed.isEmpty() ? messages.get("redate.restore")
                : read.map(v -> "→ " + messages.timeValue(v)).orElseGet(() -> whyUnreadable(typed, messages)));
    }

    /** Why a text is no date: its end before its start, or not one date at all. */
    static String whyUnreadable(String typed, Messages messages) {
        return TypedDate.reversed(typed)
                .map(range -> messages.format("redate.endBeforeStart", messages.date(range.end()), messages.date(range.start())))
                .orElseGet(() -> messages.get("redate.unreadable"));
    }

    /** The text typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** What the text reads as ({@code → 2022年1月28日(金)}), what an empty field does, or why it cannot be kept. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Whether the text is a date, or empty. */
    public ReadOnlyBooleanProperty acceptableProperty() {
        return acceptable.getReadOnlyProperty();
    }

    /** Whether the text is other than the one the dialog started from: only then is there anything to keep. */
    public boolean changed() {
        return !(text.get() == null ? "" : text.get().strip()).equals(initialText);
    }

    /** The date to keep; empty for the extracted date again. Only meaningful while {@link #acceptableProperty} holds. */
    public Optional<TimeValue> result() {
        return read;
    }
}
