package app.nenpyo.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The built-in demo project: on first run the sample post shipped in the jar
 * ({@code /assets/samples/}) is copied to the data directory and imported into
 * {@code demo.nenpyo} there. Later runs open the same file and find it already imported.
 */
public final class DemoProject {

    static final String SAMPLE = "kazakhstan-ukraine-2022-01-11.txt";
    private static final String SAMPLE_RESOURCE = "/assets/samples/" + SAMPLE;

    private DemoProject() {
    }

    /** The demo project in the data directory, created and filled on first use. */
    public static Path ensure() throws ProjectException {
        return ensure(AppDirectories.dataDirectory());
    }

    static Path ensure(Path dataDirectory) throws ProjectException {
        Path project = dataDirectory.resolve("demo.nenpyo");
        Path sample = dataDirectory.resolve("samples").resolve(SAMPLE);
        try {
            Files.createDirectories(sample.getParent());
            if (!Files.exists(sample)) {
                copySample(sample);
            }
        } catch (IOException e) {
            throw new ProjectException(dataDirectory + ": cannot write the demo project there (" + e.getMessage() + ")", e);
        }
        try (ProjectService service = ProjectService.open(project)) {
            if (service.documentCount() == 0) {
                service.importFiles(List.of(sample), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
            }
        }
        return project;
    }

    private static void copySample(Path target) throws IOException {
        try (InputStream in = DemoProject.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("the build lost " + SAMPLE_RESOURCE));
            }
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
