package app.nenpyo.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The commands' standard output, in UTF-8, that remembers why writing to it failed: a
 * {@link PrintWriter} only notes that it did ({@link #checkError}), and the line on stderr should
 * say why ({@code the disk is full}).
 */
public final class StandardOutput extends PrintWriter {

    private final FailureKeeping stream;

    public StandardOutput(OutputStream target) {
        this(new FailureKeeping(target));
    }

    private StandardOutput(FailureKeeping stream) {
        super(stream, true, StandardCharsets.UTF_8);
        this.stream = stream;
    }

    /** The first failure of a write, if one failed. */
    Optional<IOException> failure() {
        return Optional.ofNullable(stream.failure);
    }

    private static final class FailureKeeping extends FilterOutputStream {
        private volatile IOException failure;

        FailureKeeping(OutputStream target) {
            super(target);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        private IOException kept(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
