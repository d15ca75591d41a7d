package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A document-date field's state, without a robot: every form the event-date dialog reads, one day only. */
class DocumentDateViewModelTest {
    private static final LocalDate CURRENT = LocalDate.of(2022, 1, 11);
    private final Messages ja = Messages.of(Language.JAPANESE);

    private DocumentDateViewModel model() {
        return new DocumentDateViewModel(CURRENT, CURRENT, ja);
    }

    @Test
    void startsFromTheDocumentsDateUnchanged() {
        DocumentDateViewModel m = model();
        assertEquals("2022-01-11", m.textProperty().get());
        assertEquals("→ 2022年1月11日(火)", m.readingProperty().get());
        assertTrue(m.acceptableProperty().get());
        assertEquals(Optional.empty(), m.changedDate(), "OK on the date it has stores nothing");
    }

    @Test
    void readsTheFormsAnArticleWrites() {
        DocumentDateViewModel m = model();
        for (String typed : new String[] {"2022年1月22日", "２０２２年１月２２日", "2022/01/22", "1月22日", "2022-01-22"}) {
            m.textProperty().set(typed);
            assertEquals(Optional.of(LocalDate.of(2022, 1, 22)), m.changedDate(), typed);
            assertEquals("→ 2022年1月22日(土)", m.readingProperty().get(), typed);
            assertTrue(m.acceptableProperty().get(), typed);
        }
    }

    @Test
    void aMonthDayIsReadAgainstTheAnchor() {
        DocumentDateViewModel m = new DocumentDateViewModel(null, LocalDate.of(2019, 6, 1), ja);
        assertEquals("", m.textProperty().get());
        m.textProperty().set("5月3日");
        assertEquals(Optional.of(LocalDate.of(2019, 5, 3)), m.date());
        m.anchorProperty().set(LocalDate.of(2021, 6, 1));
        assertEquals(Optional.of(LocalDate.of(2021, 5, 3)), m.date(), "read again against the new anchor");
    }

    @Test
    void textThatIsNotOneDayCannotBeKept() {
        DocumentDateViewModel m = model();
        for (String typed : new String[] {"いつか", "2022-01", "2022-01-10/2022-01-20", "2022-13-45"}) {
            m.textProperty().set(typed);
            assertFalse(m.acceptableProperty().get(), typed);
            assertEquals(ja.get("documentDate.unreadable"), m.readingProperty().get(), typed);
            assertEquals(Optional.empty(), m.changedDate(), typed);
        }
    }

    @Test
    void anEmptyFieldSaysNothingAndKeepsNothing() {
        DocumentDateViewModel m = model();
        m.textProperty().set(" ");
        assertEquals("", m.readingProperty().get());
        assertFalse(m.acceptableProperty().get());
    }

    @Test
    void aMonthDayTypedForAnUndatedDocumentIsTheOnePastNotTheOneToCome() {
        Messages ja = Messages.of(Language.JAPANESE);
        LocalDate today = LocalDate.of(2026, 11, 27);
        DocumentDateViewModel m = new DocumentDateViewModel(null, today, ja, today);
        m.textProperty().set("1月22日");
        assertEquals(Optional.of(LocalDate.of(2026, 1, 22)), m.date(), "a document is not written after today");
        m.textProperty().set("11月20日");
        assertEquals(Optional.of(LocalDate.of(2026, 11, 20)), m.date());
        m.textProperty().set("2027年1月22日");
        assertEquals(Optional.of(LocalDate.of(2027, 1, 22)), m.date(), "a year typed is taken as typed");
    }
}
