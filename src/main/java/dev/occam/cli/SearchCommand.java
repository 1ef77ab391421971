package dev.occam.cli;

import dev.occam.certify.Evidence;
import dev.occam.check.CheckOptions;
import dev.occam.check.Progress;
import dev.occam.plan.SpecPlan;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.search.CounterexampleWriter;
import dev.occam.search.Outcome;
import dev.occam.search.Search;
import dev.occam.search.SearchException;
import dev.occam.search.SearchSummary;
import dev.occam.search.reproducer.Reproducer;
import dev.occam.search.reproducer.Reproduction;
import dev.occam.spec.Durations;
import dev.occam.spec.SearchSettings;
import dev.occam.spec.Spec;
import dev.occam.spec.SpecDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * {@code occam search SPEC}: looks for a certified counterexample to the spec's claims over the
 * domain of its {@code search} block, shrinks it and writes it up (docs/search.md).
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Search the domain of a spec's search block for a certified counterexample.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no counterexample: every candidate HOLDS (--break-hypotheses: no breach breaks the"
                    + " claim, and each still HOLDS or leaves the prediction undefined)",
            "1:a certified counterexample was found (or the verdict changes in the domain;"
                    + " --break-hypotheses: some breach breaks the claim, certified)",
            "2:usage error or invalid spec",
            "3:no counterexample, but some candidates were INCONCLUSIVE or could not be checked"
                    + " (--break-hypotheses: some breach was)",
            "4:internal error"
        })
final class SearchCommand extends OccamCommand {
    @Parameters(paramLabel = "SPEC", description = "The spec file with a search block.")
    Path spec;

    @Option(
            names = "--strategy",
            paramLabel = "S",
            description = "grid, random or adaptive (default: the spec's).")
    String strategy;

    @Option(
            names = "--candidates",
            paramLabel = "N",
            description = "Most candidates to check (default: the spec's).")
    Integer candidates;

