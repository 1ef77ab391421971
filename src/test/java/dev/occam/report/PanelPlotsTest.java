package dev.occam.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.result.Legend.Text;
import dev.occam.result.Role;
import dev.occam.result.Role.Panel;
import dev.occam.result.Role.Style;
import dev.occam.result.Series;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

/** Style prefixes and the classification panels, on hand-built series. */
class PanelPlotsTest {
    private static final double[] T = {0, 1, 10, 100, 1000, 10000};

    private static List<Series> panels() {
        return List.of(
                new Series(
                        new Role(Panel.SEPARATOR, Style.SCATTER, "positive"),
                        new Text("y = +1"),
                        new double[] {2, 3},
                        new double[] {0.5, 2}),
                new Series(
                        new Role(Panel.SEPARATOR, Style.SCATTER, "negative"),
                        new Text("y = -1"),
                        new double[] {0.5, -1},
                        new double[] {-1, -3}),
                new Series(
                        new Role(Panel.SEPARATOR, Style.PREDICTED, "max-margin"),
                        new Text("max margin"),
                        new double[] {-6, 6},
                        new double[] {3, -3}),
                new Series(
                        new Role(Panel.SEPARATOR, Style.GUIDE, "margin+1"),
                        new Text("margins"),
                        new double[] {-6, 6},
                        new double[] {4, -2}),
                new Series(
                        new Role(Panel.SEPARATOR, Style.GUIDE, "margin-1"),
                        new Text("margins"),
                        new double[] {-6, 6},
                        new double[] {2, -4}),
                new Series(
                        new Role(Panel.SEPARATOR, Style.DASHED, "run"),
                        new Text("run"),
                        new double[] {-6, 6},
                        new double[] {3.2, -3.2}),
                new Series(
                        Role.measured(Panel.NORM),
                        new Text("||w_t||"),
                        T,
                        new double[] {0, 0.5, 2, 4.3, 6.6, 8.9}),
                new Series(
                        Role.predicted(Panel.NORM),
                        new Text("predicted"),
                        new double[] {10, 100, 1000, 10000},
                        new double[] {1.9, 4.2, 6.5, 8.8}),
                new Series(
                        Role.measured(Panel.LOSS),
                        new Text("L"),
                        T,
                        new double[] {4, 2, 0.5, 0.05, 0.005, 0.0005}),
                new Series(
                        Role.measured(Panel.DIRECTION_GAP),
                        new Text("1 - cos"),
                        T,
                        new double[] {0.5, 0.3, 0.1, 0.02, 0.008, 0.004}),
                new Series(
                        Role.fit(Panel.DIRECTION_GAP),
                        new Text("fit"),
                        new double[] {1000, 10000},
                        new double[] {0.008, 0.004}),
                new Series(
                        Role.measured(Panel.OFFSET_RESIDUAL),
                        new Text("residual"),
                        T,
                        new double[] {Double.NaN, 3, 1, 0.1, 0.01, 0.001}));
    }

    @Test
    void stylesAreNotPartOfTheGroup() {
        assertThat(Plots.byPanel(panels()).keySet())
                .containsExactly(
                        Panel.SEPARATOR,
                        Panel.NORM,
                        Panel.LOSS,
                        Panel.DIRECTION_GAP,
                        Panel.OFFSET_RESIDUAL);
        assertThat(Plots.byPanel(panels()).get(Panel.SEPARATOR))
                .extracting(s -> s.role().style())
                .containsExactly(
                        Style.SCATTER,
                        Style.SCATTER,
                        Style.PREDICTED,
                        Style.GUIDE,
                        Style.GUIDE,
                        Style.DASHED);
    }

    @Test
    void rolesWriteTheirJsonText() {
        assertThat(panels())
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
                        "direction-gap",
                        "fit:direction-gap",
                        "offset-residual");
        assertThat(new Role(Panel.LIMIT, Style.MEASURED, "w1").text()).isEqualTo("limit:w1");
    }

    @Test
    void aClassificationPointGetsTheLetteredPanelsAsValidPngs() throws Exception {
        var r = SampleResults.withSeries(SampleResults.fails("sep"), panels());
        List<Plots.Plot> plots = Plots.of(r);
        assertThat(plots)
                .extracting(Plots.Plot::fileName)
                .containsExactly(
                        "sep-separator.png",
                        "sep-norm.png",
                        "sep-loss.png",
                        "sep-direction-gap.png",
                        "sep-offset-residual.png");
        assertThat(plots)
                .extracting(p -> p.title().substring(0, 3))
                .containsExactly("(A)", "(B)", "(C)", "(D)", "(E)");
        for (Plots.Plot p : plots) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(p.png()));
            assertThat(image).as(p.fileName()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(800);
            assertThat(image.getHeight()).isEqualTo(p.fileName().contains("separator") ? 700 : 560);
        }
    }

    @Test
    void withoutTheMeasuredDirectionGapTheGroupsKeepTheirPlainPlots() {
        var r =
                SampleResults.withSeries(
                        SampleResults.fails("ls"),
                        List.of(
                                new Series(
                                        Role.measured(Panel.LOSS),
                                        new Text("L"),
                                        T,
                                        new double[] {4, 2, 0.5, 0.05, 0.005, 0.0005}),
                                new Series(
                                        Role.fit(Panel.NORM),
                                        new Text("fit"),
                                        new double[] {1000, 10000},
                                        new double[] {0.008, 0.004})));
        assertThat(Plots.of(r)).extracting(Plots.Plot::title).containsExactly("loss", "norm");
    }
}
