package dev.occam.cli;

import dev.occam.certify.Evidence;
import dev.occam.search.Outcome;
import dev.occam.search.Search;
import dev.occam.search.SearchSummary;

import java.io.PrintWriter;
import java.util.Locale;

/** The search's result as the terminal shows it. */
final class SearchSummaryText {
    private SearchSummaryText() {}

    static void print(SearchSummary s, Evidence required, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%s: %d candidates checked in %.1f s, strategy %s; stopped: %s%n",
                s.spec(),
                s.tried(),
                s.seconds(),
                s.strategy(),
                s.stopped());
        out.printf(
                Locale.ROOT,
                "  %d counterexamples, %d holds, %d inconclusive (a verdict on evidence weaker than %s, or none),"
                        + " %d errors, %d invalid candidates%n",
                s.count(Outcome.Category.COUNTEREXAMPLE),
                s.count(Outcome.Category.HOLDS),
                s.count(Outcome.Category.INCONCLUSIVE),
                required.word(),
                s.count(Outcome.Category.ERROR),
                s.count(Outcome.Category.INVALID));
        if (s.reused() > 0) {
            out.printf(
                    Locale.ROOT,
                    "  %d answered from the results file, not checked again%n",
                    s.reused());
        }
        for (SearchSummary.Bracket b : s.brackets()) {
            out.printf(
                    Locale.ROOT,
                    "threshold: %s in [%s, %s] (relative width %.2g): %s at %s, %s at %s%s%n",
                    b.parameter(),
                    b.lo(),
                    b.hi(),
                    b.width(),
                    b.loOutcome().verdict() + " (" + b.loOutcome().evidence() + ")",
                    b.lo(),
                    b.hiOutcome().verdict() + " (" + b.hiOutcome().evidence() + ")",
                    b.hi(),
                    b.undecided() > 0
                            ? "; "
                                    + b.undecided()
                                    + " undecided candidates between them stop the bisection"
                            : "");
        }
        if (s.found() == null) {
            out.println("no counterexample found");
            if (s.best() != null)
                out.println("nearest to failing: " + s.best().key() + " (" + gap(s.best()) + ")");
            return;
        }
        out.println("counterexample: " + s.found().key());
        out.println("  " + verdict(s.found()));
        if (s.shrinkChecked() > 0) {
            out.printf(
                    Locale.ROOT,
                    "shrunk in %d steps (%d simpler candidates checked: %d still counterexamples, %d holds,"
                            + " %d inconclusive, %d invalid)%s%n",
                    s.shrinkSteps().size(),
                    s.shrinkChecked(),
                    s.shrinkCounts().getOrDefault("counterexample", 0),
                    s.shrinkCounts().getOrDefault("holds", 0),
                    s.shrinkCounts().getOrDefault("inconclusive", 0),
                    s.shrinkCounts().getOrDefault("invalid", 0)
                            + s.shrinkCounts().getOrDefault("error", 0),
                    s.shrinkSteps().isEmpty() ? ": nothing simpler fails" : ":");
            for (int i = 0; i < s.shrinkSteps().size(); i++) {
                out.println("  " + (i + 1) + ". " + s.shrinkSteps().get(i));
            }
            out.println("minimal counterexample: " + s.minimal().key());
            out.println("  " + verdict(s.minimal()));
        }
    }

    static String verdict(Outcome o) {
        return o.verdict()
                + " ("
                + o.evidence()
                + "): "
                + gap(o)
                + (o.message() == null ? "" : "; " + o.message());
    }

    static String gap(Outcome o) {
        String where = o.claim() == null ? "" : o.claim() + " ";
        return o.gap() == null ? where + "(no gap figure)" : where + "gap " + number(o.gap());
    }

    /** Six significant digits, without a trail of zeros (0, 1.2e-17, 0.216251). */
    static String number(double x) {
        if (x == 0) return "0";
        String s = String.format(Locale.ROOT, "%.6g", x);
        return new java.math.BigDecimal(s).stripTrailingZeros().toString().replace("E", "e");
    }

    static String status(Search.Status s) {
        long left = s.left().toSeconds();
        return String.format(
                Locale.ROOT,
                "%s%dm%02ds left, %d found, %d hold, %d undecided, best gap %s",
                s.phase().equals("search") ? "" : s.phase() + ": ",
                left / 60,
                left % 60,
                s.counts().getOrDefault("counterexample", 0),
                s.counts().getOrDefault("holds", 0),
                s.counts().getOrDefault("inconclusive", 0),
                s.best() == null || s.best().gap() == null ? "-" : number(s.best().gap()));
    }
}
