package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A サ変 noun with して read as an adverb before a quote (一貫して「…」と述べた, 徹底して「…」と訴えた) in a sentence of no
 * date: the clause has no noun for the date's deed to take as its object, so it is read by its predicate. It used to
 * read an empty noun and stop the whole extraction with a StringIndexOutOfBoundsException (review of session 41,
 * finding 1). Sentences of news style written for this test, from several kinds of story.
 */
class SahenAdverbBeforeAQuoteTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 12);

    @Test
    void aQuoteSaidAfterAnAdverbOfSahenTakesTheDayOfTheSentenceBefore() {
        assertEquals(List.of("2025-06-11 社長が「安全を最優先する」と発言"), Articles.carriedLabels(
                "北浜食品は11日、菓子約3万個を自主回収すると発表した。対象は先月製造の商品だ。"
                        + "社長は一貫して「安全を最優先する」と述べた。\n", DAY));
        assertEquals(List.of("2025-06-08 主将が「監督を信じている」と発言"), Articles.carriedLabels(
                "北浜FCは8日、監督の退任を発表した。チームは今季、最下位に沈んだ。主将は一貫して「監督を信じている」と語った。\n",
                DAY));
        assertEquals(List.of("2025-06-11 市民団体が訴え"), Articles.carriedLabels(
                "北浜市は11日、新庁舎の建設工事を始めた。工事は2年かかる予定だ。市民団体は徹底して「計画を見直すべきだ」と訴えた。\n",
                DAY));
    }

    @Test
    void noExceptionEscapesTheExtractionOfAnUndatedComment() {
        assertDoesNotThrow(() -> Articles.carriedLabels("北浜市は11日、新庁舎の建設工事を始めた。工事は2年かかる予定だ。"
                + "住民は一貫して「計画を見直すべきだ」と話している。\n", DAY));
        assertDoesNotThrow(() -> Articles.carriedLabels("北浜市は11日、新庁舎の建設工事を始めた。工事は2年かかる予定だ。"
                + "反対する住民は一貫して「計画を見直すべきだ」と訴えた。\n", DAY));
    }

    @Test
    void aNounAfterTheSahenVerbStillTakesTheDeed() {
        assertEquals(List.of("2025-06-11 財務省が国際収支速報を発表"),
                Articles.datedLabels("財務省が11日発表した国際収支速報によると、経常収支は黒字だった。\n", DAY));
    }
}
