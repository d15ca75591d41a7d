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

    @net.jqwik.api.Property(tries = 2000)
    void namesThatAreTheSameNameAlwaysShareANeighbour(@net.jqwik.api.ForAll("katakanaNames") String a,
                                                      @net.jqwik.api.ForAll("katakanaNames") String b) {
        boolean meet = !java.util.Collections.disjoint(KanaVariants.neighbourhood(a), KanaVariants.neighbourhood(b));
        if (KanaVariants.sameName(a, b)) {
            assertTrue(meet, a + " and " + b + " are the same name, so the registry must compare them");
        }
    }

    @net.jqwik.api.Property(tries = 2000)
    void aOneEditVariantIsAlwaysACandidate(@net.jqwik.api.ForAll("katakanaNames") String a,
                                           @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(max = 20) int at,
                                           @net.jqwik.api.ForAll("katakanaNames") String other) {
        int i = at % a.length();
        String variant = a.substring(0, i) + other.charAt(0) + a.substring(i + 1);
        if (KanaVariants.sameName(a, variant)) {
            assertTrue(!java.util.Collections.disjoint(KanaVariants.neighbourhood(a), KanaVariants.neighbourhood(variant)));
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> katakanaNames() {
        return net.jqwik.api.Arbitraries.strings().withChars("リャブプコフゼレンスキーイヴォボロディミルウラジアシマ").ofMinLength(2).ofMaxLength(8);
    }

    @Test
    void theNeighbourhoodIsTheNormalisedNameAndItsOneDeletions() {
        String n = KanaVariants.normalise("リャブコフ");
        assertTrue(KanaVariants.neighbourhood("リャブコフ").contains(n));
        assertTrue(KanaVariants.neighbourhood("リャブコフ").contains(n.substring(1)));
        assertTrue(KanaVariants.neighbourhood("プーチン").equals(java.util.Set.of(KanaVariants.normalise("プーチン"))),
                "too short for a one-edit variant");
    }
}
