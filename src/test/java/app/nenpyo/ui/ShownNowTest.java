package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which view model shows a project after the window was built again, once or more, in another language. */
class ShownNowTest {

    @Test
    void aViewModelShowsTheProjectUntilAnotherTakesItOver() {
        ShownNow<String> japanese = new ShownNow<>("日本語の窓");
        assertEquals("日本語の窓", japanese.get().orElseThrow());
        ShownNow<String> english = new ShownNow<>("English window");
        japanese.passTo(english);
        assertEquals("English window", japanese.get().orElseThrow(), "what the first began ends in the second");
        assertEquals("English window", english.get().orElseThrow());
    }

    @Test
    void workBegunBeforeSeveralSwitchesEndsInTheLastWindow() {
        ShownNow<String> first = new ShownNow<>("first");
        ShownNow<String> second = new ShownNow<>("second");
        ShownNow<String> third = new ShownNow<>("third");
        first.passTo(second);
        second.passTo(third);
        assertEquals("third", first.get().orElseThrow());
        assertEquals("third", second.get().orElseThrow());
    }

    /** Another project opened after a switch: what the windows of the closed one began ends in none of them. */
    @Test
    void onceTheProjectIsClosedNoWindowShowsIt() {
        ShownNow<String> japanese = new ShownNow<>("日本語の窓");
        ShownNow<String> english = new ShownNow<>("English window");
        japanese.passTo(english);
        english.close();
        assertEquals(Optional.empty(), japanese.get(), "begun before the switch");
        assertEquals(Optional.empty(), english.get(), "begun after it");

        ShownNow<String> alone = new ShownNow<>("alone");
        alone.close();
        assertEquals(Optional.empty(), alone.get(), "no switch at all");
    }
}
