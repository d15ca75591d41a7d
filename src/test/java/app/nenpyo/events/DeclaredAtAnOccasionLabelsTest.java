package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A headline tells what was declared at a press conference or in a speech, not that one was held
 * (decision 0037's addendum of session 24). Sentences written for these tests in the style of news reports.
 */
class DeclaredAtAnOccasionLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 20);

    private static String label(String text) {
        return Articles.only(text, DAY).label();
    }

    @Test
    void whatWasDeclaredWithAnObjectIsTheNews() {
        assertEquals("知事が次の知事選に出馬しない意向を表明",
                label("知事は3日、県庁で記者会見し、次の知事選に出馬しない意向を表明した。\n"));
        assertEquals("大統領が非常事態を宣言", label("大統領は15日、首都の議会で演説し、非常事態を宣言した。\n"));
    }

    @Test
    void aDeedReportedWithToIsTheNews() {
        assertEquals("市長が次の市長選に立候補と表明", label("市長は8日、市役所で記者会見し、次の市長選に立候補すると表明した。\n"));
    }

    @Test
    void aQuoteSaidThereKeepsTheOccasion() {
        // 表明 is a declaration, so the row tells a quote said there (「…」と) from a deed declared (辞任すると)
        assertEquals("社長が本社で記者会見", label("社長は5日、本社で記者会見し、「責任を取って辞任する」と表明した。\n"));
    }

    @Test
    void aDeedOfItsOwnOrAViewShownKeepsTheOccasion() {
        assertEquals("首相が首相官邸で記者会見", label("首相は9日、首相官邸で記者会見し、記者の質問に答えた。\n"));
        assertEquals("外務大臣が国連本部で演説", label("外務大臣は3日、国連本部で演説し、核軍縮の推進を訴えた。\n"));
    }

    @Test
    void anActOfSpeechNamedByItsVerbIsToldWithTheOccasion() {
        assertEquals("鉄道会社の社長が本社で記者会見し「利用者の皆様に多大なご迷惑をおかけした」と謝罪",
                label("鉄道会社の社長は14日夜、本社で記者会見し、「利用者の皆様に多大なご迷惑をおかけした」と謝罪した。\n"));
        assertEquals("市長が市役所で記者会見し「不要不急の外出は控えてほしい」と呼びかけ",
                label("市長は2日、市役所で記者会見し、「不要不急の外出は控えてほしい」と呼びかけた。\n"));
        assertEquals("病院長が記者会見し患者の家族に陳謝", label("病院長は9日、記者会見し、患者の家族に陳謝した。\n"));
    }

    @Test
    void anOccasionHeldIsAnOccasionAsOneSaidWithSuruIs() {
        // 記者会見を開き、: decision 0037's addendum of 2026-12-15
        assertEquals("球団社長が記者会見を開き「ファンの皆様を裏切った」と謝罪",
                label("球団社長は8日、記者会見を開き、「ファンの皆様を裏切った」と謝罪した。\n"));
        assertEquals("町長が役場で記者会見を開き「川に近づかないで」と呼びかけ",
                label("町長は21日、役場で記者会見を開き、「川に近づかないで」と呼びかけた。\n"));
    }

    @Test
    void anOccasionHeldBeforeADeedOfItsOwnKeepsTheOccasion() {
        // a deed of its own, neither an act of speech nor a declaration: the occasion is told as before (rule 21's near miss)
        assertEquals("知事が記者会見を開催", label("知事は12日、記者会見を開き、国の対応を批判した。\n"));
        // an object of 開く that is no occasion of speaking is no occasion
        assertEquals("協会が総会を開催", label("協会は12日、総会を開き、「ご心配をおかけした」と謝罪した。\n"));
    }

    @Test
    void whatWasDeclaredAtAnOccasionHeldIsTheNewsAsAfterOneSaidWithSuru() {
        // 記者会見を開き、 is 記者会見し、 (rule 32): 発表 and 表明 are declarations, read again the same day
        assertEquals("知事が計画を発表", label("知事は12日、記者会見を開き、新しい計画を発表した。\n"));
        assertEquals("首相が辞任する意向を表明", label("首相は28日、官邸で記者会見を開き、辞任する意向を表明した。\n"));
        // a quote said there keeps the occasion, held or done
        assertEquals("社長が記者会見を開催", label("社長は5日、記者会見を開き、「責任を取って辞任する」と表明した。\n"));
    }

    @Test
    void anActOfSpeechTakesItsShortQuoteAsAVerbOfSayingDoes() {
        assertEquals("知事が「不要不急の外出を控えて」と呼びかけ", label("知事は3日、「不要不急の外出を控えて」と呼びかけた。\n"));
    }

    @Test
    void aVerbThatNamesNoActOrAnotherSpeakerKeepsTheOccasion() {
        // 述べた says only that something was said, and the 副社長's apology is not the 社長's deed
        assertEquals("社長が本社で記者会見", label("社長は5日、本社で記者会見し、「原因を詳しく調べている」と述べた。\n"));
        assertEquals("社長が本社で記者会見", label("社長は5日、本社で記者会見し、同席した副社長が「申し訳ない」と謝罪した。\n"));
    }
}
