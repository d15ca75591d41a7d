package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScriptsTest {

    @Test
    void everyCharacterHasTheJdksScriptAndBlock() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.UnicodeScript.of(c), Scripts.of((char) c), Integer.toHexString(c));
            assertEquals(Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA, Scripts.inHiraganaBlock((char) c),
                    Integer.toHexString(c));
        }
    }

    @Test
    void kanjiAreHanAndKanaAndMarksAreNot() {
        assertTrue(Scripts.isHan('王'));
        assertTrue(Scripts.isHan('々'), "the iteration mark is Han to Unicode");
        assertFalse(Scripts.isHan('ン'));
        assertFalse(Scripts.isHan('ー'), "the long mark is common to both kana");
        assertEquals(Character.UnicodeScript.KATAKANA, Scripts.of('ン'));
        assertTrue(Scripts.inHiraganaBlock('の'));
        assertFalse(Scripts.inHiraganaBlock('ノ'));
    }

    @Test
    void aNameIsKanjiWhenEveryCharacterIsHan() {
        assertTrue(ActorRegistry.isKanji("山田"));
        assertTrue(ActorRegistry.isKanji("佐々木"), "the iteration mark is Han");
        assertFalse(ActorRegistry.isKanji("山田ホールディングス"));
        assertFalse(ActorRegistry.isKanji("ー"));
        assertTrue(ActorRegistry.isKanji(""), "nothing to refuse, as a stream's allMatch");
    }
}
