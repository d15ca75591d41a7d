package app.nenpyo.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * Loads the shipped IPAexGothic before any scene exists: a machine without a Japanese font
 * would otherwise draw every kanji as a box.
 */
final class JapaneseFont {
    static final String RESOURCE = "/assets/fonts/ipaexg.ttf";

    private JapaneseFont() {
    }

    /** The family name JavaFX gives the loaded font (to use in CSS), or empty when it is missing. */
    static Optional<String> load() {
        try (InputStream in = JapaneseFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(Font.loadFont(in, Font.getDefault().getSize())).map(Font::getFamily);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
