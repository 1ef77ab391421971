package dev.occam.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.numeric.Value;
import dev.occam.spec.data.DataFile;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Specs whose matrices and vectors come from data files ({@code X: {file: X.npy}}): the values, the
 * provenance on the spec, the located errors, and the confinement of paths to the spec's directory.
 */
class DataFileSpecTest {
    private static final Path DATA = Path.of("src/test/resources/data");

    @TempDir Path dir;

    private static Spec load(Path file) {
        return new SpecLoader(
                        t -> {
                            throw new IllegalArgumentException("not a number: " + t);
                        })
                .load(file);
    }

    /** A spec t.yaml in dir whose problem section is {@code problem}, plus the named fixtures. */
    private Path spec(String problem, String... fixtures) throws IOException {
        for (String f : fixtures) Files.copy(DATA.resolve(f), dir.resolve(f));
        Path file = dir.resolve("t.yaml");
        Files.writeString(
                file,
                """
                id: t
                title: T
                expect: holds
                problem:
                  kind: least-squares
                %s
                algorithm: {kind: gradient-descent}
                prediction: {kind: min-distance-interpolant}
                claims:
                  - kind: limit
                """
                        .formatted(problem.indent(2).stripTrailing()));
        return file;
    }

    private static List<List<BigFraction>> rationals(Value[][] m) {
        return Arrays.stream(m).map(DataFileSpecTest::rationals).toList();
    }

    private static List<BigFraction> rationals(Value[] v) {
        return Arrays.stream(v).map(Value::rational).toList();
    }

    private static BigFraction q(long p, long r) {
        return new BigFraction(p, r);
    }

    private String error(Path file) {
        return assertThatThrownBy(() -> load(file))
                .isInstanceOf(SpecError.class)
                .actual()
                .getMessage();
    }

    /**
     * int64 entries up to 2^53 in magnitude are the doubles they exactly are (so large integer
     * arrays take the floating-point paths); beyond, and at Long.MIN_VALUE (whose Math.abs is
     * negative), the integer itself; every one keeps its exact value and its integer text.
     */
    @Test
    void integerEntriesAreDoublesExactlyUpTo2To53() throws IOException {
        long big = 1L << 53;
        long[] x = {big, -big, big + 1, Long.MIN_VALUE, Long.MAX_VALUE, -7};
        dev.occam.spec.data.NpyWriter.write(dir.resolve("x-i8.npy"), x, 3, 2);
        Value[][] m = matrix("X: {file: x-i8.npy}");
        Value[] v = Arrays.stream(m).flatMap(Arrays::stream).toArray(Value[]::new);
        for (int i = 0; i < x.length; i++) {
            assertThat(v[i].rational()).as("entry %d", i).isEqualTo(new BigFraction(x[i]));
            assertThat(v[i].text()).as("entry %d", i).isEqualTo(Long.toString(x[i]));
        }
        assertThat(v)
                .extracting(Value::isBinary)
                .containsExactly(true, true, false, false, false, true);
    }

