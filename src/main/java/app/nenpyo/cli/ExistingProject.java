package app.nenpyo.cli;

import app.nenpyo.service.ProjectException;
import app.nenpyo.service.ProjectService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --db} option of the commands that read a project: unlike {@code ingest}, they must
 * not create a project, neither when the name is mistyped nor from an empty file.
 */
final class ExistingProject {

    @Option(names = "--db", required = true, paramLabel = "FILE.nenpyo", description = "The project file.")
    Path file;

    @Option(names = "--read-only", description = "Open the project without writing to it (as when the file or its folder "
            + "cannot be written): events left behind by an interrupted import stay as they are.")
    boolean readOnly;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * Opens the project; when its events could not be brought up to date, says so in one line on
     * the error stream and goes on with the events it has.
     *
     * @throws ProjectException (one line: the file and the reason) when it does not exist, is empty or cannot be opened
     */
    ProjectService open() throws ProjectException {
        if (!Files.exists(file)) {
            throw new ProjectException(file + ": no such project file", null);
        }
        // SQLite would make a new project of an empty file, as ingest wants and these commands must not
        if (isEmptyFile(file)) {
            throw new ProjectException(file + ": empty file, not a Nenpyo project", null);
        }
        PrintWriter err = command.commandLine().getErr();
        ProjectService project;
        if (readOnly || !ProjectService.canBeWritten(file)) {
            project = ProjectService.openReadOnly(file);
            project.eventsBehind().ifPresent(why -> err.println("warning: " + file
                    + ": read-only, so the events are those last saved; they may be behind its documents"));
        } else {
            sayIfUpgrading(file, err);
            project = ProjectService.open(file);
            warnIfBehind(project, file, err);
        }
        return project;
    }


    private static boolean isEmptyFile(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            // opening it says why it cannot be read
            return false;
        }
    }

    /** One line on the error stream before a project written by an older Nenpyo is upgraded, which can take a while. */
    static void sayIfUpgrading(Path file, PrintWriter err) {
        if (ProjectService.needsUpgrade(file)) {
            err.println("note: " + file + ": upgrading the project to this version of Nenpyo, once (a large one takes a while)");
            err.flush();
        }
    }

    /**
     * One line on the error stream when the project's events could not be brought up to date as
     * it opened, and one per document whose events could not be read.
     */
    static void warnIfBehind(ProjectService project, Path file, PrintWriter err) {
        project.eventsBehind().ifPresent(why -> err.println("warning: " + file
                + ": the events could not be brought up to date (" + why + "); they are those of before"));
        project.eventsUnread().forEach(document -> err.println("warning: " + document.message()));
    }
}
