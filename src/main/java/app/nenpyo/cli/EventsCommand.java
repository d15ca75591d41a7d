package app.nenpyo.cli;

import app.nenpyo.export.CitedDocuments;
import app.nenpyo.export.EventListFormat;
import app.nenpyo.export.EventListWriter;
import app.nenpyo.service.ProjectException;
import app.nenpyo.service.ProjectService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code events --db FILE.nenpyo [--format tsv|json|csv] [--all]}: the project's events, as
 * DESIGN.md specifies ({@link EventListFormat}, which the window's export writes too). TSV header
 * {@code id	start	end	label	actors	place	expressions	sources}; start and end are ISO dates
 * (inclusive); actors and expressions are {@code ;}-separated; sources are
 * {@code DOCUMENT_ID:PARAGRAPH_NUMBER:START-END}, the source sentence in code points into that
 * document's text. Background events (dates in a 関連記事 list, a cited survey) are left out unless
 * {@code --all}. CSV has the same columns plus {@code category}; JSON has everything, merge reasons
 * and actor details included.
 */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Print the events of a project.")
final class EventsCommand implements Callable<Integer> {

    enum Format { tsv, json, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    ExistingProject database;

    @Option(names = "--format", defaultValue = "tsv", description = "tsv (default), json or csv.")
    Format format;

    @Option(names = "--all", description = "Include background events (related-article lists, cited surveys).")
    boolean all;

    @Override
    public Integer call() throws ProjectException, IOException {
        try (ProjectService project = database.open()) {
            PrintWriter out = spec.commandLine().getOut();
            EventListWriter list = EventListFormat.valueOf(format.name().toUpperCase(Locale.ROOT)).writer(out,
                    new CitedDocuments(project.documentIds(), project::text), project::analystChanges);
            // one by one, a few hundred read at a time: a million events are printed in the heap a few hundred take
            project.forEachEvent(e -> {
                if (all || !e.background()) {
                    try {
                        list.add(e);
                    } catch (IOException failed) {
                        throw new UncheckedIOException(failed);
                    }
                }
            });
            list.end();
        }
        return NenpyoCommand.OK;
    }
}
