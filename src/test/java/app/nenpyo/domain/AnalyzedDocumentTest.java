package app.nenpyo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalyzedDocumentTest {

    private static AnalyzedDocument withParagraphs(List<Paragraph> paragraphs) {
        return new AnalyzedDocument("a.txt", "", "一。\n二。\n三。", "UTF-8", SourceFormat.TEXT, DocumentDate.undated(),
                List.of(), paragraphs, List.of());
    }

    @Test
    void aParagraphIsFoundByItsNumberWhetherTheListIsNumberedInOrderOrNot() {
        Paragraph one = new Paragraph(1, new TextSpan(0, 2), ParagraphKind.BODY);
        Paragraph two = new Paragraph(2, new TextSpan(3, 5), ParagraphKind.BODY);
        Paragraph three = new Paragraph(3, new TextSpan(6, 8), ParagraphKind.BODY);
        AnalyzedDocument inOrder = withParagraphs(List.of(one, two, three));
        AnalyzedDocument otherwise = withParagraphs(List.of(three, one));

        assertEquals(Optional.of(two), inOrder.paragraph(2));
        assertEquals(Optional.of(three), inOrder.paragraph(3));
        assertEquals(Optional.empty(), inOrder.paragraph(0));
        assertEquals(Optional.empty(), inOrder.paragraph(4));
        assertEquals(Optional.of(one), otherwise.paragraph(1));
        assertEquals(Optional.of(three), otherwise.paragraph(3));
        assertEquals(Optional.empty(), otherwise.paragraph(2));
    }
}
