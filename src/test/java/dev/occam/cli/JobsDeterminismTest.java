package dev.occam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** --jobs changes how specs are scheduled, never what is reported. */
class JobsDeterminismTest {
    private static final String[] SPECS = {
            "theorems/gd-least-squares-min-distance.yaml", "counterexamples/steepest-descent-l43-step-size.yaml"};

    private static JsonNode check(int jobs) throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cmd = Main.commandLine(new PipelineEngine(), Path.of(""));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute("check", SPECS[0], SPECS[1], "--json", "-", "--no-report", "--jobs", Integer.toString(jobs));
        assertThat(code).as(err.toString()).isZero();
        JsonNode tree = new ObjectMapper().readTree(out.toString());
        strip(tree);
        return tree;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) o.remove("seconds");
        node.forEach(JobsDeterminismTest::strip);
    }

    @Test
    void oneJobAndTwoJobsWriteTheSameJson() throws Exception {
        JsonNode one = check(1), two = check(2);
        assertThat(one.get("results")).hasSize(2);
        assertThat(one.get("results").get(0).get("id").asText()).isEqualTo("gd-least-squares-min-distance");
        assertThat(one.get("results").get(1).get("id").asText()).isEqualTo("steepest-descent-l43-step-size");
        assertThat(two).isEqualTo(one);
    }
}
