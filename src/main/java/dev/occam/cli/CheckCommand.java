package dev.occam.cli;

import dev.occam.certify.Evidence;
import dev.occam.certify.Scope;
import dev.occam.check.CheckOptions;
import dev.occam.check.Progress;
import dev.occam.check.SpecIdentities;
import dev.occam.numeric.KernelThreads;
import dev.occam.plan.SpecPlan;
import dev.occam.report.AtomicFiles;
import dev.occam.report.ClaimFigures;
import dev.occam.report.JsonWriter;
import dev.occam.report.ReportWriter;
import dev.occam.report.Summary;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.Spec;
import dev.occam.spec.SpecError;
import dev.occam.symbolic.FormulaException;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code occam check}: loads every selected spec, checks them (in parallel, reported in input
 * order), prints one line per spec and a summary, writes the JSON and the reports.
 *
 * <p>Every selected spec is loaded before any is run, and one invalid spec stops the command with
 * exit code 2 before anything runs: checking takes minutes, and its outcome could not change the
 * exit code anyway. A spec that turns out invalid only when checked (an unknown kind, a bad
 * formula) is reported as ERROR, the others still run, and the exit code is 2.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Check spec files or folders (default: theorems/ and counterexamples/).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every verdict matches its spec's expect",
            "1:some verdict does not (HOLDS vs FAILS)",
            "2:usage error or invalid spec",
            "3:some spec is INCONCLUSIVE and none is 1",
            "4:internal error"
        })
