package app.nenpyo;

import app.nenpyo.cli.NenpyoCommand;
import app.nenpyo.cli.StandardOutput;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The jar's entry point: with no arguments (or a project file) it opens the window; with a
 * command ({@code ingest}, {@code search}, …) it runs that command without any display.
 * It is not a JavaFX Application subclass, so the window also starts from a plain classpath jar.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            app.nenpyo.ui.NenpyoApp.main(args);
            return;
        }
        // not System.out, which keeps no reason when a write fails
        PrintWriter out = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(NenpyoCommand.execute(out, err, args));
    }

    static boolean opensWindow(String[] args) {
        return args.length == 0 || (args.length == 1 && args[0].endsWith(".nenpyo"));
    }
}
