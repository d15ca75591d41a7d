package app.nenpyo.service;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;

/**
 * What the window offers when the analyst adds a clause of a document as an event the machine
 * did not read (decision 0020), before anything is stored: the clause (the selection, or the
 * sentence it starts in), the date the sentence says if it says one, and the machine's label.
 *
 * <p>¶5 of the demo post, 「これに対し、カザフスタンのトカエフ大統領はロシアなどに部隊の派遣を要請しました。」,
 * nothing selected → that sentence, dated as the post (2022-01-11), labelled as the clause reads.
 *
 * @param documentId the document
 * @param clause     the clause, UTF-16 indices into the document's text, inside one sentence
 * @param clauseText its text
 * @param date       the first date the sentence's expressions resolve to, else the document's date
 * @param label      how the machine reads the clause (the analyst may write another)
 */
public record EventProposal(long documentId, TextSpan clause, String clauseText, TimeValue date, String label) {
}
