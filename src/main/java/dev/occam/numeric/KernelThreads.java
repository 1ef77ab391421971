package dev.occam.numeric;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
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

    /** Each calling thread's claim set, reused from call to call (see {@link Claims#reusable}). */
    private static final ThreadLocal<Claims> CLAIMS = new ThreadLocal<>();

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
        Helpers h = helpers();
        Claims claims = CLAIMS.get();
        if (claims == null || !claims.reusable()) {
            claims = new Claims();
            CLAIMS.set(claims);
        }
        claims.start(blocks, t, body);
        h.offer(claims);
        try {
            claims.work(0);
            claims.await();
        } finally {
            h.withdraw(claims);
            claims.finish();
        }
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

        private final AtomicReference<Claims> current = new AtomicReference<>();
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
            current.set(claims);
            if (parked.get() > 0) for (Thread t : threads) LockSupport.unpark(t);
        }

        /** Ends an offer, unless another caller's has replaced it. */
        void withdraw(Claims claims) {
            current.compareAndSet(claims, null);
        }

        /** Whether c is an offer this helper has not served yet. */
        private static boolean isNew(Claims c, Claims last, long lastGeneration) {
            return c != null && (c != last || c.generation != lastGeneration);
        }

        void stop() {
            stopped = true;
            for (Thread t : threads) LockSupport.unpark(t);
        }

        private void serve(int participant) {
            Claims last = null;
            long lastGeneration = 0;
            long idleSince = System.nanoTime();
            while (!stopped) {
                Claims c = current.get();
                if (isNew(c, last, lastGeneration)) {
                    if (c.enter(this)) {
                        // the generation cannot change while this helper is inside
                        last = c;
                        lastGeneration = c.generation;
                        try {
                            c.work(participant);
                        } finally {
                            c.leave();
                        }
                    }
                    idleSince = System.nanoTime();
                } else if (System.nanoTime() - idleSince < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    parked.incrementAndGet();
                    if (!isNew(current.get(), last, lastGeneration) && !stopped)
                        LockSupport.park(this);
                    parked.decrementAndGet();
                    idleSince = System.nanoTime();
                }
            }
        }
    }

    /**
     * A caller's claim set, reused for its calls one after another: call g claims block b by
     * setting claimed[b] from anything else to g, so nothing is reset between calls. A helper works
     * on a call only between {@link #enter} and {@link #leave}, and enters only while the call is
     * offered; a caller starts its next call on the same set only when no helper is inside (else it
     * takes a new set), so a helper never sees a call half set up, and the fields written by {@link
     * #start} are published by the offer's volatile write. Reuse keeps the kernels' calls free of
     * allocation.
     */
    private static final class Claims {
        private AtomicLongArray claimed = new AtomicLongArray(RowBlocks.MAX_BLOCKS);
        private final AtomicInteger inside = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        /** This call's number, from 1; claimed[b] == generation: block b is taken. */
        private volatile long generation;

        private int blocks;
        private int participants;
        private IntConsumer body;

        /** Set by the owner between start and finish: a nested call takes a new set. */
        private boolean busy;

        boolean reusable() {
            return !busy && inside.get() == 0;
        }

        void start(int blocks, int participants, IntConsumer body) {
            if (claimed.length() < blocks)
                claimed = new AtomicLongArray(Math.max(blocks, 2 * claimed.length()));
            this.blocks = blocks;
            this.participants = participants;
            this.body = body;
            done.set(0);
            failure.set(null);
            busy = true;
            generation = generation + 1;
        }

        /** After the call: the body is not kept alive by the thread's set. */
        void finish() {
            body = null;
            busy = false;
        }

        /** A helper enters if the call is still offered; otherwise it stays out. */
        boolean enter(Helpers helpers) {
            inside.incrementAndGet();
            if (helpers.current.get() == this) return true;
            inside.decrementAndGet();
            return false;
        }

        void leave() {
            inside.decrementAndGet();
        }

        /**
         * Participant p (the caller is 0, helper h is h) starts at its own share, blocks from p
         * blocks / participants on, and then takes whatever is left: from call to call a thread
         * mostly works the same rows, which stay in its core's cache (claiming from one counter
         * handed each thread different rows every call, and two threads were no faster than one at
         * 10^5 entries).
         */
        void work(int participant) {
            long g = generation;
            int n = blocks;
            AtomicLongArray c = claimed;
            int start = (int) ((long) participant * n / participants);
            for (int k = 0; k < n; k++) {
                int b = (start + k) % n;
                long v = c.get(b);
                if (v == g || !c.compareAndSet(b, v, g)) continue;
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
