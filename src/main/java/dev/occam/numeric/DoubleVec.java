package dev.occam.numeric;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A vector of doubles. The kernels are plain loops: they are the inner loop of every double run.
 */
final class DoubleVec implements Vec {
    final double[] a;

    DoubleVec(double[] a) {
        this.a = a;
    }

    static DoubleVec cast(Vec v) {
        if (v instanceof DoubleVec d) {
            return d;
        }
        throw Matrices.tierMismatch(DoubleTier.INSTANCE, v);
    }

    private double[] other(Vec x) {
        Matrices.checkSameSize(this, x);
        return cast(x).a;
    }

    @Override
    public int size() {
        return a.length;
    }

    @Override
    public Tier tier() {
        return DoubleTier.INSTANCE;
    }

    @Override
    public double get(int i) {
        return a[i];
    }

    @Override
    public BigDecimal decimal(int i) {
        return new BigDecimal(a[i]);
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
        return a.clone();
    }

    @Override
    public Scalar element(int i) {
        return new DoubleScalar(a[i]);
    }

    @Override
    public void set(int i, Scalar v) {
        a[i] = DoubleScalar.cast(v).v;
    }

    @Override
    public Vec copy() {
        return new DoubleVec(a.clone());
    }

    @Override
    public void set(Vec src) {
        System.arraycopy(other(src), 0, a, 0, a.length);
    }

    @Override
    public void setZero() {
        Arrays.fill(a, 0.0);
    }

    @Override
    public void axpy(double s, Vec x) {
        double[] b = other(x);
        for (int i = 0; i < a.length; i++) {
            a[i] += s * b[i];
        }
    }

    @Override
    public void axpy(Scalar s, Vec x) {
        axpy(DoubleScalar.cast(s).v, x);
    }

    @Override
    public void combine(double s, double t, Vec x) {
        double[] b = other(x);
        for (int i = 0; i < a.length; i++) {
            a[i] = s * a[i] + t * b[i];
        }
    }

    @Override
    public void scale(double s) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= s;
        }
    }

    @Override
    public void scale(Scalar s) {
        scale(DoubleScalar.cast(s).v);
    }

    @Override
    public void multiplyElements(Vec x) {
        double[] b = other(x);
        for (int i = 0; i < a.length; i++) {
            a[i] *= b[i];
        }
    }

    @Override
    public void divideElements(Vec x) {
        double[] b = other(x);
        for (int i = 0; i < a.length; i++) {
            a[i] /= b[i];
        }
    }

    @Override
    public void map(ElementFunction f, Vec src) {
        double[] b = other(src);
        for (int i = 0; i < a.length; i++) {
            a[i] = f.apply(b[i]);
        }
    }

    @Override
    public void signedPow(Vec src, Scalar exponent) {
        double[] b = other(src);
        double e = DoubleScalar.cast(exponent).v;
        for (int i = 0; i < a.length; i++) {
            a[i] = b[i] == 0 ? 0 : Math.copySign(Math.pow(Math.abs(b[i]), e), b[i]);
        }
    }

    @Override
    public void signedPow(Vec src, Scalar exponent, Scalar unit) {
        double[] b = other(src);
        double e = DoubleScalar.cast(exponent).v;
        double m = DoubleScalar.cast(unit).v;
        for (int i = 0; i < a.length; i++) {
            a[i] = b[i] == 0 ? 0 : Math.copySign(Math.pow(Math.abs(b[i]) / m, e), b[i]);
        }
    }

    @Override
    public Scalar dot(Vec x) {
        double[] b = other(x);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return new DoubleScalar(s);
    }

    @Override
    public Scalar sumAbsPow(double p) {
        double s = 0;
        if (p == 2) {
            for (double v : a) {
                s += v * v;
            }
        } else if (p == 1) {
            for (double v : a) {
                s += Math.abs(v);
            }
        } else {
            for (double v : a) {
                s += Math.pow(Math.abs(v), p);
            }
        }
        return new DoubleScalar(s);
    }

    @Override
    public Scalar sumAbsPow(Scalar p) {
        return sumAbsPow(DoubleScalar.cast(p).v);
    }

    @Override
    public Scalar sumAbsPow(Scalar p, Scalar unit) {
        double e = DoubleScalar.cast(p).v;
        double m = DoubleScalar.cast(unit).v;
        double s = 0;
        for (double v : a) {
            if (v != 0) s += Math.pow(Math.abs(v) / m, e);
        }
        return new DoubleScalar(s);
    }

    @Override
    public Scalar normInf() {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return new DoubleScalar(m);
    }

    @Override
    public Scalar softmax(Vec src) {
        double[] s = other(src);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) max = Math.max(max, v);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.exp(s[i] - max);
            sum += a[i];
        }
        for (int i = 0; i < a.length; i++) a[i] /= sum;
        return new DoubleScalar(max + Math.log(sum));
    }

    @Override
    public int argMaxAbs() {
        int best = -1;
        double m = -1;
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i]) > m) {
                m = Math.abs(a[i]);
                best = i;
            }
        }
        return best;
    }

    @Override
    public int argMax() {
        int best = -1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == a[i] && (best < 0 || a[i] > a[best])) best = i;
        }
        return best;
    }

    @Override
    public void signedExp(Vec signs, Vec logs, Scalar shift, Scalar power) {
        double[] s = other(signs);
        double[] l = other(logs);
        double c = DoubleScalar.cast(shift).v;
        double e = DoubleScalar.cast(power).v;
        for (int i = 0; i < a.length; i++) {
            a[i] = s[i] == 0 ? 0 : s[i] * Math.exp(e * (l[i] - c));
        }
    }

    @Override
    public double distance(Vec x) {
        double[] b = other(x);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    @Override
    public double distanceAndCopy(Vec x, Vec copy) {
        double[] b = other(x);
        double[] c = other(copy);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double v = a[i];
            double d = v - b[i];
            s += d * d;
            c[i] = v;
        }
        return Math.sqrt(s);
    }

    @Override
    public boolean isFinite() {
        for (double v : a) {
            if (!Double.isFinite(v)) {
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
