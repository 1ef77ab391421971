package dev.occam.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.spec.SearchSettings;
import dev.occam.spec.SpecDocument;
import dev.occam.spec.SpecError;
import dev.occam.spec.SpecLoader;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

class SearchSpaceTest {
    private static final String SPEC =
            """
            id: s
            title: T
            expect: holds
            problem:
              kind: least-squares
              X: [[1, 2, 0], [3, 4, 1]]
              y: [1, 2]
            algorithm:
              kind: steepest-descent
              norm: "lp:3"
              step: 0.01
              init: [0, 0, 0]
            prediction:
              kind: min-distance-interpolant
              norm: "lp:3"
            claims:
              - kind: limit
            search:
              parameters:
            """;

    private static SearchSpace space(String parameters) {
        String text = SPEC + parameters.indent(4);
        SearchSettings settings =
                new SpecLoader(
                                t -> {
                                    throw new IllegalArgumentException(t);
                                })
                        .load(null, text)
                        .search()
                        .orElseThrow();
        return new SearchSpace(
                Path.of("s.yaml"), settings, SpecDocument.parse(null, text).without("search"));
    }

    @Test
    void drawsAreExactInsideTheirDomainsAndRepeatWithTheSeed() {
        SearchSpace space =
                space(
                        """
                        algorithm.step: {interval: [0.0001, 0.1], scale: log}
                        algorithm.norm: {norm: lp, p: [1.2, 4], also: [prediction.norm]}
                        problem.X: {integers: [-10, 10], require: full-row-rank}
                        problem.y: {rationals: [-1, 1], denominator: 3}
                        algorithm.init: {box: [-2, 2]}
                        """);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Candidate c = space.sample(new SplittableRandom(i));
            assertThat(space.sample(new SplittableRandom(i))).isEqualTo(c);
            keys.add(c.key());
            BigFraction step = ((Draw.Number) c.get("algorithm.step")).value();
            assertThat(step.doubleValue()).isBetween(1e-4, 0.1);
            assertThat(step.getDenominator().toString())
                    .matches("10*|[0-9]*")
                    .as("a terminating decimal");
            BigFraction p = ((Draw.Norm) c.get("algorithm.norm")).p();
            assertThat(p.doubleValue()).isBetween(1.2, 4.0);
            BigFraction[][] x = ((Draw.Array) c.get("problem.X")).rows();
            assertThat(x).hasDimensions(2, 3);
            // full row rank of a 2 x 3 matrix: some 2 x 2 minor is nonzero
            boolean rank2 = false;
            for (int a = 0; a < 3; a++)
                for (int b = a + 1; b < 3; b++)
                    rank2 |=
                            x[0][a].multiply(x[1][b]).subtract(x[0][b].multiply(x[1][a])).signum()
                                    != 0;
            assertThat(rank2).isTrue();
            for (BigFraction[] row : x)
                for (BigFraction q : row) {
                    assertThat(q.getDenominator()).isEqualTo(BigInteger.ONE);
                    assertThat(q.intValue()).isBetween(-10, 10);
                }
            for (BigFraction q : ((Draw.Array) c.get("problem.y")).rows()[0]) {
                assertThat(q.doubleValue()).isBetween(-1.0, 1.0);
                assertThat(q.getDenominator().intValue()).isBetween(1, 3);
            }
            SpecDocument doc = space.document(c);
            assertThat(doc.get("prediction.norm")).isEqualTo(doc.get("algorithm.norm"));
            assertThat(doc.get("algorithm.init")).startsWith("[").doesNotStartWith("[[");
        }
        assertThat(keys).hasSizeGreaterThan(195);
    }

    @Test
    void everySimplerCandidateIsSimplerAndDataPointsDropTogether() {
        SearchSpace space =
                space(
                        """
                        algorithm.step: {interval: [0.0001, 0.1]}
                        problem.X: {integers: [-10, 10], shape: [2, 3]}
                        problem.y: {integers: [-10, 10], shape: [2]}
                        """);
        Candidate c = space.sample(new SplittableRandom(7));
        List<Candidate> simpler = space.simpler(c);
        assertThat(simpler).isNotEmpty();
        for (Candidate s : simpler) {
            assertThat(SearchSpace.complexity(s)).isLessThan(SearchSpace.complexity(c));
            Draw.Array x = (Draw.Array) s.get("problem.X");
            Draw.Array y = (Draw.Array) s.get("problem.y");
            assertThat(y.rows()[0]).as("y keeps one entry per row of X").hasSize(x.rows().length);
        }
        assertThat(simpler.get(0).get("problem.X").yaml())
                .as("fewer data points first")
                .startsWith("[[")
                .doesNotContain("], [");
        // shrinking ends: repeatedly taking the first simpler candidate reaches a minimum
        Candidate at = c;
        for (int steps = 0; ; steps++) {
            List<Candidate> next = space.simpler(at);
            if (next.isEmpty()) break;
            at = next.get(next.size() - 1);
            assertThat(steps).isLessThan(10_000);
        }
    }

    @Test
    void roundNumbersComeFirst() {
        assertThat(
                        SearchSpace.shortest(
                                new BigFraction(7080596, 100_000_000),
                                new BigFraction(1, 10_000_000)))
                .isEqualTo(new BigFraction(708060, 10_000_000)); // 0.0708060, 6 digits, within 1e-7
        assertThat(SearchSpace.shortest(new BigFraction(97, 1000), new BigFraction(1, 100)))
                .isEqualTo(new BigFraction(1, 10));
        assertThat(Draw.text(new BigFraction(1, 3))).isEqualTo("\"1/3\"");
        assertThat(Draw.text(new BigFraction(1, 8))).isEqualTo("0.125");
        assertThat(Draw.text(new BigFraction(-7))).isEqualTo("-7");
        assertThat(new Draw.Norm(new BigFraction(4, 3)).yaml()).isEqualTo("\"lp:4/3\"");
        assertThat(new Draw.Norm(new BigFraction(5, 2)).yaml()).isEqualTo("\"lp:2.5\"");
    }

    @Test
    void aGridCoversTheEndsAndStaysInTheBudget() {
        SearchSpace space =
                space(
                        """
                        algorithm.step: {interval: [0.01, 0.1]}
                        algorithm.norm: {values: ["lp:3", "lp:4/3"]}
                        """);
        List<Candidate> grid = space.grid(20, new SplittableRandom(1));
        assertThat(grid).hasSize(20); // 10 steps x 2 norms
        assertThat(grid.get(0).key()).isEqualTo("algorithm.step=0.01; algorithm.norm=\"lp:3\"");
        assertThat(grid.get(19).key()).isEqualTo("algorithm.step=0.1; algorithm.norm=\"lp:4/3\"");
    }

    @Test
    void aPathOutsideTheSpecIsAnErrorAtItsParameter() {
        SearchSpace space = space("problem.Z.entry: {interval: [0, 1]}\n");
        Candidate c = space.sample(new SplittableRandom(1));
        assertThatThrownBy(() -> space.validate(c))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("search.parameters.problem.Z.entry")
                .hasMessageContaining("problem.Z is not in the spec");
        assertThatThrownBy(() -> space("problem.w: {integers: [0, 1]}\n"))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("give shape");
    }
}
