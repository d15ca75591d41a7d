package app.nenpyo.export;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps FontBox and PDFBox from writing warnings to stderr: reading IPAexGothic they warn, every
 * time, that its format 14 cmap (Unicode variation sequences, 異体字セレクタ) is not supported, which the
 * exports never need. The command line's stderr is for one-line errors (DESIGN.md), so only
 * their errors get through. They log through commons-logging, which falls back to
 * {@code java.util.logging} in our jar.
 */
final class QuietFontBox {
    /** Held here: java.util.logging keeps loggers weakly, and a collected one would forget its level. */
    private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");

    private QuietFontBox() {
    }

    /** Idempotent and cheap: call before using FontBox or PDFBox. */
    static void apply() {
        FONTBOX.setLevel(Level.SEVERE);
        PDFBOX.setLevel(Level.SEVERE);
    }
}
