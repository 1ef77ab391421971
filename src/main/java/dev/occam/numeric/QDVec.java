package dev.occam.numeric;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A quad-double vector, interleaved: element i is a[4i] + a[4i+1] + a[4i+2] + a[4i+3] (see {@link
 * QD}). One array rather than four: an element's components share a cache line (32 bytes), a kernel
 * takes one (array, offset) pair per operand, and a copy or a bounds check is one call. Kernels
 * write into the receiver through a scratch array owned by the thread, so loops allocate nothing,
 * {@link #map} included but for functions it has to take through Dfp.
 */
final class QDVec implements Vec {
    final double[] a;

    /**
     * Scratch for the kernels, then two quad-doubles P and Q and an accumulator S: one array per
     * thread, not per vector, so that operations that only read a vector (dot, distance) stay safe
     * to call from several threads, as they are in the other tiers.
     */
    private static final ThreadLocal<double[]> SCRATCH =
            ThreadLocal.withInitial(() -> new double[ElementFunction.QUAD_DOUBLE_SCRATCH]);

    private static final int P = QDMath.SCRATCH;
    private static final int Q = P + 4;
    private static final int S = P + 8;

    QDVec(double[] a) {
        this.a = a;
    }

    static QDVec cast(Vec v) {
        if (v instanceof QDVec q) {
            return q;
        }
        throw Matrices.tierMismatch(QDTier.INSTANCE, v);
    }

    private QDVec other(Vec x) {
        Matrices.checkSameSize(this, x);
        return cast(x);
    }

    private QDScalar scalar(double[] src, int o) {
        return new QDScalar(Arrays.copyOfRange(src, o, o + 4));
    }

    @Override
    public int size() {
        return a.length / 4;
    }

    @Override
    public Tier tier() {
        return QDTier.INSTANCE;
    }

    @Override
    public double get(int i) {
        return a[4 * i];
    }

    @Override
    public BigDecimal decimal(int i) {
        return QD.decimal(a, 4 * i);
    }

    @Override
    public BigDecimal[] decimals() {
        BigDecimal[] d = new BigDecimal[size()];
        for (int i = 0; i < d.length; i++) d[i] = decimal(i);
        return d;
    }

    @Override
    public double[] toDoubleArray() {
        double[] d = new double[size()];
        for (int i = 0; i < d.length; i++) d[i] = a[4 * i];
        return d;
    }

    @Override
    public Scalar element(int i) {
        return scalar(a, 4 * i);
    }

    @Override
    public void set(int i, Scalar v) {
        QD.copy(QDScalar.cast(v), 0, a, 4 * i);
    }

    @Override
    public Vec copy() {
        return new QDVec(a.clone());
    }

    @Override
    public void set(Vec src) {
        System.arraycopy(other(src).a, 0, a, 0, a.length);
    }

    @Override
    public void setZero() {
        Arrays.fill(a, 0.0);
    }

    @Override
    public void axpy(double c, Vec x) {
        double[] t = SCRATCH.get();
        double[] xa = other(x).a;
        if (c == 1 || c == -1) {
            for (int o = 0; o < a.length; o += 4) QD.add(a, o, xa, o, c < 0, a, o, t);
            return;
        }
        for (int o = 0; o < a.length; o += 4) {
            QD.mul(xa, o, c, t, P);
            QD.add(a, o, t, P, false, a, o, t);
        }
    }

    @Override
    public void axpy(Scalar c, Vec x) {
        double[] t = SCRATCH.get();
        double[] s = QDScalar.cast(c);
        double[] xa = other(x).a;
        for (int o = 0; o < a.length; o += 4) {
            QD.mul(xa, o, s, 0, t, P);
            QD.add(a, o, t, P, false, a, o, t);
        }
    }

    @Override
    public void combine(double c, double d, Vec x) {
        double[] t = SCRATCH.get();
        double[] xa = other(x).a;
        for (int o = 0; o < a.length; o += 4) {
            QD.mul(a, o, c, t, P);
            QD.mul(xa, o, d, t, Q);
            QD.add(t, P, t, Q, false, a, o, t);
        }
    }

    @Override
    public void scale(double c) {
        if (c == -1) {
            for (int k = 0; k < a.length; k++) a[k] = -a[k];
            return;
        }
        for (int o = 0; o < a.length; o += 4) QD.mul(a, o, c, a, o);
    }

    @Override
    public void scale(Scalar c) {
        double[] s = QDScalar.cast(c);
        for (int o = 0; o < a.length; o += 4) QD.mul(a, o, s, 0, a, o);
    }

    @Override
    public void multiplyElements(Vec x) {
        double[] xa = other(x).a;
        for (int o = 0; o < a.length; o += 4) QD.mul(a, o, xa, o, a, o);
    }

    @Override
    public void divideElements(Vec x) {
        double[] t = SCRATCH.get();
        double[] xa = other(x).a;
        for (int o = 0; o < a.length; o += 4) QD.div(a, o, xa, o, a, o, t);
    }

    /** By the function's own quad-double evaluation ({@link ElementFunction#applyQuadDouble}). */
    @Override
    public void map(ElementFunction f, Vec src) {
        double[] t = SCRATCH.get();
        double[] s = other(src).a;
        for (int o = 0; o < a.length; o += 4) f.applyQuadDouble(s, o, a, o, t);
    }

    @Override
    public void signedPow(Vec src, Scalar e) {
        double[] t = SCRATCH.get();
        double[] s = other(src).a;
        double[] p = QDScalar.cast(e);
        for (int o = 0; o < a.length; o += 4) {
            double h = s[o];
            if (h == 0) {
                QD.set(a, o, 0);
            } else {
                QD.copy(s, o, t, Q);
                if (h < 0) QD.negate(t, Q, t, Q);
                QDMath.pow(t, Q, p, 0, a, o, t);
                if (h < 0) QD.negate(a, o, a, o);
            }
        }
    }

    @Override
    public void signedPow(Vec src, Scalar e, Scalar unit) {
        double[] t = SCRATCH.get();
        double[] s = other(src).a;
        double[] p = QDScalar.cast(e);
        double[] m = QDScalar.cast(unit);
        for (int o = 0; o < a.length; o += 4) {
            double h = s[o];
            if (h == 0) {
                QD.set(a, o, 0);
            } else {
                QD.div(s, o, m, 0, t, Q, t);
                if (t[Q] < 0) QD.negate(t, Q, t, Q);
                QDMath.pow(t, Q, p, 0, a, o, t);
                if (h < 0) QD.negate(a, o, a, o);
            }
        }
    }

    @Override
    public Scalar dot(Vec x) {
        double[] t = SCRATCH.get();
        double[] xa = other(x).a;
        QD.set(t, S, 0);
        for (int o = 0; o < a.length; o += 4) {
            QD.mul(a, o, xa, o, t, P);
            QD.addFast(t, S, t, P, t, S);
        }
        return scalar(t, S);
    }

    @Override
    public Scalar sumAbsPow(double p) {
        double[] t = SCRATCH.get();
        if (p == 2) {
            return dot(this);
        }
        if (p == 1) {
            QD.set(t, S, 0);
            for (int o = 0; o < a.length; o += 4) QD.add(t, S, a, o, a[o] < 0, t, S, t);
            return scalar(t, S);
        }
        return sumAbsPow(QDScalar.of(p));
    }

    @Override
    public Scalar sumAbsPow(Scalar p) {
        double[] e = QDScalar.cast(p);
        if (e[1] == 0 && (e[0] == 1 || e[0] == 2)) {
            return sumAbsPow(e[0]);
        }
        return sumAbsPow(p, QDScalar.of(1));
    }

    @Override
    public Scalar sumAbsPow(Scalar p, Scalar unit) {
        double[] t = SCRATCH.get();
        double[] e = QDScalar.cast(p);
        double[] m = QDScalar.cast(unit);
        boolean one = m[0] == 1 && m[1] == 0;
        QD.set(t, S, 0);
        for (int o = 0; o < a.length; o += 4) {
            if (a[o] == 0) continue;
            if (one) QD.copy(a, o, t, Q);
            else QD.div(a, o, m, 0, t, Q, t);
            if (t[Q] < 0) QD.negate(t, Q, t, Q);
            QDMath.pow(t, Q, e, 0, t, Q, t);
            QD.addFast(t, S, t, Q, t, S);
        }
        return scalar(t, S);
    }

    @Override
    public Scalar normInf() {
        int i = argMaxAbs();
        if (i < 0) return QDScalar.of(0);
        double[] r = Arrays.copyOfRange(a, 4 * i, 4 * i + 4);
        if (r[0] < 0) QD.negate(r, 0, r, 0);
        return new QDScalar(r);
    }

    /**
     * exp(src_i - max) into this, their sum, then one reciprocal: each weight rounds twice (2^-209
     * each), a division per element would cost five times as much.
     */
    @Override
    public Scalar softmax(Vec src) {
        double[] t = SCRATCH.get();
        double[] s = other(src).a;
        int top = 0;
        for (int o = 4; o < s.length; o += 4) {
            if (QD.compare(s, o, s, top) > 0) top = o;
        }
        double[] max = Arrays.copyOfRange(s, top, top + 4);
        QD.set(t, S, 0);
        for (int o = 0; o < a.length; o += 4) {
            QD.add(s, o, max, 0, true, a, o, t);
            QDMath.exp(a, o, a, o, t);
            QD.addFast(t, S, a, o, t, S);
        }
        QD.set(t, P, 1);
        QD.div(t, P, t, S, t, Q, t);
        for (int o = 0; o < a.length; o += 4) QD.mul(a, o, t, Q, a, o);
        double[] lse = new double[4];
        QDMath.log(t, S, lse, 0, t);
        QD.add(lse, 0, max, 0, false, lse, 0, t);
        return new QDScalar(lse);
    }

    @Override
    public int argMaxAbs() {
        int best = -1;
        for (int o = 0; o < a.length; o += 4) {
            if (best < 0 || QD.compareAbs(a, o, a, best) > 0) best = o;
        }
        return best < 0 ? -1 : best / 4;
    }

    @Override
    public int argMax() {
        int best = -1;
        for (int o = 0; o < a.length; o += 4) {
            if (Double.isNaN(a[o])) continue;
            if (best < 0 || QD.compare(a, o, a, best) > 0) best = o;
        }
        return best < 0 ? -1 : best / 4;
    }

    @Override
    public void signedExp(Vec signs, Vec logs, Scalar shift, Scalar power) {
        double[] t = SCRATCH.get();
        double[] sg = other(signs).a;
        double[] lg = other(logs).a;
        double[] c = QDScalar.cast(shift);
        double[] e = QDScalar.cast(power);
        for (int o = 0; o < a.length; o += 4) {
            // logs of zero components are -inf, which quad-double arithmetic would turn into NaN
            if (sg[o] == 0 || lg[o] == Double.NEGATIVE_INFINITY) {
                QD.set(a, o, 0);
            } else {
                double sign = sg[o];
                QD.add(lg, o, c, 0, true, t, Q, t);
                QD.mul(t, Q, e, 0, t, Q);
                QDMath.exp(t, Q, a, o, t);
                if (sign < 0) QD.negate(a, o, a, o);
            }
        }
    }

    @Override
    public double distance(Vec x) {
        double[] t = SCRATCH.get();
        double[] xa = other(x).a;
        double sum = 0;
        for (int o = 0; o < a.length; o += 4) {
            QD.add(a, o, xa, o, true, t, P, t);
            sum += t[P] * t[P];
        }
        return Math.sqrt(sum);
    }

    @Override
    public boolean isFinite() {
        for (int o = 0; o < a.length; o += 4) {
            if (!Double.isFinite(a[o])) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return Arrays.toString(decimals());
    }
}
