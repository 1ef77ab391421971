package dev.occam.numeric;

/**
 * A fixed split of a matrix's rows into blocks, a function of its shape (n, d) alone and never of
 * the thread count: a kernel that sums per-block partial results in block order then gives the same
 * bits on one thread as on many. Below {@link #PARALLEL_ENTRIES} entries there is one block, the
 * plain serial loop, whose rounding is that of the code before blocks existed.
 */
record RowBlocks(int rows, int count) {
    /**
     * n d from which a kernel splits: measured on 2 cores (docs/performance.md, "Kernels and
     * threads"), where handing blocks to another thread costs a few microseconds.
     */
    static final long PARALLEL_ENTRIES = 1L << 16;

    /** Entries per block aimed at, so that a block is worth tens of microseconds. */
    static final long BLOCK_ENTRIES = 1L << 14;

    static final int MAX_BLOCKS = 64;

    /** At least this many rows per block: the kernels work four rows at a time. */
    static final int MIN_ROWS = 4;

    static RowBlocks of(int n, int d) {
        long entries = (long) n * d;
        if (entries < PARALLEL_ENTRIES || n < 2 * MIN_ROWS) return new RowBlocks(n, 1);
        long count = Math.min(MAX_BLOCKS, Math.min(entries / BLOCK_ENTRIES, n / MIN_ROWS));
        return new RowBlocks(n, (int) Math.max(2, count));
    }

    /** First row of block b (b = count gives rows). */
    int start(int b) {
        return (int) ((long) rows * b / count);
    }
}
