package dev.occam.numeric;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ||v||_D = sqrt(v^T D v) for symmetric positive definite D; dual sqrt(g^T D^-1 g), steepest
 * direction -D^-1 g. D^-1 is computed exactly (or in extra precision) before rounding to a tier.
 * Both matrices are made in the tier of the vectors they meet, once per tier: a point re-run one
 * tier higher (to confirm a decision near the rounding floor, or after an overflow) uses the same
 * norm.
 */
final class QuadraticNorm implements Norm {
    private final Value[][] d;
    private final Value[][] inverse;

    /** Proved lambda_min(D) >= lower > 0 and lambda_max(D) <= upper. */
    private final double lower;

    private final double upper;

    /** {D, D^-1} by tier name. */
    private final Map<String, Mat[]> byTier = new ConcurrentHashMap<>();

    QuadraticNorm(Value[][] d, Value[][] inverse, double lower, double upper) {
        this.d = d;
        this.inverse = inverse;
        this.lower = lower;
        this.upper = upper;
    }

    private Mat[] in(Tier tier) {
        return byTier.computeIfAbsent(
                tier.name(), name -> new Mat[] {tier.matrix(d), tier.matrix(inverse)});
    }

    /** ||v||_2^2 <= v^T D v / lambda_min(D). */
    @Override
    public double l2Bound(int dim) {
        return Norm.up(1 / Math.sqrt(lower));
    }

    /** ||g||_2^2 <= lambda_max(D) g^T D^-1 g. */
    @Override
    public double dualL2Bound(int dim) {
        return Norm.up(Math.sqrt(upper));
    }

    @Override
    public String name() {
        return "quadratic";
    }

    @Override
    public Scalar value(Vec v) {
        return form(in(v.tier())[0], v);
    }

    @Override
    public Scalar dual(Vec g) {
        return form(in(g.tier())[1], g);
    }

    private static Scalar form(Mat m, Vec v) {
        Vec mv = m.tier().zeros(m.rows());
        m.multiply(v, mv);
        return v.dot(mv).sqrt();
    }

    @Override
    public void steepest(Vec g, Vec out) {
        in(g.tier())[1].multiply(g, out);
        out.scale(-1.0);
    }
}
