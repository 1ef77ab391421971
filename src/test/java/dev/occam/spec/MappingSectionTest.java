package dev.occam.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.numeric.Value;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

class MappingSectionTest {

    private final SectionTestSupport support = new SectionTestSupport();

    private static void assertError(
            ThrowingCallable call, int line, int column, String path, String problem) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        SpecError.class,
                        e -> {
                            assertThat(e.position())
                                    .as("position")
                                    .isEqualTo(new Position(line, column));
                            assertThat(e.path()).as("path").isEqualTo(path);
                            assertThat(e.problem()).as("problem").contains(problem);
                        });
    }

    @Test
    void yamlDecimalsAreExactFractionsNotDoubles() {
        MappingSection s = support.section("step: 0.01\ntiny: 1e-40\nn: 7\nhex: 0x10\n");

        assertThat(s.number("step").rational()).isEqualTo(new BigFraction(1, 100));
        assertThat(s.number("step").text()).isEqualTo("0.01");
        assertThat(s.number("tiny").rational())
                .isEqualTo(new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(40)));
        assertThat(s.number("n").rational()).isEqualTo(new BigFraction(7));
        assertThat(s.number("hex").rational()).isEqualTo(new BigFraction(16));
    }

    @Test
    void rationalStringsAreExactWithoutTheNumbersFunction() {
        MappingSection s = support.section("a: \"1/3\"\nb: -2/7\nc: \"1e-40\"\nd: \"0.5\"\n");

        assertThat(s.number("a").rational()).isEqualTo(new BigFraction(1, 3));
        assertThat(s.number("b").rational()).isEqualTo(new BigFraction(-2, 7));
        assertThat(s.number("c").isRational()).isTrue();
        assertThat(s.number("d").rational()).isEqualTo(new BigFraction(1, 2));
        assertThat(support.symbolic).isEmpty();
    }

    @Test
    void otherStringsGoToTheNumbersFunction() {
        MappingSection s = support.section("a: Sqrt(2)\nb: \"Foo(1)\"\n");

        assertThat(s.number("a").isRational()).isFalse();
        assertThat(support.symbolic).containsExactly("Sqrt(2)");
        assertError(() -> s.number("b"), 2, 4, "algorithm.b", "cannot read 'Foo(1)' as a number");
    }

    @Test
    void divisionByZeroIsAnError() {
        assertError(
                () -> support.section("a: \"1/0\"\n").number("a"),
                1,
                4,
                "algorithm.a",
                "division by zero in '1/0'");
    }

    @Test
    void wrongTypesNameWhatWasExpected() {
        MappingSection s = support.section("a: [1, 2]\nb: true\nc: .inf\nd:\n");

        assertError(() -> s.number("a"), 1, 4, "algorithm.a", "expected a number, got a list");
        assertError(() -> s.number("b"), 2, 4, "algorithm.b", "expected a number, got true");
        assertError(() -> s.number("c"), 3, 4, "algorithm.c", "expected a finite number, got .inf");
        assertError(() -> s.number("d"), 4, 3, "algorithm.d", "expected a number, got nothing");
    }

    @Test
    void numberOutOfDomainSaysWhatTheDomainIs() {
        MappingSection s = support.section("beta: 1.5\n");

        assertThatThrownBy(
                        () ->
                                s.number(
                                        "beta",
                                        v -> v.rational().compareTo(BigFraction.ONE) < 0,
                                        "a number in [0, 1)"))
                .isInstanceOf(SpecError.class)
                .hasMessage("t.yaml:1:7: algorithm.beta: expected a number in [0, 1), got 1.5");
    }

    @Test
    void missingKeysAreReportedAtTheMapping() {
        MappingSection s = support.section("\nkind: momentum\n");

        assertError(() -> s.number("beta"), 2, 1, "algorithm.beta", "missing required key 'beta'");
        assertThat(s.optionalNumber("beta")).isEmpty();
    }

    @Test
    void integersRejectFractionsAndStrings() {
        MappingSection s = support.section("a: 3\nb: 3.5\nc: \"3\"\nd: 99999999999999999999\n");

        assertThat(s.integer("a")).isEqualTo(3);
        assertError(() -> s.integer("b"), 2, 4, "algorithm.b", "expected an integer, got 3.5");
        assertError(() -> s.integer("c"), 3, 4, "algorithm.c", "expected an integer, got '3'");
        assertError(
                () -> s.integer("d"),
                4,
                4,
                "algorithm.d",
                "expected an integer, got 99999999999999999999");
        assertThat(s.integer("a", n -> n > 2, "an integer above 2")).isEqualTo(3);
        assertError(
                () -> s.integer("a", n -> n > 5, "an integer above 5"),
                1,
                4,
                "algorithm.a",
                "expected an integer above 5, got 3");
    }

    @Test
    void stringsAndChoices() {
        MappingSection s = support.section("norm: l1\nlabel: 5\nrandom: cauchy\n");

        assertThat(s.string("norm")).isEqualTo("l1");
        assertThat(s.optionalString("absent")).isEmpty();
        assertError(() -> s.string("label"), 2, 8, "algorithm.label", "expected a string, got 5");
        assertThat(s.choice("norm", List.of("l1", "l2"))).isEqualTo("l1");
        assertError(
                () -> s.choice("random", List.of("gaussian", "uniform")),
                3,
                9,
                "algorithm.random",
                "expected one of: gaussian, uniform; got 'cauchy'");
    }

    @Test
    void booleans() {
        MappingSection s = support.section("a: true\nb: False\nc: yes\n");

        assertThat(s.bool("a")).isTrue();
        assertThat(s.optionalBool("b")).contains(false);
        assertError(() -> s.bool("c"), 3, 4, "algorithm.c", "expected true or false, got 'yes'");
    }

    @Test
    void finishNamesTheFirstUnreadKeyAndTheKeysThatWereAskedFor() {
        MappingSection s = support.section("kind: momentum\nstep: 0.1\nbetta: 0.9\n");
        s.string("kind");
        s.number("step");
        s.optionalNumber("beta");

        assertError(
                s::finish,
                3,
                1,
                "algorithm.betta",
                "unknown key 'betta' (expected one of: kind, step, beta)");
    }

    @Test
    void finishPassesWhenEveryKeyWasRead() {
        MappingSection s = support.section("kind: momentum\n");
        s.string("kind");

        s.finish();
        assertThat(s.keys()).containsExactly("kind");
    }

    @Test
    void inlineVectorsAndZeros() {
        MappingSection s = support.section("a: [1, \"1/3\", 0.5]\nb: zeros\n");

        assertThat(s.vector("a", 3))
                .extracting(Value::rational)
                .containsExactly(new BigFraction(1), new BigFraction(1, 3), new BigFraction(1, 2));
        assertThat(s.vector("a")).hasSize(3);
        assertThat(s.vector("b", 2))
                .extracting(Value::rational)
                .containsExactly(BigFraction.ZERO, BigFraction.ZERO);
    }

    @Test
    void vectorOfWrongLengthOrUnknownZeros() {
        MappingSection s = support.section("a: [1, 2]\nb: zeros\nc: [1, [2]]\nd: 5\n");

        assertError(
                () -> s.vector("a", 3),
                1,
                4,
                "algorithm.a",
                "expected a vector of length 3, got 2 entries");
        assertError(() -> s.vector("b"), 2, 4, "algorithm.b", "'zeros' needs a known length");
        assertError(() -> s.vector("c"), 3, 8, "algorithm.c[1]", "expected a number, got a list");
        assertError(() -> s.vector("d"), 4, 4, "algorithm.d", "expected a vector");
    }

    @Test
    void inlineMatrix() {
        Value[][] x = support.section("X: [[2, -1], [\"1/3\", 0]]\n").matrix("X");

        assertThat(x).hasDimensions(2, 2);
        assertThat(x[1][0].rational()).isEqualTo(new BigFraction(1, 3));
    }

    @Test
    void raggedMatrixIsReportedAtTheOffendingRow() {
        MappingSection s = support.section("X:\n  - [1, 2]\n  - [3, 4, 5]\n");

        assertError(
                () -> s.matrix("X"),
                3,
                5,
                "algorithm.X[1]",
                "expected a row of length 2 like row 0, got 3");
    }

    @Test
    void matrixEntriesAndRowsHaveIndexedPaths() {
        assertError(
                () -> support.section("X: [[1, 2], [abc, 4]]\n").matrix("X"),
                1,
                14,
                "algorithm.X[1][0]",
                "cannot read 'abc' as a number");
        assertError(
                () -> support.section("X: [[1, 2], 3]\n").matrix("X"),
                1,
                13,
                "algorithm.X[1]",
                "expected a row");
        assertError(
                () -> support.section("X: []\n").matrix("X"),
                1,
                4,
                "algorithm.X",
                "expected a matrix");
    }

    @Test
    void generatedDataIsDeterministicAndExact() {
        String yaml =
                "X: {random: gaussian, shape: [3, 4], seed: 7, scale: 0.1}\nw: {random: uniform, seed: 2}\n";
        Value[][] x = support.section(yaml).matrix("X");
        Value[][] again = support.section(yaml).matrix("X");
        double[] draws = DataGenerator.draw(DataGenerator.Distribution.GAUSSIAN, 7, 12);

        assertThat(x).hasDimensions(3, 4).isDeepEqualTo(again);
        assertThat(x[1][2].rational())
                .isEqualTo(new BigFraction(draws[6]).multiply(new BigFraction(1, 10)));
        assertThat(support.section(yaml).vector("w", 5))
                .hasSize(5)
                .allSatisfy(v -> assertThat(v.doubleValue()).isBetween(-1.0, 1.0));
    }

    /** Every entry's decimal is its exact fraction rounded to 120 digits, whatever the scale. */
    @ParameterizedTest
    @ValueSource(strings = {"0.1", "1", "2.5", "1/3", "3/7"})
    void generatedDecimalsAreTheFractionsRounded(String scale) {
        Value[][] x =
                support.section(
                                "X: {random: gaussian, shape: [2, 3], seed: 3, scale: \""
                                        + scale
                                        + "\"}\n")
                        .matrix("X");
        for (Value[] row : x)
            for (Value v : row)
                assertThat(v.decimal()).isEqualTo(Value.of(v.rational(), v.text()).decimal());
    }

    @Test
    void generatedDataWithAnIrrationalScaleIsIrrational() {
        Value[] w =
                support.section("w: {random: uniform, seed: 2, scale: Sqrt(2)}\n").vector("w", 3);

        assertThat(w).allSatisfy(v -> assertThat(v.isRational()).isFalse());
    }

    @Test
    void generatedShapeMustFitTheUse() {
        assertError(
                () ->
                        support.section("X: {random: gaussian, shape: [0, 3], seed: 1}\n")
                                .matrix("X"),
                1,
                31,
                "algorithm.X.shape[0]",
                "expected a positive integer, got 0");
        assertError(
                () -> support.section("X: {random: gaussian, shape: [4], seed: 1}\n").matrix("X"),
                1,
                30,
                "algorithm.X.shape",
                "expected a shape [rows, columns], got a list of 1");
        assertError(
                () -> support.section("X: {random: gaussian, seed: 1}\n").matrix("X"),
                1,
                4,
                "algorithm.X.shape",
                "missing required key 'shape'");
        assertError(
                () ->
                        support.section("w: {random: gaussian, shape: [4], seed: 1}\n")
                                .vector("w", 3),
                1,
                30,
                "algorithm.w.shape",
                "expected shape [3], got [4]");
        assertError(
                () ->
                        support.section("X: {random: gaussian, shape: [100000, 100000], seed: 1}\n")
                                .matrix("X"),
                1,
                30,
                "algorithm.X.shape",
                "more than 100000");
    }

    @Test
    void generatedDataRejectsUnknownKeysAndBadFields() {
        assertError(
                () -> support.section("w: {random: gaussian, seed: 1, sigma: 2}\n").vector("w", 2),
                1,
                32,
                "algorithm.w.sigma",
                "unknown key 'sigma' (expected one of: shape, random, seed, scale)");
        assertError(
                () -> support.section("w: {random: cauchy, seed: 1}\n").vector("w", 2),
                1,
                13,
                "algorithm.w.random",
                "expected one of: gaussian, uniform");
        assertError(
                () -> support.section("w: {random: gaussian}\n").vector("w", 2),
                1,
                4,
                "algorithm.w.seed",
                "missing required key 'seed'");
        assertError(
                () -> support.section("w: {random: gaussian, seed: 1, scale: -1}\n").vector("w", 2),
                1,
                39,
                "algorithm.w.scale",
                "expected a positive number, got -1");
    }

    @Test
    void numberOrFormula() {
        MappingSection s =
                support.section("a: 0.01\nb: \"1/3\"\nc: \"0.5/Sqrt(t+1)\"\nd: Sqrt(2)\ne: [1]\n");

        assertThat(s.numberOrFormula("a").number().rational()).isEqualTo(new BigFraction(1, 100));
        assertThat(s.numberOrFormula("b").number().rational()).isEqualTo(new BigFraction(1, 3));
        Section.NumberOrFormula c = s.numberOrFormula("c");
        assertThat(c.isNumber()).isFalse();
        assertThat(c.formula()).isEqualTo("0.5/Sqrt(t+1)");
        assertThat(c.position()).isEqualTo(new Position(3, 4));
        assertThat(c.path()).isEqualTo("algorithm.c");
        assertThat(s.numberOrFormula("d").formula()).isEqualTo("Sqrt(2)");
        assertThat(support.symbolic).isEmpty();
        assertError(
                () -> s.numberOrFormula("e"),
                5,
                4,
                "algorithm.e",
                "expected a number or a formula, got a list");
    }

    @Test
    void nestedSections() {
        MappingSection s =
                support.section("step: {over-loss: 1, cap: 2}\nnorm: l2\nlist: [{kind: a}, 3]\n");

        assertThat(s.isSection("step")).isTrue();
        assertThat(s.isSection("norm")).isFalse();
        Section step = s.section("step");
        assertThat(step.path()).isEqualTo("algorithm.step");
        assertThat(step.number("cap").rational()).isEqualTo(new BigFraction(2));
        assertThat(s.optionalSection("absent")).isEqualTo(Optional.empty());
        assertError(
                () -> s.section("norm"), 2, 7, "algorithm.norm", "expected a mapping, got 'l2'");
        assertError(
                () -> s.sections("list"), 3, 19, "algorithm.list[1]", "expected a mapping, got 3");
    }

    @Test
    void errorsPointAtTheValueOrTheSection() {
        MappingSection s = support.section("kind: momentum\nbeta: 2\n");

        assertThat(s.error("beta", "too big").position()).isEqualTo(new Position(2, 7));
        assertThat(s.error("gamma", "missing").position()).isEqualTo(new Position(1, 1));
        assertThat(s.error("whole").path()).isEqualTo("algorithm");
    }
}
