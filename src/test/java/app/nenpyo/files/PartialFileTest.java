package app.nenpyo.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartialFileTest {

    @TempDir
    Path temp;

    @Test
    void theFileAppearsWholeAndNothingIsLeftBesideIt() throws Exception {
        Path out = temp.resolve("out.csv");
        try (PartialFile partial = PartialFile.beside(out)) {
            assertEquals(temp.resolve("out.csv.part"), partial.path());
            Files.writeString(partial.path(), "id,start");
            assertFalse(Files.exists(out), "not before it is whole");
            partial.moveIntoPlace();
        }
        assertEquals(List.of(out), Files.list(temp).toList());
        assertEquals("id,start", Files.readString(out));
    }

    @Test
    void aWritingThatStopsLeavesNoPartialFileNeitherClosedNorStoppedByTheJvm() throws Exception {
        Path out = temp.resolve("out.png");
        try (PartialFile partial = PartialFile.beside(out)) {
            Files.writeString(partial.path(), "half a picture");
        }
        assertEquals(List.of(), Files.list(temp).toList(), "closed without moving it");

        PartialFile killed = PartialFile.beside(out);
        Files.writeString(killed.path(), "half a picture");
        // what the shutdown hook does when SIGTERM stops the export half way
        killed.removeIfUnfinished();
        assertEquals(List.of(), Files.list(temp).toList(), "stopped by the JVM");
        killed.close();
    }
}
