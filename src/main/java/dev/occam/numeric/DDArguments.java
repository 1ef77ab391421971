package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;

/** {@link Arguments} of the double-double tier. */
final class DDArguments implements Arguments {
    private final DD[] args;

    DDArguments(int n) {
        args = new DD[n];
        java.util.Arrays.fill(args, DD.ZERO);
    }

    @Override
    public void set(int offset, Vec v) {
        DDVec d = DDVec.cast(v);
        for (int i = 0; i < d.size(); i++) args[offset + i] = d.dd(i);
    }

    @Override
    public void set(int i, Value value) {
        args[i] = DD.from(value.decimal());
    }

    @Override
    public void evaluate(PointFunction f, Vec out, int i) {
        DD v = f.value(args);
        DDVec d = DDVec.cast(out);
        d.hi[i] = v.hi();
        d.lo[i] = v.lo();
    }

    @Override
    public Scalar value(PointFunction f) {
        return new DDScalar(f.value(args));
    }
}
