package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameThreadTaskExecutorTest {

    /** What waits for the work (an opening's status, a busy indicator) ends even when the work dies of an Error. */
    @Test
    void workThatDiesOfAnErrorStillRunsTheFailureCallbackThenTheErrorGoesOn() {
        List<String> said = new ArrayList<>();
        StackOverflowError error = new StackOverflowError("deep");

        StackOverflowError thrown = assertThrows(StackOverflowError.class, () -> new SameThreadTaskExecutor().execute(() -> {
            throw error;
        }, result -> said.add("done"), failure -> said.add(failure.getMessage())));

        assertEquals(error, thrown);
        assertEquals(List.of("java.lang.StackOverflowError: deep"), said);
    }
}
