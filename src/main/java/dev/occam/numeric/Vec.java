package dev.occam.numeric;

import java.math.BigDecimal;

/**
 * A mutable vector of one tier, stored on primitive arrays (double, double-double) or Dfp
 * (arbitrary). Operations write into the receiver so loops allocate nothing.
 */
public interface Vec {
    int size();

    Tier tier();

    /** Element i rounded to double. */
    double get(int i);

    /** Element i to the tier's full precision. */
    BigDecimal decimal(int i);

    BigDecimal[] decimals();

    double[] toDoubleArray();

    /** Element i as a scalar of the tier. */
    Scalar element(int i);

    /** Sets element i to a scalar of the tier. */
    void set(int i, Scalar v);

    Vec copy();

    void set(Vec src);

    void setZero();

    /** this += a * x */
    void axpy(double a, Vec x);

    /** this += a * x */
    void axpy(Scalar a, Vec x);

    /** this = a * this + b * x */
    void combine(double a, double b, Vec x);

    void scale(double a);

    void scale(Scalar a);

    /** this_i *= x_i */
    void multiplyElements(Vec x);

    /** this_i /= x_i */
    void divideElements(Vec x);

    /** this_i = f(src_i) */
    void map(ElementFunction f, Vec src);

    /** this_i = sign(src_i) |src_i|^e, and 0 where src_i = 0 (so e = 0 gives sign(src)). */
    void signedPow(Vec src, Scalar e);

    /**
     * this_i = sign(src_i) |src_i / unit|^e, and 0 where src_i = 0: {@link #signedPow} of src
     * scaled by 1/unit.
     */
    void signedPow(Vec src, Scalar e, Scalar unit);

    Scalar dot(Vec x);

    /** sum_i |x_i|^p for p >= 1 (p = 2 is the squared Euclidean norm). */
    Scalar sumAbsPow(double p);

    /** sum_i |x_i|^p for an exponent carried in the tier's precision (e.g. an exact 4/3). */
    Scalar sumAbsPow(Scalar p);

    /**
     * sum_i |x_i / unit|^p. With unit = max_i |x_i| every term lies in [0, 1] and the sum in [1,
     * n], so a large p (101 for the dual of l_1.01) cannot overflow or underflow it whatever the
     * size of x.
     */
    Scalar sumAbsPow(Scalar p, Scalar unit);

    Scalar normInf();

    /**
     * this = softmax(src), i.e. this_i = exp(src_i - lse) with lse = log sum_j exp(src_j), computed
     * around the largest entry so that nothing overflows or underflows to a wrong result; returns
     * lse. The log-domain form of exponential losses: losses like e^-100000 stay representable.
     */
    Scalar softmax(Vec src);

    /**
     * The lowest index of the largest |x_i|, compared in full precision; -1 for an empty vector.
     */
    int argMaxAbs();

    /**
     * The lowest index of the largest x_i (-inf allowed, NaN never largest), in full precision; -1
     * if there is none.
     */
    int argMax();

    /**
     * this_i = signs_i e^(a (logs_i - shift)), and 0 where signs_i = 0: a vector given in log-polar
     * form (see {@link Mat#multiplyTransposedLog}) raised to the power a in units of e^shift.
     */
    void signedExp(Vec signs, Vec logs, Scalar shift, Scalar a);

    /** ||this - x||_2 computed in the tier, rounded to double. */
    double distance(Vec x);

    /**
     * {@link #distance}(x), and a copy of this into copy, in one pass where the tier allows: a run
     * records its step norm and keeps its iterate every iteration.
     */
    default double distanceAndCopy(Vec x, Vec copy) {
        double d = distance(x);
        copy.set(this);
        return d;
    }

    boolean isFinite();
}
