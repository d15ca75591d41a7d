package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KanaVariantsTest {

    @Test
    void normalFormDropsMarksSmallKanaAndLongVowels() {
        assertEquals("リヤフコフ", KanaVariants.normalise("リャプコフ"));
        assertEquals("リヤフコフ", KanaVariants.normalise("リャブコフ"));
        assertEquals(KanaVariants.normalise("ボロディミル"), KanaVariants.normalise("ヴォロディミル"));
        assertEquals("セレンスキ", KanaVariants.normalise("ゼレンスキー"));
    }

    @Test
    void variantsOfOneName() {
        assertTrue(KanaVariants.sameName("リャプコフ", "リャブコフ"));
        assertTrue(KanaVariants.sameName("ゼレンスキー", "ゼレンスキイ"));
        assertTrue(KanaVariants.sameName("ヴォロディミル", "ボロディミル"));
        assertTrue(KanaVariants.sameName("ウラジーミル", "ウラジミール"));
    }

    @Test
    void shortNamesMustBeEqualAfterNormalising() {
        assertFalse(KanaVariants.sameName("バイデン", "ハイテク"));
        assertFalse(KanaVariants.sameName("プーチン", "プーシン"));
        assertFalse(KanaVariants.sameName("ブリンケン", "シャーマン"));
    }
}
