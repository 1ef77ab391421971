package dev.occam.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.certify.Evidence;
import dev.occam.result.Legend;
import dev.occam.result.Role;
import dev.occam.result.Role.Panel;
import dev.occam.result.Role.Style;
import dev.occam.result.Series;

import org.junit.jupiter.api.Test;

/** The legend texts the report JSON's "label" has carried since check wrote them. */
class LegendsTest {
    private static String of(Role role, Legend legend) {
        return Legends.of(new Series(role, legend, new double[0], new double[0]));
    }

    @Test
    void lawsShowTheirConstantsToFourDigits() {
        assertThat(of(Role.predicted(Panel.NORM), new Legend.LogLaw(1.13304, -4.05612)))
                .isEqualTo("predicted 1.133 log t - 4.056");
        assertThat(of(Role.predicted(Panel.NORM), new Legend.SlopeThroughFinal(1.13304)))
                .isEqualTo("slope ||w_hat|| = 1.133 through the final iterate");
        assertThat(of(Role.predicted(Panel.LOSS), new Legend.InverseTime(64.2)))
                .isEqualTo("predicted ||w_hat||^2 / (eta t) = 64.20 / t");
        assertThat(
                        of(
                                Role.predicted(Panel.DIRECTION_GAP),
                                new Legend.InverseLogSquared(0.0597412, -3.5791)))
                .isEqualTo("predicted 0.05974 / (log t - 3.579)^2");
        assertThat(of(Role.fit(Panel.DISTANCE), new Legend.Fit("c*r^t"))).isEqualTo("fit c*r^t");
    }

    @Test
    void rolesNameMeasuredCurvesDataAndLines() {
        assertThat(of(Role.measured(Panel.DISTANCE), Legend.ROLE))
                .isEqualTo("||w_t - prediction||");
        assertThat(of(Role.measured(Panel.OFFSET_RESIDUAL), Legend.ROLE))
                .isEqualTo("||w_t - w_hat log t - w~||");
        assertThat(of(new Role(Panel.SEPARATOR, Style.SCATTER, "negative"), Legend.ROLE))
                .isEqualTo("y = -1");
        assertThat(of(new Role(Panel.SEPARATOR, Style.GUIDE, "margin-1"), Legend.ROLE))
                .isEqualTo("margins w_hat.x = ±1");
        assertThat(of(new Role(Panel.SEPARATOR, Style.PREDICTED, "max-margin"), Legend.ROLE))
                .isEqualTo("max margin w_hat.x = 0");
        assertThat(of(new Role(Panel.SEPARATOR, Style.DASHED, "run"), new Legend.Run(1000000)))
                .isEqualTo("run w_T.x = 0 (T = 1000000)");
        assertThat(of(new Role(Panel.LIMIT, Style.MEASURED, "l1-solution"), Legend.ROLE))
                .isEqualTo("||limit - l1-solution||");
        assertThat(
                        of(
                                new Role(Panel.LIMIT, Style.MEASURED, "bound"),
                                new Legend.Bound(Evidence.PROVED_BOUND)))
                .isEqualTo("bound on ||w_T - limit|| (proved-bound)");
        assertThat(of(Role.measured(Panel.LOSS), null)).isNull();
    }
}
