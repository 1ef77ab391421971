package dev.occam.spec;

import dev.occam.numeric.SplitMix64;

/** Deterministic pseudo-random data for {@code {random: gaussian | uniform, seed: n}}. */
final class DataGenerator {

    enum Distribution {
        GAUSSIAN,
        UNIFORM
    }

    private DataGenerator() {}

    /** {@code count} draws, in order; callers fill matrices row by row. */
    static double[] draw(Distribution distribution, long seed, int count) {
        SplitMix64 generator = new SplitMix64(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] =
                    distribution == Distribution.GAUSSIAN
                            ? generator.nextGaussian()
                            : generator.nextUniform();
        }
        return values;
    }
}
