package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The date dialog's state, without a robot: what the typed text reads as and whether it can be kept. */
class EventDateViewModelTest {
    private final Messages ja = Messages.of(Language.JAPANESE);

    private EventDateViewModel model() {
        return new EventDateViewModel(TimeValue.parse("2021-12-28"), LocalDate.of(2022, 1, 11), ja);
    }

    @Test
    void startsFromTheEventsDateInTheGrammar() {
        EventDateViewModel m = model();
        assertEquals("2021-12-28", m.textProperty().get());
        assertEquals("→ 2021年12月28日(火)", m.previewProperty().get());
        assertTrue(m.acceptableProperty().get());
        assertEquals(Optional.of(TimeValue.parse("2021-12-28")), m.result());
    }

    @Test
    void aJapaneseDateIsReadAgainstTheArticlesDate() {
        EventDateViewModel m = model();
        m.textProperty().set("1月下旬");
        assertEquals("→ 2022年1月21日(金)〜2022年1月31日(月)", m.previewProperty().get());
        assertEquals(Optional.of(TimeValue.parse("2022-01-21/2022-01-31")), m.result());
        assertTrue(m.acceptableProperty().get());
    }

    /** The exploratory tester typed 2022-01-20/2022-01-10 and was told it was not one date. */
    @Test
    void aRangeEndingBeforeItStartsSaysSoInBothLanguages() {
        EventDateViewModel m = model();
        m.textProperty().set("2022-01-20/2022-01-10");
        assertFalse(m.acceptableProperty().get());
        assertEquals("終わりの日（2022年1月10日(月)）が始まりの日（2022年1月20日(木)）より前です。早い日を先に書いてください",
                m.previewProperty().get());
        EventDateViewModel english = new EventDateViewModel(TimeValue.parse("2022-01-10"), LocalDate.of(2022, 1, 11),
                Messages.of(Language.ENGLISH));
        english.textProperty().set(" 2022-01-20/2022-01-10 ");
        assertEquals("The end (2022年1月10日(月)) comes before the start (2022年1月20日(木)): write the earlier day first",
                english.previewProperty().get());
        m.textProperty().set("2022-01-10/2022-01-20");
        assertTrue(m.acceptableProperty().get(), "the other way round it is a date");
        m.textProperty().set("2022-01-20/いつか");
        assertEquals(ja.get("redate.unreadable"), m.previewProperty().get(), "no end at all: not one date");
    }

    @Test
    void somethingThatIsNotOneDateCannotBeKept() {
        EventDateViewModel m = model();
        m.textProperty().set("28日と29日");
        assertFalse(m.acceptableProperty().get());
        assertEquals(ja.get("redate.unreadable"), m.previewProperty().get());
    }

    @Test
    void theTextItStartedFromKeepsAnOpenOrFinerDateAsItIs() {
        // 10日から: its text form, 2022-01-10, reads back as the closed day
        TimeValue open = new TimeValue(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 10), app.nenpyo.domain.Granularity.DAY,
                null, null, TimeValue.Openness.OPEN_END);
        EventDateViewModel m = new EventDateViewModel(open, LocalDate.of(2022, 1, 11), ja);
        assertEquals("2022-01-10", m.textProperty().get());
        assertFalse(m.changed(), "OK keeps the date as it is");
        assertEquals("→ 2022年1月10日(月)〜", m.previewProperty().get(), "as the timeline shows it");
        assertEquals(Optional.of(open), m.result());
        m.textProperty().set("2022-01-10");
        assertFalse(m.changed());
        m.textProperty().set("2022-01-11");
        assertTrue(m.changed());
    }

    @Test
    void anEmptyFieldGivesTheExtractedDateBack() {
        EventDateViewModel m = model();
        m.textProperty().set("  ");
        assertTrue(m.acceptableProperty().get());
        assertEquals(Optional.empty(), m.result());
        assertEquals("空欄：抽出した日付に戻します", m.previewProperty().get());
    }
}
