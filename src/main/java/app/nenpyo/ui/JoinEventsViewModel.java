package app.nenpyo.ui;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.TimeValue;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the 別の出来事とまとめる dialog holds: the events the selected one could be joined with,
 * the one chosen, and what joining does to its date. Without a search text the list holds the
 * events within {@link #NEARBY_DAYS} days of the selected one, nearest first (the same happening
 * read on another day, or read apart on the same day), the days counted between their time ranges
 * (none when they overlap); a search text finds events by label or place at any date.
 *
 * <pre>{@code
 * JoinEventsViewModel m = new JoinEventsViewModel(selected, timeline.events(), messages);
 * m.candidates()                       // [2022年1月10日(月)  王外相がカザフ外相と電話会談（出典1）, …]
 * m.searchProperty().set("ジュネーブ")  // the events whose label or place says ジュネーブ, nearest first
 * m.chosenProperty().set(m.candidates().get(0));
 * m.noteProperty()                     // "" on the same date; else what date the chosen event's reports take
 * }</pre>
 */
public final class JoinEventsViewModel {

    /** How far, in days either way, the events offered without a search text lie. */
    public static final int NEARBY_DAYS = 7;
    /** At most this many events are listed: a search narrows a busy project further. */
    public static final int MAX_LISTED = 300;

    /** An event that can be joined: its id and label, the line the list shows, and whether its date is the selected one's. */
    public record Candidate(String id, String label, String text, boolean sameDate) {
    }

    private final Event selected;
    private final List<EventSummary> events;
    private final Messages messages;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Candidate> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper(false);
    /** The search text the list was made for: a keystroke that changes nothing once trimmed lists nothing again. */
    private String listedFor;

    /**
     * @param selected the event the chosen one joins; it keeps its date
     * @param events   every event of the project ({@link TimelineViewModel#events()})
     */
    public JoinEventsViewModel(Event selected, List<EventSummary> events, Messages messages) {
        this.selected = selected;
        this.events = events;
        this.messages = messages;
        search.addListener((o, was, now) -> list());
        chosen.addListener((o, was, now) -> {
            acceptable.set(now != null);
            note.set(now == null || now.sameDate() ? ""
                    : messages.format("join.redates", messages.timeValue(selected.time())));
        });
        list();
    }

    private void list() {
        String wanted = search.get() == null ? "" : search.get().strip();
        if (wanted.equals(listedFor)) {
            return;
        }
        listedFor = wanted;
        // letters with a case are matched in either; kana and kanji as they are, without lowering a million labels
        boolean anyCase = !wanted.toLowerCase(Locale.ROOT).equals(wanted.toUpperCase(Locale.ROOT));
        String lower = wanted.toLowerCase(Locale.ROOT);
        // one pass over every event: an event long before the selected one may reach into it, so no
        // order of the list bounds where the near ones are; the nearest MAX_LISTED are kept as it goes
        Comparator<EventSummary> nearestFirst = Comparator.comparingLong((EventSummary e) -> daysApart(e.time(), selected.time()))
                .thenComparing(e -> e.time().start()).thenComparing(EventSummary::label);
        PriorityQueue<EventSummary> nearest = new PriorityQueue<>(nearestFirst.reversed());
        for (EventSummary e : events) {
            boolean offered = wanted.isEmpty() ? daysApart(e.time(), selected.time()) <= NEARBY_DAYS : matches(e, wanted, anyCase, lower);
            if (offered && !e.id().equals(selected.id())) {
                nearest.add(e);
                if (nearest.size() > MAX_LISTED) {
                    nearest.poll();
                }
            }
        }
        List<Candidate> listed = nearest.stream().sorted(nearestFirst).map(this::candidate).toList();
        Candidate was = chosen.get();
        candidates.setAll(listed);
        chosen.set(was != null && listed.contains(was) ? was : null);
    }

    /**
     * The days between two times, from the end of the earlier to the start of the later: 0 when they
     * overlap, 4 from 1月21日〜31日 to 2月4日.
     */
    static long daysApart(TimeValue a, TimeValue b) {
        long afterA = b.start().toEpochDay() - a.end().toEpochDay();
        long afterB = a.start().toEpochDay() - b.end().toEpochDay();
        return Math.max(0, Math.max(afterA, afterB));
    }

    private static boolean matches(EventSummary e, String wanted, boolean anyCase, String lower) {
        if (!anyCase) {
            return e.label().contains(wanted) || e.place().contains(wanted);
        }
        return e.label().toLowerCase(Locale.ROOT).contains(lower) || e.place().toLowerCase(Locale.ROOT).contains(lower);
    }

    private Candidate candidate(EventSummary e) {
        boolean sameDate = e.time().start().equals(selected.time().start()) && e.time().end().equals(selected.time().end());
        return new Candidate(e.id(), e.label(), messages.timeValue(e.time()) + "  " + e.label() + "  "
                + messages.format("join.sources", e.sourceCount()), sameDate);
    }

    /** The text the events are searched for by label or place; empty: the events near the selected one. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The events that can be joined, nearest the selected one's date first, at most {@link #MAX_LISTED}. */
    public ObservableList<Candidate> candidates() {
        return FXCollections.unmodifiableObservableList(candidates);
    }

    /** The event chosen to join the selected one; null while none is. */
    public ObjectProperty<Candidate> chosenProperty() {
        return chosen;
    }

    /** What joining does to the chosen event's date ({@code その報道は 2022年1月10日(月) の出来事になります}); empty on the same date. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Whether an event is chosen. */
    public ReadOnlyBooleanProperty acceptableProperty() {
        return acceptable.getReadOnlyProperty();
    }

    /** The heading of the dialog: what the chosen event joins. */
    public String header() {
        return messages.format("join.header", selected.label(), messages.timeValue(selected.time()));
    }
}
