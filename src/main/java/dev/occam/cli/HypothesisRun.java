package dev.occam.cli;

import dev.occam.certify.Evidence;
import dev.occam.check.CheckOptions;
import dev.occam.check.Progress;
import dev.occam.report.AtomicFiles;
import dev.occam.search.SearchException;
import dev.occam.search.hypotheses.HypothesisExplorer;
import dev.occam.search.hypotheses.HypothesisTable;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code occam search --break-hypotheses SPEC}: runs the {@link HypothesisExplorer}, prints its
 * table and writes it as Markdown and JSON to the report folder (docs/hypotheses.md).
 */
final class HypothesisRun {
    private HypothesisRun() {}

    /**
     * @return 1 when some breach certifiably breaks the claim, 0 when none does and every breach
     *     was decided, 3 otherwise
     */
    static int run(
            Engine engine,
            Path file,
            Path reportDir,
            int jobs,
            Evidence required,
            Integer precision,
            PrintWriter out,
            PrintWriter err)
            throws IOException {
        String text = Files.readString(file);
        // only the table is reported: the candidates need no symbolic objects
        CheckOptions checkOptions = new CheckOptions(precision, Evidence.TREND).withoutDerived();
        HypothesisTable table;
        try {
            table =
                    new HypothesisExplorer(
                                    file,
                                    text,
                                    engine.load(file, text),
                                    candidate ->
                                            engine.check(
                                                    engine.load(file, candidate),
                                                    checkOptions,
                                                    Progress.NONE),
                                    new HypothesisExplorer.Options(jobs, required))
                            .run();
        } catch (SearchException e) {
            err.println("occam: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE_OR_INVALID_SPEC;
        }
        out.print(table.markdown());
        Path md = reportDir.resolve(table.spec() + "-hypotheses.md");
        Path json = reportDir.resolve(table.spec() + "-hypotheses.json");
        AtomicFiles.write(md, table.markdown());
        AtomicFiles.write(json, table.json());
        out.println();
        out.println("wrote " + md);
        out.println("wrote " + json);
        out.flush();
        if (table.broken()) return ExitCodes.NOT_AS_EXPECTED;
        return table.decided() ? ExitCodes.AS_EXPECTED : ExitCodes.INCONCLUSIVE;
    }
}