    @Option(
            names = "--time",
            paramLabel = "DURATION",
            description = "Most wall time, e.g. 2m (default: the spec's).")
    String time;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed of random and adaptive sampling (default: the spec's).")
    Long seed;

    @Option(
            names = "--jobs",
            paramLabel = "N",
            description = "Candidates checked in parallel (default: ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--require",
            paramLabel = "GRADE",
            defaultValue = "proved-bound",
            description =
                    "Weakest evidence a counterexample (or a HOLDS) may rest on: exact, proved-bound,"
                            + " estimate or trend (default: ${DEFAULT-VALUE}).")
    String require;

    @Option(
            names = "--results",
            paramLabel = "FILE",
            description = "JSON-lines results file (default: search/<id>.jsonl).")
    Path results;

    @Option(
            names = "--resume",
            description = "Continue the results file, reusing finished candidates.")
    boolean resume;

    @Option(
            names = "--write",
            paramLabel = "DIR",
            description = "Write the minimal counterexample there (spec, report, reproducer).")
    Path write;

    @Option(
            names = "--id",
            paramLabel = "ID",
            description = "Id of the written counterexample (default: <spec id>-counterexample).")
    String id;

    @Option(names = "--no-shrink", description = "Keep the first counterexample as found.")
    boolean noShrink;

    @Option(
            names = "--all",
            description = "Keep sampling after the first counterexample, to the end of the budget.")
    boolean all;

    @Option(
            names = "--precision",
            paramLabel = "DIGITS",
            description = "Decimal digits for every run, overriding the spec.")
    Integer precision;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(
            names = "--break-hypotheses",
            description =
                    "Instead of searching: break each precondition the prediction declares just"
                            + " outside it and check the claims there (docs/hypotheses.md);"
                            + " needs no search block.")
    boolean breakHypotheses;

    @Option(
            names = "--report",
            paramLabel = "DIR",
            defaultValue = "reports",
            description =
                    "With --break-hypotheses: where <id>-hypotheses.md and .json go (default:"
                            + " ${DEFAULT-VALUE}).")
    Path report;

    private final Path workingDir;

    SearchCommand(Engine engine, Path workingDir) {
        super(engine);
        this.workingDir = workingDir;
    }

    @Override
    int run() throws IOException {
        Evidence required = required();
        if (jobs < 1) throw new UsageError("--jobs must be at least 1, not " + jobs);
        if (candidates != null && candidates < 1)
            throw new UsageError("--candidates must be at least 1");
        if (strategy != null && !List.of("grid", "random", "adaptive").contains(strategy)) {
            throw new UsageError(
                    "--strategy: expected grid, random or adaptive, not '" + strategy + "'");
        }
        if (id != null && !id.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?")) {
            throw new UsageError(
                    "--id: expected lowercase letters, digits and dashes, not '" + id + "'");
        }
        Path file = workingDir.resolve(spec);
        if (!Files.isRegularFile(file)) throw new UsageError(spec + ": no such spec file");
        if (breakHypotheses) {
            return HypothesisRun.run(
                    engine,
                    file,
                    workingDir.resolve(report),
                    jobs,
                    required,
                    precision,
                    out(),
                    err());
        }
        SpecPlan plan = engine.load(file);
        Spec loaded = plan.spec();
        SearchSettings settings =
                loaded.search()
                        .orElseThrow(
                                () ->
                                        new UsageError(
                                                spec
                                                        + ": the spec has no search block (docs/search.md)"));
        String text = Files.readString(file);
        // candidates are never reported: no symbolic objects (the write-up is checked again in
        // full)
        CheckOptions checkOptions = new CheckOptions(precision, Evidence.TREND).withoutDerived();
        Search.Options options =
                new Search.Options(
                        strategy,
                        candidates,
                        duration(),
                        seed,
                        jobs,
                        required,
                        workingDir.resolve(
                                results != null
                                        ? results
                                        : Path.of("search", loaded.id() + ".jsonl")),
                        resume,
                        !noShrink,
                        all);
        PrintWriter out = out();
        SearchSummary summary;
        try {
            Search search =
                    new Search(
                            file,
                            loaded.id(),
                            text,
                            settings,
                            candidate ->
                                    engine.check(
                                            engine.load(file, candidate),
                                            checkOptions,
                                            Progress.NONE),
                            options);
            out.printf(
                    Locale.ROOT,
                    "search %s: results in %s%n",
                    loaded.id(),
                    shown(options.results()));
            out.flush();
            boolean bar = System.console() != null && !quiet;
            try (SearchProgressDisplay progress =
                    bar ? new SearchProgressDisplay(System.err) : null) {
                summary = search.run(progress != null ? progress : s -> {});
            }
            SearchSummaryText.print(summary, required, out);
            if (write != null && summary.minimal() != null) {
                writeUp(search, summary, loaded, file, out);
            } else if (write != null) {
                out.println("nothing written: no counterexample");
            }
        } catch (SearchException e) {
            err().println("occam: " + e.getMessage());
            err().flush();
            return ExitCodes.USAGE_OR_INVALID_SPEC;
        }
        out.flush();
        if (summary.found() != null) return ExitCodes.NOT_AS_EXPECTED;
        boolean undecided =
                summary.count(Outcome.Category.INCONCLUSIVE)
                                + summary.count(Outcome.Category.ERROR)
                                + summary.count(Outcome.Category.INVALID)
                        > 0;
        return undecided || summary.tried() == 0 ? ExitCodes.INCONCLUSIVE : ExitCodes.AS_EXPECTED;
    }

    /**
     * Saves the minimal counterexample as a catalogue spec, checked once more as written (the
     * report is that check's), with its reproducer.
     */
    private void writeUp(
            Search search, SearchSummary summary, Spec searched, Path file, PrintWriter out)
            throws IOException {
        String newId = id != null ? id : searched.id() + "-counterexample";
        Path dir = workingDir.resolve(write);
        Path target = dir.resolve(newId + ".yaml");
        SpecDocument doc =
                search.document(summary.minimal())
                        .withString("id", newId)
                        .withString("expect", "fails")
                        .withString("title", title(searched.title()))
                        .withString("source", provenance(summary, searched, file));
        String text = doc.text();
        SpecPlan plan = engine.load(target, text);
        SpecResult result = engine.check(plan, CheckOptions.defaults(), Progress.NONE);
        if (result.verdict() != Verdict.FAILS) {
            throw new SearchException(
                    "the minimal counterexample "
                            + result.verdict()
                            + " when checked again as written: nothing written");
        }
        Reproduction reproduction = Reproducer.of(plan, result);
        if (!reproduction.supported()) out.println("no reproducer: " + reproduction.unsupported());
        String script = reproduction.script();
        for (Path p : CounterexampleWriter.write(dir, newId, text, result, script)) {
            out.println("wrote " + shown(p));
        }
    }

    /** "Counterexample to the conjecture: ..." for a conjecture, else "Counterexample to: ...". */
    private static String title(String searched) {
        String conjecture = "Conjecture: ";
        return searched.startsWith(conjecture)
                ? "Counterexample to the conjecture: " + searched.substring(conjecture.length())
                : "Counterexample to: " + searched;
    }

    private String provenance(SearchSummary s, Spec searched, Path file) {
        Path shown = shown(file);
        return String.format(
                Locale.ROOT,
                "occam search %s (spec %s): strategy %s, %d candidates checked, counterexample shrunk in %d steps;"
                        + " the searched spec's source: %s",
                shown,
                searched.id(),
                s.strategy(),
                s.tried(),
                s.shrinkSteps().size(),
                searched.source() == null ? "none" : searched.source());
    }

    /** A path relative to the working directory when it is below it. */
    private Path shown(Path p) {
        Path base = workingDir.toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs) : abs;
    }

    private Evidence required() {
        try {
            Evidence e = Evidence.of(require);
            if (e == Evidence.NONE)
                throw new IllegalArgumentException("--require none would accept nothing");
            return e;
        } catch (IllegalArgumentException e) {
            throw new UsageError("--require: " + e.getMessage());
        }
    }

    private Duration duration() {
        if (time == null) return null;
        return Durations.parse(time)
                .orElseThrow(
                        () ->
                                new UsageError(
                                        "--time: expected "
                                                + Durations.EXPECTED
                                                + ", not '"
                                                + time
                                                + "'"));
    }
}
