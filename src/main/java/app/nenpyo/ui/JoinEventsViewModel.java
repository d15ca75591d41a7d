package app.nenpyo.ui;

import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSummary;
import app.nenpyo.domain.TimeValue;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
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
 * (none when they overlap); a search text finds events by label or place at any date. The events
 * are ranked off the UI thread through the {@link TaskExecutor} (a pass over every event: a tenth
 * of a second for 176,000, more for a million), {@link #rankingProperty()} on until they are: the
 * list is empty while the first ranking runs, and a newer search keeps the events listed and the one
 * chosen until its own are ranked (the analyst typing on sees the list change once, not flicker
 * empty). A newer search stops the ranking of an older one and supersedes it; {@link #dispose} stops
 * the last one when the dialog closes.
 *
 * <pre>{@code
 * JoinEventsViewModel m = new JoinEventsViewModel(selected, timeline.events(), executor, messages);
 * m.candidates()                       // once ranked: [2022年1月10日(月)  王外相がカザフ外相と電話会談（出典1）, …]
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

    /** Events ranked between two looks at whether a newer search superseded the ranking. */
    private static final int CANCEL_STEP = 4096;

    private final Event selected;
    private final List<EventSummary> events;
    private final TaskExecutor executor;
    private final Messages messages;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Candidate> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ranking = new ReadOnlyBooleanWrapper(false);
    /** The search text the list was asked for last: a keystroke that changes nothing once trimmed ranks nothing again. */
    private String listedFor;
    /** The ranking asked for last; an older one still running stops at its next look. */
    private final AtomicLong lastRanking = new AtomicLong();

    /**
     * @param selected the event the chosen one joins; it keeps its date
     * @param events   every event of the project ({@link TimelineViewModel#events()}), copied: they are read off the UI thread
     */
    public JoinEventsViewModel(Event selected, List<EventSummary> events, TaskExecutor executor, Messages messages) {
        this.selected = selected;
        this.events = List.copyOf(events);
        this.executor = executor;
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
        long mine = lastRanking.incrementAndGet();
        ranking.set(true);
        executor.execute(() -> rank(wanted, () -> lastRanking.get() != mine), listed -> {
            if (mine == lastRanking.get()) {
                Candidate was = chosen.get();
                candidates.setAll(listed);
                chosen.set(was != null && listed.contains(was) ? was : null);
                ranking.set(false);
            }
        }, e -> {
            if (mine == lastRanking.get()) {
                candidates.clear();
                chosen.set(null);
                ranking.set(false);
            }
        });
    }

    /**
     * The events offered for {@code wanted}, nearest first, at most {@link #MAX_LISTED}; off the UI
     * thread, stopped (a {@link CancellationException}) once {@code superseded} says a newer search came.
     */
    private List<Candidate> rank(String wanted, BooleanSupplier superseded) {
        // letters with a case are matched in either; kana and kanji as they are, without lowering a million labels
        boolean anyCase = !wanted.toLowerCase(Locale.ROOT).equals(wanted.toUpperCase(Locale.ROOT));
        String lower = wanted.toLowerCase(Locale.ROOT);
        // one pass over every event: an event long before the selected one may reach into it, so no
        // order of the list bounds where the near ones are; the nearest MAX_LISTED are kept as it goes
        Comparator<EventSummary> nearestFirst = Comparator.comparingLong((EventSummary e) -> daysApart(e.time(), selected.time()))
                .thenComparing(e -> e.time().start()).thenComparing(EventSummary::label);
        PriorityQueue<EventSummary> nearest = new PriorityQueue<>(nearestFirst.reversed());
        for (int i = 0; i < events.size(); i++) {
            if (i % CANCEL_STEP == 0 && superseded.getAsBoolean()) {
                throw new CancellationException("a newer search");
            }
            EventSummary e = events.get(i);
            boolean offered = wanted.isEmpty() ? daysApart(e.time(), selected.time()) <= NEARBY_DAYS : matches(e, wanted, anyCase, lower);
            if (offered && !e.id().equals(selected.id())) {
                nearest.add(e);
                if (nearest.size() > MAX_LISTED) {
                    nearest.poll();
                }
            }
        }
        return nearest.stream().sorted(nearestFirst).map(this::candidate).toList();
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

    /**
     * The events that can be joined, nearest the selected one's date first, at most {@link #MAX_LISTED};
     * empty until the first ranking is done, and then those of the last search ranked.
     */
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

    /** Whether the events are being ranked (the list waits for them): the dialog says so in the list's place. */
    public ReadOnlyBooleanProperty rankingProperty() {
        return ranking.getReadOnlyProperty();
    }

    /** Whether an event is chosen. */
    public ReadOnlyBooleanProperty acceptableProperty() {
        return acceptable.getReadOnlyProperty();
    }

    /**
     * The dialog is closed: the ranking under way stops at its next look, and what it finds is
     * dropped (on a million events it would hold one of the executor's threads for a while longer).
     */
    public void dispose() {
        lastRanking.incrementAndGet();
        ranking.set(false);
    }

    /** The heading of the dialog: what the chosen event joins. */
    public String header() {
        return messages.format("join.header", selected.label(), messages.timeValue(selected.time()));
    }
}
