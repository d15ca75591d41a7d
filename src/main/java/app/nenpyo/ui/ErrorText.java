package app.nenpyo.ui;

/** Turns a failure into the one line the status bar or a dialog shows. */
final class ErrorText {
    private ErrorText() {
    }

    /** The first line of the message (the service's messages name the file and the reason). */
    static String oneLine(Exception e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The same, its reason in the window's language when the window knows it ({@link FailureText#ofLine}). */
    static String oneLine(Exception e, Messages messages) {
        return FailureText.ofLine(oneLine(e), messages);
    }
}
