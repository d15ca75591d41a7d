package app.nenpyo.cli;

import app.nenpyo.service.ProjectException;
import app.nenpyo.service.ProjectService;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option of the commands that read a project: unlike {@code ingest}, they must
 * not create an empty project file when the name is mistyped.
 */
final class ExistingProject {

    @Option(names = "--db", required = true, paramLabel = "FILE.nenpyo", description = "The project file.")
    Path file;

    /** @throws ProjectException (one line: the file and the reason) when it does not exist or cannot be opened */
    ProjectService open() throws ProjectException {
        if (!Files.exists(file)) {
            throw new ProjectException(file + ": no such project file", null);
        }
        return ProjectService.open(file);
    }
}
