package dev.occam.numeric;

/**
 * ||v||_D = sqrt(v^T D v) for symmetric positive definite D; dual sqrt(g^T D^-1 g), steepest
 * direction -D^-1 g. D^-1 is computed exactly (or in extra precision) before rounding to the tier.
 */
final class QuadraticNorm implements Norm {
    private final Mat d;
    private final Mat dInverse;
    /** Proved lambda_min(D) >= lower > 0 and lambda_max(D) <= upper. */
    private final double lower;
    private final double upper;

    QuadraticNorm(Mat d, Mat dInverse, double lower, double upper) {
        this.d = d;
        this.dInverse = dInverse;
        this.lower = lower;
        this.upper = upper;
    }

    /** ||v||_2^2 <= v^T D v / lambda_min(D). */
    @Override public double l2Bound(int dim) { return Norm.up(1 / Math.sqrt(lower)); }

    /** ||g||_2^2 <= lambda_max(D) g^T D^-1 g. */
    @Override public double dualL2Bound(int dim) { return Norm.up(Math.sqrt(upper)); }

    @Override public String name() { return "quadratic"; }

    @Override public Scalar value(Vec v) { return form(d, v); }

    @Override public Scalar dual(Vec g) { return form(dInverse, g); }

    private static Scalar form(Mat m, Vec v) {
        Vec mv = m.tier().zeros(m.rows());
        m.multiply(v, mv);
        return v.dot(mv).sqrt();
    }

    @Override
    public void steepest(Vec g, Vec out) {
        dInverse.multiply(g, out);
        out.scale(-1.0);
    }
}
