package dev.occam.testkit;

import dev.occam.algorithm.Optimizer;
import dev.occam.result.SpecResult;

import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * JUnit 5 dynamic tests over a folder of specs: one test per {@code *.yaml} file, named by the spec
 * id (the file name without .yaml, which the loader requires to equal the id), asserting the
 * verdict the spec expects.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> theorems() {
 *     return OccamTests.forFolder(Path.of("specs"), StudentMirrorDescent::new);
 * }
 * }</pre>
 */
public final class OccamTests {
    private static final String EXTENSION = ".yaml";

    private OccamTests() {}

    /** Each spec as written. */
    public static Stream<DynamicTest> forFolder(Path folder) {
        return tests(folder, null);
    }

    /**
     * Each spec with {@code optimizer} in place of its algorithm (see {@link
     * Occam.Run#with(Supplier)}).
     */
    public static Stream<DynamicTest> forFolder(
            Path folder, Supplier<? extends Optimizer> optimizer) {
        return tests(folder, optimizer);
    }

    private static Stream<DynamicTest> tests(Path folder, Supplier<? extends Optimizer> optimizer) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files =
                    list.filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                            .sorted()
                            .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list specs in " + folder, e);
        }
        return files.stream()
                .map(
                        file -> {
                            String name = file.getFileName().toString();
                            String id = name.substring(0, name.length() - EXTENSION.length());
                            return DynamicTest.dynamicTest(
                                    id,
                                    file.toUri(),
                                    () -> {
                                        Occam.Run run = Occam.spec(file);
                                        SpecResult result =
                                                (optimizer == null ? run : run.with(optimizer))
                                                        .check();
                                        OccamAssertions.assertThat(result).isAsExpected();
                                    });
                        });
    }
}
