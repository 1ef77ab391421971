package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;

/**
 * {@link Arguments} of the quad-double tier. Formulas of several variables are evaluated in Dfp
 * (only {@link ElementFunction}s have a quad-double evaluation), so the arguments are held in Dfp
 * with the tier's guard digits and the result is rounded back.
 */
final class QDArguments implements Arguments {
    private final Dfp[] args;

    QDArguments(int n) {
        args = new Dfp[n];
        java.util.Arrays.fill(args, QDTier.FIELD.getZero());
    }

    @Override
    public void set(int offset, Vec v) {
        QDVec q = QDVec.cast(v);
        for (int i = 0; i < q.size(); i++) args[offset + i] = QDTier.dfp(q.a, 4 * i);
    }

    @Override
    public void set(int i, Value value) {
        args[i] =
                value.isRational()
                        ? QDTier.FIELD
                                .newDfp(value.rational().getNumerator().toString())
                                .divide(
                                        QDTier.FIELD.newDfp(
                                                value.rational().getDenominator().toString()))
                        : QDTier.FIELD.newDfp(value.decimal().toString());
    }

    @Override
    public void evaluate(PointFunction f, Vec out, int i) {
        QDTier.fromDfp(f.value(args), QDVec.cast(out).a, 4 * i);
    }

    @Override
    public Scalar value(PointFunction f) {
        double[] r = new double[4];
        QDTier.fromDfp(f.value(args), r, 0);
        return new QDScalar(r);
    }
}
