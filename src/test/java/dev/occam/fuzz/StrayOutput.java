package dev.occam.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Catches what anything writes to System.out or System.err while a case runs (a stack trace printed
 * by a library, a debug line), by case: the buffer is inherited by the threads a case starts (the
 * check pool, Symja's workers), so two cases running at once do not mix their output.
 */
final class StrayOutput implements AutoCloseable {
    private static final InheritableThreadLocal<ByteArrayOutputStream> CURRENT =
            new InheritableThreadLocal<>();

    private final PrintStream oldOut = System.out, oldErr = System.err;
    private final ByteArrayOutputStream unattributed = new ByteArrayOutputStream();

    StrayOutput() {
        System.setOut(new PrintStream(new Router(oldOut), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Router(oldErr), true, StandardCharsets.UTF_8));
    }

    /** Runs {@code work} with its stray output collected; returns that output. */
    static String collect(Runnable work) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        CURRENT.set(buffer);
        try {
            work.run();
        } finally {
            CURRENT.remove();
        }
        synchronized (buffer) {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Output of threads that belong to no case (e.g. a thread started before the test). */
    String unattributed() {
        synchronized (unattributed) {
            return unattributed.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private final class Router extends OutputStream {
        private final PrintStream original;

        Router(PrintStream original) {
            this.original = original;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ByteArrayOutputStream target = CURRENT.get();
            if (target == null) {
                target = unattributed;
                original.write(b, off, len);
            }
            synchronized (target) {
                target.write(b, off, len);
            }
        }
    }
}
