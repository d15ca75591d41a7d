package app.nenpyo.domain;

import java.util.Objects;

/**
 * A clause the analyst says reports a happening the machine did not read as one (decision 0020):
 * a sentence whose date was implied, written in a way the tagger missed, or resolved wrongly.
 * It is read like any dated clause (actors, place, category, words for merging) and dated by the
 * analyst; its source has no date expression (an empty span at the clause's start).
 *
 * <p>{@code AddedReport("ev-…", 12, [1686,1764), 2022-01-10, "")}: the clause of document 12 at
 * those UTF-16 indices is an event of 10 January, labelled as the machine reads the clause.
 *
 * @param sourceId   the report's id ({@code EventIds.addedSourceId}): the same clause of the same
 *                   text gives the same id
 * @param documentId the document's row id
 * @param clause     the clause, UTF-16 indices into the document's text, inside one sentence
 * @param time       the analyst's date
 * @param label      the analyst's label, blank for the machine's reading of the clause
 */
public record AddedReport(String sourceId, long documentId, TextSpan clause, TimeValue time, String label) {

    public AddedReport {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(time, "time");
        label = label == null ? "" : label.strip();
        if (clause.length() == 0) {
            throw new IllegalArgumentException("an added report needs a clause: " + clause);
        }
    }
}
