package app.nenpyo.ingest;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The service reads files on two threads with one reader: the results must not depend on it. */
class ReaderConcurrencyTest {

    @Test
    void oneReaderOnTwoThreadsGivesTheSameResultsAsOneThread() throws Exception {
        List<Path> files = FileCollector.collect(Path.of("src/test/resources/ingest/golden")).files();
        DocumentReader reader = new DocumentReader();
        List<String> sequential = new ArrayList<>();
        for (Path file : files) {
            sequential.add(GoldenFileTest.render(reader.read(file)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<String>> futures = new ArrayList<>();
                for (Path file : files) {
                    futures.add(pool.submit(() -> GoldenFileTest.render(reader.read(file))));
                }
                for (int i = 0; i < files.size(); i++) {
                    assertEquals(sequential.get(i), futures.get(i).get(), files.get(i).toString());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
