package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A common noun written onto する is the deed, as a sahen noun is (held-out set four's 日本が準決勝 for
 * …逆転サヨナラ勝ちしていた, decision 0037's addendum of session 25). New sentences.
 */
class NounDoneWithSuruLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 20);

    private static List<String> labels(String text) {
        return Articles.datedLabels(text, DAY);
    }

    @Test
    void aWinWrittenOntoSuruIsTheDeed() {
        assertEquals(List.of("2024-06-20 日本が準決勝でメキシコに逆転サヨナラ勝ち"),
                labels("日本は20日の準決勝でメキシコに逆転サヨナラ勝ちしていた。\n"));
        assertEquals(List.of("2024-06-05 チームが首位に大勝ち"), labels("チームは5日、首位に大勝ちした。\n"));
    }

    @Test
    void aNounTakenByAParticleBeforeSuruIsNoDeedOfItsOwn() {
        // 禁煙にした: に stands between, so the noun is what the place was made, not a deed written onto する; what it
        // was made, left out before, is said since decision 0037's addendum of 2026-12-14 (WhatItWasMadeLabelsTest)
        assertEquals(List.of("2024-06-05 市が庁舎を禁煙"), labels("市は5日、庁舎を禁煙にした。\n"));
    }
}
