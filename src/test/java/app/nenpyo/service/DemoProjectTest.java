package app.nenpyo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoProjectTest {

    @TempDir
    Path dataDirectory;

    @Test
    void firstRunImportsTheShippedSampleAndLaterRunsReuseIt() throws Exception {
        Path project = DemoProject.ensure(dataDirectory);
        assertEquals(dataDirectory.resolve("demo.nenpyo"), project);
        assertTrue(Files.exists(dataDirectory.resolve("samples").resolve(DemoProject.SAMPLE)));
        try (ProjectService service = ProjectService.open(project)) {
            assertEquals(1, service.documentCount());
            assertEquals("2022-01-11", service.documents().get(0).date().date().toString());
        }
        DemoProject.ensure(dataDirectory);
        try (ProjectService service = ProjectService.open(project)) {
            assertEquals(1, service.documentCount());
        }
    }
}
