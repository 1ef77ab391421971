package dev.occam.problem;

import dev.occam.numeric.Value;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

import java.util.Arrays;

/** Small dense Dfp vector helpers shared by mirror maps and predictions. */
public final class DfpVectors {
    private DfpVectors() {}

    public static Dfp[] of(DfpField field, Value[] v) {
        Dfp[] out = new Dfp[v.length];
        for (int i = 0; i < v.length; i++) out[i] = of(field, v[i]);
        return out;
    }

    public static Dfp of(DfpField field, Value v) {
        if (v.isRational()) {
            return field.newDfp(v.rational().getNumerator().toString())
                    .divide(field.newDfp(v.rational().getDenominator().toString()));
        }
        return field.newDfp(v.decimal().toString());
    }

    public static Dfp[][] of(DfpField field, Value[][] m) {
        Dfp[][] out = new Dfp[m.length][];
        for (int i = 0; i < m.length; i++) out[i] = of(field, m[i]);
        return out;
    }

    public static Dfp dot(Dfp[] a, Dfp[] b) {
        Dfp s = a[0].getField().getZero();
        for (int i = 0; i < a.length; i++) s = s.add(a[i].multiply(b[i]));
        return s;
    }

    public static Dfp norm2(Dfp[] a) {
        return dot(a, a).sqrt();
    }

    /** Largest |a_i|. */
    public static Dfp normInf(Dfp[] a) {
        Dfp m = a[0].getField().getZero();
        for (Dfp x : a) if (x.abs().greaterThan(m)) m = x.abs();
        return m;
    }

    public static Dfp[] subtract(Dfp[] a, Dfp[] b) {
        Dfp[] out = new Dfp[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i].subtract(b[i]);
        return out;
    }

    public static Dfp[] add(Dfp[] a, Dfp[] b) {
        Dfp[] out = new Dfp[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i].add(b[i]);
        return out;
    }

    public static Dfp[] scale(Dfp s, Dfp[] a) {
        Dfp[] out = new Dfp[a.length];
        for (int i = 0; i < a.length; i++) out[i] = s.multiply(a[i]);
        return out;
    }

    /** m v */
    public static Dfp[] multiply(Dfp[][] m, Dfp[] v) {
        Dfp[] out = new Dfp[m.length];
        for (int i = 0; i < m.length; i++) out[i] = dot(m[i], v);
        return out;
    }

    /** m^T v */
    public static Dfp[] multiplyTransposed(Dfp[][] m, Dfp[] v) {
        Dfp zero = v[0].getField().getZero();
        Dfp[] out = new Dfp[m[0].length];
        Arrays.fill(out, zero);
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < out.length; j++) out[j] = out[j].add(m[i][j].multiply(v[i]));
        }
        return out;
    }

    public static Dfp signum(Dfp a) {
        DfpField f = a.getField();
        return a.isZero() ? f.getZero() : a.negativeOrNull() ? f.getOne().negate() : f.getOne();
    }

    public static double[] toDouble(Dfp[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i].toDouble();
        return out;
    }
}
