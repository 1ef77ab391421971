package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

import java.math.BigDecimal;

/**
 * Quad-double arithmetic for code outside this package that evaluates its own expressions in the
 * quad-double tier (compiled formulas): a number is four doubles at a[o..o+3] (see {@link QD}).
 * Operations write r last, so r may be an operand, and allocate nothing; t is scratch of at least
 * {@link #SCRATCH} doubles that overlaps no operand.
 */
public final class QuadDouble {
    /** Scratch doubles the operations use, t[0, SCRATCH). */
    public static final int SCRATCH = QDMath.SCRATCH;

    private QuadDouble() {}

    /** The field the tier evaluates Dfp fallbacks in (its digits plus guard digits). */
    public static DfpField field() {
        return QDTier.FIELD;
    }

    public static void set(double[] r, int o, double x) {
        QD.set(r, o, x);
    }

    public static void copy(double[] a, int ia, double[] r, int o) {
        QD.copy(a, ia, r, o);
    }

    /** x rounded to a quad-double at r[o]. */
    public static void of(BigDecimal x, double[] r, int o) {
        QD.from(x, r, o);
    }

    /** The exact value of the quad-double at a[ia]. */
    public static BigDecimal decimal(double[] a, int ia) {
        return QD.decimal(a, ia);
    }

    public static Dfp toDfp(double[] a, int ia) {
        return QDTier.dfp(a, ia);
    }

    public static void fromDfp(Dfp x, double[] r, int o) {
        QDTier.fromDfp(x, r, o);
    }

    /** r = a + b, accurate also when it cancels. */
    public static void add(double[] a, int ia, double[] b, int ib, double[] r, int o, double[] t) {
        QD.add(a, ia, b, ib, false, r, o, t);
    }

    /** r = a - b, accurate also when it cancels. */
    public static void subtract(
            double[] a, int ia, double[] b, int ib, double[] r, int o, double[] t) {
        QD.add(a, ia, b, ib, true, r, o, t);
    }

    public static void multiply(double[] a, int ia, double[] b, int ib, double[] r, int o) {
        QD.mul(a, ia, b, ib, r, o);
    }

    public static void divide(
            double[] a, int ia, double[] b, int ib, double[] r, int o, double[] t) {
        QD.div(a, ia, b, ib, r, o, t);
    }

    public static void negate(double[] a, int ia, double[] r, int o) {
        QD.negate(a, ia, r, o);
    }

    public static void exp(double[] x, int ix, double[] r, int o, double[] t) {
        QDMath.exp(x, ix, r, o, t);
    }

    public static void log(double[] x, int ix, double[] r, int o, double[] t) {
        QDMath.log(x, ix, r, o, t);
    }

    public static void sqrt(double[] x, int ix, double[] r, int o, double[] t) {
        QD.sqrt(x, ix, r, o, t);
    }

    /** x^y: a product for an integer y, else exp(y log x) (NaN for x < 0, 0 or inf at x = 0). */
    public static void pow(double[] x, int ix, double[] y, int iy, double[] r, int o, double[] t) {
        QDMath.pow(x, ix, y, iy, r, o, t);
    }

    /** The order of a and b (components compared in turn, as {@link Double#compare} orders). */
    public static int compare(double[] a, int ia, double[] b, int ib) {
        return QD.compare(a, ia, b, ib);
    }
}
