package app.nenpyo.cli;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.CodePoints;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.export.EventCsv;
import app.nenpyo.service.ProjectException;
import app.nenpyo.service.ProjectService;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code events --db FILE.nenpyo [--format tsv|json|csv] [--all]}: the project's events, as
 * DESIGN.md specifies. TSV header {@code id	start	end	label	actors	place	expressions	sources};
 * start and end are ISO dates (inclusive); actors and expressions are {@code ;}-separated;
 * sources are {@code DOCUMENT_ID:PARAGRAPH_NUMBER:START-END}, the source sentence in code points
 * into that document's text. Background events (dates in a 関連記事 list, a cited survey) are
 * left out unless {@code --all}. CSV has the same columns plus {@code category}; JSON has
 * everything, merge reasons and actor details included.
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
    public Integer call() throws ProjectException {
        try (ProjectService project = database.open()) {
            Sources sources = new Sources(project);
            PrintWriter out = spec.commandLine().getOut();
            EventsJson json = format != Format.json ? null : new EventsJson(out, sources, new EventsJson.ByAnalyst(
                    project.redatedByAnalyst(), project.relabelledByAnalyst(), project.decidedByAnalyst(),
                    project.keptApartByAnalyst(), project.joinedByAnalyst(), project.addedByAnalyst()));
            // one by one, a few hundred read at a time: a million events are printed in the heap a few hundred take
            Consumer<Event> print = switch (format) {
                case tsv -> {
                    out.print(EventTsv.HEADER + "\n");
                    yield e -> out.print(EventTsv.line(e, sources::text) + "\n");
                }
                case csv -> {
                    out.print("id,start,end,label,actors,place,category,expressions,sources\r\n");
                    yield e -> out.print(List.of(e.id(), e.time().start().toString(), e.time().end().toString(), e.label(),
                            actors(e), e.place(), e.category().name().toLowerCase(Locale.ROOT), expressions(e), sources.cited(e))
                            .stream().map(EventsCommand::csv).collect(Collectors.joining(",")) + "\r\n");
                }
                case json -> json::add;
            };
            project.forEachEvent(e -> {
                if (all || !e.background()) {
                    print.accept(e);
                }
            });
            if (json != null) {
                json.end();
            }
            out.flush();
        }
        return NenpyoCommand.OK;
    }

    private static String actors(Event e) {
        return e.actors().stream().map(Actor::displayName).collect(Collectors.joining(";"));
    }

    private static String expressions(Event e) {
        return e.sources().stream().map(EventSource::expressionText).collect(Collectors.joining(";"));
    }

    private static String csv(String field) {
        return EventCsv.field(field);
    }

    /** Documents' row ids and texts, loaded once each, to cite sources in code points. */
    static final class Sources {
        private static final int TEXTS_KEPT = 256;

        private final ProjectService project;
        private final Map<String, Long> ids;
        /** The texts of the documents cited last: sources by date mostly cite the posts of those days. */
        private final Map<Long, String> texts = new LinkedHashMap<>(TEXTS_KEPT, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
                return size() > TEXTS_KEPT;
            }
        };

        Sources(ProjectService project) {
            this.project = project;
            this.ids = project.documentIds();
        }

        long documentId(EventSource source) {
            return ids.get(source.documentKey());
        }

        TextSpan codePoints(EventSource source, TextSpan span) {
            return CodePoints.span(text(source.documentKey()), span);
        }

        String text(String documentKey) {
            return texts.computeIfAbsent(ids.get(documentKey), project::text);
        }

        String cited(Event e) {
            return e.sources().stream().map(s -> {
                TextSpan sentence = codePoints(s, s.sentence());
                return documentId(s) + ":" + s.paragraph() + ":" + sentence.start() + "-" + sentence.end();
            }).collect(Collectors.joining(";"));
        }
    }
}
