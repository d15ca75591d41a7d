package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {

    /** Whether the character at the first occurrence of {@code word} is masked as quoted speech. */
    private static boolean quoted(String text, String word) {
        return Quotes.mask(text)[text.indexOf(word)];
    }

    @Test
    void speechInBracketsIsSpeech() {
        assertTrue(quoted("社長は「工場を再開する」と述べた。", "再開"));
    }

    @Test
    void aNameInBracketsTakenByACaseParticleIsReadAsWords() {
        assertFalse(quoted("天皇陛下は「退位礼正殿の儀」に臨まれた。", "退位"));
        assertFalse(quoted("政府は「強い不満」を表明した。", "不満"));
        assertFalse(quoted("探査機「はやぶさ」の帰還が決まった。", "はやぶさ"));
        assertFalse(quoted("『日本経済新聞』は10日、報じた。", "日本"));
    }

    /** 「…したい」の意向, 「もう限界だ」の声: before の, brackets ending as a sentence said hold speech. */
    @Test
    void speechEndingAsSaidBeforeNoStaysSpeech() {
        for (String text : List.of("社長は「来年も増産したい」の意向を示した。", "住民からは「もう限界だ」の声が上がった。",
                "市長は「早急に対策を講じる」の一点張りだった。", "「予定通り開いた」の報告があった。", "現場では「まだ足りない」の訴えが続いた。")) {
            assertTrue(Quotes.mask(text)[text.indexOf('「') + 1], text);
        }
    }
}
