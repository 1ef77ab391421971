package dev.occam.spec;

import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns spec text into exact {@link Value}s. Decimals are read as BigDecimal, never through double,
 * so 0.01 is exactly 1/100; "p/q" forms are exact fractions; anything else ("Sqrt(2)") goes to the
 * caller's {@code numbers} function.
 */
final class NumberParser {

    /** Decimal exponents beyond this would build huge integers from a few characters of input. */
    private static final int MAX_SCALE = 1000;

    private static final String DECIMAL = "(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern RATIONAL =
            Pattern.compile("([-+]?" + DECIMAL + ")(?:\\s*/\\s*(" + DECIMAL + "))?");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[-+]?" + DECIMAL);
    private static final Pattern HEX = Pattern.compile("([-+]?)0x([0-9a-fA-F]+)");
    private static final Pattern OCTAL = Pattern.compile("([-+]?)0o([0-7]+)");

    private final Function<String, Value> numbers;

    NumberParser(Function<String, Value> numbers) {
        this.numbers = numbers;
    }

    /**
     * A plain rational ("1/3", "-2/7", "1e-40", "0.5"), or empty when the text is not one.
     *
     * @throws IllegalArgumentException for a rational with a zero denominator or an absurd exponent
     */
    static Optional<Value> rational(String text) {
        String trimmed = text.strip();
        Matcher m = RATIONAL.matcher(trimmed);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigFraction value = decimal(m.group(1));
        if (m.group(2) != null) {
            BigFraction denominator = decimal(m.group(2));
            if (denominator.signum() == 0) {
                throw new IllegalArgumentException("division by zero in '" + trimmed + "'");
            }
            value = value.divide(denominator);
        }
        return Optional.of(Value.of(value, trimmed));
    }

    /**
     * {@link #rational} for the many entries of a data file: a plain decimal is its own exact
     * BigDecimal, so its digits are rounded from the text rather than divided out of the fraction
     * (a 120-digit division per entry made 100,000 entries take seconds).
     */
    static Optional<Value> entry(String text) {
        String trimmed = text.strip();
        if (!PLAIN_DECIMAL.matcher(trimmed).matches()) {
            return rational(trimmed);
        }
        BigFraction q = decimal(trimmed);
        return Optional.of(new Value(q, new BigDecimal(trimmed).round(Value.CONTEXT), trimmed));
    }

    /**
     * A YAML integer (decimal, 0x hex or 0o octal) or float literal; .inf and .nan are not numbers
     * here.
     */
    static Value yamlLiteral(String text) {
        Matcher hex = HEX.matcher(text);
        if (hex.matches()) {
            return integer(hex.group(1), new BigInteger(hex.group(2), 16), text);
        }
        Matcher octal = OCTAL.matcher(text);
        if (octal.matches()) {
            return integer(octal.group(1), new BigInteger(octal.group(2), 8), text);
        }
        return rational(text)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "expected a finite number, got " + text));
    }

    /**
     * Any other exact string, through the caller's function.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    Value symbolic(String text) {
        Value value = numbers.apply(text);
        if (value == null) {
            throw new IllegalArgumentException("expected a number, got '" + text + "'");
        }
        return value;
    }

    private static Value integer(String sign, BigInteger magnitude, String text) {
        return Value.of(new BigFraction("-".equals(sign) ? magnitude.negate() : magnitude), text);
    }

    private static BigFraction decimal(String text) {
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException e) {
            d = null;
        }
        if (d == null || Math.abs((long) d.scale()) > MAX_SCALE) {
            throw new IllegalArgumentException(
                    "exponent out of range in '" + text + "' (at most " + MAX_SCALE + " digits)");
        }
        BigInteger unscaled = d.unscaledValue();
        return d.scale() >= 0
                ? new BigFraction(unscaled, BigInteger.TEN.pow(d.scale()))
                : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-d.scale())));
    }
}
