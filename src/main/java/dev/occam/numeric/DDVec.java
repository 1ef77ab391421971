package dev.occam.numeric;

import org.apache.commons.numbers.core.DD;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A double-double vector: element i is hi[i] + lo[i] with |lo[i]| <= ulp(hi[i])/2. The kernels
 * inline the error-free transformations (TwoSum, TwoProd by fma) on the primitive arrays so they
 * allocate nothing; the rarer element-wise functions go through {@link DD} objects.
 */
final class DDVec implements Vec {
    final double[] hi;
    final double[] lo;

    DDVec(double[] hi, double[] lo) {
        this.hi = hi;
        this.lo = lo;
    }

    static DDVec cast(Vec v) {
        if (v instanceof DDVec d) {
            return d;
        }
        throw Matrices.tierMismatch(DDTier.INSTANCE, v);
    }

    private DDVec other(Vec x) {
        Matrices.checkSameSize(this, x);
        return cast(x);
    }

    /**
     * Stores the unnormalized sum (p + pe) + (hi[i] + lo[i]) renormalized; |pe| <= about ulp(p).
     */
    static void addTo(double[] hi, double[] lo, int i, double p, double pe) {
        double h = hi[i];
        double t = h + p;
        double z = t - h;
        double q = (h - (t - z)) + (p - z) + (lo[i] + pe);
        double s = t + q;
        lo[i] = q - (s - t);
        hi[i] = s;
    }

    /** Stores p + pe renormalized (fast TwoSum: |pe| is at most about ulp(p)). */
    static void store(double[] hi, double[] lo, int i, double p, double pe) {
        double s = p + pe;
        lo[i] = pe - (s - p);
        hi[i] = s;
    }

    /** Stores s + c renormalized by a full TwoSum (c may exceed s after cancellation). */
    static void storeSum(double[] hi, double[] lo, int i, double s, double c) {
        double t = s + c;
        double z = t - s;
        lo[i] = (s - (t - z)) + (c - z);
        hi[i] = t;
    }

    DD dd(int i) {
        return DD.ofSum(hi[i], lo[i]);
    }

    private void put(int i, DD v) {
        hi[i] = v.hi();
        lo[i] = v.lo();
    }

    @Override
    public int size() {
        return hi.length;
    }

    @Override
    public Tier tier() {
        return DDTier.INSTANCE;
    }

    @Override
    public double get(int i) {
        return hi[i];
    }

    @Override
    public BigDecimal decimal(int i) {
        return new BigDecimal(hi[i]).add(new BigDecimal(lo[i]));
    }

    @Override
    public BigDecimal[] decimals() {
        BigDecimal[] d = new BigDecimal[hi.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = decimal(i);
        }
        return d;
    }

    @Override
    public double[] toDoubleArray() {
        return hi.clone();
    }

    @Override
    public Scalar element(int i) {
        return new DDScalar(dd(i));
    }

    @Override
    public void set(int i, Scalar v) {
        put(i, DDScalar.cast(v));
    }

    @Override
    public Vec copy() {
        return new DDVec(hi.clone(), lo.clone());
    }

    @Override
    public void set(Vec src) {
        DDVec x = other(src);
        System.arraycopy(x.hi, 0, hi, 0, hi.length);
        System.arraycopy(x.lo, 0, lo, 0, lo.length);
    }

    @Override
    public void setZero() {
        Arrays.fill(hi, 0.0);
        Arrays.fill(lo, 0.0);
    }

    @Override
    public void axpy(double a, Vec x) {
        DDVec v = other(x);
        double[] xh = v.hi;
        double[] xl = v.lo;
        for (int i = 0; i < hi.length; i++) {
            double p = a * xh[i];
            addTo(hi, lo, i, p, Math.fma(a, xh[i], -p) + a * xl[i]);
        }
    }

    @Override
    public void axpy(Scalar a, Vec x) {
        DD s = DDScalar.cast(a);
        double ah = s.hi();
        double al = s.lo();
        DDVec v = other(x);
        double[] xh = v.hi;
        double[] xl = v.lo;
        for (int i = 0; i < hi.length; i++) {
            double p = ah * xh[i];
            addTo(hi, lo, i, p, Math.fma(ah, xh[i], -p) + (ah * xl[i] + al * xh[i]));
        }
    }

    @Override
    public void combine(double a, double b, Vec x) {
        DDVec v = other(x);
        double[] xh = v.hi;
        double[] xl = v.lo;
        for (int i = 0; i < hi.length; i++) {
            double p1 = a * hi[i];
            double e1 = Math.fma(a, hi[i], -p1) + a * lo[i];
            double p2 = b * xh[i];
            double e2 = Math.fma(b, xh[i], -p2) + b * xl[i];
            double t = p1 + p2;
            double z = t - p1;
            double q = (p1 - (t - z)) + (p2 - z) + (e1 + e2);
            double s = t + q;
            lo[i] = q - (s - t);
            hi[i] = s;
        }
    }

