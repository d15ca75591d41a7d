package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.nenpyo.domain.AddedReport;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.nlp.ActorMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A clause the analyst adds as a report (decision 0020) is labelled as the machine labels the same
 * clause: with the sentence's other dates left unsaid, and its anaphors and bare nouns named as
 * the document names them. Each machine report's clause is added again, dated as the machine dated it, and must
 * read the same.
 */
class AddedClauseReadsAsReadTest {

    private static final LocalDate DATE = LocalDate.of(2022, 6, 20);

    private final EventExtractor extractor = new EventExtractor();

    /** For each report the machine reads in the text: its label, and the label of its clause added by the analyst. */
    private void assertAddedReadsAsRead(String text, int expectedReports) {
        DocumentInput input = Articles.article(text, DATE);
        DocumentReports read = extractor.extract(input);
        assertEquals(expectedReports, read.reports().size(), () -> read.reports().stream().map(Report::label).toList().toString());
        for (Report machine : read.reports()) {
            AddedReport added = new AddedReport(EventIds.addedSourceId(input.documentKey(), machine.source().clause()), 1,
                    machine.source().clause(), machine.time(), "");
            Report alone = extractor.readAdded(input, added).orElseThrow();
            Report among = extractor.withAdded(input, read, List.of(added)).reports().stream()
                    .filter(r -> r.source().sourceId().equals(added.sourceId())).findFirst().orElseThrow();
            assertEquals(machine.label(), alone.label(), "proposed for " + machine.source().clause().of(input.document().text()));
            assertEquals(machine.label(), among.label(), "added " + machine.source().clause().of(input.document().text()));
            assertEquals(machine.subject(), among.subject());
            assertEquals(machine.actors().stream().map(ActorMention::canonical).toList(),
                    among.actors().stream().map(ActorMention::canonical).toList(), "actors of the added clause");
        }
    }

    @Test
    void theAnalystsOwnWordsStayAsWritten() {
        String text = "東芝は3月に新工場の建設を発表した。同社は24日、新社長の人事を発表した。株価は同日、約1割上昇した。";
        DocumentInput input = Articles.article(text, DATE);
        DocumentReports read = extractor.extract(input);
        for (String written : List.of("同社が人事を発表", "株価が上昇")) {
            Report machine = read.reports().stream()
                    .filter(r -> r.source().clause().of(text).startsWith(written.substring(0, 2))).findFirst().orElseThrow();
            AddedReport added = new AddedReport(EventIds.addedSourceId(input.documentKey(), machine.source().clause()), 1,
                    machine.source().clause(), machine.time(), written);
            Report among = extractor.withAdded(input, read, List.of(added)).reports().stream()
                    .filter(r -> r.source().sourceId().equals(added.sourceId())).findFirst().orElseThrow();
            assertEquals(written, among.label(), "the machine named whom the analyst's words did not");
            assertFalse(machine.label().equals(written), machine.label() + ": the test needs a label the machine names");
        }
    }

    @Test
    void theSentencesOtherDatesStayUnsaid() {
        assertAddedReadsAsRead("県は先週金曜日に、新たな補助制度の説明会を来月4日に開くと発表した。", 2);
        assertAddedReadsAsRead("日銀は14日と18日に金融政策決定会合を開き、大規模緩和の維持を決めた。", 2);
        // two days in a row of one meeting are one report over both (ConsecutiveDays)
        assertAddedReadsAsRead("日銀は16日と17日に金融政策決定会合を開き、大規模緩和の維持を決めた。", 1);
        assertAddedReadsAsRead("大会は7月1日に開幕し、同月10日に閉幕する。", 2);
    }

    @Test
    void theDoerTheSentenceBeforeNamedIsCarriedAsRead() {
        String text = "日立製作所は12日、新型蓄電池の量産を来年始めると発表した。13日に臨時の取締役会で決議した。14日には米国の電池大手と提携を結んだ。";
        assertAddedReadsAsRead(text, 4);
        DocumentInput input = Articles.article(text, DATE);
        Report last = extractor.extract(input).reports().get(3);
        assertEquals(List.of("日立製作所", "米国"), last.actors().stream().map(ActorMention::canonical).toList(),
                "the test needs a doer the reading carries");
    }

    @Test
    void itsAnaphorsNameWhomTheDocumentNames() {
        String text = "日立製作所は5月に新工場の建設を発表した。同社は24日、新社長に佐藤氏が就く人事を発表した。";
        assertAddedReadsAsRead(text, 2);
        assertAddedReadsAsRead("気象庁は5日夕方、新潟県に暴風警報を出した。警報は6日朝に解除された。", 2);
        DocumentInput input = Articles.article(text, DATE);
        String label = extractor.extract(input).reports().get(1).label();
        assertFalse(label.startsWith("同社"), label + ": the test needs an anaphor the reading resolves");
    }

    @Test
    void aClauseOfASentenceWithNoDateNamesItsAnaphorsToo() {
        String text = "日立製作所は5月に新工場の建設を発表した。同社は新社長に佐藤氏が就く人事を発表した。";
        DocumentInput input = Articles.article(text, DATE);
        int start = text.indexOf("同社");
        TextSpan clause = new TextSpan(start, text.length());
        AddedReport added = new AddedReport(EventIds.addedSourceId(input.documentKey(), clause), 1, clause,
                TimeValue.day(DATE), "");
        Report report = extractor.readAdded(input, added).orElseThrow();
        assertEquals("日立製作所が新社長に佐藤氏が就く人事を発表", report.label());
    }
}
