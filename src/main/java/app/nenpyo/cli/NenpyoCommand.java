package app.nenpyo.cli;

import app.nenpyo.domain.DocumentDate;
import app.nenpyo.files.FileErrorReason;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar nenpyo.jar <command> …}: the commands DESIGN.md promises, runnable without a display. */
@Command(name = "nenpyo",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Nenpyo (年表): timelines of dated events from Japanese news clippings.",
        subcommands = {IngestCommand.class, DatesCommand.class, EventsCommand.class, SearchCommand.class, ExportCommand.class, BenchCommand.class})
public final class NenpyoCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit codes shared by every command: DESIGN.md's contract. */
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int NOTHING_DONE = 2;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command line and returns its exit code; errors are one line on stderr. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new NenpyoCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> NOTHING_DONE);
        commandLine.registerConverter(LocalDate.class, NenpyoCommand::day);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            // one line, as every error: the usage is a --help away
            CommandLine failed = e.getCommandLine();
            failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": " + oneLine(e)
                    + " (see " + failed.getCommandSpec().qualifiedName() + " --help)");
            failed.getErr().flush();
            return NOTHING_DONE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("nenpyo: " + oneLine(e));
            cl.getErr().flush();
            return NOTHING_DONE;
        });
        int code = commandLine.execute(args);
        out.flush();
        if (out.checkError()) {
            code = whenTheOutputIsLost(commandLine, out, err, code);
        }
        err.flush();
        return code;
    }

    /**
     * A command whose output could not be written (a full disk, {@code > /dev/full}) says so in
     * one line and exits 2, since what it prints is all it makes; {@code ingest} and
     * {@code export} have stored their work (the documents, the file) and exit at least 1. A
     * reader that stopped reading ({@code | head}) closed the pipe on purpose: that is no error.
     */
    private static int whenTheOutputIsLost(CommandLine commandLine, PrintWriter out, PrintWriter err, int code) {
        Optional<IOException> failure = out instanceof StandardOutput standard ? standard.failure() : Optional.empty();
        if (failure.filter(NenpyoCommand::isBrokenPipe).isPresent()) {
            return code;
        }
        CommandLine.Model.CommandSpec command = commandRun(commandLine);
        err.println(command.qualifiedName() + ": cannot write the output"
                + failure.map(e -> " (" + FileErrorReason.whyNotWritten(e) + ")").orElse(""));
        boolean storesItsWork = command.userObject() instanceof IngestCommand || command.userObject() instanceof ExportCommand;
        return storesItsWork ? Math.max(code, SOME_FAILED) : NOTHING_DONE;
    }

    private static boolean isBrokenPipe(IOException e) {
        return "broken pipe".equalsIgnoreCase(String.valueOf(e.getMessage()).strip());
    }

    /** The (sub)command that ran: {@code nenpyo events}, {@code nenpyo bench import}. */
    private static CommandLine.Model.CommandSpec commandRun(CommandLine commandLine) {
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        if (parsed == null) {
            return commandLine.getCommandSpec();
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec();
    }

    /** A day written YYYY-MM-DD from 0001-01-01 to 9999-12-31, as options take them; anything else says what was expected. */
    private static LocalDate day(String text) {
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a day written YYYY-MM-DD");
        }
        if (day.isBefore(DocumentDate.FIRST) || day.isAfter(DocumentDate.LAST)) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a day from " + DocumentDate.FIRST + " to "
                    + DocumentDate.LAST);
        }
        return day;
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }
}
