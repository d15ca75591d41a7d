package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowMemoryTest {
    private final Preferences node = Preferences.userRoot().node("app/nenpyo/ui/window-memory-test-" + ProcessHandle.current().pid());
    private final WindowMemory memory = new WindowMemory(node);

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void remembersTheLayout() {
        assertTrue(memory.layout().isEmpty(), "nothing before the first close");
        memory.saveLayout(new WindowMemory.Layout(1300, 820, List.of(0.28, 0.55, 0.4)));
        assertEquals(new WindowMemory.Layout(1300, 820, List.of(0.28, 0.55, 0.4)), memory.layout().orElseThrow());
    }

    @Test
    void remembersTheViewOfTheLastProjectOnly(@TempDir Path directory) throws Exception {
        Path project = Files.createFile(directory.resolve("news.nenpyo"));
        memory.saveView(new WindowMemory.View(project, 1_000, 2_000, LaneMode.ACTOR));
        assertEquals(project, memory.lastProject().orElseThrow());
        assertEquals(new WindowMemory.View(project, 1_000, 2_000, LaneMode.ACTOR), memory.view(project).orElseThrow());
        assertTrue(memory.view(directory.resolve("other.nenpyo")).isEmpty());
        Files.delete(project);
        assertTrue(memory.lastProject().isEmpty(), "a project file that is gone is not opened");
    }

    @Test
    void remembersTheFolderOfTheLastImportWhileItExists(@TempDir Path directory) throws Exception {
        assertTrue(memory.lastImportFolder().isEmpty());
        Path clippings = Files.createDirectory(directory.resolve("clippings"));
        memory.saveImportFolder(clippings);
        assertEquals(clippings.toAbsolutePath(), memory.lastImportFolder().orElseThrow());
        Files.delete(clippings);
        assertTrue(memory.lastImportFolder().isEmpty(), "a folder that is gone is not offered");
    }

    @Test
    void remembersTheDocumentListsHiddenColumnsEvenWhenNoneIsHidden() {
        assertEquals(Set.of("encoding", "format"), memory.hiddenDocumentColumns(), "encoding and format until the analyst chooses");
        memory.saveHiddenDocumentColumns(Set.of("dateSource", "paragraphs"));
        assertEquals(Set.of("dateSource", "paragraphs"), memory.hiddenDocumentColumns());
        memory.saveHiddenDocumentColumns(Set.of());
        assertEquals(Set.of(), memory.hiddenDocumentColumns(), "every column shown is remembered too");
    }

    @Test
    void remembersTheEventListsHiddenColumnsApartFromTheDocumentLists() {
        assertEquals(Set.of("event-place"), memory.hiddenEventColumns(), "the place until the analyst chooses");
        memory.saveHiddenEventColumns(Set.of("event-category"));
        memory.saveHiddenDocumentColumns(Set.of("paragraphs"));
        assertEquals(Set.of("event-category"), memory.hiddenEventColumns());
        assertEquals(Set.of("paragraphs"), memory.hiddenDocumentColumns());
        memory.saveHiddenEventColumns(Set.of());
        assertEquals(Set.of(), memory.hiddenEventColumns(), "the place shown is remembered too");
    }

    @Test
    void aDamagedEntryFallsBackToDefaults(@TempDir Path directory) {
        node.put("view.lanes", "SIDEWAYS");
        memory.saveView(new WindowMemory.View(directory, 5, 9, LaneMode.PLACE));
        node.put("view.lanes", "SIDEWAYS");
        assertEquals(LaneMode.NONE, memory.view(directory).orElseThrow().lanes());
    }
}
