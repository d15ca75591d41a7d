package app.nenpyo.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * Another process asking what an SQLite closing the project asks before it checkpoints and deletes
 * the write-ahead log: whether it could lock the database file exclusively, that is whether no
 * other process holds SQLite's shared lock on it. SQLite 3.40 (the sqlite3 of Debian 12) deletes
 * the log whenever it can; the bundled newer one looks at more, so the lock itself is asked here.
 */
public final class AnotherProcess {

    /** SQLite's lock bytes (os_unix.c): a shared lock is a read lock on these, an exclusive one a write lock. */
    private static final long SHARED_FIRST = 0x40000000L + 2;
    private static final long SHARED_SIZE = 510;

    private AnotherProcess() {
    }

    public static void main(String[] args) throws IOException {
        try (FileChannel file = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = file.tryLock(SHARED_FIRST, SHARED_SIZE, false)) {
            System.out.println(lock == null ? "held" : "free");
        }
    }

    /** Whether another process would find no SQLite connection holding the project open. */
    public static boolean findsTheProjectClosed(Path project) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), AnotherProcess.class.getName(), project.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(child.getInputStream().readAllBytes()).strip();
        if (!child.waitFor(60, TimeUnit.SECONDS) || child.exitValue() != 0 || !(out.equals("held") || out.equals("free"))) {
            throw new AssertionError("the other process failed: " + out);
        }
        return out.equals("free");
    }
}
