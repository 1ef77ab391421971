package dev.occam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.check.CheckOptions;
import dev.occam.check.ClaimResult;
import dev.occam.check.PointResult;
import dev.occam.check.Progress;
import dev.occam.check.SpecResult;
import dev.occam.check.Verdict;
import dev.occam.spec.Spec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled spec reaches the verdict it expects, for the reason its claims give. */
class BundledSpecsTest {
    private static final PipelineEngine ENGINE = new PipelineEngine();

    static List<Path> bundled() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String dir : List.of("theorems", "counterexamples")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(all::add);
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void verdictIsAsExpected(Path file) {
        Spec spec = ENGINE.load(file);
        SpecResult result = ENGINE.check(spec, CheckOptions.defaults(), Progress.NONE);
        assertThat(result.asExpected()).as(result.message()).isTrue();
        Verdict expected = spec.expect() == dev.occam.spec.Expect.HOLDS ? Verdict.HOLDS : Verdict.FAILS;
        assertThat(result.verdict()).isEqualTo(expected);
        // the page shows the loss as math rendered by Symja, not only as text
        assertThat(result.derived()).containsKey("L(w) (loss)");
        assertThat(result.derived().get("L(w) (loss)").get("mathml")).startsWith("<math");
        assertThat(dev.occam.report.HtmlReport.render(result, List.of())).contains("<math");
        // a HOLDS rests on certified limits: every limit claim has a finite bound below its tolerance
        for (PointResult p : result.points()) {
            for (ClaimResult c : p.claims()) {
                if (c.kind().equals("limit") && c.verdict() == Verdict.HOLDS) {
                    assertThat(Double.parseDouble(c.error()) + Double.parseDouble(c.bound()))
                            .isLessThanOrEqualTo(Double.parseDouble(c.tolerance()));
                    assertThat(c.certifiedBy()).contains("a posteriori tail bound");
                }
            }
        }
    }
}
