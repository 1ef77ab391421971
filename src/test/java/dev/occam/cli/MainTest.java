package dev.occam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.occam.report.SampleResults;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecError;
import dev.occam.symbolic.FormulaException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class MainTest {
    @TempDir Path dir;

    private final FakeEngine engine = new FakeEngine();
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = Main.commandLine(engine, dir);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private void spec(String folder, String id, String content) throws IOException {
        Files.createDirectories(dir.resolve(folder));
        Files.writeString(dir.resolve(folder).resolve(id + ".yaml"), content);
    }

    private static SpecResult result(String id, String expect, Verdict verdict) {
        SpecResult r = expect.equals("holds") ? SampleResults.holds(id) : SampleResults.fails(id);
        return SampleResults.withVerdict(r, verdict, verdict.name().equalsIgnoreCase(expect));
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("check", "list", "explain", "--version");
    }

    @Test
    void checkHelpListsTheContractOptions() {
        assertThat(run("check", "--help")).isZero();
        assertThat(out.toString())
                .contains(
                        "--json=FILE",
                        "--report=DIR",
                        "--no-report",
                        "--precision=DIGITS",
                        "--only=ID",
                        "--jobs=N",
                        "--quiet",
                        "--verbose",
                        "-x, --stacktrace");
    }

    @Test
    void versionNamesOccamAndItsVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).matches("occam \\d+\\.\\d+\\S*\\R");
        assertThat(run("check", "--version")).isZero();
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("check", "--bogus")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--bogus'");
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: occam");
    }

    @Test
    void aMissingPathIsAUsageErrorWithAClearMessage() {
        assertThat(run("check", "no-such-folder")).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("occam: no such file or folder: ")
                .contains("no-such-folder")
                .doesNotContain("Exception");
    }

    @Test
    void noDefaultFoldersIsAUsageError() {
        assertThat(run("check")).isEqualTo(2);
        assertThat(err.toString()).contains("no spec folders here", "give a PATH");
    }

    @Test
    void listOnAnEmptyFolderPrintsNothing() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertThat(run("list", "empty")).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void listPrintsIdFamilyExpectTitleSource() throws IOException {
        spec("theorems", "gd", "holds");
        spec("counterexamples", "adam", "fails");
        assertThat(run("list")).isZero();
        assertThat(out.toString().lines())
                .containsExactly(
                        "gd    least-squares  holds  Title of gd  (Source of gd)",
                        "adam  least-squares  fails  Title of adam  (Source of adam)");
    }

    @Test
    void allAsExpectedExitsZeroAndWritesReports() throws IOException {
        spec("theorems", "gd", "holds");
        spec("counterexamples", "adam", "fails");
        engine.result(result("gd", "holds", Verdict.HOLDS))
                .result(result("adam", "fails", Verdict.FAILS));
        assertThat(run("check")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("HOLDS +proved-bound +gd +\\(expected holds\\)  0\\.4s");
        assertThat(lines.get(1))
                .matches("FAILS +proved-bound +adam +\\(expected fails\\)  2\\.5s  because FAILS");
        assertThat(lines.get(2))
                .isEqualTo(
                        "2 specs: 2 as expected, 0 not; 1 holds, 1 fails, 0 inconclusive, 0 errors; decided on proved-bound 2");
        assertThat(dir.resolve("reports/index.md")).exists();
        assertThat(dir.resolve("reports/gd.md")).exists();
    }

    @Test
    void aTheoremThatFailsExitsOne() throws IOException {
        spec("t", "gd", "holds");
        engine.result(result("gd", "holds", Verdict.FAILS));
        assertThat(run("check", "t", "--no-report")).isEqualTo(1);
        assertThat(dir.resolve("reports")).doesNotExist();
    }

    @Test
    void aCounterexampleThatHoldsExitsOneEvenBesideAnInconclusiveSpec() throws IOException {
        spec("t", "adam", "fails");
        spec("t", "gd", "holds");
        engine.result(result("adam", "fails", Verdict.HOLDS))
                .result(result("gd", "holds", Verdict.INCONCLUSIVE));
        assertThat(run("check", "t", "--no-report")).isEqualTo(1);
    }

    @Test
    void inconclusiveExitsThree() throws IOException {
        spec("t", "gd", "holds");
        engine.result(result("gd", "holds", Verdict.INCONCLUSIVE));
        assertThat(run("check", "t", "--no-report")).isEqualTo(3);
        assertThat(out.toString())
                .contains(
                        "INCONCLUSIVE                gd  (expected holds)  0.4s  because INCONCLUSIVE");
    }

    @Test
    void anInvalidSpecStopsEverythingWithItsLocation() throws IOException {
        spec("t", "a", "holds");
        spec("t", "b", "invalid");
        engine.result(result("a", "holds", Verdict.HOLDS));
        assertThat(run("check", "t")).isEqualTo(2);
        assertThat(err.toString())
                .contains("b.yaml:3:7: algorithm.step: expected a number", "nothing was checked")
                .doesNotContain("at dev.occam");
        assertThat(engine.checked).isEmpty();
    }

    @Test
    void aSpecFoundInvalidWhileCheckingIsAnErrorAndTheOthersStillRun() throws IOException {
        spec("t", "a", "holds");
        spec("t", "b", "holds");
        engine.check(
                        "a",
                        s -> {
                            throw new SpecError(
                                    s.file(), null, "algorithm.kind", "unknown kind 'foo'");
                        })
                .check(
                        "b",
                        s -> {
                            throw new FormulaException("unknown symbol z");
                        });
        assertThat(run("check", "t", "--no-report")).isEqualTo(2);
        assertThat(out.toString())
                .contains(
                        "ERROR                       a  (expected holds)",
                        "a.yaml:1:1: algorithm.kind: unknown kind 'foo'",
                        "b.yaml: invalid formula: unknown symbol z",
                        "0 holds, 0 fails, 0 inconclusive, 2 errors");
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorWithoutStackTraceUnlessAsked() throws IOException {
        spec("t", "a", "holds");
        engine.check(
                "a",
                s -> {
                    throw new IllegalStateException("boom");
                });
        assertThat(run("check", "t", "--no-report")).isEqualTo(4);
        assertThat(out.toString())
                .contains(
                        "internal error: java.lang.IllegalStateException: boom",
                        "run with -x for the stack trace")
                .doesNotContain("at dev.occam");
        out.getBuffer().setLength(0);
        assertThat(run("check", "t", "--no-report", "-x")).isEqualTo(4);
        assertThat(out.toString()).contains("at dev.occam");
    }

    @Test
    void jsonToStdoutIsPureJsonAndHumanLinesGoToStderr() throws Exception {
        spec("t", "gd", "holds");
        engine.result(result("gd", "holds", Verdict.HOLDS));
        assertThat(run("check", "t", "--json", "-", "--no-report", "--precision", "40")).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.at("/results/0/id").asText()).isEqualTo("gd");
        assertThat(err.toString()).contains("HOLDS", "1 specs: 1 as expected");
        assertThat(engine.lastOptions.precisionOverride()).isEqualTo(40);
    }

    @Test
    void jsonToAFileIsWritten() throws Exception {
        spec("t", "gd", "holds");
        engine.result(result("gd", "holds", Verdict.HOLDS));
        assertThat(run("check", "t", "--json", "out.json", "--report", "r")).isZero();
        assertThat(
                        new ObjectMapper()
                                .readTree(dir.resolve("out.json").toFile())
                                .get("tool")
                                .asText())
                .isEqualTo("occam");
        assertThat(dir.resolve("r/gd.json")).exists();
    }

    @Test
    void resultsComeInInputOrderWhateverFinishesFirst() throws IOException {
        List<String> ids = List.of("a", "b", "c", "d");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            long delay = 40L * (ids.size() - i);
            spec("t", id, "holds");
            engine.check(
                    id,
                    s -> {
                        sleep(delay);
                        return result(id, "holds", Verdict.HOLDS);
                    });
        }
        assertThat(run("check", "t", "--jobs", "4", "--no-report")).isZero();
        assertThat(out.toString().lines().limit(4).map(l -> l.split(" +")[2]))
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void onlySelectsSpecsByIdAndRejectsUnknownIds() throws IOException {
        spec("t", "a", "holds");
        spec("t", "b", "invalid");
        engine.result(result("a", "holds", Verdict.HOLDS));
        assertThat(run("check", "t", "--only", "a", "--no-report")).isZero();
        assertThat(engine.checked).containsExactly("a");
        assertThat(run("check", "t", "--only", "zzz")).isEqualTo(2);
        assertThat(err.toString()).contains("no spec with id 'zzz'");
    }

    @Test
    void conflictingOptionsAreUsageErrors() throws IOException {
        spec("t", "a", "holds");
        assertThat(run("check", "t", "--report", "r", "--no-report")).isEqualTo(2);
        assertThat(err.toString())
                .contains("--report=DIR, --no-report are mutually exclusive (specify only one)");
        assertThat(run("check", "t", "--quiet", "--verbose")).isEqualTo(2);
        assertThat(err.toString())
                .contains("--quiet, --verbose are mutually exclusive (specify only one)");
        assertThat(run("check", "t", "--jobs", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--jobs must be at least 1");
        assertThat(engine.checked).isEmpty();
    }

    @Test
    void quietPrintsOnlySurprisesAndTheSummary() throws IOException {
        spec("t", "a", "holds");
        spec("t", "b", "holds");
        engine.result(result("a", "holds", Verdict.HOLDS))
                .result(result("b", "holds", Verdict.FAILS));
        assertThat(run("check", "t", "--quiet", "--no-report")).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(2).first().asString().startsWith("FAILS");
    }

    @Test
    void verbosePrintsEveryClaim() throws IOException {
        spec("t", "a", "holds");
        engine.result(result("a", "holds", Verdict.HOLDS));
        assertThat(run("check", "t", "--verbose", "--no-report")).isZero();
        assertThat(out.toString())
                .contains(
                        "point 2 {algorithm.step=0.05, algorithm.beta=0.9}: floor after 321 iterations",
                        "limit HOLDS [proved-bound]  error 3.10e-31  bound 4.00e-30  tolerance 1e-25");
    }

    @Test
    void explainShowsDerivedPredictionCertificateAndPreconditions() throws IOException {
        spec("theorems", "gd", "holds");
        engine.result(result("gd", "holds", Verdict.HOLDS));
        assertThat(run("explain", "gd")).isZero();
        assertThat(out.toString())
                .contains(
                        "gd: Title of gd",
                        "gradient = 2*X^T.(X.w-y)",
                        "prediction: min-distance-interpolant",
                        "exact: {5/27,-1/9}",
                        "kkt-residual: 0",
                        "- X has full row rank");
        assertThat(run("explain", "nope")).isEqualTo(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
