package app.nenpyo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DocumentTextTest {

    @Test
    void whatLiesOutsideTheParagraphsIsKeptAndTheTextComesBack() {
        String text = "見出し\n\n本文です。\n";
        List<Paragraph> paragraphs = List.of(paragraph(1, 0, 3), paragraph(2, 5, 10));

        assertEquals(Optional.of("\n\n\n"), DocumentText.outside(text, paragraphs));
        assertEquals(text, DocumentText.rebuilt("\n\n\n", stored(text, paragraphs), text.length()));
    }

    /** Pieces of text, each either between paragraphs or a paragraph: the paragraphs are in order and apart. */
    @Property(tries = 500)
    void anyTextComesBackFromItsParagraphsAndWhatLiesOutsideThem(@ForAll("pieces") List<String> pieces,
                                                                 @ForAll List<Boolean> isParagraph) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            int start = text.length();
            text.append(pieces.get(i));
            if (i < isParagraph.size() && isParagraph.get(i)) {
                paragraphs.add(paragraph(paragraphs.size() + 1, start, text.length()));
            }
        }
        String whole = text.toString();

        String outside = DocumentText.outside(whole, paragraphs).orElseThrow();

        assertEquals(whole.length() - paragraphs.stream().mapToInt(p -> p.span().length()).sum(), outside.length());
        assertEquals(whole, DocumentText.rebuilt(outside, stored(whole, paragraphs), whole.length()));
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        return Arbitraries.of("", "王毅", "𠮷野家", "\n", "\n\n", "a", "。", "　").list().ofMaxSize(12);
    }

    @Test
    void paragraphsThatOverlapOrComeOutOfOrderKeepTheTextWhole() {
        String text = "一二三四五六";

        assertEquals(Optional.empty(), DocumentText.outside(text, List.of(paragraph(1, 0, 4), paragraph(2, 3, 6))));
        assertEquals(Optional.empty(), DocumentText.outside(text, List.of(paragraph(1, 3, 6), paragraph(2, 0, 2))));
        assertEquals(Optional.empty(), DocumentText.outside(text, List.of(paragraph(1, 0, 7))), "past the end");
        assertEquals(Optional.empty(), DocumentText.outside(text, List.of(paragraph(2, 0, 2), paragraph(1, 3, 6))),
                "numbered against the text's order: they are read back by number");
        assertEquals(Optional.empty(), DocumentText.outside(text, List.of(paragraph(1, 0, 2), paragraph(1, 3, 6))));
    }

    @Test
    void aParagraphThatCutsASurrogatePairOrATextWithALoneOneIsKeptWhole() {
        String pair = "𠮷野家で";

        assertEquals(Optional.of("で"), DocumentText.outside(pair, List.of(paragraph(1, 0, 4))));
        assertEquals(Optional.empty(), DocumentText.outside(pair, List.of(paragraph(1, 1, 4))), "starts inside 𠮷");
        assertEquals(Optional.empty(), DocumentText.outside(pair, List.of(paragraph(1, 0, 1))), "ends inside 𠮷");
        assertEquals(Optional.empty(), DocumentText.outside("a\uD842b", List.of(paragraph(1, 0, 1))));
        assertEquals(Optional.empty(), DocumentText.outside("a\uDFB7", List.of(paragraph(1, 0, 1))));
    }

    @Test
    void piecesThatDoNotAddUpAreRefused() {
        String text = "見出し\n\n本文です。\n";
        List<DocumentText.StoredParagraph> paragraphs = stored(text, List.of(paragraph(1, 0, 3), paragraph(2, 5, 10)));

        IllegalStateException shorter = assertThrows(IllegalStateException.class,
                () -> DocumentText.rebuilt("\n\n\n", paragraphs, text.length() + 1));
        assertEquals("the text comes to 11 characters, not 12", shorter.getMessage());
        assertThrows(IllegalStateException.class, () -> DocumentText.rebuilt("\n", paragraphs, text.length()),
                "too little outside for the gap before the second paragraph");
        assertThrows(IllegalStateException.class, () -> DocumentText.rebuilt("\n\n\n",
                List.of(new DocumentText.StoredParagraph(new TextSpan(0, 3), "見出")), text.length()));
        assertTrue(DocumentText.rebuilt("", List.of(), 0).isEmpty());
    }

    private static Paragraph paragraph(int number, int start, int end) {
        return new Paragraph(number, new TextSpan(start, end), ParagraphKind.BODY);
    }

    private static List<DocumentText.StoredParagraph> stored(String text, List<Paragraph> paragraphs) {
        return paragraphs.stream().map(p -> new DocumentText.StoredParagraph(p.span(), p.span().of(text))).toList();
    }
}
