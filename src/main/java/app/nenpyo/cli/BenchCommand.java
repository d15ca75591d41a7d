package app.nenpyo.cli;

import app.nenpyo.bench.DatesBenchmark;
import app.nenpyo.bench.ExportBenchmark;
import app.nenpyo.bench.ImportBenchmark;
import app.nenpyo.bench.OpenBenchmark;
import app.nenpyo.bench.SearchBenchmark;
import app.nenpyo.bench.TimelineBenchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench import|dates|timeline|export [--mb N] [--dir DIR]}: the benchmarks whose figures the README keeps.
 * Benchmarks, not tests: run them on a quiet machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure import (and search) or date tagging speed on a generated corpus.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to measure: import, dates, timeline (layout of 10k, 100k and 1M items), "
            + "open (a project of --events events up to its first frame's layout), search (on a --mb corpus), export (100k events to PNG, SVG, PDF).")
    String what;

    @Option(names = "--mb", defaultValue = "100", description = "Corpus size in megabytes (default ${DEFAULT-VALUE}).")
    long megabytes;

    @Option(names = "--dir", defaultValue = "bench-data", description = "Where the corpus and the project go (default ${DEFAULT-VALUE}).")
    Path directory;

    @Option(names = "--events", defaultValue = "1000000", description = "Events in the project `open` builds and opens (default ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--seed", defaultValue = "20220111", description = "Corpus seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        switch (what) {
            case "import" -> new ImportBenchmark(spec.commandLine().getOut()).run(directory, megabytes, seed);
            case "dates" -> new DatesBenchmark(spec.commandLine().getOut()).run(megabytes, seed);
            case "timeline" -> TimelineBenchmark.main(new String[0]);
            case "open" -> new OpenBenchmark(spec.commandLine().getOut()).run(directory, events, seed);
            case "search" -> new SearchBenchmark(spec.commandLine().getOut()).run(directory, megabytes, seed);
            case "export" -> new ExportBenchmark(spec.commandLine().getOut()).run(directory, 100_000);
            default -> {
                spec.commandLine().getErr().println("bench: unknown benchmark '" + what + "' (known: import, dates, timeline, open, search, export)");
                return NenpyoCommand.NOTHING_DONE;
            }
        }
        return NenpyoCommand.OK;
    }
}
