package app.nenpyo.cli;

import app.nenpyo.domain.CodePoints;
import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.format.Tsv;
import app.nenpyo.service.DocumentDates;
import app.nenpyo.service.FileDates;
import app.nenpyo.service.ProjectException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dates [--anchor YYYY-MM-DD] FILE}: one line per date expression, as DESIGN.md specifies:
 * header {@code start	end	text	value}, code-point offsets into the decoded text (end exclusive),
 * value empty when unresolved. A blog export or a saved page prints a line
 * {@code #document	N	TITLE	DATE} before each document's rows (N its entry's place in the file),
 * whose offsets are into that document's extracted text. Without {@code --anchor} a document
 * takes its own date; a file with no date at all is exit 2, with nothing on stdout.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Print the date expressions of a file, resolved against its document date.")
final class DatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--anchor", paramLabel = "YYYY-MM-DD", description = "The document date to resolve against (default: the file's own).")
    LocalDate anchor;

    @Parameters(index = "0", paramLabel = "FILE", description = "A text file, blog export or saved HTML page.")
    Path file;

    @Override
    public Integer call() throws ProjectException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FileDates.Result result = new FileDates().read(file, Optional.ofNullable(anchor));
        List<DocumentDates> documents = result.documents();
        result.problems().forEach(err::println);
        // every document of an export or a saved page is named: its offsets are into its own extracted text
        boolean named = result.extracted() || documents.size() + result.problems().size() > 1;
        int undated = 0;
        boolean headed = false;
        for (DocumentDates document : documents) {
            if (!document.date().isDated()) {
                undated++;
                err.println(document.origin() + ": no document date found; give one with --anchor YYYY-MM-DD");
                continue;
            }
            if (!headed) {
                // only once something is dated: a file with no date prints nothing on stdout
                out.println("start\tend\ttext\tvalue");
                headed = true;
            }
            if (named) {
                out.printf(Locale.ROOT, "#document\t%d\t%s\t%s%n", document.number(), Tsv.field(document.title()), document.date().date());
            }
            CodePoints.Index codePoints = CodePoints.index(document.text());
            for (DateMention mention : document.mentions()) {
                TextSpan span = codePoints.span(mention.span());
                out.printf(Locale.ROOT, "%d\t%d\t%s\t%s%n", span.start(), span.end(), Tsv.field(mention.text()), mention.formattedValue());
            }
        }
        int failed = undated + result.problems().size();
        if (failed == 0) {
            return NenpyoCommand.OK;
        }
        return undated == documents.size() ? NenpyoCommand.NOTHING_DONE : NenpyoCommand.SOME_FAILED;
    }
}
