package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.nlp.ActorMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word a page's width cut at a line's end (ス⏎ナク氏, JAX⏎A) is read whole by the label and by the
 * actor rules, its span still covering the break in the text as written (held-out set four's wrapped
 * clippings). New sentences, wrapped at 17 characters.
 */
class WordsCutByAPageTest {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 6);

    private static final String CUT_NAME = "　英国の総選挙で大敗した保守党のス\nナク氏は5日、首相官邸前で敗北を認\nめた。労働党のスターマー党首は同日\n、新しい首相に任命された。\n";

    @Test
    void aNameCutAtTheLinesEndIsOneActorAndTheLabelsSubject() {
        Report first = Articles.reports(CUT_NAME, DAY).get(0);
        assertEquals("スナク氏が首相官邸前で敗北を認める", first.label());
        ActorMention sunak = first.actors().stream().filter(a -> a.canonical().contains("スナク")).findFirst().orElseThrow(
                () -> new AssertionError(first.actors().toString()));
        assertEquals("ス\nナク", CUT_NAME.substring(sunak.span().start(), sunak.span().start() + 4),
                "the span starts where the name is written, before the break");
        assertTrue(sunak.span().of(CUT_NAME).startsWith("ス\nナク"), sunak::toString);
        assertTrue(first.actors().stream().noneMatch(a -> a.canonical().equals("ナク")), first.actors()::toString);
    }

    @Test
    void anAcronymCutAtTheLinesEndIsOneActor() {
        String text = "　小型の探査機を運用するJAX\nAは20日、探査機が月面に着陸し\nたと発表した。探査機は今後も月面\nの観測を続ける予定だという。\n";
        Report r = Articles.reports(text, LocalDate.of(2024, 1, 25)).get(0);
        assertTrue(r.actors().stream().anyMatch(a -> a.canonical().equals("JAXA") && a.span().of(text).equals("JAX\nA")),
                r.actors()::toString);
        assertTrue(r.label().startsWith("JAXAが"), r.label());
    }

    @Test
    void aWrappedSentenceIsLabelledAsTheSameSentenceOnOneLine() {
        String quote = "　新天皇は1日午前、皇居・宮殿の松の間で「剣璽等承継の儀」\nに臨んだ。宮内庁は同日\n、儀式を終えたと発表した。首相は同日\n、「新しい時代が始まった」\nとする談話を出した。\n";
        for (String wrapped : List.of(CUT_NAME, quote)) {
            String oneLine = wrapped.substring(0, wrapped.length() - 1).replace("\n", "") + "\n";
            assertEquals(Articles.reports(oneLine, DAY).stream().map(Report::label).toList(),
                    Articles.reports(wrapped, DAY).stream().map(Report::label).toList(), wrapped);
        }
    }

    @Test
    void aQuotesMarksReadJoinedAreTheWrittenSentencesWithTheBreakMarkedAsTheCharacterBeforeIt() {
        AcrossWraps wraps = AcrossWraps.of("「儀\n」に", List.of(2));
        assertEquals("「儀」に", wraps.joined());
        assertArrayEquals(new boolean[] {true, true, true, true, false}, wraps.written(new boolean[] {true, true, true, false}, 5));
    }

    @Test
    void aBreakThatEndsAParagraphIsLeftAsItWas() {
        // the same words, the name at a paragraph's start: nothing is joined across the indented line
        String text = "　英国の総選挙で大敗した保守党の党首\nは5日、首相官邸前で敗北を認めた。\n　スナク氏は同日、辞任を表明した。\n";
        List<String> labels = Articles.reports(text, DAY).stream().map(Report::label).toList();
        assertEquals(List.of("保守党の党首が首相官邸前で敗北を認める", "スナク氏が辞任を表明"), labels);
    }
}
