package dev.occam.numeric;

/** The Euclidean norm; self-dual, steepest direction -g. */
final class L2Norm implements Norm {
    static final L2Norm INSTANCE = new L2Norm();

    @Override
    public String name() {
        return "l2";
    }

    @Override
    public Scalar value(Vec v) {
        return v.sumAbsPow(2).sqrt();
    }

    @Override
    public Scalar dual(Vec g) {
        return value(g);
    }

    @Override
    public double l2Bound(int d) {
        return 1;
    }

    @Override
    public double dualL2Bound(int d) {
        return 1;
    }

    @Override
    public void steepest(Vec g, Vec out) {
        out.set(g);
        out.scale(-1.0);
    }
}
