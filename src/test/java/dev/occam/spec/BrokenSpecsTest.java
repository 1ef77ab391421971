package dev.occam.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every file in broken/ names its expected error on its first line: "# error: LINE:COL PATH:
 * fragment".
 */
class BrokenSpecsTest {

    private static final Path BROKEN = Path.of("src/test/resources/broken");
    private static final Pattern HEADER = Pattern.compile("# error: (\\d+):(\\d+) (\\S*): (.+)");

    private final SpecLoader loader =
            new SpecLoader(
                    text -> {
                        throw new IllegalArgumentException("not a number: '" + text + "'");
                    });

    static List<Path> brokenSpecs() throws IOException {
        try (Stream<Path> files = Files.list(BROKEN)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void thereAreEnoughBrokenSpecs() throws IOException {
        assertThat(brokenSpecs()).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSpecs")
    void reportsTheDeclaredError(Path file) throws IOException {
        String header = Files.readAllLines(file).get(0);
        Matcher expected = HEADER.matcher(header);
        assertThat(expected.matches()).as("header of %s: %s", file, header).isTrue();

        SpecError error = catchThrowableOfType(SpecError.class, () -> loader.load(file));

        assertThat(error).as("%s loads without error", file).isNotNull();
        assertThat(error.position())
                .isEqualTo(
                        new Position(
                                Integer.parseInt(expected.group(1)),
                                Integer.parseInt(expected.group(2))));
        assertThat(error.path()).isEqualTo(expected.group(3));
        assertThat(error.problem()).contains(expected.group(4));
        assertThat(error.file()).isEqualTo(file);
        assertThat(error.getMessage()).startsWith(file + ":").doesNotContain("\n", "\r");
        assertThat(error.getCause()).isNull();
    }

    @Test
    void aValueTheNumbersFunctionRejectsIsReportedAtTheValue() {
        SpecLoader strict =
                new SpecLoader(
                        text -> {
                            throw new IllegalArgumentException(
                                    "unknown function in '" + text + "'");
                        });
        Spec spec =
                strict.load(
                        null,
                        """
                id: x
                title: t
                expect: holds
                problem: {kind: least-squares, y: [1, "Foo(2)"]}
                algorithm: {kind: gradient-descent}
                prediction: {kind: none}
                claims: [{kind: converges}]
                """);
        Section problem = spec.points().get(0).problem();

        assertThatThrownBy(() -> problem.vector("y"))
                .isInstanceOfSatisfying(
                        SpecError.class,
                        e -> {
                            assertThat(e.position()).isEqualTo(new Position(4, 39));
                            assertThat(e.path()).isEqualTo("problem.y[1]");
                            assertThat(e.problem()).isEqualTo("unknown function in 'Foo(2)'");
                        });
    }

    @Test
    void aFileThatCannotBeReadIsASpecError() {
        Path missing = BROKEN.resolve("no-such-file.yaml");
        assertThatThrownBy(() -> loader.load(missing))
                .isInstanceOfSatisfying(
                        SpecError.class,
                        e -> assertThat(e.getMessage()).startsWith(missing + ":1:1: cannot read"));
    }

    @Test
    void aFileThatIsNotUtf8IsASpecError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin.yaml");
        Files.write(file, new byte[] {'i', 'd', ':', ' ', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(
                        SpecError.class,
                        e -> assertThat(e.problem()).isEqualTo("the file is not valid UTF-8"));
    }
}
