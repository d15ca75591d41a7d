package app.nenpyo.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The demo sample shipped in assets/, copied where a test wants it (its file name carries its date). */
public final class SampleFiles {

    public static final String NAME = "kazakhstan-ukraine-2022-01-11.txt";

    private SampleFiles() {
    }

    public static Path copyTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.copy(Path.of("assets", "samples", NAME), folder.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
    }
}
