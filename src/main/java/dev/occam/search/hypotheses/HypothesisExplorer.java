package dev.occam.search.hypotheses;

import dev.occam.certify.Evidence;
import dev.occam.plan.SpecPlan;
import dev.occam.result.PredictionResult;
import dev.occam.result.SpecResult;
import dev.occam.search.Checked;
import dev.occam.search.Search;
import dev.occam.search.SearchException;
import dev.occam.spec.SpecDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * {@code occam search --break-hypotheses}: for each precondition the prediction declares on a spec,
 * the spec edited just outside it (by the {@link Breakers} that recognise it), each breach checked
 * through the same pure checker and evidence rule as the search, and a table of what that did to
 * the claim (docs/hypotheses.md).
 */
public final class HypothesisExplorer {
    /**
     * @param jobs breaches checked in parallel
     * @param required the weakest evidence a breach's FAILS (or HOLDS) may rest on
     */
    public record Options(int jobs, Evidence required) {}

    private final Path file;
    private final String text;
    private final SpecPlan plan;
    private final Function<String, SpecResult> checker;
    private final Options options;

    /**
     * @param text the spec file's text
     * @param plan the spec loaded from it: the breakers read its first sweep point
     * @param checker checks one spec text; SpecError and FormulaException mean it is invalid
     */
    public HypothesisExplorer(
            Path file,
            String text,
            SpecPlan plan,
            Function<String, SpecResult> checker,
            Options options) {
        this.file = file;
        this.text = text;
        this.plan = plan;
        this.checker = checker;
        this.options = options;
    }

    /**
     * @throws SearchException when the unbroken spec cannot be checked or its prediction declares
     *     no precondition to break
     */
    public HypothesisTable run() {
        long start = System.nanoTime();
        Checked base =
                Checked.of(
                        Map.<String, String>of(),
                        "baseline",
                        () -> text,
                        checker,
                        options.required());
        List<String> preconditions = preconditions(base);
        SpecDocument doc = SpecDocument.parse(file, text).without("search");
        Subject subject = new Subject(doc, plan.points().get(0));
        ExecutorService workers =
                Executors.newFixedThreadPool(options.jobs(), Search.daemonThreads());
        try {
            List<Future<HypothesisRow>> rows = new ArrayList<>();
            for (String pre : preconditions) {
                rows.addAll(explore(pre, subject, base.result(), workers));
            }
            List<HypothesisRow> out = new ArrayList<>();
            for (Future<HypothesisRow> f : rows) out.add(f.get());
            return new HypothesisTable(
                    plan.spec().id(),
                    options.required().word(),
                    base.outcome(),
                    preconditions,
                    out,
                    options.jobs(),
                    (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchException("hypothesis explorer interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /** The preconditions the unbroken spec's prediction declares; refuses a spec without any. */
    private List<String> preconditions(Checked base) {
        PredictionResult prediction = base.result() == null ? null : base.result().prediction();
        if (prediction == null) {
            throw new SearchException(
                    file
                            + ": the spec "
                            + (base.result() == null
                                    ? "could not be checked (" + base.outcome().message() + ")"
                                    : "reports no prediction")
                            + ": no precondition to break");
        }
        if (prediction.unmet() != null) {
            throw new SearchException(
                    file
                            + ": the prediction is undefined on the spec itself ("
                            + prediction.unmet()
                            + "): no precondition to break");
        }
        if (prediction.preconditions() == null || prediction.preconditions().isEmpty()) {
            throw new SearchException(
                    file + ": the prediction " + prediction.kind() + " declares no precondition");
        }
        return prediction.preconditions();
    }

    /**
     * The rows of one precondition: its breaches, checked on the workers, or why there are none.
     */
    private List<Future<HypothesisRow>> explore(
            String pre, Subject subject, SpecResult baseline, ExecutorService workers) {
        Optional<Breaker> breaker = Breakers.of(pre);
        if (breaker.isEmpty()) {
            return List.of(
                    done(
                            HypothesisRow.notExplored(
                                    "(unrecognised)",
                                    pre,
                                    "no breaker recognises this precondition")));
        }
        Breaker b = breaker.get();
        List<Breach> breaches;
        try {
            breaches = b.propose(subject);
        } catch (Breaker.NotExplored e) {
            return List.of(done(HypothesisRow.notExplored(b.hypothesis(), pre, e.getMessage())));
        } catch (RuntimeException e) {
            // a defect of the breaker's, shown in the table rather than ending the run
            return List.of(
                    done(
                            HypothesisRow.notExplored(
                                    b.hypothesis(),
                                    pre,
                                    "no breach proposed: internal error " + e)));
        }
        List<Future<HypothesisRow>> rows = new ArrayList<>();
        for (Breach breach : breaches) {
            String swept = swept(breach);
            rows.add(
                    swept != null
                            ? done(
                                    HypothesisRow.notExplored(
                                            b.hypothesis(),
                                            pre,
                                            breach.change()
                                                    + ": the spec sweeps "
                                                    + swept
                                                    + ", which would override the breach"))
                            : workers.submit(() -> check(b, pre, breach, subject.doc(), baseline)));
        }
        return rows;
    }

    private HypothesisRow check(
            Breaker b, String pre, Breach breach, SpecDocument doc, SpecResult baseline) {
        Checked c =
                Checked.of(
                        breach.edits(),
                        "hypotheses",
                        () -> edited(doc, breach).text(),
                        checker,
                        options.required());
        return HypothesisRow.checked(b, pre, breach, c, baseline, options.required());
    }

    /** A path the breach edits that the spec's sweep sets at every point, or null. */
    private String swept(Breach breach) {
        for (String path : breach.edits().keySet()) {
            if (plan.spec().sweepKeys().contains(path)) return path;
        }
        return null;
    }

    static SpecDocument edited(SpecDocument doc, Breach breach) {
        SpecDocument out = doc;
        for (Map.Entry<String, String> e : breach.edits().entrySet())
            out = out.with(e.getKey(), e.getValue());
        return out;
    }

    private static Future<HypothesisRow> done(HypothesisRow row) {
        return CompletableFuture.completedFuture(row);
    }
}
