package dev.occam.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.numeric.Value;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

class SpecDocumentTest {
    /** Exact strings other than plain rationals are the engine's business; none is needed here. */
    private final SpecLoader loader =
            new SpecLoader(
                    text -> {
                        throw new IllegalArgumentException("not a number: '" + text + "'");
                    });

    private static List<Path> bundled() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("theorems", "counterexamples", "searches")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void everyBundledSpecSurvivesBeingWrittenOutAgain() throws IOException {
        List<Path> files = bundled();
        assertThat(files).hasSizeGreaterThan(60);
        for (Path f : files) {
            String original = Files.readString(f);
            String text = SpecDocument.parse(f, original).text();
            // a fixed point: the regenerated text regenerates itself
            assertThat(SpecDocument.parse(f, text).text()).as(f.toString()).isEqualTo(text);
            Spec before, after;
            try {
                before = loader.load(f, original);
            } catch (SpecError e) {
                continue; // needs the engine's exact numbers (Sqrt(2) and the like)
            }
            after = loader.load(f, text);
            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.title()).isEqualTo(before.title());
            assertThat(after.statement()).isEqualTo(before.statement());
            assertThat(after.run()).isEqualTo(before.run());
            assertThat(after.search())
                    .usingRecursiveComparison()
                    .ignoringFieldsOfTypes(Position.class)
                    .isEqualTo(before.search());
            assertThat(after.points()).hasSameSizeAs(before.points());
            for (int i = 0; i < before.points().size(); i++) {
                assertThat(after.points().get(i).parameters())
                        .as(f + " point " + i)
                        .isEqualTo(before.points().get(i).parameters());
            }
        }
    }

    @Test
    void valuesAreReplacedOrAddedAtDottedPaths() {
        SpecDocument doc =
                SpecDocument.parse(
                        null,
                        """
                        id: x
                        algorithm:
                          kind: gradient-descent
                          step: 0.1
                        claims:
                          - kind: limit
                            tolerance: 1e-6
                        """);
        SpecDocument changed =
                doc.with("algorithm.step", "\"1/3\"")
                        .with("algorithm.init", "[0, 0.5]")
                        .with("claims[0].tolerance", "1e-9");
        assertThat(changed.get("algorithm.step")).isEqualTo("\"1/3\"");
        assertThat(changed.get("algorithm.init")).isEqualTo("[0, 0.5]");
        assertThat(changed.get("claims[0].tolerance")).isEqualTo("1e-9");
        assertThat(changed.text())
                .isEqualTo(
                        """
                        id: x
                        algorithm:
                          kind: gradient-descent
                          step: "1/3"
                          init: [0, 0.5]
                        claims:
                          - kind: limit
                            tolerance: 1e-9
                        """);
        assertThat(doc.get("algorithm.step")).as("documents are values").isEqualTo("0.1");
        assertThat(changed.shape("algorithm.init")).containsExactly(2);
        assertThatThrownBy(() -> doc.with("problem.X", "[1]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("problem is not in the spec");
        assertThatThrownBy(() -> doc.with("claims[3].tolerance", "1"))
                .hasMessageContaining("claims[3] is not in the spec");
    }

    @Test
    void stringsThatWouldReadAsSomethingElseAreQuoted() {
        SpecDocument doc = SpecDocument.parse(null, "id: x\n");
        for (String s :
                List.of(
                        "true",
                        "null",
                        "1/3",
                        "a: b",
                        "# not a comment",
                        "two\nlines",
                        "say \"hi\"",
                        "lp:4/3",
                        "12")) {
            SpecDocument written = doc.withString("title", s);
            SpecDocument read = SpecDocument.parse(null, written.text());
            assertThat(read.get("title")).as(s).isEqualTo(written.get("title"));
            assertThat(written.get("title")).as(s).startsWith("\"");
        }
        assertThat(doc.withString("expect", "fails").text()).contains("expect: fails\n");
    }

    @Test
    void theSearchBlockIsReadWithItsDefaults() {
        Spec spec =
                loader.load(
                        null,
                        """
                        id: x
                        title: T
                        expect: holds
                        problem: {kind: least-squares, X: [[1, 2, 0], [3, 4, 1]], y: [1, 2]}
                        algorithm: {kind: steepest-descent, norm: "lp:3", step: 0.01}
                        prediction: {kind: min-distance-interpolant, norm: "lp:3"}
                        claims:
                          - kind: limit
                        search:
                          parameters:
                            algorithm.step: {interval: ["1/1000", 0.1], scale: log}
                            algorithm.norm: {norm: lp, p: [1.5, 4], also: [prediction.norm]}
                            problem.X: {integers: [-10, 10], require: full-row-rank}
                            problem.y: {rationals: [-1, 1], denominator: 4, shape: [2]}
                        """);
        SearchSettings s = spec.search().orElseThrow();
        assertThat(s.strategy()).isEqualTo("random");
        assertThat(s.candidates()).isEqualTo(100);
        assertThat(s.parameters())
                .extracting(SearchSettings.Parameter::path)
                .containsExactly("algorithm.step", "algorithm.norm", "problem.X", "problem.y");
        assertThat(s.parameters().get(0).domain())
                .isEqualTo(
                        new SearchSettings.Interval(
                                new org.hipparchus.fraction.BigFraction(1, 1000),
                                new org.hipparchus.fraction.BigFraction(1, 10),
                                true));
        assertThat(s.parameters().get(1).also()).containsExactly("prediction.norm");
        SearchSettings.Array x = (SearchSettings.Array) s.parameters().get(2).domain();
        assertThat(x.shape()).as("taken from the spec when the search runs").isNull();
        assertThat(x.filter()).isEqualTo(SearchSettings.Filter.FULL_ROW_RANK);
        SearchSettings.Array y = (SearchSettings.Array) s.parameters().get(3).domain();
        assertThat(y.denominator()).isEqualTo(4);
        assertThat(y.shape()).containsExactly(2);
        assertThat(Value.of(1).isRational()).isTrue();
    }
}
