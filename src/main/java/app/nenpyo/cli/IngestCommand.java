package app.nenpyo.cli;

import app.nenpyo.domain.StoredDocument;
import app.nenpyo.format.Tsv;
import app.nenpyo.service.Cancellation;
import app.nenpyo.service.ImportOptions;
import app.nenpyo.service.ImportProgress;
import app.nenpyo.service.ImportReport;
import app.nenpyo.service.ProjectException;
import app.nenpyo.service.ProjectService;
import app.nenpyo.service.UnreadDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ingest --db FILE.nenpyo [--anchor DATE] INPUT…}: imports files and folders. Prints one line
 * per document (imported, duplicate, undated) and a summary; each failure is one line on stderr.
 * When no input exists at all the project is not opened, so a mistyped path makes no project;
 * when every file is refused, the project this run made is removed again.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Import text files, blog export files, saved HTML pages and folders into a project file.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE.nenpyo", description = "The project file (created if missing).")
    Path database;

    @Option(names = "--anchor", paramLabel = "YYYY-MM-DD",
            description = "The date every relative date in these documents is resolved against (overrides the files' own dates);"
                    + " from 0001-01-01 to 9999-12-31.")
    LocalDate anchor;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (read recursively).")
    List<Path> inputs;

    /**
     * What an ingest did: the import, the duplicates of undated documents it dated with
     * {@code --anchor}, and whether the events could not be brought up to date.
     */
    private record Ingested(ImportReport report, Set<Long> datedNow, boolean eventsBehind) {
    }

    private Ingested imported(ImportOptions options, PrintWriter err) throws ProjectException {
        ExistingProject.sayIfUpgrading(database, err);
        List<Path> madeNow = projectFilesNotThere();
        Ingested ingested;
        try (ProjectService project = ProjectService.open(database)) {
            ImportReport report = project.importFiles(inputs, options, ImportProgress.NONE, new Cancellation());
            Set<Long> datedNow = datedByTheAnchor(project, report);
            // an import that merged brought them up to date; one that imported nothing did not
            ExistingProject.warnIfBehind(project, database, err);
            ingested = new Ingested(report, datedNow, project.eventsBehind().isPresent());
        }
        if (!madeNow.isEmpty() && ingested.report().imported().isEmpty()) {
            // every file was refused: the project made to hold them would hold nothing
            deleteQuietly(madeNow);
        }
        return ingested;
    }

    /** The project file and the files SQLite keeps beside it that do not exist yet: those opening it makes. */
    private List<Path> projectFilesNotThere() {
        if (Files.exists(database)) {
            return List.of();
        }
        return Stream.of("", "-wal", "-shm", "-journal")
                .map(suffix -> database.resolveSibling(database.getFileName() + suffix))
                .filter(Files::notExists)
                .toList();
    }

    private static void deleteQuietly(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // an empty project left behind is harmless: the next ingest fills it
            }
        }
    }

    /**
     * An undated document imported again with {@code --anchor} takes the anchor as its date, as
     * the undated line advised; a dated one stays as it is (importing again changes nothing).
     */
    private Set<Long> datedByTheAnchor(ProjectService project, ImportReport report) {
        if (anchor == null || report.duplicates().isEmpty()) {
            return Set.of();
        }
        Set<Long> undated = project.documents().stream().filter(d -> !d.date().isDated()).map(StoredDocument::id)
                .collect(Collectors.toSet());
        Set<Long> dated = new LinkedHashSet<>();
        for (ImportReport.Duplicate duplicate : report.duplicates()) {
            if (undated.contains(duplicate.existingId()) && dated.add(duplicate.existingId())) {
                project.setDocumentDate(duplicate.existingId(), anchor);
            }
        }
        return dated;
    }

    @Override
    public Integer call() throws ProjectException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // an anchor no document can have is refused before the project file is even created
        ImportOptions options = new ImportOptions(Optional.ofNullable(anchor));
        // nothing to read (a mistyped path, an empty folder): the project is not even opened, let alone made
        Optional<ImportReport> nothingThere = ProjectService.whenNothingToRead(inputs, database);
        Ingested ingested = nothingThere.isPresent() ? new Ingested(nothingThere.get(), Set.of(), false) : imported(options, err);
        ImportReport report = ingested.report();
        boolean anythingDone = !report.imported().isEmpty() || !report.duplicates().isEmpty();
        // one line per document: imported, or undated (imported, waiting for its date), or duplicate
        for (ImportReport.Imported doc : report.imported()) {
            if (doc.dated()) {
                String date = doc.dateText() + " (" + doc.dateSource().toLowerCase(Locale.ROOT) + ")";
                out.printf(Locale.ROOT, "imported\t%d\t%s\t%s\t%s\t%s%n", doc.documentId(), Tsv.field(doc.origin()), date,
                        doc.encoding(), Tsv.field(doc.title()));
            }
        }
        Set<Long> saidDated = new HashSet<>();
        for (ImportReport.Duplicate duplicate : report.duplicates()) {
            // two copies of one undated document: the first dated it, the second is a duplicate
            if (ingested.datedNow().contains(duplicate.existingId()) && saidDated.add(duplicate.existingId())) {
                out.printf(Locale.ROOT, "dated\t%d\t%s\t%s (--anchor), was undated%n", duplicate.existingId(),
                        Tsv.field(duplicate.origin()), anchor);
            } else {
                out.printf(Locale.ROOT, "duplicate\t%d\t%s\talready in the project%n", duplicate.existingId(), Tsv.field(duplicate.origin()));
            }
        }
        List<ImportReport.Imported> undated = report.undated();
        for (ImportReport.Imported doc : undated) {
            out.printf(Locale.ROOT, "undated\t%d\t%s\tno date found: import again with --anchor YYYY-MM-DD, or date it in the window%n",
                    doc.documentId(), Tsv.field(doc.origin()));
        }
        for (ImportReport.Failure failure : report.failures()) {
            err.println(Tsv.field(failure.message()));
        }
        // every document whose events could not be read has had its warning line; those this import brought count
        List<UnreadDocument> unread = report.importedUnread();
        out.printf(Locale.ROOT, "%d imported (%d undated), %d already present, %d failed%s%s%n",
                report.imported().size(), undated.size(), report.duplicates().size(), report.failures().size(),
                unread.isEmpty() ? "" : "; the events of " + unread.size() + " could not be read",
                report.otherKinds().isEmpty() ? "" : "; " + report.otherKinds().size() + " other "
                        + (report.otherKinds().size() == 1 ? "file" : "files") + " not read ("
                        + ImportReport.kindsOf(report.otherKinds(), "(no extension)") + ")");
        // a document imported whose events could not be read is an input that partly failed, as are
        // documents imported whose events could not be merged (an older failure only warns)
        if (!report.anyFailed() && unread.isEmpty() && !(ingested.eventsBehind() && !report.imported().isEmpty())) {
            return NenpyoCommand.OK;
        }
        return anythingDone ? NenpyoCommand.SOME_FAILED : NenpyoCommand.NOTHING_DONE;
    }
}
