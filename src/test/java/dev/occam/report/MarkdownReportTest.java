package dev.occam.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;

import org.junit.jupiter.api.Test;

import java.util.List;

class MarkdownReportTest {

    @Test
    void showsStatementPredictionDerivedPointsTablesAndPlots() {
        String md =
                MarkdownReport.render(
                        SampleResults.holds("gd"),
                        List.of(new Plots.Plot("gd-distance-1.png", "distance", new byte[0])));
        assertThat(md)
                .startsWith("# GD reaches the nearest interpolant\n")
                .contains("> w_t -> argmin ||w - w0||")
                .contains(
                        "- verdict: **HOLDS** (as expected)\n- precision: 34 digits (double-double)\n- time: 0.41 s\n")
                .contains("Exact: `{5/27,-1/9}`")
                .contains("| kkt-residual | 0 |")
                .contains("- X has full row rank: exact rank 2")
                .contains("$$2X^\\top(Xw-y)$$")
                .contains("| # | parameters | iterations | stopped | verdict | limit |")
                .contains(
                        "| 1 | algorithm.step = 0.01, algorithm.beta = 0.9 | 1234 | floor | HOLDS | HOLDS (proved-bound), error 3.10e-31, bound 4.00e-30 |")
                .contains("## Limit per sweep point")
                .contains("| 1 | 0.01 | [0.185185, -0.111111] | 1.00e-6 | proved-bound | 3.00e-7 |")
                .contains("| 2 | 0.05 | blew up | inf | none | - |")
                .contains(
                        "| prediction: min-distance-interpolant | – | [0.185185185185185185185185185185, -0.111111111111111111111111111111] | – | – | – |")
                .contains("![distance](gd-distance-1.png)");
    }

    @Test
    void leadsACounterexampleWithThePointTheValuesAndTheCertifiedGap() {
        String md = MarkdownReport.render(SampleResults.fails("adam"), List.of());
        String verdict = md.substring(md.indexOf("## Verdict"), md.indexOf("## Prediction"));
        assertThat(verdict)
                .contains(
                        "- Counterexample at point 1 (algorithm.step = 0.1, algorithm.beta = 0.9): claim `limit`: "
                                + "measured 0.750, predicted 0.500; error 0.250, bound 1.00e-20: gap at least 0.250 [evidence: proved-bound] (proved: duality gap)");
        assertThat(md).doesNotContain("## Plots");
    }

    @Test
    void certifiedGapIsErrorMinusBoundAndOnlyWhenPositive() {
        assertThat(MarkdownReport.certifiedGap(claim(3e-2, 1e-2))).isEqualTo("0.0200");
        assertThat(MarkdownReport.certifiedGap(claim(1e-2, 3e-2))).isNull();
        assertThat(MarkdownReport.certifiedGap(claim(Double.NaN, 3e-2))).isNull();
    }

    @Test
    void shortensLongVectors() {
        assertThat(MarkdownReport.value(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
                .isEqualTo("(1, 2, 3, 4, 5, 6, 7, 8, … 10 entries)");
        assertThat(MarkdownReport.value(null)).isEqualTo("–");
    }

    @Test
    void indexListsEverySpecWithItsVerdictAndLink() {
        String md =
                IndexReport.render(
                        List.of(
                                SampleResults.holds("gd"),
                                SampleResults.withVerdict(
                                        SampleResults.fails("adam"), Verdict.HOLDS, false)));
        assertThat(md)
                .contains(
                        "2 specs: 1 as expected, 1 not; 2 holds, 0 fails, 0 inconclusive, 0 errors")
                .contains("| gd | holds | HOLDS | proved-bound | yes | 0.41 | [gd.md](gd.md) |")
                .contains(
                        "| adam | fails | HOLDS | proved-bound | **no** | 2.50 | [adam.md](adam.md) |");
    }

    @Test
    void tableCellsCannotBreakTheTable() {
        assertThat(MarkdownTable.cell("a|b\nc")).isEqualTo("a\\|b c");
    }

    private static ClaimResult claim(double error, double bound) {
        return ClaimResult.of("limit", Verdict.FAILS, null, null).withError(error).withBound(bound);
    }
}
