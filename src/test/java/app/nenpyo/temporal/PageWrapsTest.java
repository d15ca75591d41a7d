package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which line breaks a page wrapped at a width put inside running text (new sentences, lines of 20 characters). */
class PageWrapsTest {

    @Test
    void aBreakAtThePagesWidthInsideASentenceIsAWrapWhereverItCuts() {
        String text = "　英国の野党党首は3日、ロンドンで記者会見し、ス\n"
                + "ナク氏の後任に名乗りを上げる考えを明らかにした\n"
                + "。党は月内に新しい体制を発表する予定だという。\n";
        assertEquals(List.of(text.indexOf("ス\n") + 1, text.indexOf("た\n") + 1), PageWraps.in(text));
    }

    @Test
    void aSentenceEndAnIndentedLineAndAHeaderAreNoWraps() {
        String text = "見出し：英国で新しい首相が就任へ　ロンドン発\n"
                + "　英国の野党党首は3日、ロンドンで記者会見した。\n"
                + "　党は月内に新しい体制を発表する予定だという。\n"
                + "党の幹部は「早く体制を整えたい」と話している。\n";
        assertEquals(List.of(), PageWraps.in(text));
    }

    @Test
    void aTextOfAParagraphALineIsNotWrapped() {
        // lines of every length: the longest is there once, no page's width
        String text = "政府は3日、新しい対策をまとめた\n市は5日に説明会を開く\n県も近く方針を示す\n";
        assertEquals(List.of(), PageWraps.in(text));
    }

    @Test
    void aCarriageReturnAndLineFeedIsOneBreakAtItsCarriageReturn() {
        String text = "　市は3日、新しい条例案を市議会に提出し、可\r\n"
                + "決された。市長は会見で「大きな一歩だ」と述べ、\r\n"
                + "た。\r\n";
        assertEquals(List.of(text.indexOf("可\r") + 1, text.indexOf("、\r") + 1), PageWraps.in(text));
    }
}
