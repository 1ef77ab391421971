package dev.occam.numeric;

/**
 * Matrix-vector products of a double matrix with a double-double vector, accumulated in
 * double-double, with a proved bound on each result's error. The matrix is n x d, row-major.
 *
 * <p>Error analysis (u = 2^-53). A term x (h + l), (h, l) a normalized double-double, is formed as
 * TwoProd(x, h) = p + e (exact), q = fl(x l), f = fl(e + q), then FastTwoSum(p, f): its error is at
 * most u |x l| + u |e + q| <= 2.01 u^2 |x| (|h| + |l|). Terms are added with the accurate
 * double-word addition (Joldes, Muller, Popescu 2017, Algorithm 6: relative error <= 3u^2 + 13u^3),
 * so recursive summation of k + 1 terms errs by at most 1.01 (k + 1) 3.01 u^2 times the sum of the
 * terms' magnitudes. Together, for a sum c + sum_k x_k w_k of k products: |error| <= (4k + 8) u^2
 * A, A = |c| + sum_k |x_k| (|h_k| + |l_k|), which {@link #bound} returns with A rounded up; an
 * absolute (k + 1) 2^-1000 covers underflow in the error-free transformations.
 */
public final class DDDots {
    private static final double U2 = 0x1p-106;

    private DDDots() {}

    /**
     * out_i = c_i + sum_j x_ij w_j for every row i (X w + c), with magnitude_i = A of the class
     * comment. c may be null (zero).
     */
    public static void rows(
            double[] x,
            int n,
            int d,
            double[] wh,
            double[] wl,
            double[] ch,
            double[] cl,
            double[] outH,
            double[] outL,
            double[] magnitude) {
        blocks(n, (from, to) -> rows(x, d, wh, wl, ch, cl, outH, outL, magnitude, from, to));
    }

    private static void rows(
            double[] x,
            int d,
            double[] wh,
            double[] wl,
            double[] ch,
            double[] cl,
            double[] outH,
            double[] outL,
            double[] magnitude,
            int from,
            int to) {
        for (int i = from; i < to; i++) {
            double sh = ch == null ? 0 : ch[i], sl = cl == null ? 0 : cl[i];
            double a = Math.abs(sh) + Math.abs(sl);
            int base = i * d;
            for (int j = 0; j < d; j++) {
                double xv = x[base + j], h = wh[j], l = wl[j];
                double p = xv * h;
                double e = Math.fma(xv, h, -p);
                double f = e + xv * l;
                double th = p + f;
                double tl = f - (th - p);
                // accurate double-word addition (s) + (t)
                double hi = sh + th;
                double bb = hi - sh;
                double lo = (sh - (hi - bb)) + (th - bb);
                double h2 = sl + tl;
                double b2 = h2 - sl;
                double l2 = (sl - (h2 - b2)) + (tl - b2);
                lo += h2;
                double v = hi + lo;
                lo = lo - (v - hi);
                lo += l2;
                sh = v + lo;
                sl = lo - (sh - v);
                a += Math.abs(xv) * (Math.abs(h) + Math.abs(l));
            }
            outH[i] = sh;
            outL[i] = sl;
            magnitude[i] = a;
        }
    }

    /**
     * out_j = c_j + sum_i x_ij z_i for every column j (X^T z + c), with magnitude_j = A of the
     * class comment. c may be null (zero). The sum over i runs in row order, one accumulator per
     * column.
     */
    public static void columns(
            double[] x,
            int n,
            int d,
            double[] zh,
            double[] zl,
            double[] ch,
            double[] cl,
            double[] outH,
            double[] outL,
            double[] magnitude) {
        blocks(d, (from, to) -> columns(x, n, d, zh, zl, ch, cl, outH, outL, magnitude, from, to));
    }

    private static void columns(
            double[] x,
            int n,
            int d,
            double[] zh,
            double[] zl,
            double[] ch,
            double[] cl,
            double[] outH,
            double[] outL,
            double[] magnitude,
            int from,
            int to) {
        for (int j = from; j < to; j++) {
            outH[j] = ch == null ? 0 : ch[j];
            outL[j] = cl == null ? 0 : cl[j];
            magnitude[j] = Math.abs(outH[j]) + Math.abs(outL[j]);
        }
        for (int i = 0; i < n; i++) {
            double h = zh[i], l = zl[i], az = Math.abs(h) + Math.abs(l);
            int base = i * d;
            for (int j = from; j < to; j++) {
                double xv = x[base + j];
                double p = xv * h;
                double e = Math.fma(xv, h, -p);
                double f = e + xv * l;
                double th = p + f;
                double tl = f - (th - p);
                // the accurate addition of rows(), written out again: a helper returning a
                // double-double would allocate per entry in this loop
                double sh = outH[j], sl = outL[j];
                double hi = sh + th;
                double bb = hi - sh;
                double lo = (sh - (hi - bb)) + (th - bb);
                double h2 = sl + tl;
                double b2 = h2 - sl;
                double l2 = (sl - (h2 - b2)) + (tl - b2);
                lo += h2;
                double v = hi + lo;
                lo = lo - (v - hi);
                lo += l2;
                sh = v + lo;
                outH[j] = sh;
                outL[j] = lo - (sh - v);
                magnitude[j] += Math.abs(xv) * az;
            }
        }
    }

    private interface Range {
        void run(int from, int to);
    }

    /**
     * Runs fixed blocks of 256 indices on the kernel threads ({@link KernelThreads}): every result
     * is computed by one thread in the same order whatever the number of threads, so results do not
     * depend on it.
     */
    private static void blocks(int size, Range range) {
        int block = 256, count = (size + block - 1) / block;
        KernelThreads.forEach(count, b -> range.run(b * block, Math.min(size, (b + 1) * block)));
    }

    /**
     * A proved bound on the error of one result of {@link #rows} or {@link #columns} summing k
     * products with the given magnitude A (itself a double sum of k + 1 nonnegative terms, so its
     * own rounding, at most (k + 1) u A, is absorbed by the factor).
     */
    public static double bound(double magnitude, int k) {
        double a = magnitude * (1 + (k + 2) * 0x1p-52);
        return Math.nextUp((4.0 * k + 8) * U2 * a + (k + 1) * 0x1p-1000);
    }
}
