package app.nenpyo.export;

import app.nenpyo.service.Cancellation;
import app.nenpyo.service.ImportOptions;
import app.nenpyo.service.ImportProgress;
import app.nenpyo.service.ProjectService;
import app.nenpyo.service.SampleFiles;
import java.nio.file.Path;
import java.util.List;

/** The demo sample imported into a fresh project, read back as an export would read it. */
final class DemoCatalog {
    private DemoCatalog() {
    }

    static EventCatalog load(Path folder) throws Exception {
        Path sample = SampleFiles.copyTo(folder.resolve("samples"));
        try (ProjectService project = ProjectService.open(folder.resolve("demo.nenpyo"))) {
            project.importFiles(List.of(sample), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
            return EventCatalog.of(project.events().stream().filter(e -> !e.background()).toList(), project.documents());
        }
    }

    static Path project(Path folder) throws Exception {
        Path sample = SampleFiles.copyTo(folder.resolve("samples"));
        Path file = folder.resolve("demo.nenpyo");
        try (ProjectService project = ProjectService.open(file)) {
            project.importFiles(List.of(sample), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
        }
        return file;
    }
}
