package dev.occam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Black box: every broken spec (structure errors in broken/, kind-level errors in broken-kinds/)
 * makes {@code occam check} exit 2 with one line "file:line:column: path: message" as its first
 * header says, and no stack trace.
 */
class BrokenSpecCliTest {
    private static final Pattern HEADER = Pattern.compile("# error: (\\d+):(\\d+) (\\S*): ?(.*)");

    static List<Path> brokenSpecs() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String dir : List.of("src/test/resources/broken", "src/test/resources/broken-kinds")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(all::add);
            }
        }
        return all;
    }

    @Test
    void atLeastTwentyFiveDistinctBrokenSpecs() throws IOException {
        assertThat(brokenSpecs()).hasSizeGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSpecs")
    void exitsTwoWithOneLocatedLine(Path spec) throws IOException {
        Matcher header = HEADER.matcher(Files.readAllLines(spec).get(0));
        assertThat(header.matches()).as("first line of %s names the expected error", spec).isTrue();
        StringWriter out = new StringWriter(), err = new StringWriter();
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setErr(new PrintStream(stray, true));
            CommandLine cmd = Main.commandLine(new PipelineEngine(), Path.of(""));
            cmd.setOut(new PrintWriter(out, true));
            cmd.setErr(new PrintWriter(err, true));
            code = cmd.execute("check", "--no-report", spec.toString());
        } finally {
            System.setErr(oldErr);
        }
        String all = err + stray.toString() + out;
        assertThat(code).as(all).isEqualTo(2);
        assertThat(all).doesNotContain("\tat ", "Exception:");
        String expected =
                spec
                        + ":"
                        + header.group(1)
                        + ":"
                        + header.group(2)
                        + ": "
                        + (header.group(3).isEmpty() ? "" : header.group(3) + ": ");
        List<String> located =
                all.lines().filter(l -> l.startsWith(spec.toString() + ":")).toList();
        assertThat(located).as(all).hasSize(1);
        assertThat(located.get(0)).startsWith(expected).contains(header.group(4));
    }
}
