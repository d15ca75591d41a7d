package app.nenpyo.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a generated corpus as one Movable Type export, the way an analyst brings years of a
 * clipping blog: each post an entry, titled by its first line, dated from its file name
 * ({@code clip-12-2022-01-11.txt} → {@code DATE: 01/11/2022 10:00:00}), its other lines the body
 * with CONVERT BREAKS. For benchmarks only.
 */
final class BlogExport {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private BlogExport() {
    }

    /** @return the export's size in bytes */
    static long write(Path corpus, Path export) throws IOException {
        List<Path> posts;
        try (Stream<Path> files = Files.walk(corpus)) {
            posts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        try (BufferedWriter out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            for (Path post : posts) {
                Matcher day = DAY.matcher(post.getFileName().toString());
                if (!day.find()) {
                    continue;
                }
                String text = Files.readString(post, StandardCharsets.UTF_8);
                int firstLineEnd = text.indexOf('\n');
                String title = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
                String body = firstLineEnd < 0 ? "" : text.substring(firstLineEnd + 1);
                out.write("TITLE: " + title.strip() + "\nDATE: " + day.group(2) + "/" + day.group(3) + "/" + day.group(1)
                        + " 10:00:00\nCONVERT BREAKS: 1\n-----\nBODY:\n");
                for (String line : body.split("\n", -1)) {
                    // a body line that reads as a separator would end the entry early (a space would be stripped)
                    out.write(line.strip().matches("-{5,}") ? "・" + line : line);
                    out.write('\n');
                }
                out.write("-----\n--------\n");
            }
        }
        return Files.size(export);
    }
}
