package dev.occam.prediction;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.FieldVector;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Conversions of exact and Dfp results to decimals and readable strings. */
final class Decimals {
    private Decimals() {}

    static BigDecimal of(Dfp d) {
        return new BigDecimal(d.toString());
    }

    static BigDecimal[] of(Dfp[] v) {
        BigDecimal[] out = new BigDecimal[v.length];
        for (int i = 0; i < v.length; i++) out[i] = of(v[i]);
        return out;
    }

    /**
     * Each entry to {@code digits} significant digits (BigFraction.bigDecimalValue(int, ..) would
     * fix decimal places).
     */
    static BigDecimal[] of(FieldVector<BigFraction> v, int digits) {
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        BigDecimal[] out = new BigDecimal[v.getDimension()];
        for (int i = 0; i < out.length; i++) {
            BigFraction f = v.getEntry(i);
            out[i] =
                    new BigDecimal(f.getNumerator()).divide(new BigDecimal(f.getDenominator()), mc);
        }
        return out;
    }

    static Dfp[] dfp(FieldVector<Dfp> v) {
        return v.toArray();
    }

    /** Short scientific form for certificates, e.g. "3.1E-41" (works below double's range too). */
    static String brief(Dfp d) {
        return d.isZero() ? "0" : of(d.abs()).round(new MathContext(2)).toString();
    }

    static Dfp norm(FieldVector<Dfp> v) {
        Dfp s = v.getField().getZero();
        for (int i = 0; i < v.getDimension(); i++) s = s.add(v.getEntry(i).multiply(v.getEntry(i)));
        return s.sqrt();
    }

    static boolean isZero(FieldVector<BigFraction> v) {
        for (int i = 0; i < v.getDimension(); i++)
            if (!v.getEntry(i).equals(BigFraction.ZERO)) return false;
        return true;
    }
}
