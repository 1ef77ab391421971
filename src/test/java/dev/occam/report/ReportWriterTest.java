package dev.occam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.occam.result.Legend.Text;
import dev.occam.result.Role;
import dev.occam.result.Role.Panel;
import dev.occam.result.Role.Style;
import dev.occam.result.Series;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

class ReportWriterTest {
    @TempDir Path tmp;

    @Test
    void writesEveryFileIntoANewFolderAndNoTemporaryFiles() throws Exception {
        Path dir = tmp.resolve("reports/nested");
        ReportWriter.write(dir, List.of(SampleResults.holds("gd"), SampleResults.fails("adam")));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(
                            "adam.html",
                            "adam.json",
                            "adam.md",
                            "gd-distance-1.png",
                            "gd-limit-1.png",
                            "gd.html",
                            "gd.json",
                            "gd.md",
                            "index.html",
                            "index.md");
        }
        assertThat(Files.readString(dir.resolve("gd.md")))
                .contains(
                        "![distance at algorithm.step = 0.01, algorithm.beta = 0.9](gd-distance-1.png)");
        assertThat(Files.readString(dir.resolve("gd.json"))).contains("\"series\"");
        assertThat(Files.readString(dir.resolve("index.md"))).contains("[adam.md](adam.md)");
    }

    @Test
    void replacesAnExistingReport() throws Exception {
        Files.writeString(tmp.resolve("gd.md"), "old");
        ReportWriter.write(tmp, List.of(SampleResults.holds("gd")));
        assertThat(Files.readString(tmp.resolve("gd.md"))).startsWith("# GD");
    }

    @Test
    void plotsAreValidPngImages() throws Exception {
        List<Plots.Plot> plots = Plots.of(SampleResults.holds("gd"));
        assertThat(plots)
                .extracting(Plots.Plot::fileName)
                .containsExactly("gd-distance-1.png", "gd-limit-1.png");
        for (Plots.Plot p : plots) {
            var image = ImageIO.read(new ByteArrayInputStream(p.png()));
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isEqualTo(800);
        }
    }

    @Test
    void skipsPlotsWithNothingDrawableAndNamesASinglePointsPlotWithoutIndex() {
        var r =
                SampleResults.withSeries(
                        SampleResults.fails("adam"),
                        List.of(
                                new Series(
                                        Role.measured(Panel.LOSS),
                                        new Text("loss"),
                                        new double[] {1, 2},
                                        new double[] {Double.NaN, Double.POSITIVE_INFINITY}),
                                new Series(
                                        Role.measured(Panel.MARGIN),
                                        new Text("margin"),
                                        new double[] {1, 2},
                                        new double[] {-1, 3})));
        assertThat(Plots.of(r)).extracting(Plots.Plot::fileName).containsExactly("adam-margin.png");
    }

    @Test
    void groupsByPanelWithFitsOnTheirData() {
        Series distance =
                new Series(
                        Role.measured(Panel.DISTANCE), new Text("d"), new double[0], new double[0]);
        Series fit =
                new Series(Role.fit(Panel.DISTANCE), new Text("fit"), new double[0], new double[0]);
        Series w1 =
                new Series(
                        new Role(Panel.LIMIT, Style.MEASURED, "w1"),
                        new Text("w1"),
                        new double[0],
                        new double[0]);
        Series w2 =
                new Series(
                        new Role(Panel.LIMIT, Style.MEASURED, "w2"),
                        new Text("w2"),
                        new double[0],
                        new double[0]);
        assertThat(Plots.byPanel(List.of(distance, w1, fit, w2)))
                .containsExactly(
                        entry(Panel.DISTANCE, List.of(distance, fit)),
                        entry(Panel.LIMIT, List.of(w1, w2)));
    }
}