    @Test
    void theLeastSquaresSpecReadsItsDataFromThreeFormats() {
        Spec spec = load(DATA.resolve("ls-files.yaml"));
        SweepPoint point = spec.points().get(0);
        assertThat(rationals(point.problem().matrix("X")))
                .containsExactly(
                        List.of(q(2, 1), q(-1, 1), q(0, 1), q(3, 1)),
                        List.of(q(1, 1), q(1, 1), q(-2, 1), q(0, 1)));
        assertThat(rationals(point.problem().vector("y", 2))).containsExactly(q(1, 1), q(1, 3));
        assertThat(rationals(point.algorithm().vector("init", 4)))
                .containsExactly(q(1, 1), q(0, 1), q(-1, 1), q(1, 2));
        // the SHA-256 sums are sha256sum's
        assertThat(spec.data())
                .extracting(DataFile::path, DataFile::key, DataFile::sha256, DataFile::dtype)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "ls.npz",
                                "X",
                                "51f4f1eb4377779f79192ade1e66f06028e47736b47961d0ef975354e1956107",
                                "<i8"),
                        org.assertj.core.groups.Tuple.tuple(
                                "ls-y.csv",
                                null,
                                "d82726326cf097a072e108b91e1423155a0a7bd24c9b04d55c6f70296b913c3b",
                                "csv"),
                        org.assertj.core.groups.Tuple.tuple(
                                "ls-init.npy",
                                null,
                                "4eced3b62ce5ebcc1af3a9deb3ab765337efee9d7b68f135aad7fba40c352a4f",
                                "<f8"));
        assertThat(spec.data().get(1).shape()).containsExactly(1, 2);
        // three sweep points, each file read once
        assertThat(spec.points()).hasSize(3);
    }

    @Test
    void aFloat64IsItsExactBinaryValue() throws IOException {
        Path file =
                spec(
                        "X: {file: x-f8-fortran.npy}\ny: {file: y-i4.npy}",
                        "x-f8-fortran.npy",
                        "y-i4.npy");
        Value[][] x = load(file).points().get(0).problem().matrix("X");
        assertThat(rationals(x))
                .containsExactly(
                        List.of(q(1, 2), q(-3, 1), new BigFraction(0.001)),
                        List.of(q(2, 1), q(5, 4), q(-1, 8)));
        assertThat(x[0][2].rational()).isNotEqualTo(q(1, 1000));
        assertThat(x[0][2].text()).isEqualTo("0.001");
    }

    @Test
    void aVectorMayBeASingleColumnOrRow() throws IOException {
        Path file =
                spec(
                        "X: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]\ny: {file: y-column.csv, shape: [3]}\nw: {file: y-row.csv}",
                        "y-column.csv",
                        "y-row.csv");
        Section problem = load(file).points().get(0).problem();
        assertThat(rationals(problem.vector("y", 3))).containsExactly(q(1, 1), q(-2, 1), q(3, 1));
        assertThat(rationals(problem.vector("w"))).containsExactly(q(1, 1), q(-2, 1), q(3, 1));
    }

    @Test
    void shapesAndKeysAreChecked() throws IOException {
        Files.copy(DATA.resolve("x-f8.npy"), dir.resolve("x-f8.npy"));
        Files.copy(DATA.resolve("set.npz"), dir.resolve("set.npz"));
        assertThatThrownBy(() -> matrix("X: {file: x-f8.npy, shape: [3, 2]}"))
                .hasMessageEndingWith(
                        "t.yaml:6:30: problem.X.shape: expected shape [3, 2], but x-f8.npy holds shape [2, 3]");
        assertThatThrownBy(() -> vector("y: {file: x-f8.npy}", 2))
                .hasMessageEndingWith(
                        "t.yaml:7:13: problem.y.file: expected a vector (a 1-D array, a single row or a single column), but x-f8.npy holds shape [2, 3]");
        assertThatThrownBy(() -> vector("y: {file: set.npz, key: y}", 3))
                .hasMessageEndingWith(
                        "problem.y.file: expected a vector of length 3, but set.npz holds 2 entries (shape [2])");
        assertThatThrownBy(() -> matrix("X: {file: set.npz, key: y}"))
                .hasMessageEndingWith(
                        "problem.X.file: expected a matrix, but set.npz holds a vector of shape [2]");
        assertThatThrownBy(() -> matrix("X: {file: x-f8.npy, seed: 3}"))
                .hasMessageContaining(
                        "problem.X.seed: unknown key 'seed' (expected one of: file, key, shape)");
        assertThatThrownBy(() -> load(spec("X: {file: set.npz}")))
                .hasMessageEndingWith(
                        "t.yaml:6:13: problem.X.file: set.npz holds several arrays (X, y); name one with key");
        assertThatThrownBy(() -> load(spec("X: {file: x-f8.npy, key: X}")))
                .hasMessageContaining(
                        "problem.X.file: key names a member of an .npz file; x-f8.npy is not one");
    }

    private Value[][] matrix(String x) throws IOException {
        return load(spec(x + "\ny: [1, 2]")).points().get(0).problem().matrix("X");
    }

    private Value[] vector(String y, int n) throws IOException {
        return load(spec("X: [[1]]\n" + y)).points().get(0).problem().vector("y", n);
    }

    @Test
    void brokenFilesAreLocatedErrorsOnLoad() throws IOException {
        assertThat(error(spec("X: {file: x-3d.npy}", "x-3d.npy")))
                .isEqualTo(
                        dir.resolve("t.yaml")
                                + ":6:13: problem.X.file: x-3d.npy has shape (2, 2, 2) with 3 dimensions; expected 1 (a vector) or 2 (a matrix)");
        Files.delete(dir.resolve("t.yaml"));
        assertThat(error(spec("X: {file: x-big-endian.npy}", "x-big-endian.npy")))
                .contains(":6:13: problem.X.file: x-big-endian.npy has dtype '>f8' (big-endian)");
        Files.delete(dir.resolve("t.yaml"));
        assertThat(error(spec("X: {file: header.csv}", "header.csv")))
                .contains(
                        ":6:13: problem.X.file: header.csv line 1 column 1: expected a number, got 'a'");
        Files.delete(dir.resolve("t.yaml"));
        assertThat(error(spec("X: {file: x.txt}")))
                .contains(":6:13: problem.X.file: data file x.txt must end in .npy, .npz or .csv");
    }

    @Test
    void aMissingFileIsALocatedError() throws IOException {
        assertThat(error(spec("X: {file: data/none.npy}")))
                .startsWith(
                        dir.resolve("t.yaml")
                                + ":6:13: problem.X.file: data file data/none.npy not found");
    }

    @Test
    void anAbsolutePathIsRefused() throws IOException {
        Path elsewhere = Files.copy(DATA.resolve("x-f8.npy"), dir.resolve("x-f8.npy"));
        assertThat(error(spec("X: {file: " + elsewhere.toAbsolutePath() + "}")))
                .contains(
                        ":6:13: problem.X.file: '"
                                + elsewhere.toAbsolutePath()
                                + "' is absolute; a data file's path is relative to the spec's directory");
    }

    @Test
    void dotDotMayNotLeaveTheSpecsDirectory() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.copy(DATA.resolve("x-f8.npy"), dir.resolve("x-f8.npy"));
        Files.copy(DATA.resolve("x-f8.npy"), sub.resolve("x-f8.npy"));
        Path file = sub.resolve("t.yaml");
        Files.move(spec("X: {file: ../x-f8.npy}\ny: [1, 2]"), file);
        assertThat(error(file))
                .contains(
                        "problem.X.file: '../x-f8.npy' leaves the spec's directory; a data file must lie inside it");
        Files.writeString(file, Files.readString(file).replace("../x-f8.npy", "./d/../x-f8.npy"));
        Files.createDirectories(sub.resolve("d"));
        assertThat(load(file).points().get(0).problem().matrix("X")).hasDimensions(2, 3);
    }

    @Test
    void aSymbolicLinkMayNotLeadOutOfTheSpecsDirectory() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path outside = Files.copy(DATA.resolve("x-f8.npy"), dir.resolve("x-f8.npy"));
        Files.createSymbolicLink(sub.resolve("link.npy"), outside);
        Files.createSymbolicLink(sub.resolve("linked-dir"), dir);
        Path file = sub.resolve("t.yaml");
        Files.move(spec("X: {file: link.npy}\ny: [1, 2]"), file);
        assertThat(error(file))
                .contains(
                        "problem.X.file: 'link.npy' resolves (through a symbolic link) outside the spec's directory");
        Files.writeString(file, Files.readString(file).replace("link.npy", "linked-dir/x-f8.npy"));
        assertThat(error(file)).contains("resolves (through a symbolic link) outside");
        // a link that stays inside is fine
        Files.copy(outside, sub.resolve("x.npy"));
        Files.createSymbolicLink(sub.resolve("inside.npy"), sub.resolve("x.npy"));
        Files.writeString(
                file, Files.readString(file).replace("linked-dir/x-f8.npy", "inside.npy"));
        assertThat(load(file).points().get(0).problem().matrix("X")).hasDimensions(2, 3);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.csv");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[(int) dev.occam.spec.data.DataFiles.MAX_BYTES + 1]);
        }
        assertThat(error(spec("X: {file: big.csv}")))
                .contains(
                        "problem.X.file: data file big.csv has "
                                + (dev.occam.spec.data.DataFiles.MAX_BYTES + 1)
                                + " bytes, more than "
                                + dev.occam.spec.data.DataFiles.MAX_BYTES);
    }

    @Test
    void aSpecNotReadFromAFileCannotNameDataFiles() {
        String text =
                "id: t\ntitle: T\nexpect: holds\nproblem: {kind: q, X: {file: x.npy}}\n"
                        + "algorithm: {kind: a}\nprediction: {kind: p}\nclaims: [{kind: limit}]\n";
        assertThatThrownBy(
                        () ->
                                new SpecLoader(
                                                t -> {
                                                    throw new IllegalArgumentException();
                                                })
                                        .load(null, text))
                .hasMessageContaining(
                        "problem.X.file: data files are relative to the spec's file; this spec was not read from one");
    }

    @Test
    void aCsvEntryIsTheSameExactValueAsTheLiteral() {
        for (String t : new String[] {"0.1", "-3", "1e-3", "+2.50", ".5", "1/3", "-7/2"}) {
            Value fast = NumberParser.entry(" " + t + " ").orElseThrow();
            Value slow = NumberParser.rational(t).orElseThrow();
            assertThat(fast.rational()).as(t).isEqualTo(slow.rational());
            assertThat(fast.decimal()).as(t).isEqualByComparingTo(slow.decimal());
            assertThat(fast.text()).isEqualTo(t);
        }
        assertThat(NumberParser.entry("0.1").orElseThrow().rational()).isEqualTo(q(1, 10));
        assertThat(NumberParser.entry("abc")).isEmpty();
        assertThatThrownBy(() -> NumberParser.entry("1e5000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exponent out of range");
    }
}
