package app.nenpyo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedSourceParagraphsTest {

    private static final long[] PAGE = {137, 19, 153, 17, 9, 2};

    @Test
    void aSliceOfThePageReadsAsTheParagraphsItHolds() {
        List<SourceParagraph> two = new PackedSourceParagraphs(PAGE, 0, 2);
        assertEquals(List.of(new SourceParagraph(137, 19), new SourceParagraph(153, 17)), two);
        assertEquals(two, List.of(new SourceParagraph(137, 19), new SourceParagraph(153, 17)), "equal either way round");
        assertEquals(List.of(new SourceParagraph(137, 19), new SourceParagraph(153, 17)).hashCode(), two.hashCode());
        assertEquals(List.of(new SourceParagraph(9, 2)), new PackedSourceParagraphs(PAGE, 2, 1));
        assertEquals(List.of(), new PackedSourceParagraphs(PAGE, 3, 0));
    }

    @Test
    void itCannotReachPastItsSliceNorBeChanged() {
        List<SourceParagraph> one = new PackedSourceParagraphs(PAGE, 1, 1);
        assertThrows(IndexOutOfBoundsException.class, () -> one.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> one.get(-1));
        assertThrows(UnsupportedOperationException.class, () -> one.add(new SourceParagraph(1, 1)));
        assertThrows(IndexOutOfBoundsException.class, () -> new PackedSourceParagraphs(PAGE, 2, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> new PackedSourceParagraphs(PAGE, -1, 1));
    }

    @Test
    void aSummaryKeepsAPackedListAsItIsAndCopiesAnyOther() {
        PackedSourceParagraphs packed = new PackedSourceParagraphs(PAGE, 0, 3);
        EventSummary kept = new EventSummary("ev-1", TimeValue.day(LocalDate.of(2022, 1, 10)), "会談", EventCategory.MEETING,
                List.of(), "", List.of("10日"), packed, false);
        assertSame(packed, kept.sources());
        assertEquals(3, kept.sourceCount());

        List<SourceParagraph> mutable = new ArrayList<>(packed);
        EventSummary copied = new EventSummary("ev-1", kept.time(), "会談", EventCategory.MEETING, List.of(), "",
                List.of("10日"), mutable, false);
        mutable.clear();
        assertEquals(3, copied.sourceCount(), "a list the caller may change is copied");
        assertEquals(kept, copied);
    }
}
