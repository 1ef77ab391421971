package dev.occam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.schema.SpecSchema;
import dev.occam.spec.Spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every template of {@code occam new} is valid against the schema and loads with the real engine.
 */
class NewCommandTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine(new PipelineEngine(), dir);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void everyTemplateIsAValidSpec() throws Exception {
        SpecSchema schema = new SpecSchema();
        for (String kind : NewCommand.KINDS) {
            out.getBuffer().setLength(0);
            String id = "new-" + kind;
            assertThat(run("new", kind, "--id", id)).as(kind + ": " + err).isZero();
            String text = out.toString();
            assertThat(text).startsWith("# yaml-language-server: $schema=");
            SpecSchema.Outcome o = schema.validate(text);
            assertThat(o.valid()).as(kind + ": " + o).isTrue();
            Path file = dir.resolve(id + ".yaml");
            Files.writeString(file, text);
            var plan = new PipelineEngine().load(file); // SpecLoader + Planner
            Spec spec = plan.spec();
            assertThat(spec.id()).isEqualTo(id);
            assertThat(spec.expect().word())
                    .isEqualTo(kind.equals("counterexample") ? "fails" : "holds");
            // a template is a working example: it checks as it states
            var result =
                    new PipelineEngine()
                            .check(
                                    plan,
                                    dev.occam.check.CheckOptions.defaults(),
                                    dev.occam.check.Progress.NONE);
            assertThat(result.asExpected()).as(kind + ": " + result.message()).isTrue();
        }
    }

    @Test
    void listsTheKindsAndRefusesOthers() {
        assertThat(run("new", "--list")).isZero();
        assertThat(out.toString().lines().toList()).containsExactlyElementsOf(NewCommand.KINDS);
        assertThat(run("new", "matrix-sensing")).isEqualTo(ExitCodes.USAGE_OR_INVALID_SPEC);
        assertThat(err.toString()).contains("unknown template 'matrix-sensing'");
        assertThat(run("new", "least-squares", "--id", "Bad_Id"))
                .isEqualTo(ExitCodes.USAGE_OR_INVALID_SPEC);
        assertThat(run("new")).isEqualTo(ExitCodes.USAGE_OR_INVALID_SPEC);
    }

    @Test
    void defaultIdNamesTheKind() {
        assertThat(run("new", "classification")).isZero();
        assertThat(out.toString()).contains("\nid: my-classification\n");
    }
}
