package dev.occam.symbolic;

import dev.occam.numeric.ElementFunction;
import dev.occam.numeric.Interval;
import dev.occam.numeric.QuadDouble;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

/** A {@link CompiledFormula} backed by a {@link Node} tree. */
final class CompiledTree implements CompiledFormula {

    /** Field for Dfp constants of a formula without variables. */
    private static final DfpField CONSTANT_FIELD = new DfpField(50);

    private final Node root;
    private final int arity;
    private final boolean continuous;

    /** Scratch for quad-double evaluation: the operations' own, then each level's temporaries. */
    private final ThreadLocal<double[]> quadScratch;

    CompiledTree(Node root, int arity, boolean continuous) {
        this.root = root;
        this.arity = arity;
        this.continuous = continuous;
        int size = QuadDouble.SCRATCH + Node.SLOTS * root.height();
        this.quadScratch = ThreadLocal.withInitial(() -> new double[size]);
    }

    /**
     * Whether the formula is continuous wherever it is defined: no Sign and no ArcTan(x, y), the
     * only compiled functions that jump. {@link RangeBounds} then may infer monotonicity from f'.
     */
    boolean continuousWhereDefined() {
        return continuous;
    }

    @Override
    public int arity() {
        return arity;
    }

    @Override
    public double value(double... args) {
        checkArity(args.length);
        return root.d(args);
    }

    @Override
    public DD value(DD... args) {
        checkArity(args.length);
        return root.dd(args);
    }

    @Override
    public Dfp value(Dfp... args) {
        checkArity(args.length);
        return root.dfp(args, args.length == 0 ? CONSTANT_FIELD : args[0].getField());
    }

    /** In quad-double arithmetic, but for functions that have no quad-double form. */
    @Override
    public void valueQuadDouble(double[] args, int n, double[] r, int o) {
        checkArity(n);
        root.qd(args, 0, r, o, quadScratch.get(), QuadDouble.SCRATCH);
    }

    @Override
    public Interval enclose(Interval... args) {
        checkArity(args.length);
        return root.enclose(args);
    }

    @Override
    public ElementFunction asElementFunction() {
        if (arity != 1) {
            throw new IllegalStateException(
                    "an element function needs one variable, this formula has " + arity);
        }
        return new ElementFunction() {
            @Override
            public double apply(double x) {
                return root.d(new double[] {x});
            }

            @Override
            public DD apply(DD x) {
                return root.dd(new DD[] {x});
            }

            @Override
            public Dfp apply(Dfp x) {
                return root.dfp(new Dfp[] {x}, x.getField());
            }

            @Override
            public void applyQuadDouble(double[] x, int ix, double[] r, int o, double[] scratch) {
                root.qd(x, ix, r, o, quadScratch.get(), QuadDouble.SCRATCH);
            }
        };
    }

    private void checkArity(int n) {
        if (n != arity) {
            throw new IllegalArgumentException("expected " + arity + " argument(s), got " + n);
        }
    }
}
