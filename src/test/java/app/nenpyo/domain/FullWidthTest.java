package app.nenpyo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class FullWidthTest {

    @Test
    void fullWidthAsciiIsReadAsAscii() {
        assertEquals("CSTO2", FullWidth.narrow("ＣＳＴＯ２"));
        assertEquals("中堅メーカーへのTOBを開始", FullWidth.narrow("中堅メーカーへのＴＯＢを開始"));
    }

    @Test
    void everyCharacterStaysWhereItWas() {
        String written = "１０〜１２月期のＧＤＰ（速報値）「改定」";
        String narrow = FullWidth.narrow(written);
        assertEquals(written.length(), narrow.length());
        assertEquals("10〜12月期のGDP(速報値)「改定」", narrow, "the wave dash 〜 and 「」 are not full-width ASCII; （） are");
    }

    @Test
    void aTextWithNothingToNarrowIsTheTextItself() {
        String written = "北大西洋条約機構「NATO」は13日、";
        assertSame(written, FullWidth.narrow(written));
    }

    @Test
    void wideIsTheWayBack() {
        assertEquals("ＮＡＴＯ ２０２２", FullWidth.wide("NATO 2022"));
        assertEquals("NATO 2022", FullWidth.narrow(FullWidth.wide("NATO 2022")));
    }

    @Test
    void foldedIgnoresWidthAndCase() {
        assertEquals('n', FullWidth.folded('Ｎ'));
        assertEquals('n', FullWidth.folded('N'));
        assertEquals('国', FullWidth.folded('国'));
    }
}
