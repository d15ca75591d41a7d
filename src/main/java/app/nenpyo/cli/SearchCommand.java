package app.nenpyo.cli;

import app.nenpyo.domain.CodePoints;
import app.nenpyo.domain.SearchHit;
import app.nenpyo.format.Tsv;
import app.nenpyo.service.ProjectException;
import app.nenpyo.service.ProjectService;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code search --db FILE.nenpyo QUERY}: matching paragraphs, best first, tab-separated with the
 * header {@code document	paragraph	score	hits	title	text}. {@code hits} lists the matched spans as
 * code-point offsets into the paragraph text ({@code 3-5,40-42}); line breaks inside the paragraph
 * text are printed as spaces so each hit stays one line.
 */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search every paragraph of a project.")
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ExistingProject database;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "Most paragraphs to print, 1 or more (default ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words or a phrase; 2-character words are found too.")
    List<String> query;

    @Override
    public Integer call() throws ProjectException {
        PrintWriter out = spec.commandLine().getOut();
        String words = String.join(" ", query);
        if (words.isBlank()) {
            throw new ParameterException(spec.commandLine(), "the query is empty: give a word to find");
        }
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
        }
        try (ProjectService project = database.open()) {
            List<SearchHit> hits = project.search(words, limit);
            out.println("document\tparagraph\tscore\thits\ttitle\ttext");
            for (SearchHit hit : hits) {
                out.printf(Locale.ROOT, "%d\t%d\t%.3f\t%s\t%s\t%s%n", hit.documentId(), hit.paragraphNumber(), hit.score(),
                        spans(hit), Tsv.field(hit.documentTitle()), Tsv.field(hit.paragraphText()));
            }
        }
        return NenpyoCommand.OK;
    }

    private static String spans(SearchHit hit) {
        return hit.highlights().stream()
                .map(s -> CodePoints.span(hit.paragraphText(), s))
                .map(s -> s.start() + "-" + s.end())
                .collect(Collectors.joining(","));
    }
}
