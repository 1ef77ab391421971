package dev.occam.search.reproducer;

import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Python literals for the scripts. Exact numbers go through {@code number("...")}, the scripts' own
 * helper {@code float(Fraction(text))}: a rational or a decimal read exactly and rounded once to
 * float64, as occam's double tier rounds it.
 */
final class Python {
    /** Digits of an irrational number or a prediction: more than float64 resolves. */
    private static final MathContext DIGITS = new MathContext(40);

    private Python() {}

    /** number("p/q") for a rational, number("d...") with 40 digits for an irrational. */
    static String number(Value v) {
        return v.isRational() ? exact(v.rational()) : quoted(v.decimal().round(DIGITS).toString());
    }

    static String exact(BigFraction f) {
        return quoted(Value.text(f));
    }

    /**
     * number("...") of a decimal string (a prediction's entries, which occam gives to 40 digits).
     */
    static String quoted(String decimal) {
        return "number(\"" + decimal + "\")";
    }

    static String decimal(BigDecimal d) {
        return quoted(d.round(DIGITS).toString());
    }

    /** A double as python reads it back to the same float64 (a step, a momentum coefficient). */
    static String literal(double x) {
        if (!Double.isFinite(x)) throw new NotReproducible("a non-finite parameter " + x);
        return Double.toString(x).toLowerCase(Locale.ROOT);
    }

    static String vector(Value[] v) {
        return array(Stream.of(v), Python::number);
    }

    static String decimals(List<String> v) {
        return array(v.stream(), Python::quoted);
    }

    static String matrix(Value[][] m) {
        return "np.array(["
                + Stream.of(m)
                        .map(row -> "[" + join(Stream.of(row), Python::number) + "]")
                        .collect(Collectors.joining(",\n    "))
                + "])";
    }

    private static <T> String array(Stream<T> entries, Function<T, String> literal) {
        return "np.array([" + join(entries, literal) + "])";
    }

    private static <T> String join(Stream<T> entries, Function<T, String> literal) {
        return entries.map(literal).collect(Collectors.joining(", "));
    }
}