    @Override
    public void scale(double a) {
        for (int i = 0; i < hi.length; i++) {
            double p = a * hi[i];
            store(hi, lo, i, p, Math.fma(a, hi[i], -p) + a * lo[i]);
        }
    }

    @Override
    public void scale(Scalar a) {
        DD s = DDScalar.cast(a);
        double ah = s.hi();
        double al = s.lo();
        for (int i = 0; i < hi.length; i++) {
            double p = ah * hi[i];
            store(hi, lo, i, p, Math.fma(ah, hi[i], -p) + (ah * lo[i] + al * hi[i]));
        }
    }

    @Override
    public void multiplyElements(Vec x) {
        DDVec v = other(x);
        for (int i = 0; i < hi.length; i++) {
            double p = hi[i] * v.hi[i];
            store(hi, lo, i, p, Math.fma(hi[i], v.hi[i], -p) + (hi[i] * v.lo[i] + lo[i] * v.hi[i]));
        }
    }

    @Override
    public void divideElements(Vec x) {
        DDVec v = other(x);
        for (int i = 0; i < hi.length; i++) {
            hi[i] = DDPairs.divide(hi[i], lo[i], v.hi[i], v.lo[i], lo, i);
        }
    }

    @Override
    public void map(ElementFunction f, Vec src) {
        DDVec v = other(src);
        for (int i = 0; i < hi.length; i++) {
            hi[i] = f.applyDoubleDouble(v.hi[i], v.lo[i], lo, i);
        }
    }

    @Override
    public void signedPow(Vec src, Scalar e) {
        signedPow(other(src), DDScalar.cast(e), null);
    }

    @Override
    public void signedPow(Vec src, Scalar e, Scalar unit) {
        signedPow(other(src), DDScalar.cast(e), DDScalar.cast(unit));
    }

    /** sign(x_i) |x_i / unit|^e on pairs (unit null: 1); this may be v. */
    private void signedPow(DDVec v, DD e, DD unit) {
        for (int i = 0; i < hi.length; i++) {
            double h = v.hi[i];
            double l = v.lo[i];
            if (h == 0) {
                hi[i] = 0;
                lo[i] = 0;
                continue;
            }
            double ah = Math.abs(h), al = h < 0 ? -l : l;
            if (unit != null) {
                ah = DDPairs.divide(ah, al, unit.hi(), unit.lo(), lo, i);
                al = lo[i];
            }
            double m = DDMath.pow(ah, al, e.hi(), e.lo(), lo, i);
            hi[i] = h < 0 ? -m : m;
            if (h < 0) lo[i] = -lo[i];
        }
    }

    /**
     * Sum of products in the style of Ogita-Rump-Oishi Dot2: the high parts accumulate through
     * TwoSum and every rounding error into one double, which keeps the loop-carried dependency to a
     * single addition and is as accurate as renormalizing after each term.
     */
    @Override
    public Scalar dot(Vec x) {
        DDVec v = other(x);
        double s = 0;
        double c = 0;
        for (int i = 0; i < hi.length; i++) {
            double ah = hi[i];
            double bh = v.hi[i];
            double p = ah * bh;
            double pe = Math.fma(ah, bh, -p) + (ah * v.lo[i] + lo[i] * bh);
            double t = s + p;
            double z = t - s;
            c += (s - (t - z)) + (p - z) + pe;
            s = t;
        }
        return new DDScalar(DD.ofSum(s, c));
    }

    @Override
    public Scalar sumAbsPow(double p) {
        if (p == 2) {
            return dot(this);
        }
        if (p == 1) {
            double s = 0;
            double c = 0;
            for (int i = 0; i < hi.length; i++) {
                double a = Math.abs(hi[i]);
                double al = hi[i] < 0 ? -lo[i] : lo[i];
                double t = s + a;
                double z = t - s;
                c += (s - (t - z)) + (a - z) + al;
                s = t;
            }
            return new DDScalar(DD.ofSum(s, c));
        }
        return sumAbsPow(DD.of(p));
    }

    @Override
    public Scalar sumAbsPow(Scalar p) {
        DD e = DDScalar.cast(p);
        if (e.lo() == 0 && (e.hi() == 1 || e.hi() == 2)) {
            return sumAbsPow(e.hi());
        }
        return sumAbsPow(e);
    }

    @Override
    public Scalar sumAbsPow(Scalar p, Scalar unit) {
        return sumAbsPow(DDScalar.cast(p), DDScalar.cast(unit));
    }

