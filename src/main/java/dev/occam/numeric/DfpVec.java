package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;

import java.math.BigDecimal;
import java.util.Arrays;

/** A vector of Dfp numbers of one arbitrary-precision tier; every operation allocates. */
final class DfpVec implements Vec {
    private final DfpTier tier;
    final Dfp[] a;

    DfpVec(DfpTier tier, Dfp[] a) {
        this.tier = tier;
        this.a = a;
    }

    static DfpVec cast(DfpTier tier, Vec v) {
        if (v instanceof DfpVec d && d.tier == tier) {
            return d;
        }
        throw Matrices.tierMismatch(tier, v);
    }

    private Dfp[] other(Vec x) {
        Matrices.checkSameSize(this, x);
        return cast(tier, x).a;
    }

    private Dfp dfp(double x) {
        return tier.field.newDfp(x);
    }

    private Dfp scalar(Scalar s) {
        return DfpScalar.cast(tier, s);
    }

    @Override
    public int size() {
        return a.length;
    }

    @Override
    public Tier tier() {
        return tier;
    }

    @Override
    public double get(int i) {
        return a[i].toDouble();
    }

    @Override
    public BigDecimal decimal(int i) {
        return DfpTier.decimal(a[i]);
    }

    @Override
    public BigDecimal[] decimals() {
        BigDecimal[] d = new BigDecimal[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = decimal(i);
        }
        return d;
    }

