package dev.occam.testkit;

import dev.occam.certify.Evidence;
import dev.occam.report.ClaimFigures;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

import org.assertj.core.api.AbstractAssert;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * AssertJ assertions on a checked spec. Each assertion looks at every claim at every sweep point
 * and, when it fails, lists all the offending claims at once: verdict, measured vs predicted,
 * error, certified bound and tolerance, what certifies the bound, and the checker's reason.
 */
public class SpecResultAssert extends AbstractAssert<SpecResultAssert, SpecResult> {

    public SpecResultAssert(SpecResult actual) {
        super(actual, SpecResultAssert.class);
    }

    /** The spec's verdict is HOLDS: every claim holds at every sweep point. */
    public SpecResultAssert holds() {
        isNotNull();
        if (actual.verdict() != Verdict.HOLDS) {
            failWithMessage("%s", report("to hold", (p, c) -> c.verdict() != Verdict.HOLDS));
        }
        return this;
    }

    /** The spec's verdict is FAILS: some claim is certified false (a counterexample). */
    public SpecResultAssert fails() {
        isNotNull();
        if (actual.verdict() != Verdict.FAILS) {
            failWithMessage("%s", report("to fail", (p, c) -> c.verdict() != Verdict.HOLDS));
        }
        return this;
    }

    /**
     * The spec's verdict rests on evidence at least as strong as {@code grade} (exact >
     * proved-bound > estimate > trend): for HOLDS every claim's, for FAILS the strongest failing
     * claim's.
     */
    public SpecResultAssert restsOnAtLeast(Evidence grade) {
        isNotNull();
        if (!(actual.verdict() == Verdict.HOLDS || actual.verdict() == Verdict.FAILS)
                || !actual.evidence().atLeast(grade)) {
            failWithMessage(
                    "%s",
                    report(
                            "to rest on evidence at least "
                                    + grade.word()
                                    + " (it rests on "
                                    + actual.evidence().word()
                                    + ")",
                            (p, c) -> !c.decided() || !c.evidence().atLeast(grade)));
        }
        return this;
    }

    /** The verdict is the one the spec's {@code expect} names. */
    public SpecResultAssert isAsExpected() {
        isNotNull();
        return "fails".equals(actual.expect()) ? fails() : holds();
    }

    /**
     * Every limit claim's certified distance to the prediction, error + bound, is at most {@code
     * tol}.
     */
    public SpecResultAssert agreesWithin(double tol) {
        isNotNull();
        boolean any = false;
        for (PointResult p : actual.points())
            for (ClaimResult c : p.claims()) any |= c.kind().equals("limit");
        BiPredicate<PointResult, ClaimResult> broken =
                (p, c) -> c.kind().equals("limit") && !(errorPlusBound(c) <= tol);
        if (!any)
            failWithMessage(
                    "%s",
                    header("to have limit claims agreeing within " + tol)
                            + "  (the spec has no limit claim)");
        else if (count(broken) > 0)
            failWithMessage(
                    "%s",
                    report(
                            "to agree with its prediction within " + tol + " (error + bound)",
                            broken));
        return this;
    }

    /** A rate claim on {@code quantity} (distance, loss, norm, ...) holds at every sweep point. */
    public SpecResultAssert hasRate(String quantity) {
        isNotNull();
        BiPredicate<PointResult, ClaimResult> rate =
                (p, c) -> c.kind().equals("rate") && quantity.equals(c.quantity());
        if (count(rate) == 0) {
            failWithMessage(
                    "%s",
                    header("to have a rate claim on " + quantity)
                            + "  (its rate claims are on: "
                            + rateQuantities()
                            + ")");
        } else if (count(rate.and((p, c) -> c.verdict() != Verdict.HOLDS)) > 0) {
            failWithMessage(
                    "%s",
                    report(
                            "to have a holding rate claim on " + quantity,
                            rate.and((p, c) -> c.verdict() != Verdict.HOLDS)));
        }
        return this;
    }

    /** The spec FAILS with a certified counterexample: a claim whose failure is certified. */
    public SpecResultAssert hasCounterexample() {
        isNotNull();
        if (actual.verdict() != Verdict.FAILS
                || count((p, c) -> c.verdict() == Verdict.FAILS) == 0) {
            failWithMessage(
                    "%s",
                    report(
                            "to have a certified counterexample",
                            (p, c) -> c.verdict() != Verdict.HOLDS));
        }
        return this;
    }

    private List<String> rateQuantities() {
        return actual.points().stream()
                .flatMap(p -> p.claims().stream())
                .filter(c -> c.kind().equals("rate"))
                .map(ClaimResult::quantity)
                .distinct()
                .toList();
    }

    private static double errorPlusBound(ClaimResult c) {
        return c.error() == null || c.bound() == null ? Double.NaN : c.error() + c.bound();
    }

    private long count(BiPredicate<PointResult, ClaimResult> broken) {
        return actual.points().stream()
                .flatMap(p -> p.claims().stream().filter(c -> broken.test(p, c)))
                .count();
    }

    private String header(String wanted) {
        return "Expecting spec "
                + actual.id()
                + (actual.title() == null ? "" : " (" + actual.title() + ")")
                + " "
                + wanted
                + ",\nbut its verdict is "
                + actual.verdict()
                + ": "
                + actual.message()
                + "\n";
    }

    /** The header and one block per broken claim. */
    private String report(String wanted, BiPredicate<PointResult, ClaimResult> broken) {
        StringBuilder out = new StringBuilder(header(wanted));
        List<String> blocks = new ArrayList<>();
        int total = 0;
        for (PointResult p : actual.points()) {
            for (ClaimResult c : p.claims()) {
                total++;
                if (broken.test(p, c)) blocks.add(block(p, c));
            }
        }
        out.append(blocks.size()).append(" of ").append(total).append(" claim checks broken:\n");
        for (int i = 0; i < blocks.size(); i++)
            out.append("  [").append(i + 1).append("] ").append(blocks.get(i));
        return out.toString();
    }

    static String block(PointResult p, ClaimResult c) {
        StringBuilder b = new StringBuilder();
        b.append(c.label())
                .append(p.parameters().isEmpty() ? "" : " at " + p.parameters())
                .append(": ")
                .append(c.verdict());
        if (c.decided()) b.append(" [evidence: ").append(c.evidence().word()).append(']');
        b.append(" (run stopped: ")
                .append(p.stopped())
                .append(" after ")
                .append(p.iterations())
                .append(" iterations)\n");
        if (c.measured() != null)
            b.append("      measured   : ").append(ClaimFigures.plain(c.measured())).append('\n');
        if (c.predicted() != null)
            b.append("      predicted  : ").append(ClaimFigures.plain(c.predicted())).append('\n');
        List<String> numbers = new ArrayList<>();
        if (c.error() != null) numbers.add("error " + ClaimFigures.text(c.error()));
        if (c.bound() != null) numbers.add("bound " + ClaimFigures.text(c.bound()));
        if (c.tolerance() != null) numbers.add("tolerance " + c.tolerance());
        if (!numbers.isEmpty()) b.append("      ").append(String.join(", ", numbers)).append('\n');
        b.append("      premises   : ")
                .append(c.certifiedBy() == null ? "(none: nothing established)" : c.certifiedBy())
                .append('\n');
        b.append("      why        : ").append(c.message()).append('\n');
        return b.toString();
    }
}
