package dev.occam.check;

import static dev.occam.check.CheckTestSupport.bundled;
import static dev.occam.check.CheckTestSupport.check;
import static dev.occam.check.CheckTestSupport.replaceOnce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.report.Legends;
import dev.occam.report.Plots;
import dev.occam.result.Series;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

/**
 * The series PointCurves emits for a classification run with a max-margin prediction, and their
 * plots.
 */
class ClassificationPanelsTest {
    private static SpecResult separable;
    private static Map<String, Series> byRole;

    @BeforeAll
    static void runTheBundledSpec() {
        separable = check(bundled("theorems/gd-separable-max-margin.yaml"));
        assertThat(separable.verdict()).isEqualTo(Verdict.HOLDS);
        byRole =
                separable.points().get(0).series().stream()
                        .collect(Collectors.toMap(s -> s.role().text(), Function.identity()));
    }

    @Test
    void emitsThePanelsInOrderThenTheRateClaimsFits() {
        assertThat(separable.points().get(0).series())
                .extracting(s -> s.role().text())
                .containsExactly(
                        "scatter:separator:positive",
                        "scatter:separator:negative",
                        "predicted:separator:max-margin",
                        "guide:separator:margin+1",
                        "guide:separator:margin-1",
                        "dashed:separator:run",
                        "norm",
                        "predicted:norm",
                        "loss",
                        "predicted:loss",
                        "direction-gap",
                        "predicted:direction-gap",
                        "offset-residual",
                        "fit:loss",
                        "fit:norm",
                        "fit:direction-gap");
    }

    @Test
    void panelAHasThePointsByLabelAndTheSupportVectorsOnTheMarginLines() {
        Series positive = byRole.get("scatter:separator:positive"),
                negative = byRole.get("scatter:separator:negative");
        assertThat(positive.x()).containsExactly(2, 3);
        assertThat(positive.y()).containsExactly(0.5, 2);
        assertThat(negative.x()).containsExactly(0.5, -1);
        assertThat(negative.y()).containsExactly(-1, -3);
        // the separators pass through the origin; the support vectors (2, 1/2) and (1/2, -1) lie on
        // the margins
        assertThat(cross(byRole.get("predicted:separator:max-margin"), 0, 0))
                .isCloseTo(0, within(1e-12));
        assertThat(cross(byRole.get("dashed:separator:run"), 0, 0)).isCloseTo(0, within(1e-12));
        assertThat(cross(byRole.get("guide:separator:margin+1"), 2, 0.5))
                .isCloseTo(0, within(1e-12));
        assertThat(cross(byRole.get("guide:separator:margin-1"), 0.5, -1))
                .isCloseTo(0, within(1e-12));
        // and no other point is inside the margin band: the far points are off both lines
        assertThat(Math.abs(cross(byRole.get("guide:separator:margin+1"), 3, 2)))
                .isGreaterThan(0.1);
    }

    @Test
    void predictedLawsMeetTheMeasuredCurvesLate() {
        for (String q : List.of("norm", "loss", "direction-gap")) {
            Series measured = byRole.get(q), predicted = byRole.get("predicted:" + q);
            double last = measured.y()[measured.y().length - 1],
                    lastPredicted = predicted.y()[predicted.y().length - 1];
            assertThat(predicted.x()[predicted.x().length - 1])
                    .as(q)
                    .isEqualTo(measured.x()[measured.x().length - 1]);
            assertThat(lastPredicted / last).as(q).isCloseTo(1, within(0.01));
        }
        // the asymptotic laws are not drawn where they leave the measured range (negative norm,
        // blow-up of 1/(log t + d)^2)
        for (String q : List.of("norm", "loss", "direction-gap")) {
            double max = Arrays.stream(byRole.get(q).y()).max().orElseThrow();
            for (double y : byRole.get("predicted:" + q).y())
                assertThat(y).as(q).isPositive().isLessThanOrEqualTo(2 * max);
        }
        Series residual = byRole.get("offset-residual");
        assertThat(residual.y()[residual.y().length - 1]).isLessThan(residual.y()[0] / 1000);
    }

