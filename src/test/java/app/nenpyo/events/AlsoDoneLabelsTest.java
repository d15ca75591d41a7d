package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * も puts a thing right before a deed as what is done as well (規制の強化も検討): a headline keeps it,
 * with its も, and a doer marked も stays no object of another's deed.
 */
class AlsoDoneLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2023, 5, 20);

    private static String label(String text) {
        return Articles.only(text, DAY).label();
    }

    @Test
    void aThingMarkedMoBeforeADeedIsWhatIsDone() {
        assertEquals("金融庁が大手銀行への立ち入り検査も検討",
                label("金融庁は来月以降、大手銀行への立ち入り検査も検討する。\n"));
    }

    @Test
    void aDoerMarkedMoIsNoObject() {
        String summit = label("首脳会議には15日、岸田文雄首相も出席した。\n");
        assertFalse(summit.contains("首相も"), summit);
    }
}
