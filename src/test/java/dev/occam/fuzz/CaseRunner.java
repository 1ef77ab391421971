package dev.occam.fuzz;

import dev.occam.cli.InProcessCli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs one case as {@code occam check --no-report --jobs 1 FILE} in this JVM (Symja, the costly
 * part to start, is shared by all cases; the command line is reused, picocli resets its options),
 * on a thread group of its own. A case still running when its time budget is spent is sampled
 * (where it is, for the fingerprint), given a short grace, then stopped with every thread it
 * started, so an overrun costs about its budget and never stalls the campaign.
 */
final class CaseRunner {
    /**
     * How long past its budget an overrunning case may go on to finish, for its exit code and
     * output.
     */
    static final long GRACE_MILLIS = 1000;

    /**
     * The grace of a case caught inside a formula evaluation, which has a time limit of its own (up
     * to the loader's fixed 5 s for numbers) that the oracle adds once the output reports it.
     */
    static final long FORMULA_GRACE_MILLIS = 5500;

    private final Path dir;
    private CommandLine occam;

    /**
     * @param dir a folder of this runner's own: the case file is written there
     */
    CaseRunner(Path dir) {
        this.dir = dir;
    }

    Path file(FuzzCase c) {
        return dir.resolve(c.fileName()).toAbsolutePath();
    }

    /**
     * @param budgetMillis what the oracle allows; the case is stopped {@link #GRACE_MILLIS} later
     */
    Outcome run(FuzzCase c, long budgetMillis) {
        Path file = file(c);
        try {
            Files.write(file, c.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (occam == null) occam = InProcessCli.occam(dir);
        CommandLine cmd = occam;
        StringWriter out = new StringWriter(), err = new StringWriter();
        int[] code = {-1};
        Throwable[] thrown = new Throwable[1];
        String[] stray = {""};
        ThreadGroup group = new ThreadGroup("fuzz-case-" + c.number());
        Thread worker =
                new Thread(
                        group,
                        () ->
                                stray[0] =
                                        StrayOutput.collect(
                                                () -> {
                                                    try {
                                                        cmd.setOut(new PrintWriter(out, true));
                                                        cmd.setErr(new PrintWriter(err, true));
                                                        code[0] =
                                                                cmd.execute(
                                                                        "check",
                                                                        "--no-report",
                                                                        "--jobs",
                                                                        "1",
                                                                        file.toString());
                                                    } catch (
                                                            Throwable t) { // the oracle reports it;
                                                        // the runner must go on
                                                        thrown[0] = t;
                                                    }
                                                }),
                        "fuzz-case-" + c.number());
        worker.setDaemon(true);
        long start = System.nanoTime();
        worker.start();
        String overrunAt = null;
        boolean hung = false, shared = false;
        if (!join(worker, budgetMillis)) {
            overrunAt = Sampler.where(group);
            shared = Sampler.waitsForSharedEngine(group);
            hung = !join(worker, Sampler.inFormula(group) ? FORMULA_GRACE_MILLIS : GRACE_MILLIS);
            if (hung) stop(group);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (hung)
            occam = null; // stopped mid-command: start the next case from a fresh command line
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String output;
        synchronized (out) {
            output = out + "" + err + stray[0];
        }
        return new Outcome(
                hung ? -1 : code[0],
                output,
                seconds,
                hung ? null : thrown[0],
                hung,
                overrunAt,
                shared);
    }

    private static boolean join(Thread t, long millis) {
        try {
            t.join(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !t.isAlive();
    }

    /**
     * An overrunning case must not burn a core for the rest of the campaign (Thread.stop still
     * works on Java 17; SymjaEngine stops runaway evaluations the same way).
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(ThreadGroup group) {
        for (int round = 0; round < 3 && group.activeCount() > 0; round++) {
            Thread[] threads = new Thread[group.activeCount() + 8];
            int n = group.enumerate(threads);
            Arrays.stream(threads, 0, n).forEach(Thread::interrupt);
            Arrays.stream(threads, 0, n).forEach(t -> join(t, 200));
            Arrays.stream(threads, 0, n).filter(Thread::isAlive).forEach(Thread::stop);
            Arrays.stream(threads, 0, n).forEach(t -> join(t, 500));
        }
    }
}
