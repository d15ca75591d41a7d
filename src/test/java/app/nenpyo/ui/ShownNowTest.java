package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which view model shows a project after the window was built again, once or more, in another language. */
class ShownNowTest {

    @Test
    void aViewModelShowsTheProjectUntilAnotherTakesItOver() {
        ShownNow<String> japanese = new ShownNow<>("日本語の窓");
        assertEquals("日本語の窓", japanese.get());
        ShownNow<String> english = new ShownNow<>("English window");
        japanese.passTo(english);
        assertEquals("English window", japanese.get(), "what the first began ends in the second");
        assertEquals("English window", english.get());
    }

    @Test
    void workBegunBeforeSeveralSwitchesEndsInTheLastWindow() {
        ShownNow<String> first = new ShownNow<>("first");
        ShownNow<String> second = new ShownNow<>("second");
        ShownNow<String> third = new ShownNow<>("third");
        first.passTo(second);
        second.passTo(third);
        assertEquals("third", first.get());
        assertEquals("third", second.get());
    }
}
