package dev.occam.report;

import dev.occam.certify.Evidence;
import dev.occam.result.SpecResult;

import java.util.List;
import java.util.Locale;

/** {@code index.md}: the summary line and one row per spec, linking to its report. */
public final class IndexReport {
    private IndexReport() {}

    public static String render(List<SpecResult> results) {
        List<List<String>> rows =
                results.stream()
                        .map(
                                r ->
                                        List.of(
                                                r.id(),
                                                r.expect(),
                                                String.valueOf(r.verdict()),
                                                r.evidence() == Evidence.NONE
                                                        ? "–"
                                                        : r.evidence().word(),
                                                r.asExpected() ? "yes" : "**no**",
                                                String.format(Locale.ROOT, "%.2f", r.seconds()),
                                                "[" + r.id() + ".md](" + r.id() + ".md)"))
                        .toList();
        return "# occam results\n\n"
                + Summary.of(results).line()
                + "\n\n"
                + MarkdownTable.of(
                        List.of(
                                "spec",
                                "expected",
                                "verdict",
                                "evidence",
                                "as expected",
                                "seconds",
                                "report"),
                        rows);
    }
}
