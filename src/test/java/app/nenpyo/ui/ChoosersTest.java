package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exploratory tester found the New project and Open read-only choosers untitled, opening on GTK's Recent. */
class ChoosersTest {
    private static final Messages JAPANESE = Messages.of(Language.JAPANESE);
    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

    @TempDir
    Path folder;

    @Test
    void everyChooserSaysWhatItIsForInBothLanguages() {
        assertEquals(List.of("新しいプロジェクト", "プロジェクトを開く", "プロジェクトを読み取り専用で開く", "取り込むファイルを選ぶ", "取り込むフォルダーを選ぶ"),
                titles(JAPANESE));
        assertEquals(List.of("New project", "Open project", "Open project read-only", "Import files", "Import folder"), titles(ENGLISH));
        assertNotEquals(Choosers.openProject(JAPANESE, folder).getTitle(), Choosers.openProjectReadOnly(JAPANESE, folder).getTitle(),
                "a read-only opening does not look like an ordinary one");
    }

    @Test
    void everyChooserOpensInTheFolderGivenAndAProjectChooserOffersProjects() {
        for (FileChooser chooser : List.of(Choosers.newProject(ENGLISH, folder), Choosers.openProject(ENGLISH, folder),
                Choosers.openProjectReadOnly(ENGLISH, folder), Choosers.importFiles(ENGLISH, folder))) {
            assertEquals(folder.toFile(), chooser.getInitialDirectory(), chooser.getTitle());
        }
        assertEquals(folder.toFile(), Choosers.importFolder(ENGLISH, folder).getInitialDirectory());
        assertEquals(List.of("*.nenpyo"), Choosers.openProjectReadOnly(JAPANESE, folder).getExtensionFilters().get(0).getExtensions());
        assertEquals("project.nenpyo", Choosers.newProject(JAPANESE, folder).getInitialFileName());
    }

    @Test
    void theFolderIsTheFirstThatStillExistsElseTheHomeFolder() throws Exception {
        Path gone = folder.resolve("gone");
        Path there = Files.createDirectories(folder.resolve("there"));
        Path file = Files.writeString(folder.resolve("a.txt"), "x");
        assertEquals(there, Choosers.firstFolder(Optional.of(gone), Optional.empty(), Optional.of(file), Optional.of(there)));
        assertEquals(Path.of(System.getProperty("user.home")), Choosers.firstFolder(Optional.of(gone), Optional.empty()));
    }

    private List<String> titles(Messages messages) {
        return List.of(Choosers.newProject(messages, folder).getTitle(), Choosers.openProject(messages, folder).getTitle(),
                Choosers.openProjectReadOnly(messages, folder).getTitle(), Choosers.importFiles(messages, folder).getTitle(),
                Choosers.importFolder(messages, folder).getTitle());
    }
}