final class CheckCommand extends OccamCommand {
    @Parameters(paramLabel = "PATH", description = "Spec files or folders searched for *.yaml.")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = "--json",
            paramLabel = "FILE",
            description =
                    "Write results as JSON ('-' = stdout; the usual lines then go to stderr).")
    String json;

    @ArgGroup(exclusive = true)
    Reports reports = new Reports();

    /** A report folder or none: picocli rejects both as a usage error. */
    static final class Reports {
        @Option(
                names = "--report",
                paramLabel = "DIR",
                description = "Report folder (default: ${DEFAULT-VALUE}).")
        Path dir = Path.of("reports");

        @Option(names = "--no-report", description = "Write no reports.")
        boolean none;
    }

    @Option(
            names = "--precision",
            paramLabel = "DIGITS",
            description = "Decimal digits for every run, overriding the specs.")
    Integer precision;

    @Option(names = "--only", paramLabel = "ID", description = "Check only this spec (repeatable).")
    List<String> only = new ArrayList<>();

    @Option(
            names = "--jobs",
            paramLabel = "N",
            description = "Specs checked in parallel (default: ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--threads",
            paramLabel = "N",
            description =
                    "Threads for the kernels of large double-precision problems (n d >= 65536),"
                            + " shared by all jobs; results do not depend on it (default: -Doccam.threads,"
                            + " else the number of processors).")
    Integer threads;

    @ArgGroup(exclusive = true)
    Verbosity verbosity = new Verbosity();

    /** Quiet or verbose output, not both: picocli rejects both as a usage error. */
    static final class Verbosity {
        @Option(
                names = "--quiet",
                description = "Print only specs not as expected, and the summary.")
        boolean quiet;

        @Option(names = "--verbose", description = "Print every claim at every sweep point.")
        boolean verbose;
    }

    @Option(
            names = "--require",
            paramLabel = "GRADE",
            description =
                    "Weakest evidence a HOLDS or FAILS may rest on: exact, "
                            + "proved-bound, estimate or trend (default: ${DEFAULT-VALUE}); verdicts on weaker evidence become INCONCLUSIVE.",
            defaultValue = "trend")
    String require;

    private final Path workingDir;

    CheckCommand(Engine engine, Path workingDir) {
        super(engine);
        this.workingDir = workingDir;
    }

    /**
     * A spec's result, and whether it could not be checked because it is invalid or occam failed.
     */
    private record Outcome(SpecResult result, boolean invalid, Throwable internal) {}

    @Override
    int run() throws IOException {
        validateOptions();
        boolean jsonToStdout = "-".equals(json);
        PrintWriter human = jsonToStdout ? err() : out();

        List<Path> files = SpecFiles.find(workingDir, paths);
        if (!only.isEmpty()) files = SpecFiles.withIds(files, only);
        List<SpecPlan> specs = load(files);
        if (specs == null) return ExitCodes.USAGE_OR_INVALID_SPEC;

        CheckOptions options = new CheckOptions(precision, requiredEvidence());
        if (reports.none && json == null) options = options.withoutDerived();
        List<Outcome> outcomes;
        boolean showProgress =
                System.console() != null && !verbosity.quiet && !jsonToStdout && !specs.isEmpty();
        int kernelThreads = KernelThreads.threads();
        if (threads != null) KernelThreads.set(threads);
        try (ProgressDisplay progress =
                showProgress ? new ProgressDisplay(System.err, specs.size()) : null) {
            outcomes = checkAll(specs, options, progress, human);
        } finally {
            KernelThreads.set(kernelThreads); // in-process callers (tests) get their setting back
        }
        List<SpecResult> results = outcomes.stream().map(Outcome::result).toList();
        human.println(Summary.of(results).line());
        human.flush();

        if (json != null) {
            String text = JsonWriter.toJson(results);
            if (jsonToStdout) {
                out().print(text);
                out().flush();
            } else {
                AtomicFiles.write(workingDir.resolve(json), text);
            }
        }
        if (!reports.none) {
            Path dir = workingDir.resolve(reports.dir);
            ReportWriter.write(dir, results);
            if (verbosity.verbose) human.println("report: " + dir.resolve("index.md"));
        }
        human.flush();
        return exitCode(outcomes);
    }

    private void validateOptions() {
        if (jobs < 1) throw new UsageError("--jobs must be at least 1, not " + jobs);
        if (threads != null && threads < 1)
            throw new UsageError("--threads must be at least 1, not " + threads);
        if (precision != null && precision < 1)
            throw new UsageError("--precision must be at least 1 digit, not " + precision);
        requiredEvidence();
    }

    private Evidence requiredEvidence() {
        try {
            Evidence e = Evidence.of(require);
            if (e == Evidence.NONE)
                throw new IllegalArgumentException("--require none would accept nothing");
            return e;
        } catch (IllegalArgumentException e) {
            throw new UsageError("--require: " + e.getMessage());
        }
    }

    /** Every spec, or null after reporting every invalid one and any id used twice. */
    private List<SpecPlan> load(List<Path> files) {
        List<SpecPlan> specs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (Path f : files) {
            try {
                SpecPlan s = engine.load(f);
                Path other = ids.putIfAbsent(s.spec().id(), f);
                if (other != null)
                    problems.add(f + ": id '" + s.spec().id() + "' is also the id of " + other);
                else specs.add(s);
            } catch (SpecError e) {
                problems.add(e.getMessage());
            } catch (FormulaException e) {
                problems.add(f + ": invalid formula: " + e.getMessage());
            }
        }
        if (problems.isEmpty()) return specs;
        problems.forEach(err()::println);
        err().println(
                        problems.size()
                                + " invalid of "
                                + files.size()
                                + " specs; nothing was checked");
        err().flush();
        return null;
    }

    private List<Outcome> checkAll(
            List<SpecPlan> specs,
            CheckOptions options,
            ProgressDisplay progress,
            PrintWriter human) {
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, specs.size())));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (SpecPlan s : specs) futures.add(pool.submit(() -> check(s, options, progress)));
            int idWidth = specs.stream().mapToInt(s -> s.spec().id().length()).max().orElse(0);
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                Outcome o = join(f);
                outcomes.add(o);
                if (progress != null) progress.clearLine();
                print(human, o, idWidth);
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome check(SpecPlan plan, CheckOptions options, ProgressDisplay progress) {
        long start = System.nanoTime();
        Spec spec = plan.spec();
        try {
            return new Outcome(
                    engine.check(plan, options, progress == null ? Progress.NONE : progress),
                    false,
                    null);
        } catch (SpecError e) {
            return new Outcome(error(spec, options, e.getMessage(), start), true, null);
        } catch (FormulaException e) {
            return new Outcome(
                    error(
                            spec,
                            options,
                            spec.file() + ": invalid formula: " + e.getMessage(),
                            start),
                    true,
                    null);
        } catch (RuntimeException | Error e) {
            return new Outcome(error(spec, options, internalError(e), start), false, e);
        } finally {
            if (progress != null) progress.finished(spec.id());
        }
    }

    private static Outcome join(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            // check() turns every failure into an outcome; anything else is a bug here
            throw new IllegalStateException(e.getCause());
        }
    }

    private static SpecResult error(Spec s, CheckOptions options, String message, long start) {
        int digits =
                options.precisionOverride() != null
                        ? options.precisionOverride()
                        : s.run().precision();
        return new SpecResult(
                SpecIdentities.of(s),
                Verdict.ERROR,
                false,
                (System.nanoTime() - start) / 1e9,
                message,
                null,
                List.of(),
                digits,
                null,
                Map.of(),
                null,
                List.of());
    }

    private void print(PrintWriter human, Outcome o, int idWidth) {
        SpecResult r = o.result();
        if (verbosity.quiet && r.asExpected()) return;
        // the verdict, then what it rests on (blank when nothing was decided)
        StringBuilder line =
                new StringBuilder(
                        String.format(
                                Locale.ROOT,
                                "%-12s  %-12s  %-"
                                        + Math.max(1, idWidth)
                                        + "s  (expected %s)  %.1fs",
                                r.verdict(),
                                r.evidence() == Evidence.NONE ? "" : r.evidence().word(),
                                r.id(),
                                r.expect(),
                                r.seconds()));
        if (r.message() != null && (verbosity.verbose || r.verdict() != Verdict.HOLDS))
            line.append("  ").append(firstLine(r.message()));
        human.println(line);
        if (o.internal() != null) {
            if (stacktrace) o.internal().printStackTrace(human);
            else human.println("  run with -x for the stack trace");
        }
        if (verbosity.verbose) details(human, r);
        human.flush();
    }

    private static void details(PrintWriter human, SpecResult r) {
        for (int k = 0; k < r.points().size(); k++) {
            PointResult p = r.points().get(k);
            human.println(
                    "    point "
                            + (k + 1)
                            + (p.parameters().isEmpty() ? "" : " " + p.parameters())
                            + ": "
                            + p.stopped()
                            + " after "
                            + p.iterations()
                            + " iterations");
            for (ClaimResult c : p.claims()) {
                human.println(
                        "      "
                                + c.label()
                                + " "
                                + c.verdict()
                                + (c.decided()
                                        ? " ["
                                                + c.evidence().word()
                                                + (c.scope() == Scope.OUTSIDE_HYPOTHESES
                                                        ? ", outside the theorem's hypotheses"
                                                        : "")
                                                + "]"
                                        : "")
                                + part("error", ClaimFigures.text(c.error()))
                                + part("bound", ClaimFigures.text(c.bound()))
                                + part("tolerance", c.tolerance())
                                + (c.message() == null ? "" : "  " + c.message())
                                + (c.certifiedBy() == null ? "" : "  (" + c.certifiedBy() + ")"));
            }
        }
    }

    private static String part(String name, String value) {
        return value == null ? "" : "  " + name + " " + value;
    }

    private static String firstLine(String message) {
        return message.strip().lines().findFirst().orElse("");
    }

    /** Precedence: internal error, invalid spec, a verdict not as expected, an inconclusive one. */
    private static int exitCode(List<Outcome> outcomes) {
        boolean internal = false, invalid = false, mismatch = false, inconclusive = false;
        for (Outcome o : outcomes) {
            Verdict v = o.result().verdict();
            internal |= o.internal() != null || (v == Verdict.ERROR && !o.invalid());
            invalid |= o.invalid();
            mismatch |= (v == Verdict.HOLDS || v == Verdict.FAILS) && !o.result().asExpected();
            inconclusive |= v == Verdict.INCONCLUSIVE;
        }
        if (internal) return ExitCodes.INTERNAL_ERROR;
        if (invalid) return ExitCodes.USAGE_OR_INVALID_SPEC;
        if (mismatch) return ExitCodes.NOT_AS_EXPECTED;
        return inconclusive ? ExitCodes.INCONCLUSIVE : ExitCodes.AS_EXPECTED;
    }
}
