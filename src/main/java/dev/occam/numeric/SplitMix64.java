package dev.occam.numeric;

/**
 * Seeded pseudo-random numbers that every JVM reproduces forever: specs and their recorded results
 * depend on them.
 *
 * <p>The generator is SplitMix64 (Steele, Lea, Flood 2014), written out here rather than taken from
 * java.util.SplittableRandom, whose algorithm the JDK does not promise to keep. Gaussians use the
 * Marsaglia polar method with StrictMath.log (Math.log may differ between JVMs in the last bit).
 * Uniform draws lie in [-1, 1).
 */
public final class SplitMix64 {
    private long state;
    private double spareGaussian = Double.NaN;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextUnit() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    public double nextUniform() {
        return 2 * nextUnit() - 1;
    }

    public double nextGaussian() {
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
