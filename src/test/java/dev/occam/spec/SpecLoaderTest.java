package dev.occam.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

class SpecLoaderTest {

    private static final Path SPECS = Path.of("src/test/resources/specs");

    private final SpecLoader loader =
            new SpecLoader(
                    text -> {
                        if (text.equals("Sqrt(2)")) {
                            return Value.irrational(
                                    new BigDecimal(
                                            "1.41421356237309504880168872420969807856967187537694"),
                                    text);
                        }
                        throw new IllegalArgumentException("not a number: '" + text + "'");
                    });

    /** A valid spec with {@code extra} appended (top-level keys). */
    private static String spec(String extra) {
        return """
                id: x
                title: T
                expect: fails
                problem:
                  kind: least-squares
                algorithm:
                  kind: gradient-descent
                  step: 0.1
                prediction:
                  kind: none
                claims:
                  - kind: limit
                    tolerance: 1e-3
                """
                + extra;
    }

    @Test
    void loadsTheDesignExample() {
        Path file = SPECS.resolve("gd-least-squares-min-distance.yaml");
        Spec spec = loader.load(file);

        assertThat(spec.file()).isEqualTo(file);
        assertThat(spec.id()).isEqualTo("gd-least-squares-min-distance");
        assertThat(spec.title()).startsWith("Gradient descent on underdetermined least squares");
        assertThat(spec.source())
                .isEqualTo("Gunasekar, Lee, Soudry, Srebro (ICML 2018), Proposition 1");
        assertThat(spec.statement()).startsWith("w_t -> argmin");
        assertThat(spec.expect()).isEqualTo(Expect.HOLDS);
        assertThat(spec.problemKind()).isEqualTo("least-squares");
        assertThat(spec.algorithmKind()).isEqualTo("gradient-descent");
        assertThat(spec.predictionKind()).isEqualTo("min-distance-interpolant");
        assertThat(spec.run())
                .isEqualTo(
                        new RunSettings(
                                34, 1_000_000, Duration.ofSeconds(30), 1, Duration.ofSeconds(5)));
        assertThat(spec.sweepKeys()).containsExactly("algorithm.step");
        assertThat(spec.points())
                .extracting(SweepPoint::parameters)
                .containsExactly(
                        Map.of("algorithm.step", "0.001"),
                        Map.of("algorithm.step", "0.01"),
                        Map.of("algorithm.step", "0.05"));
        assertThat(spec.points())
                .extracting(p -> p.algorithm().number("step").rational())
                .containsExactly(
                        new BigFraction(1, 1000), new BigFraction(1, 100), new BigFraction(1, 20));

        SweepPoint first = spec.points().get(0);
        assertThat(first.problem().matrix("X")).hasDimensions(2, 4);
        assertThat(first.problem().vector("y", 2)[1].rational()).isEqualTo(new BigFraction(1, 3));
        assertThat(first.claims())
                .extracting(c -> c.string("kind"))
                .containsExactly("limit", "rate");
        assertThat(first.claims().get(1).section("expect").string("r"))
                .isEqualTo("predicted-contraction");
    }

    @Test
    void loadsTheGeneratedDataExampleWithATwoKeyGrid() {
        Spec spec = loader.load(SPECS.resolve("gd-separable-max-margin.yaml"));

        assertThat(spec.statement()).isNull();
        assertThat(spec.run())
                .isEqualTo(
                        new RunSettings(
                                16, 1_000_000, Duration.ofMinutes(2), 1, Duration.ofMillis(500)));
        assertThat(spec.points())
                .extracting(SweepPoint::parameters)
                .containsExactly(
                        Map.of("algorithm.step", "0.1", "claims[0].tolerance", "1e-3"),
                        Map.of("algorithm.step", "0.1", "claims[0].tolerance", "1e-4"),
                        Map.of("algorithm.step", "0.5/Sqrt(t+1)", "claims[0].tolerance", "1e-3"),
                        Map.of("algorithm.step", "0.5/Sqrt(t+1)", "claims[0].tolerance", "1e-4"));
        assertThat(spec.points().get(0).parameters().keySet())
                .containsExactly("algorithm.step", "claims[0].tolerance");
        SweepPoint last = spec.points().get(3);
        assertThat(last.algorithm().numberOrFormula("step").formula()).isEqualTo("0.5/Sqrt(t+1)");
        assertThat(last.claims().get(0).number("tolerance").rational())
                .isEqualTo(new BigFraction(1, 10_000));
        assertThat(last.problem().matrix("X")).hasDimensions(20, 5);
        assertThat(last.algorithm().vector("init", 5))
                .allSatisfy(v -> assertThat(v.rational()).isEqualTo(BigFraction.ZERO));
    }

    @Test
    void withoutSweepThereIsOnePointAndDefaultRunSettings() {
        Spec spec = loader.load(null, spec(""));

        assertThat(spec.expect()).isEqualTo(Expect.FAILS);
        assertThat(spec.source()).isNull();
        assertThat(spec.sweepKeys()).isEmpty();
        assertThat(spec.points())
                .singleElement()
                .satisfies(p -> assertThat(p.parameters()).isEmpty());
        assertThat(spec.run())
                .isEqualTo(
                        new RunSettings(
                                16, 1_000_000, Duration.ofSeconds(60), 1, Duration.ofSeconds(5)));
    }