    @Test
    void plotsRenderOnePngPerPanel() throws Exception {
        List<Plots.Plot> plots = Plots.of(separable);
        assertThat(plots)
                .extracting(Plots.Plot::fileName)
                .containsExactly(
                        "gd-separable-max-margin-separator.png",
                        "gd-separable-max-margin-norm.png",
                        "gd-separable-max-margin-loss.png",
                        "gd-separable-max-margin-direction-gap.png",
                        "gd-separable-max-margin-offset-residual.png");
        assertThat(plots)
                .extracting(Plots.Plot::title)
                .allSatisfy(t -> assertThat(t).startsWith("("));
        for (Plots.Plot p : plots) {
            var image = ImageIO.read(new ByteArrayInputStream(p.png()));
            assertThat(image).as(p.fileName()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(800);
        }
    }

    @Test
    void otherAlgorithmsGetTheMeasuredCurvesWithoutShnPredictions() {
        String yaml = bundled("theorems/gd-separable-max-margin.yaml");
        yaml =
                replaceOnce(
                        yaml,
                        "kind: gradient-descent\n  step: 0.02",
                        "kind: normalized-gradient-descent\n  step: 0.01");
        yaml = replaceOnce(yaml, "kind: max-margin-offset", "kind: max-margin");
        yaml = replaceOnce(yaml, "max-iterations: 1000000", "max-iterations: 2000");
        SpecResult r = check(yaml);
        List<String> roles = r.points().get(0).series().stream().map(s -> s.role().text()).toList();
        assertThat(roles)
                .contains(
                        "scatter:separator:positive",
                        "dashed:separator:run",
                        "norm",
                        "loss",
                        "direction-gap")
                .noneMatch(
                        role ->
                                role.startsWith("predicted:")
                                        && !role.equals("predicted:separator:max-margin"))
                .doesNotContain("offset-residual", "distance");
    }

    @Test
    void leastSquaresSeriesAreUnchanged() {
        String yaml =
                replaceOnce(
                        bundled("theorems/gd-least-squares-min-distance.yaml"),
                        "algorithm.step: [0.01, 0.03, 0.06]",
                        "algorithm.step: [0.03]");
        SpecResult r = check(yaml, 16);
        assertThat(r.points().get(0).series())
                .extracting(s -> s.role().text())
                .containsExactly("distance", "loss", "fit:distance");
        assertThat(Legends.of(r.points().get(0).series().get(0))).isEqualTo("||w_t - prediction||");
        assertThat(Plots.of(r)).extracting(Plots.Plot::title).containsExactly("distance", "loss");
    }

    @Test
    void segmentClipsALineToTheBox() {
        double[] box = {-1, 1, -2, 2};
        // x1 = 1/2: vertical through the box
        double[][] vertical = SeparatorPanel.segment(new double[] {2, 0}, 1, box);
        assertThat(vertical[0][0]).isEqualTo(0.5);
        assertThat(vertical[1][0]).isEqualTo(0.5);
        assertThat(Math.abs(vertical[0][1] - vertical[1][1])).isEqualTo(4);
        // x1 + x2 = 0 crosses the box from (-1, 1) to (1, -1)
        double[][] diagonal = SeparatorPanel.segment(new double[] {1, 1}, 0, box);
        assertThat(Math.min(diagonal[0][0], diagonal[1][0])).isCloseTo(-1, within(1e-15));
        assertThat(Math.max(diagonal[0][0], diagonal[1][0])).isCloseTo(1, within(1e-15));
        // a line beyond the box, and w = 0, give nothing
        assertThat(SeparatorPanel.segment(new double[] {1, 0}, 5, box)).isNull();
        assertThat(SeparatorPanel.segment(new double[] {0, 0}, 0, box)).isNull();
    }

    /** (b - a) x (p - a) for the segment's ends a, b: 0 when p is on its line. */
    private static double cross(Series line, double px, double py) {
        double ax = line.x()[0], ay = line.y()[0], bx = line.x()[1], by = line.y()[1];
        double len = Math.hypot(bx - ax, by - ay);
        return ((bx - ax) * (py - ay) - (by - ay) * (px - ax)) / len;
    }
}
