package dev.occam.numeric;

/** {@link Arguments} of the double tier. */
final class DoubleArguments implements Arguments {
    private final double[] args;

    DoubleArguments(int n) {
        args = new double[n];
    }

    @Override
    public void set(int offset, Vec v) {
        System.arraycopy(DoubleVec.cast(v).a, 0, args, offset, v.size());
    }

    @Override
    public void set(int i, Value value) {
        args[i] = value.doubleValue();
    }

    @Override
    public void evaluate(PointFunction f, Vec out, int i) {
        DoubleVec.cast(out).a[i] = f.value(args);
    }

    @Override
    public Scalar value(PointFunction f) {
        return new DoubleScalar(f.value(args));
    }
}
