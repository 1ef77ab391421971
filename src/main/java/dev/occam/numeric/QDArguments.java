package dev.occam.numeric;

/**
 * {@link Arguments} of the quad-double tier: quad-doubles, which compiled formulas evaluate in
 * quad-double arithmetic ({@link PointFunction#valueQuadDouble}).
 */
final class QDArguments implements Arguments {
    private final int n;
    private final double[] args;

    QDArguments(int n) {
        this.n = n;
        this.args = new double[4 * n];
    }

    @Override
    public void set(int offset, Vec v) {
        double[] a = QDVec.cast(v).a;
        System.arraycopy(a, 0, args, 4 * offset, a.length);
    }

    @Override
    public void set(int i, Value value) {
        QDTier.put(value, args, 4 * i);
    }

    @Override
    public void evaluate(PointFunction f, Vec out, int i) {
        f.valueQuadDouble(args, n, QDVec.cast(out).a, 4 * i);
    }

    @Override
    public Scalar value(PointFunction f) {
        double[] r = new double[4];
        f.valueQuadDouble(args, n, r, 0);
        return new QDScalar(r);
    }
}
