package dev.occam.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.result.Series;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Style prefixes and the classification panels, on hand-built series. */
class PanelPlotsTest {
    private static final double[] T = {0, 1, 10, 100, 1000, 10000};

    private static List<Series> panels() {
        return List.of(
                new Series("scatter:separator:positive", "y = +1", new double[] {2, 3}, new double[] {0.5, 2}),
                new Series("scatter:separator:negative", "y = -1", new double[] {0.5, -1}, new double[] {-1, -3}),
                new Series("predicted:separator:max-margin", "max margin", new double[] {-6, 6}, new double[] {3, -3}),
                new Series("guide:separator:margin+1", "margins", new double[] {-6, 6}, new double[] {4, -2}),
                new Series("guide:separator:margin-1", "margins", new double[] {-6, 6}, new double[] {2, -4}),
                new Series("dashed:separator:run", "run", new double[] {-6, 6}, new double[] {3.2, -3.2}),
                new Series("norm", "||w_t||", T, new double[] {0, 0.5, 2, 4.3, 6.6, 8.9}),
                new Series("predicted:norm", "predicted", new double[] {10, 100, 1000, 10000}, new double[] {1.9, 4.2, 6.5, 8.8}),
                new Series("loss", "L", T, new double[] {4, 2, 0.5, 0.05, 0.005, 0.0005}),
                new Series("direction-gap", "1 - cos", T, new double[] {0.5, 0.3, 0.1, 0.02, 0.008, 0.004}),
                new Series("fit:direction-gap", "fit", new double[] {1000, 10000}, new double[] {0.008, 0.004}),
                new Series("offset-residual", "residual", T, new double[] {Double.NaN, 3, 1, 0.1, 0.01, 0.001}));
    }

    @Test
    void stylePrefixesAreNotPartOfTheGroup() {
        assertThat(Plots.group("scatter:separator:positive")).isEqualTo("separator");
        assertThat(Plots.group("predicted:norm")).isEqualTo("norm");
        assertThat(Plots.group("guide:separator:margin+1")).isEqualTo("separator");
        assertThat(Plots.group("dashed:separator:run")).isEqualTo("separator");
        assertThat(Plots.group("fit:direction-gap")).isEqualTo("direction-gap");
    }

    @Test
    void aClassificationPointGetsTheLetteredPanelsAsValidPngs() throws Exception {
        var r = SampleResults.withSeries(SampleResults.fails("sep"), panels());
        List<Plots.Plot> plots = Plots.of(r);
        assertThat(plots).extracting(Plots.Plot::fileName).containsExactly("sep-separator.png", "sep-norm.png", "sep-loss.png",
                "sep-direction-gap.png", "sep-offset-residual.png");
        assertThat(plots).extracting(p -> p.title().substring(0, 3)).containsExactly("(A)", "(B)", "(C)", "(D)", "(E)");
        for (Plots.Plot p : plots) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(p.png()));
            assertThat(image).as(p.fileName()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(800);
            assertThat(image.getHeight()).isEqualTo(p.fileName().contains("separator") ? 700 : 560);
        }
    }

    @Test
    void withoutTheMeasuredDirectionGapTheGroupsKeepTheirPlainPlots() {
        var r = SampleResults.withSeries(SampleResults.fails("ls"), List.of(
                new Series("loss", "L", T, new double[] {4, 2, 0.5, 0.05, 0.005, 0.0005}),
                new Series("fit:norm", "fit", new double[] {1000, 10000}, new double[] {0.008, 0.004})));
        assertThat(Plots.of(r)).extracting(Plots.Plot::title).containsExactly("loss", "norm");
    }
}
