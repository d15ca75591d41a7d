package app.nenpyo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import app.nenpyo.temporal.DateFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus must look like the news it stands for, or the figures measured on it mean little. */
class CorpusGeneratorTest {

    @Test
    void aboutOneSentenceInThreeHoldsADateAsInTheDemoPost() {
        CorpusGenerator generator = new CorpusGenerator(11);
        DateFinder finder = new DateFinder();
        int sentences = 0;
        int dated = 0;
        for (int n = 1; n <= 40; n++) {
            for (String paragraph : generator.post(n, LocalDate.of(2020, 1, 1).plusDays(n)).split("\n\n")) {
                for (String sentence : paragraph.split("(?<=。)")) {
                    if (!sentence.endsWith("。")) {
                        continue;
                    }
                    sentences++;
                    List<DateMention> mentions = finder.find(sentence, LocalDate.of(2020, 3, 1));
                    if (mentions.stream().anyMatch(m -> m.kind() != DateMention.Kind.DURATION)) {
                        dated++;
                    }
                }
            }
        }
        double share = (double) dated / sentences;
        assertTrue(share > 0.25 && share < 0.45, dated + " dated of " + sentences + " sentences");
    }

    @Test
    void twoOrThreePostsADayWithManyOfficialsAndTheSameSeedWritesTheSameCorpus(@TempDir Path temp) throws Exception {
        long bytes = new CorpusGenerator(5).write(temp.resolve("a"), 3_000_000);
        new CorpusGenerator(5).write(temp.resolve("b"), 3_000_000);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(temp.resolve("a"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(bytes >= 3_000_000);
        Set<String> days = new HashSet<>();
        Set<String> officials = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            days.add(name.substring(name.length() - 14, name.length() - 4));
            String text = Files.readString(file);
            assertEquals(text, Files.readString(temp.resolve("b").resolve(temp.resolve("a").relativize(file))));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("の([ァ-ヴー]{2,8})(大統領|首相|外相|国防相|報道官|大使)").matcher(text);
            while (m.find()) {
                officials.add(m.group(1));
            }
        }
        double postsPerDay = (double) files.size() / days.size();
        assertTrue(postsPerDay > 2 && postsPerDay < 3.5, files.size() + " posts on " + days.size() + " days");
        assertTrue(officials.size() > 100, officials.size() + " distinct officials");
    }
}
