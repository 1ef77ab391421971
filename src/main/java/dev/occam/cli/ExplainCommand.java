package dev.occam.cli;

import dev.occam.plan.SpecPlan;
import dev.occam.report.JsonWriter;
import dev.occam.report.Preconditions;
import dev.occam.result.PredictionResult;
import dev.occam.result.SpecResult;
import dev.occam.spec.Spec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code occam explain SPEC}: what occam derives for a spec, without running the algorithm. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Show the derived symbolic objects, the prediction, its certificate and the preconditions.")
final class ExplainCommand extends OccamCommand {
    @Parameters(
            paramLabel = "SPEC",
            description = "A spec file, or the id of a spec in theorems/ or counterexamples/.")
    String spec;

    private final Path workingDir;

    ExplainCommand(Engine engine, Path workingDir) {
        super(engine);
        this.workingDir = workingDir;
    }

    @Override
    int run() {
        SpecPlan plan = engine.load(locate());
        Spec s = plan.spec();
        SpecResult r = engine.explain(plan);
        PrintWriter out = out();
        out.println(s.id() + ": " + s.title());
        out.println("source: " + s.source());
        out.println("statement: " + s.statement());
        out.println(
                "expect: "
                        + s.expect().word()
                        + "; problem "
                        + s.problemKind()
                        + ", algorithm "
                        + s.algorithmKind()
                        + ", prediction "
                        + s.predictionKind());
        if (r.derived() != null && !r.derived().isEmpty()) {
            out.println();
            out.println("derived:");
            JsonWriter.ordered(r.derived())
                    .forEach((name, forms) -> out.println("  " + name + " = " + forms.get("text")));
        }
        prediction(out, r.prediction());
        out.flush();
        return ExitCodes.AS_EXPECTED;
    }

    /** A path as given, else an id looked up as {@code <id>.yaml} in the default folders. */
    private Path locate() {
        Path given = workingDir.resolve(spec);
        if (Files.isRegularFile(given)) return given;
        for (String folder : SpecFiles.DEFAULT_FOLDERS) {
            Path candidate = workingDir.resolve(folder).resolve(spec + ".yaml");
            if (Files.isRegularFile(candidate)) return candidate;
        }
        throw new UsageError(
                "no spec file "
                        + spec
                        + ", and no "
                        + spec
                        + ".yaml in "
                        + String.join("/ or ", SpecFiles.DEFAULT_FOLDERS)
                        + "/");
    }

    private static void prediction(PrintWriter out, PredictionResult p) {
        if (p == null) return;
        out.println();
        out.println("prediction: " + p.kind());
        if (p.exact() != null) out.println("  exact: " + p.exact());
        else if (p.value() != null) p.value().forEach(v -> out.println("  " + v));
        section(out, "certificate:", p.certificate());
        List<String> preconditions = Preconditions.of(p);
        if (!preconditions.isEmpty()) {
            out.println("preconditions:");
            preconditions.forEach(c -> out.println("  - " + c));
        }
    }

    private static void section(PrintWriter out, String title, Map<String, String> entries) {
        if (entries == null || entries.isEmpty()) return;
        out.println(title);
        JsonWriter.ordered(entries).forEach((k, v) -> out.println("  " + k + ": " + v));
    }
}
