package app.nenpyo.temporal;

import app.nenpyo.domain.DateMention;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo sample against 2022-01-11: exactly the 16 expressions of shared/samples/README.md, with
 * their spans (UTF-16, equal to code points here: the sample has no character outside the BMP).
 */
class SampleGoldenTest {

    static String resource(String name) throws IOException {
        try (InputStream in = SampleGoldenTest.class.getResourceAsStream("/temporal/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sampleGivesExactlyTheSixteenExpressionsOfTheReadme() throws IOException {
        String text = resource("kazakhstan-ukraine-2022-01-11.txt");
        List<String> expected = resource("kazakhstan-ukraine-2022-01-11.expected.tsv").lines().skip(1).toList();
        List<String> actual = new ArrayList<>();
        for (DateMention m : new DateFinder().find(text, LocalDate.of(2022, 1, 11))) {
            assertEquals(m.text(), m.span().of(text));
            actual.add(m.span().start() + "\t" + m.span().end() + "\t" + m.text() + "\t" + m.formattedValue());
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
