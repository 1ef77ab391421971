package dev.occam.spec;

/**
 * Deterministic pseudo-random data for {@code {random: gaussian | uniform, seed: n}}.
 *
 * <p>The generator is SplitMix64 (Steele, Lea, Flood 2014), written out here rather than taken from
 * java.util.SplittableRandom, whose algorithm the JDK does not promise to keep: a seed must give
 * the same data on every JVM forever, because specs and their recorded results depend on it.
 * Gaussians use the Marsaglia polar method with StrictMath.log (Math.log may differ between JVMs in
 * the last bit). Uniform draws lie in [-1, 1).
 */
final class DataGenerator {

    enum Distribution {
        GAUSSIAN,
        UNIFORM
    }

    private long state;
    private double spareGaussian = Double.NaN;

    DataGenerator(long seed) {
        this.state = seed;
    }

    /** {@code count} draws, in order; callers fill matrices row by row. */
    static double[] draw(Distribution distribution, long seed, int count) {
        DataGenerator generator = new DataGenerator(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] =
                    distribution == Distribution.GAUSSIAN
                            ? generator.nextGaussian()
                            : generator.nextUniform();
        }
        return values;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    double nextUnit() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    double nextUniform() {
        return 2 * nextUnit() - 1;
    }

    double nextGaussian() {
        if (!Double.isNaN(spareGaussian)) {
            double g = spareGaussian;
            spareGaussian = Double.NaN;
            return g;
        }
        double u;
        double v;
        double s;
        do {
            u = nextUniform();
            v = nextUniform();
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * factor;
        return u * factor;
    }
}