    @Override
    public double[] toDoubleArray() {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i].toDouble();
        }
        return d;
    }

    @Override
    public Scalar element(int i) {
        return new DfpScalar(tier, a[i]);
    }

    @Override
    public void set(int i, Scalar v) {
        a[i] = scalar(v);
    }

    @Override
    public Vec copy() {
        return new DfpVec(tier, a.clone());
    }

    @Override
    public void set(Vec src) {
        System.arraycopy(other(src), 0, a, 0, a.length);
    }

    @Override
    public void setZero() {
        Arrays.fill(a, tier.field.getZero());
    }

    @Override
    public void axpy(double s, Vec x) {
        axpy(dfp(s), other(x));
    }

    @Override
    public void axpy(Scalar s, Vec x) {
        axpy(scalar(s), other(x));
    }

    private void axpy(Dfp s, Dfp[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i].add(s.multiply(b[i]));
        }
    }

    @Override
    public void combine(double s, double t, Vec x) {
        Dfp[] b = other(x);
        Dfp ds = dfp(s);
        Dfp dt = dfp(t);
        for (int i = 0; i < a.length; i++) {
            a[i] = ds.multiply(a[i]).add(dt.multiply(b[i]));
        }
    }

    @Override
    public void scale(double s) {
        scale(dfp(s));
    }

    @Override
    public void scale(Scalar s) {
        scale(scalar(s));
    }

    private void scale(Dfp s) {
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i].multiply(s);
        }
    }

    @Override
    public void multiplyElements(Vec x) {
        Dfp[] b = other(x);
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i].multiply(b[i]);
        }
    }

    @Override
    public void divideElements(Vec x) {
        Dfp[] b = other(x);
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i].divide(b[i]);
        }
    }

    @Override
    public void map(ElementFunction f, Vec src) {
        Dfp[] b = other(src);
        for (int i = 0; i < a.length; i++) {
            a[i] = f.apply(b[i]);
        }
    }

    @Override
    public void signedPow(Vec src, Scalar e) {
        Dfp[] b = other(src);
        Dfp exponent = scalar(e);
        for (int i = 0; i < a.length; i++) {
            if (b[i].isZero()) {
                a[i] = tier.field.getZero();
            } else {
                Dfp m = DfpScalar.pow(b[i].abs(), exponent);
                a[i] = b[i].negativeOrNull() ? m.negate() : m;
            }
        }
    }

    @Override
    public void signedPow(Vec src, Scalar e, Scalar unit) {
        Dfp[] b = other(src);
        Dfp exponent = scalar(e);
        Dfp m = scalar(unit);
        for (int i = 0; i < a.length; i++) {
            if (b[i].isZero()) {
                a[i] = tier.field.getZero();
            } else {
                Dfp r = DfpScalar.pow(b[i].abs().divide(m), exponent);
                a[i] = b[i].negativeOrNull() ? r.negate() : r;
            }
        }
    }

    @Override
    public Scalar dot(Vec x) {
        Dfp[] b = other(x);
        Dfp s = tier.field.getZero();
        for (int i = 0; i < a.length; i++) {
            s = s.add(a[i].multiply(b[i]));
        }
        return new DfpScalar(tier, s);
    }

    @Override
    public Scalar sumAbsPow(double p) {
        return sumAbsPow(dfp(p));
    }

    @Override
    public Scalar sumAbsPow(Scalar p) {
        return sumAbsPow(scalar(p));
    }

    @Override
    public Scalar sumAbsPow(Scalar p, Scalar unit) {
        Dfp e = scalar(p);
        Dfp m = scalar(unit);
        Dfp s = tier.field.getZero();
        for (Dfp x : a) {
            if (!x.isZero()) {
                s = s.add(DfpScalar.pow(x.abs().divide(m), e));
            }
        }
        return new DfpScalar(tier, s);
    }

    private Scalar sumAbsPow(Dfp p) {
        Dfp s = tier.field.getZero();
        for (Dfp x : a) {
            if (!x.isZero()) {
                s = s.add(DfpScalar.pow(x.abs(), p));
            }
        }
        return new DfpScalar(tier, s);
    }

    @Override
    public Scalar normInf() {
        int i = argMaxAbs();
        return new DfpScalar(tier, i < 0 ? tier.field.getZero() : a[i].abs());
    }

    @Override
    public Scalar softmax(Vec src) {
        Dfp[] s = other(src);
        Dfp max = s[0];
        for (Dfp v : s) if (v.greaterThan(max)) max = v;
        Dfp sum = tier.field.getZero();
        for (int i = 0; i < a.length; i++) {
            a[i] = DfpExp.exp(s[i].subtract(max));
            sum = sum.add(a[i]);
        }
        for (int i = 0; i < a.length; i++) a[i] = a[i].divide(sum);
        return new DfpScalar(tier, max.add(sum.log()));
    }

    @Override
    public int argMaxAbs() {
        int best = -1;
        Dfp m = null;
        for (int i = 0; i < a.length; i++) {
            Dfp x = a[i].abs();
            if (m == null || x.greaterThan(m)) {
                m = x;
                best = i;
            }
        }
        return best;
    }

    @Override
    public int argMax() {
        int best = -1;
        for (int i = 0; i < a.length; i++) {
            if (a[i].isNaN()) continue;
            if (best < 0 || a[i].greaterThan(a[best])) best = i;
        }
        return best;
    }

    @Override
    public void signedExp(Vec signs, Vec logs, Scalar shift, Scalar power) {
        Dfp[] s = other(signs);
        Dfp[] l = other(logs);
        Dfp c = scalar(shift);
        Dfp e = scalar(power);
        for (int i = 0; i < a.length; i++) {
            if (s[i].isZero() || l[i].isInfinite()) {
                a[i] = tier.field.getZero();
            } else {
                Dfp x = DfpExp.exp(l[i].subtract(c).multiply(e));
                a[i] = s[i].negativeOrNull() ? x.negate() : x;
            }
        }
    }

    @Override
    public double distance(Vec x) {
        Dfp[] b = other(x);
        Dfp s = tier.field.getZero();
        for (int i = 0; i < a.length; i++) {
            Dfp d = a[i].subtract(b[i]);
            s = s.add(d.multiply(d));
        }
        // the root in double: a Dfp square root costs ~50 us, and the result is a double anyway;
        // only a sum of squares outside double's normal range needs the Dfp root
        double sq = s.toDouble();
        if (sq >= Double.MIN_NORMAL && sq < Double.POSITIVE_INFINITY) return Math.sqrt(sq);
        return s.sqrt().toDouble();
    }

    @Override
    public boolean isFinite() {
        for (Dfp x : a) {
            if (x.isNaN() || x.isInfinite()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return Arrays.toString(a);
    }
}
