package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Import analyses documents on several threads with one pipeline: the results must not depend on it. */
class ConcurrencyTest {

    @Test
    void oneSharedPipelineOnFourThreadsGivesTheSequentialResult() throws Exception {
        DocumentInput sample = Articles.article(Articles.resource("kazakhstan-ukraine-2022-01-11.txt"),
                LocalDate.of(2022, 1, 11));
        EventPipeline pipeline = new EventPipeline();
        DocumentReports expected = pipeline.analyse(sample);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DocumentReports>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> pipeline.analyse(sample)));
            }
            for (Future<DocumentReports> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Event> once = pipeline.combine(List.of(expected));
        assertEquals(once, pipeline.combine(List.of(pipeline.analyse(sample))));
    }
}
