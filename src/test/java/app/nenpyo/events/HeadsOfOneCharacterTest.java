package app.nenpyo.events;

import static app.nenpyo.events.WiderPeriodsTest.merged;
import static app.nenpyo.events.WiderPeriodsTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A head word of one character names no happening two reports share ({@link Similarity#aSharedHeadNamesTheHappening};
 * decision 0043's addendum of session 36): 式 of 卒業式 and 入学式, 市 of two cities' deeds, 市 of a range's city and
 * of its closing day's hall ({@link Similarity#dayOfPeriodPoints}). Sentences written for this
 * test, none from the held-out sets; articles of 2022, read and merged as {@link WiderPeriodsTest} does.
 */
class HeadsOfOneCharacterTest {

    private static final String GRADUATION = "北浜市の北浜小学校で14日、卒業式が開かれ、6年生の40人が巣立った。\n";

    @Test
    void aWordOfOneCharacterIsNoSharedHead() {
        assertFalse(Similarity.aSharedHeadNamesTheHappening("式"));
        assertFalse(Similarity.aSharedHeadNamesTheHappening("市"));
        assertTrue(Similarity.aSharedHeadNamesTheHappening("卒業式"));
        assertTrue(Similarity.aSharedHeadNamesTheHappening("逮捕"));
        // generic words, deeds naming nothing and participants stay out as before
        assertFalse(Similarity.aSharedHeadNamesTheHappening("開催"));
        assertFalse(Similarity.aSharedHeadNamesTheHappening("終える"));
        assertFalse(Similarity.aSharedHeadNamesTheHappening("首相"));
    }

    @Test
    void twoCeremoniesOfOneDayStayApart() {
        // both heads hold 式 (heads 式, 卒業式, 開催 and 式, 入学式, 開催): a graduation and an entrance ceremony
        List<Event> events = merged(read(GRADUATION, 3, 14), read("北浜市の北浜中学校で14日、入学式が開かれた。\n", 3, 14));

        assertEquals(2, events.size(), events.toString());
    }

    @Test
    void aRangeAndItsClosingDayShareNoHappeningByAWordOfOneCharacter() {
        // the range's 市 (of 北浜市, or the object 市 of 古書市) is the day's 市 of 市の会館: two shows of one hall
        assertApart(read("北浜市は10～12日、市民会館で防災フェアを開く。\n", 3, 1), read("市の会館で開かれていた美術展は12日、閉幕した。\n", 3, 12));
        assertApart(read("南浜市は10～12日、市民会館で写真展を開く。\n", 3, 1), read("市の会館で開かれていた書道展は12日、閉幕した。\n", 3, 12));
        assertApart(read("北浜市は10～12日、市民会館で古書市を開く。\n", 3, 1), read("市の会館で開かれていた写真展は12日、閉幕した。\n", 3, 12));
    }

    @Test
    void aRangeToldOnItsClosingDayIsStillOne() {
        List<Event> events = merged(read("北浜市で10～12日、全国中学生大会が開かれる。\n", 3, 1),
                read("市内で開かれていた全国中学生大会は12日、閉幕した。\n", 3, 12));

        assertEquals(1, events.size(), events.toString());
        assertTrue(Articles.reasons(events.get(0)).contains("told as its last day 2022-03-12"), Articles.reasons(events.get(0)));
    }

    private static void assertApart(DocumentReports range, DocumentReports day) {
        List<Event> events = merged(range, day);
        assertEquals(2, events.size(), events.toString());
    }

    @Test
    void oneCeremonyToldTwiceIsStillOne() {
        List<Event> events = merged(read(GRADUATION, 3, 14),
                read("北浜小学校の卒業式は14日、体育館で開かれ、保護者ら約100人が見守った。\n", 3, 15));

        assertEquals(1, events.size(), events.toString());
        assertTrue(Articles.reasons(events.get(0)).contains("same happening 卒業式;"), Articles.reasons(events.get(0)));
    }
}
