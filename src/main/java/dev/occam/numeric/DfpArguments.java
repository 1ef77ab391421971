package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;

/** {@link Arguments} of an arbitrary-precision tier. */
final class DfpArguments implements Arguments {
    private final DfpTier tier;
    private final Dfp[] args;

    DfpArguments(DfpTier tier, int n) {
        this.tier = tier;
        args = new Dfp[n];
        java.util.Arrays.fill(args, tier.field.getZero());
    }

    @Override
    public void set(int offset, Vec v) {
        Dfp[] a = DfpVec.cast(tier, v).a;
        System.arraycopy(a, 0, args, offset, a.length);
    }

    @Override
    public void set(int i, Value value) {
        args[i] = tier.dfp(value);
    }

    @Override
    public void evaluate(PointFunction f, Vec out, int i) {
        DfpVec.cast(tier, out).a[i] = f.value(args);
    }

    @Override
    public Scalar value(PointFunction f) {
        return new DfpScalar(tier, f.value(args));
    }
}
