package dev.occam.numeric;

/**
 * The double tier's dense loops over a row-major n x d array, on a range of rows. Four rows at a
 * time: X w keeps four independent sums in registers (the serial loop is latency-bound on one); X^T
 * r adds four rows into the output in one pass (a quarter of the loads and stores of the output).
 * Every sum is taken in the order of the plain loops (x_i.w term by term over j; X^T r row by row),
 * so the results are those of the plain loops to the bit.
 */
final class DoubleKernels {
    private DoubleKernels() {}

    /** o[i] = sum_j a[i][j] v[j] for rows from <= i < to. */
    static void multiply(double[] a, int d, double[] v, double[] o, int from, int to) {
        int i = from;
        for (; i + 3 < to; i += 4) {
            int k0 = i * d, k1 = k0 + d, k2 = k1 + d, k3 = k2 + d;
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int j = 0; j < d; j++) {
                double x = v[j];
                s0 += a[k0 + j] * x;
                s1 += a[k1 + j] * x;
                s2 += a[k2 + j] * x;
                s3 += a[k3 + j] * x;
            }
            o[i] = s0;
            o[i + 1] = s1;
            o[i + 2] = s2;
            o[i + 3] = s3;
        }
        for (; i < to; i++) o[i] = dot(a, i * d, v, d);
    }

    private static double dot(double[] a, int k, double[] v, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) s += a[k + j] * v[j];
        return s;
    }

    /** o[at + j] += sum_i a[i][j] r[i] for rows from <= i < to, added row by row. */
    static void addTransposed(double[] a, int d, double[] r, double[] o, int at, int from, int to) {
        int i = from;
        for (; i + 3 < to; i += 4) {
            int k0 = i * d, k1 = k0 + d, k2 = k1 + d, k3 = k2 + d;
            double r0 = r[i], r1 = r[i + 1], r2 = r[i + 2], r3 = r[i + 3];
            for (int j = 0; j < d; j++) {
                o[at + j] =
                        o[at + j]
                                + a[k0 + j] * r0
                                + a[k1 + j] * r1
                                + a[k2 + j] * r2
                                + a[k3 + j] * r3;
            }
        }
        for (; i < to; i++) addRow(a, i * d, r[i], o, at, d);
    }

    private static void addRow(double[] a, int k, double s, double[] o, int at, int d) {
        for (int j = 0; j < d; j++) o[at + j] += a[k + j] * s;
    }

    /**
     * The residuals r[i] = x_i.w - y[i] and g[at + j] += sum_i a[i][j] r[i] for rows from <= i <
     * to, in one pass: each group of four rows is added into g while it is still in cache, so the
     * matrix is read once per gradient instead of twice. Same sums, same order as {@link
     * #multiply}, then r -= y, then {@link #addTransposed}.
     */
    static void residualGradient(
            double[] a,
            int d,
            double[] w,
            double[] y,
            double[] r,
            double[] g,
            int at,
            int from,
            int to) {
        int i = from;
        for (; i + 3 < to; i += 4) {
            multiply(a, d, w, r, i, i + 4);
            for (int q = i; q < i + 4; q++) r[q] -= y[q];
            addTransposed(a, d, r, g, at, i, i + 4);
        }
        for (; i < to; i++) {
            r[i] = dot(a, i * d, w, d) - y[i];
            addRow(a, i * d, r[i], g, at, d);
        }
    }
}
