package dev.occam.symbolic;

import org.apfloat.Apfloat;
import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decimal literals as exact rationals. Symja's relaxed parser reads "1e-40" as 1*e - 40 and "0.25"
 * as a machine double; specs mean the exact numbers, so literals are rewritten to integer
 * expressions ("(25*10^(-2))") before parsing.
 */
final class Literals {

    /**
     * A decimal with a point or an exponent, not part of an identifier or a Symja precision mark.
     */
    private static final Pattern DECIMAL =
            Pattern.compile(
                    "(?<![\\w.$`])(\\d+\\.\\d*|\\.\\d+|\\d+(?=[eE][+-]?\\d))([eE][+-]?\\d+)?(?![\\w.`])");

    private static final Pattern WHOLE =
            Pattern.compile("\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?\\s*");

    /** Beyond this the exponent is refused: 10^100000 is no number a spec needs. */
    private static final int MAX_EXPONENT = 10_000;

    private Literals() {}

    static String exact(String text) {
        Matcher m = DECIMAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            BigDecimal d = decimal(m.group());
            m.appendReplacement(out, "(" + d.unscaledValue() + "*10^(" + (-d.scale()) + "))");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The exact value when the whole text is one (signed) decimal literal. */
    static Optional<BigFraction> asRational(String text) {
        if (!WHOLE.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal d = decimal(text.trim());
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        return Optional.of(
                scale >= 0
                        ? new BigFraction(unscaled, BigInteger.TEN.pow(scale))
                        : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-scale))));
    }

    /**
     * A Symja high-precision value as a BigDecimal; a magnitude beyond 10^±10000 is out of range
     * like a literal's ("Sin(1)^(2^64)" is about 10^-2.5e18: apfloat cannot even write it as a
     * string).
     */
    static BigDecimal decimal(Apfloat a, String what) {
        if (a.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (Math.abs(a.scale()) > MAX_EXPONENT) {
            throw new FormulaException(
                    "'"
                            + SymjaEngine.shorten(what)
                            + "' is out of range (about 10^"
                            + a.scale()
                            + ", beyond 10^±"
                            + MAX_EXPONENT
                            + ")");
        }
        return new BigDecimal(a.toString(true));
    }

    private static BigDecimal decimal(String literal) {
        BigDecimal d;
        try {
            d = new BigDecimal(literal);
        } catch (NumberFormatException exponentBeyondInt) { // "1e-99999999999"
            d = null;
        }
        if (d == null || Math.abs((long) d.scale()) > MAX_EXPONENT) {
            throw new FormulaException(
                    "number literal '"
                            + SymjaEngine.shorten(literal)
                            + "' is out of range (|exponent| > "
                            + MAX_EXPONENT
                            + ")");
        }
        return d;
    }
}