    @Test
    void pointSectionsAreFreshAndStillNeedFinishing() {
        SweepPoint point = loader.load(null, spec("")).points().get(0);

        assertThatThrownBy(point.algorithm()::finish)
                .isInstanceOfSatisfying(
                        SpecError.class,
                        e -> assertThat(e.problem()).startsWith("unknown key 'kind'"));
        point.algorithm().string("kind");
        point.algorithm().number("step");
        point.algorithm().finish();
    }

    @Test
    void sweepAddsAKeyTheSpecDoesNotHave() {
        Spec spec = loader.load(null, spec("sweep:\n  algorithm.beta: [0.5, 0.9]\n"));

        assertThat(spec.points())
                .extracting(p -> p.algorithm().number("beta").text())
                .containsExactly("0.5", "0.9");
    }

    @Test
    void sweepReachesIntoListsAndKeepsCollectionValuesAsSourceText() {
        Spec spec = loader.load(null, spec("sweep:\n  algorithm.init: [[1, 2], [3, 4]]\n"));

        assertThat(spec.points())
                .extracting(p -> p.parameters().get("algorithm.init"))
                .containsExactly("[1, 2]", "[3, 4]");
        assertThat(spec.points().get(1).algorithm().vector("init", 2)[0].rational())
                .isEqualTo(new BigFraction(3));
    }

    @Test
    void errorsInASweptValuePointAtTheListElement() {
        Spec spec = loader.load(null, spec("sweep:\n  algorithm.step: [0.1, [1, 2]]\n"));

        assertThatThrownBy(() -> spec.points().get(1).algorithm().number("step"))
                .isInstanceOfSatisfying(
                        SpecError.class,
                        e -> {
                            assertThat(e.position()).isEqualTo(new Position(15, 25));
                            assertThat(e.path()).isEqualTo("algorithm.step");
                            assertThat(e.problem()).isEqualTo("expected a number, got a list");
                        });
    }

    @Test
    void tooLargeAGridIsAnError() {
        String sweep =
                "sweep:\n"
                        + List.of("a", "b", "c", "d", "e").stream()
                                .map(
                                        k ->
                                                "  algorithm."
                                                        + k
                                                        + ": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n")
                                .reduce("", String::concat);

        assertThatThrownBy(() -> loader.load(null, spec(sweep)))
                .isInstanceOfSatisfying(
                        SpecError.class,
                        e -> assertThat(e.problem()).contains("more than 10000 points"));
    }

    @Test
    void textWithoutAFileSkipsTheFileNameCheckAndSaysSpec() {
        assertThatThrownBy(() -> loader.load(null, spec("author: me\n")))
                .hasMessageStartingWith("<spec>:14:1: author: unknown key 'author'");
    }

    @Test
    void deepNestingIsASpecErrorNotAStackOverflow() {
        String deep = "x: " + "[".repeat(5000) + "]".repeat(5000) + "\n";

        assertThatThrownBy(() -> loader.load(null, deep)).isInstanceOf(SpecError.class);
    }

    /**
     * Composing recursed once per level until the stack overflowed: on a 16 MB stack 200,000 nested
     * lists took 8-15 s and were reported at 1:1; the events are now walked first.
     */
    @Test
    void deepNestingIsRefusedWhereItStartsQuicklyOnAnyStack() throws InterruptedException {
        String deep = "x: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n";
        for (long stack : new long[] {256 << 10, 64 << 20}) {
            SpecError[] error = new SpecError[1];
            Thread t =
                    new Thread(
                            null,
                            () ->
                                    error[0] =
                                            catchThrowableOfType(
                                                    SpecError.class, () -> loader.load(null, deep)),
                            "stack-" + stack,
                            stack);
            long start = System.nanoTime();
            t.start();
            t.join();
            assertThat((System.nanoTime() - start) / 1e9).isLessThan(2);
            assertThat(error[0].position()).isEqualTo(new Position(1, 68));
            assertThat(error[0].path()).isEqualTo("x" + "[0]".repeat(64));
            assertThat(error[0].problem()).isEqualTo("nesting deeper than 64 levels");
        }
    }

    /**
     * snakeyaml reads up to three million characters before it gives up, at about a second per
     * million.
     */
    @Test
    void aFileOfMoreThanAMillionCharactersIsRefusedBeforeParsing() {
        String huge = "id: x\nstatement: \"" + "a".repeat(3_000_000) + "\"\n";
        long start = System.nanoTime();

        assertThatThrownBy(() -> loader.load(null, huge))
                .isInstanceOfSatisfying(
                        SpecError.class,
                        e -> {
                            assertThat(e.position()).isEqualTo(new Position(1, 1));
                            assertThat(e.problem())
                                    .startsWith(
                                            "the file has 3000020 characters, more than 1000000");
                        });
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(0.5);
    }

    @Test
    void aliasesCannotExpandData() {
        String laughs = "a: &a [1, 1, 1]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n";

        assertThatThrownBy(() -> loader.load(null, laughs))
                .isInstanceOfSatisfying(
                        SpecError.class,
                        e ->
                                assertThat(e.problem())
                                        .isEqualTo("anchors and aliases (&, *) are not supported"));
    }
}
