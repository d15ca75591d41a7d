package app.nenpyo.ui;

import app.nenpyo.domain.ParagraphKind;

/** One paragraph in the reader: its number (¶N), its text with hit runs, and its role. */
public record ParagraphRow(int number, Highlighted text, ParagraphKind kind) {

    public String plainText() {
        return text.text();
    }

    public boolean dimmed() {
        return kind != ParagraphKind.BODY;
    }
}
