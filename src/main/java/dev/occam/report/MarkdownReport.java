package dev.occam.report;

import static dev.occam.report.ClaimFigures.plain;
import static dev.occam.report.ClaimFigures.text;

import dev.occam.certify.Scope;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.PredictionResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A spec's report {@code <id>.md}: what was claimed, the verdict (a counterexample first, when
 * there is one), the prediction and how it is certified, the derived formulas, every sweep point,
 * the checker's tables and the plots.
 */
public final class MarkdownReport {
    /** Vectors longer than this are shortened in prose and tables; the JSON has them whole. */
    private static final int SHOWN_ENTRIES = 8;

    private MarkdownReport() {}

    public static String render(SpecResult r, List<Plots.Plot> plots) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(r.title() == null ? r.id() : r.title()).append("\n\n");
        b.append("- spec: `")
                .append(r.id())
                .append("` (")
                .append(r.file())
                .append(")\n")
                .append("- source: ")
                .append(nonNull(r.source()))
                .append('\n')
                .append("- expected: ")
                .append(nonNull(r.expect()))
                .append('\n')
                .append("- verdict: **")
                .append(r.verdict())
                .append("**")
                .append(r.asExpected() ? " (as expected)" : " (**not** as expected)")
                .append('\n')
                .append("- precision: ")
                .append(r.precision())
                .append(" digits")
                .append(r.tier() == null ? "" : " (" + r.tier() + ")")
                .append('\n')
                .append(String.format(Locale.ROOT, "- time: %.2f s", r.seconds()))
                .append('\n');
        if (r.statement() != null)
            b.append("\n> ").append(r.statement().strip().replaceAll("\\R", "\n> ")).append('\n');
        verdict(b, r);
        prediction(b, r.prediction());
        derived(b, r.derived());
        points(b, r.points());
        List<Table> tables = new ArrayList<>(LimitTables.of(r));
        tables.addAll(KktTables.of(r));
        for (Table t : tables) {
            b.append("\n## ")
                    .append(t.title())
                    .append("\n\n")
                    .append(MarkdownTable.of(t.header(), t.rows()));
        }
        if (!plots.isEmpty()) {
            b.append("\n## Plots\n\n");
            plots.forEach(
                    p ->
                            b.append("![")
                                    .append(p.title())
                                    .append("](")
                                    .append(p.fileName())
                                    .append(")\n\n"));
        }
        return b.toString();
    }

    /**
     * Leads with what decided the verdict: every failing claim (the counterexample), else every
     * open one.
     */
    private static void verdict(StringBuilder b, SpecResult r) {
        b.append("\n## Verdict\n\n**").append(r.verdict()).append("**");
        if (r.message() != null) b.append(": ").append(r.message());
        b.append("\n\n");
        Verdict decisive = r.verdict() == Verdict.FAILS ? Verdict.FAILS : Verdict.INCONCLUSIVE;
        if (r.verdict() == Verdict.HOLDS || r.points() == null) return;
        for (int k = 0; k < r.points().size(); k++) {
            PointResult p = r.points().get(k);
            for (ClaimResult c : claims(p)) {
                if (c.verdict() != decisive) continue;
                b.append(decisive == Verdict.FAILS ? "- Counterexample at " : "- Inconclusive at ")
                        .append(where(p, k))
                        .append(": claim `")
                        .append(c.label())
                        .append("`: measured ")
                        .append(value(plain(c.measured())))
                        .append(", predicted ")
                        .append(value(plain(c.predicted())));
                if (c.error() != null) b.append("; error ").append(text(c.error()));
                if (c.bound() != null) b.append(", bound ").append(text(c.bound()));
                String gap = decisive == Verdict.FAILS ? certifiedGap(c) : null;
                if (gap != null) b.append(": gap at least ").append(gap);
                if (decisive == Verdict.FAILS)
                    b.append(" [evidence: ").append(c.evidence().word()).append(']');
                if (c.certifiedBy() != null) b.append(" (").append(c.certifiedBy()).append(')');
                if (c.message() != null) b.append(". ").append(c.message());
                b.append('\n');
            }
        }
    }

    /**
     * The run's limit lies within {@code bound} of the measured value, which is {@code error} away
     * from the prediction, so the limit misses the prediction by at least error - bound (as surely
     * as the bound's evidence says). Without a bound (claims decided by a trend, not a tail bound)
     * there is no such gap to state.
     */
    static String certifiedGap(ClaimResult c) {
        if (c.bound() == null) return null;
        try {
            // from the figures as written, so the gap agrees with the error and bound beside it
            BigDecimal gap =
                    new BigDecimal(text(c.error())).subtract(new BigDecimal(text(c.bound())));
            return gap.signum() > 0
                    ? gap.round(new MathContext(3)).toString().replace('E', 'e')
                    : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static void prediction(StringBuilder b, PredictionResult p) {
        if (p == null) return;
        b.append("\n## Prediction\n\nKind: `").append(p.kind()).append("`\n\n");
        if (p.exact() != null) b.append("Exact: `").append(p.exact()).append("`\n\n");
        if (p.value() != null && !p.value().isEmpty()) {
            b.append("Value:\n\n```\n").append(String.join("\n", p.value())).append("\n```\n\n");
        }
        if (p.certificate() != null && !p.certificate().isEmpty()) {
            List<List<String>> rows =
                    JsonWriter.ordered(p.certificate()).entrySet().stream()
                            .map(e -> List.of(e.getKey(), e.getValue()))
                            .toList();
            b.append("Certificate:\n\n")
                    .append(MarkdownTable.of(List.of("check", "value"), rows))
                    .append('\n');
        }
        List<String> preconditions = Preconditions.of(p);
        if (!preconditions.isEmpty()) {
            b.append("Preconditions:\n\n");
            preconditions.forEach(c -> b.append("- ").append(c).append('\n'));
        }
    }

    private static void derived(StringBuilder b, Map<String, Map<String, String>> derived) {
        if (derived == null || derived.isEmpty()) return;
        b.append("\n## Derived\n");
        JsonWriter.ordered(derived)
                .forEach(
                        (name, forms) -> {
                            b.append("\n**").append(name).append("**\n\n");
                            if (forms.get("tex") != null)
                                b.append("$$").append(forms.get("tex")).append("$$\n\n");
                            if (forms.get("text") != null)
                                b.append('`').append(forms.get("text")).append("`\n");
                        });
    }

    private static void points(StringBuilder b, List<PointResult> points) {
        if (points == null || points.isEmpty()) return;
        int claimColumns = points.stream().mapToInt(p -> claims(p).size()).max().orElse(0);
        List<String> header =
                new ArrayList<>(List.of("#", "parameters", "iterations", "stopped", "verdict"));
        for (int j = 0; j < claimColumns; j++) header.add(claimKind(points, j));
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            PointResult p = points.get(k);
            List<String> row =
                    new ArrayList<>(
                            List.of(
                                    String.valueOf(k + 1),
                                    Plots.parameters(p.parameters()),
                                    String.valueOf(p.iterations()),
                                    nonNull(p.stopped()),
                                    String.valueOf(p.verdict())));
            for (int j = 0; j < claimColumns; j++)
                row.add(j < claims(p).size() ? claimCell(claims(p).get(j)) : "");
            rows.add(row);
        }
        b.append("\n## Sweep points\n\n").append(MarkdownTable.of(header, rows));
        b.append("\n### Claims\n\n");
        for (int k = 0; k < points.size(); k++) {
            PointResult p = points.get(k);
            for (ClaimResult c : claims(p)) {
                b.append("- ")
                        .append(where(p, k))
                        .append(", `")
                        .append(c.label())
                        .append("` ")
                        .append(c.verdict())
                        .append(": measured ")
                        .append(value(plain(c.measured())))
                        .append(", predicted ")
                        .append(value(plain(c.predicted())))
                        .append(", tolerance ")
                        .append(nonNull(c.tolerance()));
                if (c.decided()) b.append("; evidence ").append(c.evidence().word());
                if (c.scope() == Scope.OUTSIDE_HYPOTHESES)
                    b.append(", outside the theorem's hypotheses");
                if (c.certifiedBy() != null) b.append("; ").append(c.certifiedBy());
                if (c.message() != null) b.append(". ").append(c.message());
                b.append('\n');
            }
        }
    }

    private static String claimKind(List<PointResult> points, int j) {
        return points.stream()
                .filter(p -> claims(p).size() > j)
                .map(p -> claims(p).get(j).label())
                .findFirst()
                .orElse("");
    }

    /**
     * Verdict, evidence and figures; a HOLDS whose error is above its tolerance says why in the
     * same cell.
     */
    private static String claimCell(ClaimResult c) {
        return c.verdict()
                + (c.decided() ? " (" + c.evidence().word() + ")" : "")
                + (c.error() == null ? "" : ", error " + text(c.error()))
                + (c.bound() == null ? "" : ", bound " + text(c.bound()))
                + (holdsAboveTolerance(c) ? ": " + c.message() : "");
    }

    /**
     * A HOLDS whose measured error exceeds its tolerance: it rests on an argument about the limit,
     * which a reader must see.
     */
    static boolean holdsAboveTolerance(ClaimResult c) {
        if (c.verdict() != Verdict.HOLDS || c.error() == null || c.tolerance() == null)
            return false;
        try {
            return new BigDecimal(text(c.error())).compareTo(new BigDecimal(c.tolerance())) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<ClaimResult> claims(PointResult p) {
        return p.claims() == null ? List.of() : p.claims();
    }

    private static String where(PointResult p, int k) {
        return p.parameters() == null || p.parameters().isEmpty()
                ? "point " + (k + 1)
                : "point " + (k + 1) + " (" + Plots.parameters(p.parameters()) + ")";
    }

    /** A measured or predicted value: a number, or a vector written (a, b, ...). */
    static String value(Object v) {
        if (v == null) return "–";
        if (v instanceof List<?> list) {
            String shown =
                    list.stream()
                            .limit(SHOWN_ENTRIES)
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
            return "("
                    + shown
                    + (list.size() > SHOWN_ENTRIES ? ", … " + list.size() + " entries" : "")
                    + ")";
        }
        return String.valueOf(v);
    }

    private static String nonNull(String s) {
        return s == null ? "–" : s;
    }
}
