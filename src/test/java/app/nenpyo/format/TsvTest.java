package app.nenpyo.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TsvTest {

    @Test
    void aFieldHoldsNoTabOrLineBreakAndKeepsItsLength() {
        String title = "米露協議\t第2回\r\nジュネーブ\n";
        String field = Tsv.field(title);

        assertEquals("米露協議 第2回  ジュネーブ ", field);
        assertEquals(title.length(), field.length(), "offsets printed beside it still point at the same characters");
        assertEquals("王毅外相", Tsv.field("王毅外相"));
    }
}
