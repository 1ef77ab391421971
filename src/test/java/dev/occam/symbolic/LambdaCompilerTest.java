package dev.occam.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Allocation;
import dev.occam.numeric.Arguments;
import dev.occam.numeric.ElementFunction;
import dev.occam.numeric.QuadDouble;
import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.List;

/**
 * Compiled values against Symja's own N(..., 60) of the same formula at the same point, and
 * quad-doubles against the same tree in 120-digit Dfp.
 */
class LambdaCompilerTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final DfpField FIELD = new DfpField(50);

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "x*Log(x) - x; 7/10",
                "Abs(x)^(4/3)*3/4; -13/10",
                "x^(4/3); 23/10",
                "1/3*x^2 - x^(-1); 3/7",
                "Sqrt(x) + Exp(-x) + Sin(x)*Cos(x); 9/5",
                "Tanh(x) + Sinh(x)/Cosh(x) + ArcTan(x) + Tan(x); 1/2",
                "Log(1 + Exp(-x)); 5/2",
                "Pi*E*x + Sign(x) + Max(x, 1/3) - Min(x, 2); -3/4",
                "0.5/Sqrt(x+1); 3",
                "(x+1)^7/(x^3 + 2); 11/13",
                "x^(-3) + x^x; 13/10",
                "ArcTan(x, 1/2) + Log(3, x); 3/10",
            })
    void allTiersMatchSymja(String text, String point) {
        Symbolic sym = Symbolic.get();
        Formula f = sym.parse(text, List.of("x"), LIMIT);
        var value = sym.number(point, LIMIT);
        BigDecimal x = value.decimal();
        BigDecimal expected = sym.number(f.substitute("x", value).text(), LIMIT).decimal();
        CompiledFormula c = f.compile();

        double d = c.value(x.doubleValue());
        assertThat(relErr(new BigDecimal(d), expected)).as("double").isLessThan(1e-13);

        DD dd = c.value(DD.from(x));
        assertThat(relErr(dd.bigDecimalValue(), expected)).as("double-double").isLessThan(1e-30);

        Dfp dfp = c.value(FIELD.newDfp(x.round(new MathContext(60)).toString()));
        assertThat(relErr(new BigDecimal(dfp.toString()), expected))
                .as("Dfp(50)")
                .isLessThan(1e-45);

        // quad-doubles against the same tree in 120-digit Dfp (Symja's 60 digits are too few):
        // within 1e-56, which double-double (1e-32) or Dfp at 40 digits misses by far; nodes
        // without a quad-double form (Sin, Tanh, ArcTan, ...) go through Dfp in the tier's field
        var e = c.asElementFunction();
        DfpField wide = new DfpField(120);
        double[] q = new double[4];
        QuadDouble.of(x, q, 0);
        BigDecimal exact = QuadDouble.decimal(q, 0); // the operand as rounded
        BigDecimal wideValue =
                new BigDecimal(
                        e.apply(wide.newDfp(exact.round(new MathContext(110)).toString()))
                                .toString());
        double[] r = new double[4];
        e.applyQuadDouble(q, 0, r, 0, new double[ElementFunction.QUAD_DOUBLE_SCRATCH]);
        assertThat(relErr(QuadDouble.decimal(r, 0), wideValue)).as("quad-double").isLessThan(1e-56);
        // the result may overwrite the variable
        e.applyQuadDouble(q, 0, q, 0, new double[ElementFunction.QUAD_DOUBLE_SCRATCH]);
        assertThat(q).containsExactly(r);
    }

    /** Trees of native nodes evaluate quad-doubles without objects (through Dfp: kilobytes). */
    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"x*Log(x) - x", "Exp(x)", "Sqrt(x) + x^3 - 1/x + Pi", "Abs(x)^(4/3) + x^x"})
    void quadDoubleEvaluationAllocatesNothing(String text) {
        var e = Symbolic.get().parse(text, List.of("x"), LIMIT).elementFunction();
        double[] x = new double[4];
        QuadDouble.of(new BigDecimal("1.375"), x, 0);
        double[] r = new double[4];
        double[] t = new double[ElementFunction.QUAD_DOUBLE_SCRATCH];
        assertThat(Allocation.bytesPerCall(() -> e.applyQuadDouble(x, 0, r, 0, t))).isLessThan(1);
    }

    /**
     * A formula of several variables through the quad-double tier's {@link Arguments}: variables
     * from a vector and from exact fractions, evaluated in quad-double (no allocation), against
     * 120-digit Dfp.
     */
    @Test
    void quadDoubleArgumentsEvaluateFormulasOfSeveralVariables() {
        CompiledFormula c =
                Symbolic.get()
                        .parse("w*x^2 + Exp(v)*Log(x) - w/v", List.of("w", "v", "x"), LIMIT)
                        .compile();
        Tier tier = Tier.forDigits(50);
        Arguments args = tier.arguments(3);
        args.set(0, tier.of(new Value[] {Value.of(new BigFraction(3, 7), "3/7"), Value.of(-2)}));
        args.set(2, Value.of(new BigFraction(11, 3), "11/3"));
        Scalar value = args.value(c);
        Vec out = tier.zeros(2);
        args.evaluate(c, out, 1);

        DfpField wide = new DfpField(120);
        Dfp expected =
                c.value(wide.newDfp(3).divide(7), wide.newDfp(-2), wide.newDfp(11).divide(3));
        BigDecimal truth = new BigDecimal(expected.toString());
        assertThat(relErr(value.decimal(), truth)).isLessThan(1e-58);
        assertThat(out.decimal(1)).isEqualTo(value.decimal());
        // without the Dfp round trip nothing is allocated per evaluation
        assertThat(Allocation.bytesPerCall(() -> args.evaluate(c, out, 0))).isLessThan(1);
    }

    @Test
    void negativeBaseWithFractionalPowerIsNaN() {
        CompiledFormula c = Symbolic.get().parse("x^(4/3)", List.of("x"), LIMIT).compile();
        assertThat(c.value(-2.0)).isNaN();
        assertThat(c.value(DD.of(-2)).hi()).isNaN();
        assertThat(c.value(FIELD.newDfp(-2)).isNaN()).isTrue();
        double[] q = new double[4];
        QuadDouble.of(new BigDecimal(-2), q, 0);
        c.asElementFunction()
                .applyQuadDouble(q, 0, q, 0, new double[ElementFunction.QUAD_DOUBLE_SCRATCH]);
        assertThat(q[0]).isNaN();
    }

    @Test
    void elementFunctionAgreesWithCompiled() {
        var e = Symbolic.get().parse("x*Log(x) - x", List.of("x"), LIMIT).elementFunction();
        assertThat(e.apply(2.0)).isEqualTo(2 * Math.log(2) - 2);
        assertThat(e.apply(DD.of(2)).doubleValue()).isEqualTo(2 * Math.log(2) - 2);
    }

    /** A measurement, not an assertion of speed. */
    @Test
    void doubleThroughput() {
        CompiledFormula c =
                Symbolic.get()
                        .parse("x*Log(x) - x + Abs(x)^(4/3)*3/4", List.of("x"), LIMIT)
                        .compile();
        var e = c.asElementFunction();
        double sink = 0;
        int n = 5_000_000;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += e.apply(1.0 + i * 1e-7);
            }
            long ns = System.nanoTime() - t0;
            System.out.printf(
                    "[compiled] %.1f M double evaluations/s (x*Log(x)-x+Abs(x)^(4/3)*3/4)%n",
                    n / (ns / 1e3));
        }
        assertThat(sink).isFinite();
    }

    private static double relErr(BigDecimal actual, BigDecimal expected) {
        BigDecimal scale = expected.abs().max(BigDecimal.ONE.movePointLeft(60));
        return actual.subtract(expected).abs().divide(scale, MathContext.DECIMAL64).doubleValue();
    }
}
