package dev.occam.search;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** One parameter's value in a candidate, with the YAML text it is written as in the spec. */
public sealed interface Draw {
    String yaml();

    /** A number, written as an exact decimal or a quoted fraction. */
    record Number(BigFraction value) implements Draw {
        @Override
        public String yaml() {
            return text(value);
        }
    }

    /** Any YAML value taken as it is: a member of a finite set. */
    record Text(String yaml) implements Draw {}

    /** The norm lp:p. */
    record Norm(BigFraction p) implements Draw {
        @Override
        public String yaml() {
            return "\"lp:" + text(p).replace("\"", "") + "\"";
        }
    }

    /** A vector (one row, {@code vector}) or a matrix of numbers. */
    record Array(BigFraction[][] rows, boolean vector) implements Draw {
        @Override
        public String yaml() {
            List<String> out = new ArrayList<>();
            for (BigFraction[] row : rows) {
                List<String> entries = new ArrayList<>();
                for (BigFraction q : row) entries.add(text(q));
                out.add("[" + String.join(", ", entries) + "]");
            }
            return vector ? out.get(0) : "[" + String.join(", ", out) + "]";
        }
    }

    /**
     * An exact text occam reads back as the same rational: an integer, a terminating decimal, or
     * "p/q" quoted.
     */
    static String text(BigFraction q) {
        BigInteger d = q.getDenominator();
        if (d.equals(BigInteger.ONE)) return q.getNumerator().toString();
        BigInteger rest = d;
        while (rest.mod(BigInteger.TWO).signum() == 0) rest = rest.divide(BigInteger.TWO);
        BigInteger five = BigInteger.valueOf(5);
        while (rest.mod(five).signum() == 0) rest = rest.divide(five);
        if (rest.equals(BigInteger.ONE)) {
            return new BigDecimal(q.getNumerator())
                    .divide(new BigDecimal(d), MathContext.UNLIMITED)
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return "\"" + q.getNumerator() + "/" + d + "\"";
    }
}
