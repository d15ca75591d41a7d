package app.nenpyo.ui;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 * read on another day, or read apart on the same day); a search text finds events by label or
 * place at any date.
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
     * @param events   every event of the project, by start date ({@link TimelineViewModel#events()}): the
     *                 events near the selected one are found by halving
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
        long day = selected.time().start().toEpochDay();
        long farthest = wanted.isEmpty() ? NEARBY_DAYS : Long.MAX_VALUE;
        // the events come by start date: walk out from the selected one's day, nearer first, and
        // stop once MAX_LISTED are found and the day they end on is done
        List<EventSummary> found = new ArrayList<>();
        int left = firstStartingOnOrAfter(day) - 1;
        int right = left + 1;
        long limit = Long.MAX_VALUE;
        while (left >= 0 || right < events.size()) {
            long toLeft = left >= 0 ? day - events.get(left).time().start().toEpochDay() : Long.MAX_VALUE;
            long toRight = right < events.size() ? events.get(right).time().start().toEpochDay() - day : Long.MAX_VALUE;
            long distance = Math.min(toLeft, toRight);
            if (distance > farthest || distance > limit) {
                break;
            }
            EventSummary e = events.get(toLeft <= toRight ? left-- : right++);
            if (!e.id().equals(selected.id()) && (wanted.isEmpty() || matches(e, wanted, anyCase, lower))) {
                found.add(e);
                if (found.size() == MAX_LISTED) {
                    limit = distance;
                }
            }
        }
        found.sort(Comparator.comparingLong((EventSummary e) -> Math.abs(e.time().start().toEpochDay() - day))
                .thenComparing(e -> e.time().start()).thenComparing(EventSummary::label));
        found = found.subList(0, Math.min(MAX_LISTED, found.size()));
        List<Candidate> listed = found.stream().map(this::candidate).toList();
        Candidate was = chosen.get();
        candidates.setAll(listed);
        chosen.set(was != null && listed.contains(was) ? was : null);
    }

    private static boolean matches(EventSummary e, String wanted, boolean anyCase, String lower) {
        if (!anyCase) {
            return e.label().contains(wanted) || e.place().contains(wanted);
        }
        return e.label().toLowerCase(Locale.ROOT).contains(lower) || e.place().toLowerCase(Locale.ROOT).contains(lower);
    }

    /** The index of the first event starting on or after this epoch day (the events come by start date). */
    private int firstStartingOnOrAfter(long epochDay) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).time().start().toEpochDay() < epochDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
