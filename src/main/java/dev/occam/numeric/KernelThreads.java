package dev.occam.numeric;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The threads that the double tier's large kernels share: the calling thread plus a pool of
 * threads() - 1 helpers, one pool for the whole process (specs checked in parallel with --jobs
 * share it, so helpers never exceed threads() - 1 however many specs run). The count comes from the
 * system property {@value #PROPERTY}, or {@link #set}, and defaults to the available processors.
 * Which thread runs which block never changes a result: callers split their work into {@link
 * RowBlocks} fixed by the matrix's shape alone and combine the blocks' results in block order.
 */
public final class KernelThreads {
    public static final String PROPERTY = "occam.threads";

    /** How long an idle helper spins before it parks. */
    private static final long SPIN_NANOS = 50_000;

    private static volatile int threads = fromProperty();
    private static Helpers helpers;

    private KernelThreads() {}

    private static int fromProperty() {
        String s = System.getProperty(PROPERTY);
        if (s == null || s.isBlank()) return Runtime.getRuntime().availableProcessors();
        try {
            int n = Integer.parseInt(s.trim());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException(
                "-D" + PROPERTY + " must be a whole number of at least 1, not '" + s + "'");
    }

    /** Threads a large kernel may use, the caller's included. */
    public static int threads() {
        return threads;
    }

    /** Sets the thread count for kernels started from now on (at least 1). */
    public static synchronized void set(int n) {
        if (n < 1)
            throw new IllegalArgumentException("kernel threads must be at least 1, not " + n);
        if (n != threads && helpers != null) {
            helpers.stop();
            helpers = null;
        }
        threads = n;
    }

    private static synchronized Helpers helpers() {
        if (helpers == null) helpers = new Helpers(threads - 1);
        return helpers;
    }

    /**
     * Runs body(0), ..., body(blocks - 1), each once, and returns when all have finished. Each
     * block is claimed once, by the caller or by whichever helper reaches it first (see {@link
     * Claims#work}), so a helper busy elsewhere delays nothing; the bodies must write disjoint
     * memory.
     */
    static void forEach(int blocks, IntConsumer body) {
        int t = threads;
        if (t == 1 || blocks == 1) {
            for (int b = 0; b < blocks; b++) body.accept(b);
            return;
        }
        Claims claims = new Claims(blocks, t, body);
        helpers().offer(claims);
        claims.work(0);
        claims.await();
    }

    /**
     * Daemon threads that take the latest offered call's blocks. After its last block a helper
     * spins for {@link #SPIN_NANOS} before it parks: a run's kernels come microseconds apart, and
     * waking a parked thread costs tens of microseconds, more than a block at 10^5 entries
     * (docs/performance.md, "Kernels and threads"). Offers may overwrite each other (two specs
     * checked in parallel): a helper that misses one costs nothing, since callers claim every block
     * that no helper took.
     */
    private static final class Helpers {
        private final Thread[] threads;

        /** Helpers parked or about to park, for {@link #offer} to wake. */
        private final AtomicInteger parked = new AtomicInteger();

        private volatile Claims current;
        private volatile boolean stopped;

        Helpers(int count) {
            threads = new Thread[count];
            for (int h = 0; h < count; h++) {
                int participant = h + 1;
                Thread thread = new Thread(() -> serve(participant), "occam-kernel-" + participant);
                thread.setDaemon(true);
                threads[h] = thread;
                thread.start();
            }
        }

        void offer(Claims claims) {
            current = claims;
            if (parked.get() > 0) for (Thread t : threads) LockSupport.unpark(t);
        }

        void stop() {
            stopped = true;
            for (Thread t : threads) LockSupport.unpark(t);
        }

        private void serve(int participant) {
            Claims done = null;
            long idleSince = System.nanoTime();
            while (!stopped) {
                Claims c = current;
                if (c != done) {
                    done = c;
                    c.work(participant);
                    idleSince = System.nanoTime();
                } else if (System.nanoTime() - idleSince < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    parked.incrementAndGet();
                    if (current == done && !stopped) LockSupport.park(this);
                    parked.decrementAndGet();
                    idleSince = System.nanoTime();
                }
            }
        }
    }

    /** One call's blocks: a claim counter and a count of finished blocks. */
    private static final class Claims {
        private final int blocks;
        private final int participants;
        private final IntConsumer body;
        private final AtomicIntegerArray claimed;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Claims(int blocks, int participants, IntConsumer body) {
            this.blocks = blocks;
            this.participants = participants;
            this.body = body;
            this.claimed = new AtomicIntegerArray(blocks);
        }

        /**
         * Participant p (the caller is 0, helper h is h) starts at its own share, blocks from p
         * blocks / participants on, and then takes whatever is left: from call to call a thread
         * mostly works the same rows, which stay in its core's cache (claiming from one counter
         * handed each thread different rows every call, and two threads were no faster than one at
         * 10^5 entries).
         */
        void work(int participant) {
            int start = (int) ((long) participant * blocks / participants);
            for (int k = 0; k < blocks; k++) {
                int b = (start + k) % blocks;
                if (claimed.get(b) != 0 || !claimed.compareAndSet(b, 0, 1)) continue;
                try {
                    body.accept(b);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.incrementAndGet();
                }
            }
        }

        /** Waits for blocks that helpers claimed: at most one block's time per helper. */
        void await() {
            for (int spins = 0; done.get() < blocks; spins++) {
                if (spins < 1000) Thread.onSpinWait();
                else Thread.yield();
            }
            Throwable e = failure.get();
            if (e instanceof RuntimeException r) throw r;
            if (e instanceof Error r) throw r;
            if (e != null) throw new IllegalStateException(e);
        }
    }
}
