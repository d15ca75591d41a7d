package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void theKindsOfFilesNotReadAreTheirExtensionsMostFirstCountedWhenMoreThanOne() {
        assertEquals(".png ×3, (no extension), .pdf",
                ImportReport.kindsOf(List.of("/c/a.png", "/c/scan.pdf", "/c/b.PNG", "/c/README", "/c/d/c.png")));
        assertEquals(".jpg", ImportReport.kindsOf(List.of("/c/写真.jpg")));
        assertEquals("", ImportReport.kindsOf(List.of()));
    }
}
