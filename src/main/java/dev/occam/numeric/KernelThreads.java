package dev.occam.numeric;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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

    private static volatile int threads = fromProperty();
    private static ForkJoinPool pool;

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
        if (n != threads && pool != null) {
            pool.shutdown();
            pool = null;
        }
        threads = n;
    }

    private static synchronized ForkJoinPool pool() {
        if (pool == null) pool = new ForkJoinPool(threads - 1);
        return pool;
    }

    /**
     * Runs body(0), ..., body(blocks - 1), each once, and returns when all have finished. Blocks
     * are claimed in order from a counter by the caller and by whichever helpers start in time, so
     * a helper busy elsewhere delays nothing; the bodies must write disjoint memory.
     */
    static void forEach(int blocks, IntConsumer body) {
        int t = threads;
        if (t == 1 || blocks == 1) {
            for (int b = 0; b < blocks; b++) body.accept(b);
            return;
        }
        Claims claims = new Claims(blocks, body);
        ForkJoinPool p = pool();
        for (int h = 0; h < Math.min(t, blocks) - 1; h++) p.execute(claims::work);
        claims.work();
        claims.await();
    }

    /** One call's blocks: a claim counter and a count of finished blocks. */
    private static final class Claims {
        private final int blocks;
        private final IntConsumer body;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Claims(int blocks, IntConsumer body) {
            this.blocks = blocks;
            this.body = body;
        }

        void work() {
            for (int b; (b = next.getAndIncrement()) < blocks; ) {
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
