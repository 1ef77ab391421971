package dev.occam.result;

import dev.occam.numeric.Vec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Vectors as the decimal strings results carry. */
public final class Decimals {
    /**
     * Digits of a prediction in results: more than any tier resolves, so nothing the run can check
     * is lost.
     */
    public static final int PREDICTION_DIGITS = 40;

    private Decimals() {}

    /**
     * An iterate to {@code digits} significant digits ("NaN" / "Infinity" entries after a blow-up).
     */
    public static List<String> of(Vec v, int digits) {
        if (!v.isFinite()) {
            List<String> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) out.add(Double.toString(v.get(i)));
            return out;
        }
        return of(v.decimals(), digits);
    }

    /** A prediction's value to {@link #PREDICTION_DIGITS}, or null when there is none. */
    public static List<String> prediction(BigDecimal[] value) {
        return value == null ? null : of(value, PREDICTION_DIGITS);
    }

    public static List<String> of(BigDecimal[] v, int digits) {
        MathContext mc = new MathContext(digits);
        List<String> out = new ArrayList<>(v.length);
        for (BigDecimal x : v) out.add(x.round(mc).stripTrailingZeros().toString());
        return out;
    }

    /**
     * The vector rounded to the decimals the bound certifies ({@code bound} 0: 30 significant
     * digits, for exact or far more precise values).
     */
    public static String vector(BigDecimal[] v, double bound) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) sb.append(", ");
            BigDecimal x = v[i];
            if (bound > 0) {
                int decimals =
                        Double.isFinite(bound)
                                ? (int) Math.max(0, Math.floor(-Math.log10(bound)))
                                : 0;
                sb.append(
                        Double.isFinite(bound)
                                ? x.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString()
                                : "?");
            } else {
                sb.append(x.round(new MathContext(30)).toPlainString());
            }
        }
        return sb.append(']').toString();
    }
}
