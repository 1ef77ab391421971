package dev.occam.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * The generated cross-references of docs/spec.schema.json on one valid spec and small edits of it:
 * each edit is valid or rejected at the place named, so a rule that is too strict fails as surely
 * as one that is too lax.
 */
class SpecSchemaCrossReferenceTest {
    private static final SpecSchema SCHEMA = new SpecSchema();

    private static final String BASE =
            """
            id: base
            title: t
            expect: holds
            problem:
              kind: least-squares
              X: [[1, 2, 0], [3, 4, 1]]
              y: [1, 2]
            algorithm:
              kind: mirror-descent
              potential: "x*Log(x) - x"
              step: 0.01
              init: [1, "1/2", 2]
            prediction:
              kind: bregman-projection
              potential: "x*Log(x) - x"
            claims:
              - kind: limit
                tolerance: 1e-8
              - kind: rate
                quantity: distance
                law: "c*r^t"
                expect: {r: predicted-contraction}
            sweep:
              algorithm.step: [0.01, 0.02]
            """;

    /**
     * Replace each "from" by its "to" in BASE; expect "valid" or every message under the given
     * place.
     */
    record Edit(String expected, String... fromTo) {
        @Override
        public String toString() {
            return String.join(" / ", fromTo).replace("\n", " ") + " -> " + expected;
        }
    }

    static Stream<Edit> edits() {
        String x = "X: [[1, 2, 0], [3, 4, 1]]";
        String init = "init: [1, \"1/2\", 2]";
        String law = "law: \"c*r^t\"";
        String swept = "algorithm.step:";
        return Stream.of(
                new Edit("valid"),
                new Edit("valid", x, "X: {random: gaussian, seed: 1, shape: [2, 3]}"),
                new Edit("/algorithm/init", x, "X: {random: gaussian, seed: 1, shape: [2, 4]}"),
                new Edit(
                        "/problem",
                        x,
                        "X: {random: gaussian, seed: 1, shape: [3, 3]}"), // too many rows, and y
                // too short
                new Edit("/algorithm/init", x, "X: {random: gaussian, seed: 1, shape: [2, 40]}"),
                new Edit("/problem/X/1", x, "X: [[1, 2, 0], [3, 4]]"),
                new Edit("valid", "y: [1, 2]", "y: {random: gaussian, seed: 2, shape: [2]}"),
                new Edit("/problem/y", "y: [1, 2]", "y: {random: gaussian, seed: 2, shape: [3]}"),
                new Edit("/problem/y", "y: [1, 2]", "y: [1]"),
                new Edit("valid", init, "init: {random: uniform, seed: 2, shape: [3]}"),
                new Edit("/algorithm/init", init, "init: {random: uniform, seed: 2, shape: [2]}"),
                new Edit("/algorithm/init/1", init, "init: [1, \"-1/2\", 2]"),
                new Edit("/algorithm/init/1", init, "init: [1, 0, 2]"),
                new Edit("/algorithm/init", init, "init: zeros"),
                new Edit(
                        "valid",
                        init,
                        "init: [1, -1, 2]",
                        "potential: \"x*Log(x) - x\"\n  step",
                        "potential: \"x^4\"\n  step"),
                new Edit("/claims/1/expect", law, "law: \"c*exp(-k*t)\""),
                new Edit("/claims/1/expect", "{r: predicted-contraction}", "{k: 2}"),
                new Edit("/claims/1/expect", law, "law: \"c*rho^t\""),
                new Edit(
                        "valid",
                        law,
                        "law: \"c*rho^t\"",
                        "{r: predicted-contraction}",
                        "{rho: 0.5}"),
                new Edit("valid", swept, "claims[1].law:"),
                new Edit("/sweep", swept, "claims[2].tolerance:"),
                new Edit("/sweep", swept, "claims[0].law:"),
                new Edit("/sweep", swept, "algorithm.beta:"),
                new Edit("/sweep", swept, "algorithm.schedule:"),
                new Edit("valid", swept, "algorithm.init[1]:"),
                new Edit("valid", swept, "prediction.potential:"),
                new Edit("/sweep", swept, "prediction.norm:"),
                new Edit(
                        "valid",
                        "kind: mirror-descent\n  potential: \"x*Log(x) - x\"",
                        "kind: steepest-descent\n  norm: \"lp:3/2\""),
                new Edit(
                        "/algorithm/norm",
                        "kind: mirror-descent\n  potential: \"x*Log(x) - x\"",
                        "kind: steepest-descent\n  norm: \"lp:2/3\""),
                new Edit(
                        "valid",
                        "kind: mirror-descent\n  potential: \"x*Log(x) - x\"",
                        "kind: steepest-descent\n  norm: {quadratic: [[2, 0, 0], [0, 1, 0], [0, 0, 1]]}"),
                new Edit(
                        "/algorithm/norm/quadratic",
                        "kind: mirror-descent\n  potential: \"x*Log(x) - x\"",
                        "kind: steepest-descent\n  norm: {quadratic: [[2, 0], [0, 1]]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void edit(Edit edit) {
        String yaml = BASE;
        for (int i = 0; i < edit.fromTo().length; i += 2) {
            assertThat(yaml).as("the edit's text occurs in the spec").contains(edit.fromTo()[i]);
            yaml = yaml.replace(edit.fromTo()[i], edit.fromTo()[i + 1]);
        }
        SpecSchema.Outcome o = SCHEMA.validate(yaml);
        assertThat(o.loadError()).isNull();
        if (edit.expected().equals("valid")) {
            assertThat(o.messages()).as(yaml).isEmpty();
        } else {
            assertThat(o.messages())
                    .as(yaml)
                    .isNotEmpty()
                    .allSatisfy(
                            m ->
                                    assertThat(m.getInstanceLocation().toString())
                                            .startsWith(edit.expected()));
        }
    }
}
