package dev.occam.numeric;

/**
 * The l1 norm; dual linf. The steepest direction is not unique: the coordinate of largest |g_i|
 * (lowest index on ties) is moved by -||g||_inf sign(g_i), i.e. greedy coordinate descent.
 */
final class L1Norm implements LogDomainNorm {
    static final L1Norm INSTANCE = new L1Norm();

    @Override
    public String name() {
        return "l1";
    }

    @Override
    public Scalar value(Vec v) {
        return v.sumAbsPow(1);
    }

    @Override
    public Scalar dual(Vec g) {
        return g.normInf();
    }

    /** ||v||_2 <= ||v||_1. */
    @Override
    public double l2Bound(int d) {
        return 1;
    }

    /** ||g||_2 <= sqrt(d) ||g||_inf. */
    @Override
    public double dualL2Bound(int d) {
        return Norm.up(Math.sqrt(d));
    }

    @Override
    public void steepest(Vec g, Vec out) {
        Matrices.checkSameSize(g, out);
        int i = g.argMaxAbs();
        out.setZero();
        // -||g||_inf sign(g_i) = -g_i at the maximizing coordinate
        out.set(i, g.element(i).negate());
    }

    /**
     * The coordinate of largest log |g_i| (lowest index on ties), moved by -sign(g_i) e^(log
     * |g_i|).
     */
    @Override
    public void steepest(Vec signs, Vec logs, Vec out) {
        Matrices.checkSameSize(signs, out);
        int i = logs.argMax();
        out.setZero();
        if (i < 0 || signs.element(i).signum() == 0) return;
        out.set(i, logs.element(i).exp().multiply(signs.element(i)).negate());
    }
}
