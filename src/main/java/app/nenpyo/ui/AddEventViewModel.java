package app.nenpyo.ui;

import app.nenpyo.domain.TimeValue;
import app.nenpyo.service.EventProposal;
import app.nenpyo.service.ProjectService;
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
 * What the 出来事として加える dialog holds (decision 0020): the clause proposed, the date typed and
 * what it reads as, the label, and whether they can be kept. The date is typed as in
 * {@link EventDateViewModel} (2022-01-08, 1月8日, 1月上旬, 先週), read against the document's date,
 * and starts as the proposal's; the label starts as the machine's reading, and a label left so
 * (or emptied) is kept as the machine's, so a better reading later changes it.
 *
 * <pre>{@code
 * AddEventViewModel m = new AddEventViewModel(proposal, documentDate, messages);
 * m.dateTextProperty().set("1月8日");   // preview "→ 2022年1月8日(土)", acceptable
 * m.labelProperty().set("CSTO部隊が重要施設を管理");
 * m.date(); m.label()                    // 2022-01-08, "CSTO部隊が重要施設を管理"
 * }</pre>
 */
public final class AddEventViewModel {

    private final StringProperty dateText = new SimpleStringProperty();
    private final StringProperty label = new SimpleStringProperty();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper();
    private final EventProposal proposal;
    private final LocalDate documentDate;
    private final Messages messages;
    private Optional<TimeValue> read = Optional.empty();

    public AddEventViewModel(EventProposal proposal, LocalDate documentDate, Messages messages) {
        this.proposal = proposal;
        this.documentDate = documentDate;
        this.messages = messages;
        dateText.addListener((o, was, now) -> validate());
        label.addListener((o, was, now) -> validate());
        label.set(proposal.label());
        dateText.set(proposal.date().format());
    }

    private void validate() {
        String typed = dateText.get() == null ? "" : dateText.get().strip();
        read = typed.equals(proposal.date().format()) ? Optional.of(proposal.date()) : TypedDate.read(typed, documentDate);
        boolean labelFits = label().length() <= ProjectService.MAX_LABEL;
        acceptable.set(read.isPresent() && labelFits);
        if (read.isEmpty()) {
            preview.set(typed.isEmpty() ? messages.get("addEvent.noDate") : EventDateViewModel.whyUnreadable(typed, messages));
        } else if (!labelFits) {
            preview.set(messages.format("addEvent.labelTooLong", ProjectService.MAX_LABEL));
        } else {
            preview.set("→ " + messages.timeValue(read.get()));
        }
    }

    /** The clause that becomes the event's report, as the document writes it. */
    public String clauseText() {
        return proposal.clauseText();
    }

    /** The date typed. */
    public StringProperty dateTextProperty() {
        return dateText;
    }

    /** The label typed, the machine's reading to start with. */
    public StringProperty labelProperty() {
        return label;
    }

    /** What the date reads as ({@code → 2022年1月8日(土)}), or why the event cannot be added so. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Whether the date reads as one and the label fits. */
    public ReadOnlyBooleanProperty acceptableProperty() {
        return acceptable.getReadOnlyProperty();
    }

    /** The date to add the event on. Only meaningful while {@link #acceptableProperty} holds. */
    public TimeValue date() {
        return read.orElseThrow(() -> new IllegalStateException("no date reads from " + dateText.get()));
    }

    /** The analyst's label, or "" to keep the machine's reading (left as proposed, or emptied). */
    public String label() {
        String typed = label.get() == null ? "" : label.get().strip();
        return typed.equals(proposal.label()) ? "" : typed;
    }

    /** The label the event will show: the analyst's, or the machine's reading. */
    public String shownLabel() {
        return label().isEmpty() ? proposal.label() : label();
    }
}
