package dev.occam.numeric;

/** The norms a spec can name. */
public final class Norms {
    private Norms() {
    }

    public static Norm l1() { throw new UnsupportedOperationException("TODO"); }

    public static Norm l2() { throw new UnsupportedOperationException("TODO"); }

    public static Norm linf() { throw new UnsupportedOperationException("TODO"); }

    /** 1 < p < infinity, exact p (e.g. 4/3); the dual exponent q = p/(p-1). */
    public static Norm lp(Value p) { throw new UnsupportedOperationException("TODO"); }

    /** ||v||_D = sqrt(v^T D v) for symmetric positive definite D given exactly; steepest = -D^{-1} g. */
    public static Norm quadratic(Value[][] d, Tier tier) { throw new UnsupportedOperationException("TODO"); }
}