    private Scalar sumAbsPow(DD p) {
        return sumAbsPow(p, null);
    }

    /** sum_i |x_i / unit|^p on pairs (unit null: 1). */
    private Scalar sumAbsPow(DD p, DD unit) {
        double[] t = DDPairs.slot();
        double sh = 0, sl = 0;
        for (int i = 0; i < hi.length; i++) {
            double h = hi[i];
            if (h == 0) continue;
            double ah = Math.abs(h), al = h < 0 ? -lo[i] : lo[i];
            if (unit != null) {
                ah = DDPairs.divide(ah, al, unit.hi(), unit.lo(), t, 0);
                al = t[0];
            }
            double th = DDMath.pow(ah, al, p.hi(), p.lo(), t, 0);
            sh = DDPairs.add(sh, sl, th, t[0], t, 0);
            sl = t[0];
        }
        return new DDScalar(DDPairs.toDD(sh, sl));
    }

    @Override
    public Scalar normInf() {
        int i = argMaxAbs();
        return new DDScalar(i < 0 ? DD.ZERO : dd(i).abs());
    }

    @Override
    public Scalar softmax(Vec src) {
        DDVec s = other(src);
        int top = 0;
        for (int i = 1; i < hi.length; i++) {
            if (s.hi[i] > s.hi[top] || (s.hi[i] == s.hi[top] && s.lo[i] > s.lo[top])) top = i;
        }
        // pairs, not objects: this runs on every point of every iteration of a log-domain loss;
        // this may be src, whose entry i is read before it is written
        double mh = s.hi[top], ml = s.lo[top];
        double[] t = DDPairs.slot();
        double sh = 0, sl = 0;
        for (int i = 0; i < hi.length; i++) {
            double dh = DDPairs.add(s.hi[i], s.lo[i], -mh, -ml, lo, i);
            hi[i] = DDMath.exp(dh, lo[i], lo, i);
            sh = DDPairs.add(sh, sl, hi[i], lo[i], t, 0);
            sl = t[0];
        }
        for (int i = 0; i < hi.length; i++) hi[i] = DDPairs.divide(hi[i], lo[i], sh, sl, lo, i);
        double gh = DDMath.log(sh, sl, t, 0);
        double lse = DDPairs.add(mh, ml, gh, t[0], t, 0);
        return new DDScalar(DDPairs.toDD(lse, t[0]));
    }

    @Override
    public int argMaxAbs() {
        int best = -1;
        double bh = -1;
        double bl = 0;
        for (int i = 0; i < hi.length; i++) {
            double h = Math.abs(hi[i]);
            double l = hi[i] < 0 ? -lo[i] : lo[i];
            if (h > bh || (h == bh && l > bl)) {
                best = i;
                bh = h;
                bl = l;
            }
        }
        return best;
    }

    @Override
    public int argMax() {
        int best = -1;
        for (int i = 0; i < hi.length; i++) {
            if (Double.isNaN(hi[i])) continue;
            if (best < 0 || hi[i] > hi[best] || (hi[i] == hi[best] && lo[i] > lo[best])) best = i;
        }
        return best;
    }

    @Override
    public void signedExp(Vec signs, Vec logs, Scalar shift, Scalar power) {
        DDVec s = other(signs);
        DDVec l = other(logs);
        DD c = DDScalar.cast(shift);
        DD e = DDScalar.cast(power);
        for (int i = 0; i < hi.length; i++) {
            // logs of zero components are -inf, which DD arithmetic would turn into NaN
            if (s.hi[i] == 0 || l.hi[i] == Double.NEGATIVE_INFINITY) {
                put(i, DD.ZERO);
            } else {
                double dh = DDPairs.add(l.hi[i], l.lo[i], -c.hi(), -c.lo(), lo, i);
                double ph = DDPairs.multiply(dh, lo[i], e.hi(), e.lo(), lo, i);
                double xh = DDMath.exp(ph, lo[i], lo, i);
                boolean negative = s.hi[i] < 0;
                hi[i] = negative ? -xh : xh;
                if (negative) lo[i] = -lo[i];
            }
        }
    }

    /**
     * The difference is formed exactly enough (TwoSum of the high parts) before rounding to double.
     */
    @Override
    public double distance(Vec x) {
        DDVec v = other(x);
        double sum = 0;
        for (int i = 0; i < hi.length; i++) {
            double a = hi[i];
            double b = -v.hi[i];
            double t = a + b;
            double z = t - a;
            double d = t + ((a - (t - z)) + (b - z) + (lo[i] - v.lo[i]));
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    @Override
    public boolean isFinite() {
        for (double h : hi) {
            if (!Double.isFinite(h)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return Arrays.toString(decimals());
    }
}
