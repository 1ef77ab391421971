package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;

/**
 * {@link KernelThreads#forEach} reuses each calling thread's claim set from call to call: every
 * block must still run exactly once per call, with two callers sharing the helpers, block counts
 * that grow past the set's first size and shrink again, nested calls and failing bodies; and a warm
 * call must not allocate one.
 */
@Timeout(120) // a block that never runs leaves its caller waiting: fail, do not hang
class KernelThreadsTest {
    private final int savedThreads = KernelThreads.threads();

    @AfterEach
    void restoreThreads() {
        KernelThreads.set(savedThreads);
    }

    /** Calls with 2 to 150 blocks; returns a description of the first call that went wrong. */
    private static String calls(int count, long seed) {
        Random random = new Random(seed);
        for (int call = 0; call < count; call++) {
            int blocks = 2 + random.nextInt(random.nextInt(10) == 0 ? 149 : 20);
            AtomicIntegerArray runs = new AtomicIntegerArray(blocks);
            KernelThreads.forEach(blocks, runs::incrementAndGet);
            for (int b = 0; b < blocks; b++)
                if (runs.get(b) != 1)
                    return "call "
                            + call
                            + ": block "
                            + b
                            + " of "
                            + blocks
                            + " ran "
                            + runs.get(b);
        }
        return null;
    }

    @Test
    void everyBlockRunsOnceWhenTwoCallersShareTheHelpers() throws InterruptedException {
        KernelThreads.set(3);
        List<String> wrong = new CopyOnWriteArrayList<>();
        Thread other =
                new Thread(
                        () -> {
                            String w = calls(20_000, 2);
                            if (w != null) wrong.add("other caller, " + w);
                        });
        other.start();
        String w = calls(20_000, 1);
        other.join();
        if (w != null) wrong.add("this caller, " + w);
        assertThat(wrong).isEmpty();
    }

    @Test
    void nestedCallsRunEveryBlock() {
        KernelThreads.set(2);
        for (int call = 0; call < 2000; call++) {
            AtomicIntegerArray runs = new AtomicIntegerArray(5 * 7);
            KernelThreads.forEach(
                    5, b -> KernelThreads.forEach(7, c -> runs.incrementAndGet(7 * b + c)));
            for (int k = 0; k < runs.length(); k++) assertThat(runs.get(k)).isEqualTo(1);
        }
    }

    @Test
    void aFailingBlockIsRethrownAndTheNextCallRunsEveryBlock() {
        KernelThreads.set(2);
        for (int call = 0; call < 200; call++) {
            assertThatThrownBy(
                            () ->
                                    KernelThreads.forEach(
                                            8,
                                            b -> {
                                                if (b == 5)
                                                    throw new IllegalStateException("block 5");
                                            }))
                    .hasMessage("block 5");
            AtomicIntegerArray runs = new AtomicIntegerArray(8);
            KernelThreads.forEach(8, runs::incrementAndGet);
            for (int b = 0; b < 8; b++) assertThat(runs.get(b)).isEqualTo(1);
        }
    }

    private static final double[] SINK = new double[64];
    private static final IntConsumer TOUCH = b -> SINK[b] += 1;

    /**
     * Bytes per warm call: a claim set per call was about 120 bytes, the kernels' capturing lambdas
     * 30 to 50 more; a new set is made only when a helper is still inside the last call, rarely.
     */
    @Test
    void warmCallsAllocateNoClaimSet() {
        KernelThreads.set(2);
        assertThat(Allocation.bytesPerCall(() -> KernelThreads.forEach(6, TOUCH))).isLessThan(16);
    }

    @Test
    void warmExponentialLossGradientsAllocateNothingPerCall() {
        KernelThreads.set(2);
        int n = 1000, d = 100;
        assertThat(RowBlocks.of(n, d).count()).isGreaterThan(1);
        Random random = new Random(3);
        double[] z = new double[n * d];
        for (int k = 0; k < z.length; k++) z[k] = random.nextGaussian();
        ExponentialLoss kernel = new DoubleExponentialLoss(n, d, z, null);
        double[] w = new double[d];
        for (int j = 0; j < d; j++) w[j] = 0.01 * random.nextGaussian();
        Vec point = new DoubleVec(w);
        Vec out = new DoubleVec(new double[d]);
        assertThat(Allocation.bytesPerCall(() -> kernel.gradient(point, out))).isLessThan(16);
    }

    @Test
    void warmLeastSquaresProductsAllocateNothingPerCall() {
        KernelThreads.set(2);
        int n = 1000, d = 100;
        Random random = new Random(4);
        double[][] x = new double[n][d];
        for (double[] row : x) for (int j = 0; j < d; j++) row[j] = random.nextGaussian();
        Mat m = DoubleTier.INSTANCE.matrix(x);
        Vec w = DoubleTier.INSTANCE.zeros(d);
        Vec y = DoubleTier.INSTANCE.zeros(n);
        Vec r = DoubleTier.INSTANCE.zeros(n);
        Vec g = DoubleTier.INSTANCE.zeros(d);
        assertThat(
                        Allocation.bytesPerCall(
                                () -> {
                                    m.multiply(w, r);
                                    m.multiplyTransposed(r, g);
                                    m.residualGradient(w, y, r, g);
                                }))
                .isLessThan(16);
    }
}
