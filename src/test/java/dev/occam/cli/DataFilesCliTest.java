package dev.occam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * Black box: a spec whose X, y and init come from .npz, .csv and .npy files is checked exactly as
 * the theorem that writes the same numbers inline, and its JSON records each file's provenance.
 */
class DataFilesCliTest {

    private static JsonNode check(String spec) throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cmd = InProcessCli.occam(Path.of(""));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute("check", "--json", "-", "--no-report", spec);
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString()).at("/results/0");
    }

    @Test
    void dataFromFilesChecksLikeTheSameDataInline() throws Exception {
        JsonNode files = check("src/test/resources/data/ls-files.yaml");
        JsonNode inline = check("theorems/gd-least-squares-min-distance.yaml");
        assertThat(files.get("verdict").asText()).isEqualTo("HOLDS");
        assertThat(files.get("as_expected").asBoolean()).isTrue();
        assertThat(inline.get("data")).isEmpty();

        JsonNode data = files.get("data");
        assertThat(data).hasSize(3);
        assertThat(data.get(0).toString())
                .isEqualTo(
                        "{\"path\":\"ls.npz\",\"key\":\"X\",\"sha256\":"
                                + "\"51f4f1eb4377779f79192ade1e66f06028e47736b47961d0ef975354e1956107\","
                                + "\"dtype\":\"<i8\",\"shape\":[2,4]}");
        assertThat(data.get(1).get("dtype").asText()).isEqualTo("csv");
        assertThat(data.get(2).get("path").asText()).isEqualTo("ls-init.npy");

        // the same prediction and the same points, field by field
        for (JsonNode r : new JsonNode[] {files, inline}) {
            strip(r);
            ((ObjectNode) r)
                    .remove(
                            java.util.List.of(
                                    "id", "file", "title", "source", "statement", "data"));
        }
        assertThat(files).isEqualTo(inline);
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) o.remove("seconds");
        node.forEach(DataFilesCliTest::strip);
    }

    /** Labels y from a file are read as a vector (not as {sign-of: ...}) and checked as labels. */
    @Test
    void classificationLabelsMayComeFromAFile(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String spec =
                java.nio.file.Files.readString(Path.of("theorems/gd-separable-max-margin.yaml"))
                        .replace("id: gd-separable-max-margin", "id: labels")
                        .replace("y: [1, -1, 1, -1]", "y: {file: y.csv}");
        Path file = java.nio.file.Files.writeString(dir.resolve("labels.yaml"), spec);
        java.nio.file.Files.writeString(dir.resolve("y.csv"), "1\n-1\n1\n-1\n");
        var plan = new PipelineEngine().load(file);
        assertThat(plan.spec().data()).hasSize(1);
        assertThat(plan.points()).isNotEmpty();

        java.nio.file.Files.writeString(dir.resolve("y.csv"), "1, -1, 2, -1\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PipelineEngine().load(file))
                .hasMessageContaining("problem.y: expected labels -1 or 1, got 2 at index 2");
    }
}
