package app.nenpyo.ingest;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.TextSpan;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Reads every fixture under {@code src/test/resources/ingest/golden/} and compares the result with
 * the TSV beside it ({@code NAME.tsv}). Run with {@code -Dgolden.update=true} to rewrite the TSV
 * files, then read the diff line by line before committing.
 */
class GoldenFileTest {

    private static final Path GOLDEN = Path.of("src/test/resources/ingest/golden");
    private static final int PREVIEW = 20;

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsExpectedTsv() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            inputs = files.filter(p -> !p.toString().endsWith(".tsv")).sorted().collect(Collectors.toList());
        }
        assertFalse(inputs.isEmpty(), "no golden fixtures found under " + GOLDEN.toAbsolutePath());
        DocumentReader reader = new DocumentReader();
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            String actual = render(reader.read(input));
            Path expected = GOLDEN.resolve(input.getFileName() + ".tsv");
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                    "golden file " + expected + " (rerun with -Dgolden.update=true after checking the change)");
        }));
    }

    static String render(FileReading reading) {
        StringBuilder out = new StringBuilder();
        row(out, "file", name(reading.file().toString()), reading.encoding(), reading.format().name());
        reading.problems().forEach(p -> row(out, "problem", name(p.origin()), p.reason()));
        for (AnalyzedDocument d : reading.documents()) {
            row(out, "document", name(d.origin()), d.title(), d.format().name(), d.encoding(),
                    d.date().value().map(Object::toString).orElse(""), d.date().source().name(), d.date().evidence(),
                    String.join(";", d.tags()));
            for (Paragraph p : d.paragraphs()) {
                row(out, "paragraph", String.valueOf(p.number()), p.kind().name(),
                        String.valueOf(p.span().start()), String.valueOf(p.span().end()), preview(d.text(), p.span()));
                for (Sentence s : d.sentences()) {
                    if (s.paragraphNumber() == p.number()) {
                        row(out, "sentence", String.valueOf(s.number()), String.valueOf(s.paragraphNumber()),
                                String.valueOf(s.span().start()), String.valueOf(s.span().end()), preview(d.text(), s.span()));
                    }
                }
            }
        }
        return out.toString();
    }

    private static String name(String origin) {
        return origin.startsWith(GOLDEN.toString()) ? origin.substring(GOLDEN.toString().length() + 1) : origin;
    }

    private static String preview(String text, TextSpan span) {
        String s = span.of(text);
        return s.codePointCount(0, s.length()) <= PREVIEW ? s : s.substring(0, s.offsetByCodePoints(0, PREVIEW));
    }

    private static void row(StringBuilder out, String... fields) {
        out.append(Stream.of(fields).map(GoldenFileTest::escape).collect(Collectors.joining("\t"))).append('\n');
    }

    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
