package dev.occam.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.numeric.Value;

import org.assertj.core.data.Offset;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

class SymbolicTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final Symbolic SYM = Symbolic.get();

    private static Formula parse(String text, String... vars) {
        return SYM.parse(text, List.of(vars), LIMIT);
    }

    @Test
    void numbersThatAreRationalStayExact() {
        assertThat(SYM.number("1/3", LIMIT).rational()).isEqualTo(new BigFraction(1, 3));
        assertThat(SYM.number("0.25", LIMIT).rational()).isEqualTo(new BigFraction(1, 4));
        assertThat(SYM.number("-3", LIMIT).rational()).isEqualTo(new BigFraction(-3));
        assertThat(SYM.number("1e-40", LIMIT).rational())
                .isEqualTo(new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(40)));
        assertThat(SYM.number("2.5e3/5", LIMIT).rational()).isEqualTo(new BigFraction(500));
        assertThat(SYM.number("(1/2)^3", LIMIT).rational()).isEqualTo(new BigFraction(1, 8));
    }

    @Test
    void irrationalNumbersHave120Digits() {
        Value sqrt2 = SYM.number("Sqrt(2)", LIMIT);
        assertThat(sqrt2.isRational()).isFalse();
        BigDecimal square = sqrt2.decimal().multiply(sqrt2.decimal());
        assertThat(square.subtract(BigDecimal.valueOf(2)).abs())
                .isLessThan(new BigDecimal("1e-118"));
        BigDecimal pi4 = SYM.number("Pi/4", LIMIT).decimal();
        assertThat(pi4.toString())
                .startsWith(
                        "0.7853981633974483096156608458198757210492923498437764552437361480769541015715522496570087063355292669955370216283205766");
        BigDecimal cbrt2 = SYM.number("2^(1/3)", LIMIT).decimal();
        assertThat(cbrt2.pow(3).subtract(BigDecimal.valueOf(2)).abs())
                .isLessThan(new BigDecimal("1e-117"));
    }

    @Test
    void nonConstantOrComplexNumbersAreRefused() {
        assertThatThrownBy(() -> SYM.number("x+1", LIMIT))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("unknown symbol 'x'");
        assertThatThrownBy(() -> SYM.number("Sqrt(-2)", LIMIT))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("not a real");
        assertThatThrownBy(() -> SYM.number("Log(0)", LIMIT)).isInstanceOf(FormulaException.class);
    }

    @Test
    void entropyDerivativeAndItsInverse() {
        Formula psi = parse("x*Log(x) - x", "x");
        Formula grad = psi.derivative("x");
        assertThat(grad.text()).isEqualTo("Log(x)");
        Optional<Formula> inv = grad.inverse();
        assertThat(inv).isPresent();
        assertThat(inv.get().text()).isEqualTo("E^y");
        assertThat(inv.get().variables()).containsExactly("y");
        assertThat(inv.get().compile().value(2.0)).isCloseTo(Math.exp(2), Offset.offset(1e-12));
    }

    @Test
    void pNormPotentialDerivative() {
        Formula psi = parse("Abs(x)^(4/3)*3/4", "x");
        Formula grad = psi.derivative("x");
        CompiledFormula g = grad.compile();
        assertThat(g.value(8.0)).isCloseTo(2.0, Offset.offset(1e-12));
        assertThat(g.value(-8.0)).isCloseTo(-2.0, Offset.offset(1e-12));
        assertThat(grad.text()).doesNotContain("'");
    }

    @Test
    void inverseOfCubeRootIsCube() {
        Formula inv = parse("x^(1/3)", "x").inverse().orElseThrow();
        assertThat(inv.compile().value(2.0)).isCloseTo(8.0, Offset.offset(1e-12));
    }

    @Test
    void noClosedFormInverseIsEmpty() {
        assertThat(parse("x + Exp(x) + Sin(x)", "x").inverse()).isEmpty();
    }

    @Test
    void complexBranchesAreRejected() {
        Formula f =
                parse("x^(p-1)", "x", "p").substitute("p", Value.of(new BigFraction(4, 3), "4/3"));
        Optional<Formula> inv = f.inverse();
        inv.ifPresent(g -> assertThat(g.compile().value(2.0)).isCloseTo(8.0, Offset.offset(1e-9)));
    }

    @Test
    void substituteIsExact() {
        Formula f =
                parse("c*r^t", "t", "c", "r")
                        .substitute("r", Value.of(new BigFraction(1, 3), "1/3"));
        assertThat(f.variables()).containsExactly("t", "c");
        assertThat(f.compile().value(2.0, 9.0)).isCloseTo(1.0, Offset.offset(1e-15));
        Formula g = parse("x^2", "x").substitute("x", SYM.number("Sqrt(2)", LIMIT));
        assertThat(g.text()).isEqualTo("2");
    }

    @Test
    void renderings() {
        Formula f = parse("x*Log(x) - x", "x");
        assertThat(f.tex()).contains("\\log");
        assertThat(f.mathml()).startsWith("<math").contains("<mi>x</mi>").endsWith("</math>");
    }

    @Test
    void clearErrors() {
        assertThatThrownBy(() -> parse("x + y", "x"))
                .isInstanceOf(FormulaException.class)
                .hasMessage("unknown symbol 'y' (variables: x)");
        assertThatThrownBy(() -> parse("(1 + x", "x"))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("syntax error");
        assertThatThrownBy(() -> parse("Log(t)", "x"))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("unknown symbol 't' (variables: x)");
        assertThatThrownBy(() -> parse("x", "x").derivative("t"))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("unknown variable 't'");
        assertThatThrownBy(() -> parse("f(x)", "x"))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("unknown function 'f'");
        assertThatThrownBy(() -> parse("x + I", "x"))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("'I'");
        assertThatThrownBy(() -> parse("D", "D"))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("built-in");
    }

    @Test
    void decimalLiteralsAreExact() {
        Formula f = parse("0.5/Sqrt(t+1) + 1e-3", "t");
        assertThat(f.text()).isEqualTo("0.5/Sqrt(t+1) + 1e-3");
        assertThat(f.compile().value(3.0)).isEqualTo(0.251);
    }

    @Test
    void sumsAreExpandedBeforeCompiling() {
        Formula f = parse("Sum(x^i/i, {i, 1, 4})", "x");
        assertThat(f.compile().value(2.0)).isCloseTo(2 + 2 + 8.0 / 3 + 4, Offset.offset(1e-12));
    }
}
