package dev.occam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.occam.result.Legend.Text;
import dev.occam.result.Role;
import dev.occam.result.Role.Panel;
import dev.occam.result.Series;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

/** Linear axes XChart cannot label are shifted and scaled; ordinary ones are left alone. */
class LinearAxisTest {
    /** The distances of a diverging SGD run from its prediction at two sweep points. */
    private static final double[] FAR = {2.2851268446599066E150, 2.0134617578702767E150};

    @Test
    void ordinaryRangesAreShownAsTheyAre() {
        assertThat(LinearAxis.of(List.of(new double[] {0.5, 3}, new double[] {-2})))
                .isEqualTo(LinearAxis.IDENTITY);
        assertThat(LinearAxis.of(List.of(new double[] {1e-30, 3e-29})))
                .isEqualTo(LinearAxis.IDENTITY);
        assertThat(LinearAxis.of(List.of(new double[] {0, 0}))).isEqualTo(LinearAxis.IDENTITY);
        assertThat(LinearAxis.of(List.of(new double[0]))).isEqualTo(LinearAxis.IDENTITY);
        assertThat(LinearAxis.IDENTITY.title("distance")).isEqualTo("distance");
    }

    @Test
    void largeValuesAreShownInUnitsOfTheirLeadingPowerOfTen() {
        LinearAxis axis = LinearAxis.of(List.of(FAR));
        // both lie in [1e150, 1e151), spread over 12% of their size: no shift, unit 1e150
        assertThat(axis).isEqualTo(new LinearAxis(0, 1e150));
        assertThat(axis.apply(FAR)).containsExactly(new double[] {2.2851, 2.0135}, within(1e-4));
        assertThat(axis.title("distance")).isEqualTo("distance, in units of 1e+150");
    }

    @Test
    void aNarrowSpreadIsShownAroundItsMiddle() {
        // 1 and 1 + 1e-9: middle 1 + 5e-10, half-spread 5e-10, so unit 1e-10 and points at -5, 5
        LinearAxis axis = LinearAxis.of(List.of(new double[] {1, 1 + 1e-9}));
        assertThat(axis.offset()).isEqualTo(1 + 5e-10);
        assertThat(axis.unit()).isEqualTo(1e-10, within(1e-25));
        assertThat(axis.apply(new double[] {1, 1 + 1e-9}))
                .containsExactly(new double[] {-5, 5}, within(1e-5));
        assertThat(axis.title("loss")).isEqualTo("loss - 1.0000000005, in units of 1e-10");
        // a constant: shifted to zero, unit one
        LinearAxis constant = LinearAxis.of(List.of(new double[] {5, 5}));
        assertThat(constant).isEqualTo(new LinearAxis(5, 1));
        assertThat(constant.title("loss")).isEqualTo("loss - 5.00");
    }

    /** Without the transform XChart 4.0.3 never returns from this plot. */
    @Test
    void aPlotOfFarValuesIsDrawn() {
        Series far =
                new Series(
                        Role.measured(Panel.LOSS), new Text("L"), new double[] {1, 2}, FAR.clone());
        var result = SampleResults.withSeries(SampleResults.fails("far"), List.of(far));
        List<Plots.Plot> plots =
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Plots.of(result));
        assertThat(plots).extracting(Plots.Plot::fileName).containsExactly("far-loss.png");
        assertThat(plots.get(0).png()).isNotEmpty();
    }
}
