package app.nenpyo.events;

import app.nenpyo.domain.AddedReport;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.ReportDays;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.nlp.ActorRegistry;
import app.nenpyo.nlp.Token;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * The events layer's facade: documents with their date mentions in, merged events out.
 *
 * <p>Two steps, so import can run the costly one on its analysis threads:
 * <ol>
 *   <li>{@link #analyse(DocumentInput)}: per document, thread-safe (tokenises only the sentences
 *       that hold a date, and the few after one that may tell a deed of its day, decision 0042);</li>
 *   <li>{@link #combine(List)}: once, after every document: merges actors across documents and
 *       reports into events, a window of time at a time.</li>
 * </ol>
 * {@link #extract(List)} does both.
 *
 * <pre>
 *   EventPipeline p = new EventPipeline();
 *   List&lt;Event&gt; events = p.extract(List.of(DocumentInput.of(doc, dateFinder.find(doc.text(), date, spans))));
 * </pre>
 */
public final class EventPipeline {

    /** Reports merged at once: about a tenth of the 100 MB benchmark corpus, some 60 MB of heap. */
    static final int WINDOW_REPORTS = 1 << 15;

    private final EventExtractor extractor = new EventExtractor();
    private final int windowReports;

    public EventPipeline() {
        this(WINDOW_REPORTS);
    }

    /** Merging windows of about {@code windowReports} reports: fewer, less memory and more windows (tests merge in many). */
    public EventPipeline(int windowReports) {
        if (windowReports < 1) {
            throw new IllegalArgumentException("a window holds at least one report: " + windowReports);
        }
        this.windowReports = windowReports;
    }

    public DocumentReports analyse(DocumentInput input) {
        return extractor.extract(input);
    }

    /**
     * The same with the clauses the analyst added as reports of this document (decision 0020),
     * read and placed in reading order ({@link EventExtractor#withAdded}).
     */
    public DocumentReports analyseWithAdded(DocumentInput input, Collection<AddedReport> added) {
        DocumentReports read = extractor.extract(input);
        return added.isEmpty() ? read : extractor.withAdded(input, read, List.copyOf(added));
    }

    /** The date the machine would read a clause by ({@link EventExtractor#proposedDate}). */
    public Optional<TimeValue> proposedDate(DocumentInput input, TextSpan clause) {
        return extractor.proposedDate(input, clause);
    }

    /** How an added clause reads alone (its label, actors, category), empty outside every sentence. */
    public Optional<Report> readAdded(DocumentInput input, AddedReport added) {
        return extractor.readAdded(input, added);
    }

    /**
     * The same with tokens the caller already made for the whole text (document spans, in
     * order), e.g. import's search tokens: saves most of the cost. See
     * {@link EventExtractor#extract(DocumentInput, List)}.
     */
    public DocumentReports analyse(DocumentInput input, List<Token> documentTokens) {
        return extractor.extract(input, documentTokens);
    }

    /** Merges actors across documents and reports into events; documents in reading order. */
    public List<Event> combine(List<DocumentReports> documents) {
        return new WindowedMerge(windowReports).merge(documents);
    }

    /**
     * The same for documents decoded on demand (the reports saved with each stored document):
     * merged a window of time at a time ({@link WindowedMerge}), so the reports and events in
     * memory are those of a window, not of the project.
     *
     * @param actors  the actors of the documents at some indexes (reading order), in their order;
     *                asked once per document, a few hundred at a time
     * @param reports their reports that start in a window; asked once per window a document has
     *                reports in
     * @param out     takes the events of each window as it is merged, in time order (all of
     *                them, in order, are what {@link #combine(List)} gives)
     */
    public void combine(int count, Function<int[], List<DocumentActors>> actors, WindowReader reports,
                        Consumer<List<Event>> out) {
        new WindowedMerge(windowReports).merge(count, actors, reports, out);
    }

    /**
     * The first pass of a merge of documents decoded on demand ({@link WindowedMerge#plan}): the
     * actors of every document and which days to merge again, given which documents the stored
     * events were merged from. Then {@link #combine(MergePlan, WindowReader, MergeChoices, Consumer)}. When more
     * than half of the reports would be merged again, every day is.
     *
     * @param actors       as for {@link #combine(int, Function, WindowReader, Consumer)}
     * @param mergedBefore whether the document at an index, with the reports it has now, is among
     *                     those the stored events were merged from (none: every day is merged)
     * @param earlier      the documents merged before whose reports changed since (a corrected
     *                     date), as they were read then ({@link EarlierReading}), in their order then
     * @param last         the registry the stored events were merged with ({@link MergePlan#registry}),
     *                     if it is known: the documents merged before are not added again
     * @param knownDays    the report start days and wider periods of the document at an index
     *                     when they are known without reading its reports, else null
     * @param alsoDays     epoch days whose events are made again whatever changed (the days of
     *                     events an analyst's decision has not reached yet)
     */
    public MergePlan plan(int count, Function<int[], List<DocumentActors>> actors, IntPredicate mergedBefore,
                          List<EarlierReading> earlier, Optional<ActorRegistry> last, IntFunction<ReportDays> knownDays,
                          int[] alsoDays) {
        return new WindowedMerge(windowReports).plan(count, actors, mergedBefore, earlier, last.orElse(null), knownDays,
                WHOLE_ABOVE, alsoDays);
    }

    /**
     * Above this share of the reports to merge again, every day is merged: keeping the other
     * days' events means reading every stored event's summary, and the merge would be most of a
     * whole one anyway.
     */
    static final double WHOLE_ABOVE = 0.5;

    /**
     * Merges the days of a plan's scope a window of time at a time: {@code out} takes the events
     * of each window, in time order, which are exactly the events a merge of every document would
     * make on those days.
     *
     * @param choices the reports the analyst took out of their event (decision 0018) and joined
     *                (decision 0019), applied over the rules
     */
    public void combine(MergePlan plan, WindowReader reports, MergeChoices choices, Consumer<List<Event>> out) {
        new WindowedMerge(windowReports).merge(plan, reports, choices, out);
    }

    public List<Event> extract(List<DocumentInput> documents) {
        return combine(documents.stream().map(this::analyse).toList());
    }
}
