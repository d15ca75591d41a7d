package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.service.EventProposal;
import app.nenpyo.service.ProjectService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The add-event dialog's state and the reader's request for a proposal, without a robot. */
class AddEventViewModelTest {
    private static final LocalDate JAN_11 = LocalDate.of(2022, 1, 11);
    private final Messages ja = Messages.of(Language.JAPANESE);
    private final EventProposal proposal = new EventProposal(7, new TextSpan(120, 170), "部隊が各地の重要施設を管理下に置いた。",
            TimeValue.parse("2022-01-11"), "部隊が重要施設");

    @Test
    void startsFromTheProposalsDateAndTheMachinesLabel() {
        AddEventViewModel m = new AddEventViewModel(proposal, JAN_11, ja);
        assertEquals("2022-01-11", m.dateTextProperty().get());
        assertEquals("→ 2022年1月11日(火)", m.previewProperty().get());
        assertEquals("部隊が重要施設", m.labelProperty().get());
        assertTrue(m.acceptableProperty().get());
        assertEquals(TimeValue.parse("2022-01-11"), m.date());
        assertEquals("", m.label(), "left as proposed: the machine's reading, which a better extractor may improve");
        assertEquals("部隊が重要施設", m.shownLabel());
        assertEquals("部隊が各地の重要施設を管理下に置いた。", m.clauseText());
    }

    @Test
    void aDateEndingBeforeItStartsSaysSo() {
        AddEventViewModel m = new AddEventViewModel(proposal, JAN_11, ja);
        m.dateTextProperty().set("2022-01-20/2022-01-10");
        assertFalse(m.acceptableProperty().get());
        assertEquals("終わりの日（2022年1月10日(月)）が始まりの日（2022年1月20日(木)）より前です。早い日を先に書いてください",
                m.previewProperty().get());
    }

    @Test
    void theDateIsReadAsTheDocumentWouldWriteIt() {
        AddEventViewModel m = new AddEventViewModel(proposal, JAN_11, ja);
        m.dateTextProperty().set("先週");
        assertEquals(TimeValue.parse("2022-W01"), m.date());
        assertTrue(m.previewProperty().get().startsWith("→ "), m.previewProperty().get());
        m.dateTextProperty().set("1月上旬");
        assertEquals(TimeValue.parse("2022-01-01/2022-01-10"), m.date());
        m.dateTextProperty().set("");
        assertFalse(m.acceptableProperty().get(), "an event needs a date");
        assertEquals("出来事の日付を入力してください", m.previewProperty().get());
        assertThrows(IllegalStateException.class, m::date);
        m.dateTextProperty().set("いつか");
        assertFalse(m.acceptableProperty().get());
    }

    @Test
    void aLabelOfItsOwnIsKeptAndOneTooLongIsRefused() {
        AddEventViewModel m = new AddEventViewModel(proposal, JAN_11, ja);
        m.labelProperty().set("  CSTO部隊が重要施設を管理  ");
        assertEquals("CSTO部隊が重要施設を管理", m.label());
        assertEquals("CSTO部隊が重要施設を管理", m.shownLabel());
        m.labelProperty().set("");
        assertEquals("", m.label());
        assertEquals("部隊が重要施設", m.shownLabel(), "emptied: the machine's reading");
        assertTrue(m.acceptableProperty().get());
        m.labelProperty().set("長".repeat(ProjectService.MAX_LABEL + 1));
        assertFalse(m.acceptableProperty().get());
        assertEquals("見出しは 200 文字までです", m.previewProperty().get());
    }

    @Test
    void theReaderAsksForAProposalOfTheOpenDocumentAndSaysWhenItIsUndated() {
        InMemoryProject project = new InMemoryProject()
                .add(1, "dated", "内務省は発表した。\n\n部隊が施設を管理下に置いた。", DocumentDate.byUser(JAN_11))
                .add(2, "undated", "部隊が施設を管理下に置いた。", DocumentDate.undated());
        ReaderViewModel reader = new ReaderViewModel(project, new SameThreadTaskExecutor(), ja);
        List<EventProposal> proposed = new ArrayList<>();
        reader.proposeEvent(2, new TextSpan(0, 0), proposed::add);
        assertEquals(List.of(), proposed, "no document open: nothing to propose");

        reader.open(1);
        assertEquals(JAN_11, reader.documentDateProperty().get());
        reader.proposeEvent(2, new TextSpan(0, 0), proposed::add);
        assertEquals(1, proposed.size());
        assertEquals("部隊が施設を管理下に置いた。", proposed.get(0).clauseText());
        assertEquals(1, proposed.get(0).documentId());

        reader.open(2);
        assertEquals(null, reader.documentDateProperty().get(), "an undated document: no event can be added");
        reader.clear();
        assertEquals(null, reader.documentDateProperty().get());
    }
}
