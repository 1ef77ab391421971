package dev.occam.numeric;

/** The max norm; dual l1, steepest direction -||g||_1 sign(g) (sign descent). */
final class LinfNorm implements LogDomainNorm {
    static final LinfNorm INSTANCE = new LinfNorm();

    @Override
    public String name() {
        return "linf";
    }

    @Override
    public Scalar value(Vec v) {
        return v.normInf();
    }

    @Override
    public Scalar dual(Vec g) {
        return g.sumAbsPow(1);
    }

    /** ||v||_2 <= sqrt(d) ||v||_inf. */
    @Override
    public double l2Bound(int d) {
        return Norm.up(Math.sqrt(d));
    }

    /** ||g||_2 <= ||g||_1. */
    @Override
    public double dualL2Bound(int d) {
        return 1;
    }

    @Override
    public void steepest(Vec g, Vec out) {
        Scalar l1 = dual(g);
        out.signedPow(g, l1.tier().scalar(0));
        out.scale(l1.negate());
    }

    /** -||g||_1 sign(g) with the signs as given: a component of any size moves its coordinate. */
    @Override
    public void steepest(Vec signs, Vec logs, Vec out) {
        Tier t = signs.tier();
        out.signedExp(signs, logs, t.scalar(0), t.scalar(1));
        Scalar l1 = out.sumAbsPow(1);
        out.set(signs);
        out.scale(l1.negate());
    }
}
